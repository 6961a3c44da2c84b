package io.collectlite.error;

/** The caller is known but its role does not allow this. */
public final class ForbiddenException extends CollectLiteException {
  public ForbiddenException(String message) {
    super(message);
  }
}
