package io.collectlite.ingest;

import java.util.Objects;

/**
 * An example no near-duplicate check has seen yet.
 *
 * @param exported whether an export may already hold it (its split then stays its own id)
 */
public record UnsettledExample(long rowId, String exampleId, String fieldsJson, boolean exported) {
  public UnsettledExample {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
  }
}
