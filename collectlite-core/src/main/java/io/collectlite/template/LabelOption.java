package io.collectlite.template;

import java.util.Objects;

/**
 * One answer a question allows.
 *
 * @param value the stable value stored in annotations and exports (e.g. {@code highly_relevant})
 * @param title what the workbench shows
 * @param key the keyboard shortcut that picks it in the workbench
 */
public record LabelOption(String value, String title, String key) {
  public LabelOption {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("value is required");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(key, "key");
  }
}
