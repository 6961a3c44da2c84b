package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.error.TextInput;
import io.collectlite.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Written text: a critique, a corrected answer, a rationale. Kept with the annotation and exported
 * with it; never aggregated.
 *
 * @param key the shortcut that moves the cursor into the text box (empty for none)
 */
public record FreeText(String name, String prompt, boolean required, int maxLength, String key) implements Question {
  /** Longest text a template may allow. */
  public static final int MAX_LENGTH = 20_000;

  public FreeText {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    if (maxLength < 1 || maxLength > MAX_LENGTH) {
      throw new IllegalArgumentException("question '" + name + "': max length must be 1 to " + MAX_LENGTH);
    }
    key = Objects.requireNonNullElse(key, "");
    if (key.codePointCount(0, key.length()) > 1) throw new IllegalArgumentException("a key is one character");
  }

  @Override
  public String kind() {
    return "free_text";
  }

  @Override
  public List<String> keys() {
    return key.isEmpty() ? List.of() : List.of(key);
  }

  @Override
  public JsonNode normalize(JsonNode answer, String field) {
    if (answer == null || !answer.isTextual()) throw ValidationException.field(field, "must be text");
    String text = TextInput.noNul(field, answer.asText().strip());
    if (text.isEmpty()) throw ValidationException.field(field, "is empty");
    if (text.length() > maxLength) {
      throw ValidationException.field(field, "is longer than " + maxLength + " characters");
    }
    return TextNode.valueOf(text);
  }

  @Override
  public String consensusKey(JsonNode normalized) {
    throw new UnsupportedOperationException("free text is not aggregated");
  }

  @Override
  public boolean aggregatable() {
    return false;
  }
}
