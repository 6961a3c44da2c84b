package io.collectlite.error;

/** An input exceeds a configured size limit. */
public final class PayloadTooLargeException extends CollectLiteException {
  public PayloadTooLargeException(String message) {
    super(message);
  }
}
