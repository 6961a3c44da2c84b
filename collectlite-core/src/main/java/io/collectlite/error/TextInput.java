package io.collectlite.error;

/** Checks on free text a user sends, shared by every entry point. */
public final class TextInput {
  private TextInput() {}

  /**
   * Returns {@code value} when it holds no NUL character (U+0000), which PostgreSQL cannot store
   * in text and no human input needs; else throws a {@link ValidationException} naming the field.
   */
  public static String noNul(String field, String value) {
    if (value != null && value.indexOf('\0') >= 0) {
      throw ValidationException.field(field, "contains a NUL character (U+0000)");
    }
    return value;
  }
}
