package io.collectlite.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The two ways a request gives a label: one value for the first question ({@code label}), or
 * answers by question name ({@code answers}).
 *
 * @param value the answers as core reads them (its {@code label})
 * @param field how the request spelled them: {@code label} or {@code answers}
 */
record AnswerBody(JsonNode value, String field) {
  static AnswerBody of(String label, Map<String, Object> answers) {
    if (label != null && answers != null) {
      throw ValidationException.field("answers", "give either label (the first question's answer) or answers, not both");
    }
    if (answers != null) return new AnswerBody(Json.MAPPER.valueToTree(answers), "answers");
    if (label == null || label.isBlank()) throw ValidationException.field("label", "is required (or answers)");
    return new AnswerBody(TextNode.valueOf(label), "label");
  }

  /**
   * Runs {@code call} (a submit or a review taking {@link #value}), naming the problems core finds
   * in the answers as the request spelled them: core names them {@code label} or
   * {@code label.<question>}, the request may have said {@code answers.<question>}.
   */
  <T> T named(Supplier<T> call) {
    try {
      return call.get();
    } catch (ValidationException e) {
      if (field.equals("label")) throw e;
      throw new ValidationException(e.problems().stream().map(this::renamed).toList());
    }
  }

  private Problem renamed(Problem p) {
    String name = p.field();
    if (name.equals("label")) return new Problem(p.line(), field, p.message());
    if (name.startsWith("label.")) return new Problem(p.line(), field + name.substring("label".length()), p.message());
    return p;
  }
}
