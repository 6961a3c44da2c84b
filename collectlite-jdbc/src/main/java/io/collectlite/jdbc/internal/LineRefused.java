package io.collectlite.jdbc.internal;

/**
 * An import line the store refuses, with the field at fault; caught per line by the import, which
 * lists it and goes on. Carries no stack trace: it is an answer, not a failure.
 */
final class LineRefused extends RuntimeException {
  private final String field;

  LineRefused(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
