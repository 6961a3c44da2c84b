package io.collectlite.error;

/** Something named does not exist, or the caller may not know it exists. */
public final class NotFoundException extends CollectLiteException {
  public NotFoundException(String message) {
    super(message);
  }
}
