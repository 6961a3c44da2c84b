package io.collectlite.suggestion;

import java.util.Map;
import java.util.Objects;

/**
 * An example whose label is settled (a resolved task), given to providers that learn from
 * neighbours (k-nearest resolved examples).
 *
 * @param label the primary question's settled answer (its consensus key)
 */
public record LabelledExample(String exampleId, Map<String, String> fields, String label) {
  public LabelledExample {
    Objects.requireNonNull(exampleId, "exampleId");
    fields = Map.copyOf(fields);
    Objects.requireNonNull(label, "label");
  }
}
