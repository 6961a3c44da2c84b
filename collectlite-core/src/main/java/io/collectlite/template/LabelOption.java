package io.collectlite.template;

import java.util.Objects;

/**
 * One answer a question allows.
 *
 * @param value the stable value stored in annotations and exports (e.g. {@code highly_relevant});
 *     later template versions may retitle it but never drop it
 * @param title what the workbench shows
 * @param key the keyboard shortcut that picks it in the workbench (one character, or empty for none)
 */
public record LabelOption(String value, String title, String key) {
  public LabelOption {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("an option's value is required");
    if (value.length() > 100) throw new IllegalArgumentException("option value '" + value + "' is over 100 characters");
    Objects.requireNonNull(title, "title");
    key = Objects.requireNonNullElse(key, "");
    if (key.codePointCount(0, key.length()) > 1) {
      throw new IllegalArgumentException("option '" + value + "' has key '" + key + "': a key is one character");
    }
  }

  /** An option titled by its value, without a key. */
  public static LabelOption of(String value) {
    return new LabelOption(value, value, "");
  }
}
