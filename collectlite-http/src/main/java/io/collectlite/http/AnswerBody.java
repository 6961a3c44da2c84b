package io.collectlite.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.error.ValidationException;
import java.util.Map;

/** The two ways a request gives a label: one value for the first question, or answers by question name. */
final class AnswerBody {
  private AnswerBody() {}

  static JsonNode of(String label, Map<String, Object> answers) {
    if (label != null && answers != null) {
      throw ValidationException.field("answers", "give either label (the first question's answer) or answers, not both");
    }
    if (answers != null) return Json.MAPPER.valueToTree(answers);
    if (label == null || label.isBlank()) throw ValidationException.field("label", "is required (or answers)");
    return TextNode.valueOf(label);
  }
}
