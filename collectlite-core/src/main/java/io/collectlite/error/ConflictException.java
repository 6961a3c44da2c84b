package io.collectlite.error;

/** The request clashes with the current state: an illegal transition, a double submit, an expired lease. */
public final class ConflictException extends CollectLiteException {
  public ConflictException(String message) {
    super(message);
  }
}
