package io.collectlite.error;

/** No caller could be identified: a missing or unknown token. */
public final class UnauthenticatedException extends CollectLiteException {
  public UnauthenticatedException(String message) {
    super(message);
  }
}
