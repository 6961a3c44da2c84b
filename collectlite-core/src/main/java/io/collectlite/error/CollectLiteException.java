package io.collectlite.error;

/** Root of every failure CollectLite reports; unchecked, and mapped to an HTTP status by the server. */
public abstract class CollectLiteException extends RuntimeException {
  protected CollectLiteException(String message) {
    super(message);
  }

  protected CollectLiteException(String message, Throwable cause) {
    super(message, cause);
  }
}
