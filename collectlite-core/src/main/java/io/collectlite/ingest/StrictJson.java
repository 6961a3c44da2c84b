package io.collectlite.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads text that must hold exactly one JSON value (a line of a JSONL file, a request body), and
 * says what is wrong with text that does not in the words of the person who wrote it, e.g.
 * {@code unexpected text 'this' at column 5}: Jackson's own messages name its classes and
 * features, which mean nothing to them. Thread-safe.
 */
public final class StrictJson {
  private static final int QUOTED = 20;
  private static final String DUPLICATE = "Duplicate field '";
  private static final Pattern VALID_WORD = Pattern.compile("true|false|null|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private StrictJson() {}

  /**
   * Anything but JSON whitespace after the one value: a second object, a stray {@code }}, words, a
   * U+2028. Its location is where the extra content starts.
   */
  public static final class TrailingContent extends JsonParseException {
    private static final long serialVersionUID = 1L;

    TrailingContent(JsonParser parser, JsonLocation where) {
      super(parser, "more content after the JSON value", where);
    }
  }

  /** The one JSON value of {@code text} as a tree; throws a {@link StreamReadException} when the text is not exactly that. */
  public static JsonNode readTree(ObjectMapper mapper, String text) throws JacksonException {
    return read(mapper, text, mapper.constructType(JsonNode.class));
  }

  /**
   * The one JSON value of {@code text} bound to {@code type}. Throws a {@link StreamReadException}
   * (say what is wrong with {@link #describe}) when the text is not one well-formed JSON value, and
   * Jackson's binding exceptions, with the path of the field at fault, when the value does not fit
   * {@code type}.
   */
  public static <T> T read(ObjectMapper mapper, String text, JavaType type) throws JacksonException {
    try (JsonParser parser = mapper.createParser(text)) {
      // a field given twice would otherwise keep its last value and drop the first without a word
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      T value = mapper.readValue(parser, type);
      int end = (int) Math.min(parser.currentLocation().getCharOffset(), text.length());
      int extra = skipWhitespace(text, Math.max(end, 0));
      if (extra < text.length()) {
        throw new TrailingContent(parser, new JsonLocation(null, -1L, extra, line(text, extra), column(text, extra)));
      }
      return value;
    } catch (JacksonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with {@code text}, the input {@code e} (a {@link StreamReadException} or a
   * {@link StreamConstraintsException}) was raised on, as a phrase to follow "is
   * not valid JSON: " — e.g. {@code unexpected text 'this' at column 5}. Positions count characters
   * from 1; the line is named only when the text has more than one.
   */
  public static String describe(JacksonException e, String text) {
    if (e instanceof StreamConstraintsException) {
      return "it holds a value too large to read (over " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN
          + " characters)";
    }
    int at = offset(e, text);
    String where = position(text, at);
    if (e instanceof TrailingContent) {
      return "there is more after the JSON value, " + where + ": " + quote(text, at);
    }
    if (e instanceof JsonEOFException eof) return ended(eof, where);
    if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith(DUPLICATE)) {
      return duplicate(text, at);
    }
    if (at >= text.length()) return "it ends too early, " + where;
    char c = text.charAt(at);
    if (c < 0x20) {
      return "a control character (U+" + hex(c) + ") " + where
          + " must be written as an escape inside text, e.g. \\n, \\t or \\u" + hex(c);
    }
    if (at > 0 && text.charAt(at - 1) == '\\') {
      return "'\\" + c + "' " + where + " is not a JSON escape (use \\\\, \\\", \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)";
    }
    int start = wordStart(text, at);
    if (start >= 0) return word(text, start);
    if (c == '\'') return "unexpected ' " + where + ": JSON text and field names are written in double quotes";
    if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
      return "unexpected character U+" + hex(c) + " " + where;
    }
    String text1 = "unexpected '" + new String(Character.toChars(text.codePointAt(at))) + "' " + where;
    return missingComma(text, at) ? text1 + " (a ',' is missing before it)" : text1;
  }

  /** Jackson reports a repeated field name just past it: name it and where it starts. */
  private static String duplicate(String text, int at) {
    int close = at - 1;
    while (close >= 0 && text.charAt(close) != '"') close--;
    int open = close - 1;
    while (open >= 0 && (text.charAt(open) != '"' || (open > 0 && text.charAt(open - 1) == '\\'))) open--;
    if (open < 0) return "a field appears twice in one object, " + position(text, at);
    return "the field '" + text.substring(open + 1, close) + "' appears twice in one object (again " + position(text, open)
        + ")";
  }

  private static String ended(JsonEOFException eof, String where) {
    if (eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING || eof.getTokenBeingDecoded() == JsonToken.FIELD_NAME) {
      return "it ends inside text, " + where + ": a closing '\"' is missing";
    }
    if (eof.getProcessor() != null) {
      JsonStreamContext context = eof.getProcessor().getParsingContext();
      if (context != null && context.inArray()) return "it ends inside a list, " + where + ": a closing ']' is missing";
      if (context != null && context.inObject()) return "it ends inside an object, " + where + ": a closing '}' is missing";
    }
    return "it ends too early, " + where;
  }

  /** The word (a bare token such as {@code this}, {@code NaN} or the number {@code 01}) the failure is in, if any. */
  private static int wordStart(String text, int at) {
    if (at < text.length() && isWordChar(text.charAt(at))) return backTo(text, at);
    if (at == 0 || !isWordChar(text.charAt(at - 1))) return -1;
    // Jackson reads a bare word or a number to its end before refusing it: the failure is the word
    // before, unless that word is a good value and the failure is the character after it.
    int start = backTo(text, at - 1);
    String before = text.substring(start, at);
    return VALID_WORD.matcher(before).matches() ? -1 : start;
  }

  private static int backTo(String text, int i) {
    while (i > 0 && isWordChar(text.charAt(i - 1))) i--;
    return i;
  }

  private static String word(String text, int start) {
    int end = start;
    while (end < text.length() && isWordChar(text.charAt(end)) && end - start < QUOTED) end++;
    String word = text.substring(start, end);
    String where = position(text, start);
    char first = word.charAt(0);
    if (first == '-' || first == '.' || Character.isDigit(first)) {
      return "'" + word + "' " + where + " is not a JSON number (no leading zeros, digits on both sides of '.')";
    }
    int next = skipWhitespace(text, end);
    if (next < text.length() && text.charAt(next) == ':') {
      return "unexpected text '" + word + "' " + where + ": a field name is written in double quotes";
    }
    return "unexpected text '" + word + "' " + where + " (text is written in double quotes; other values are "
        + "numbers, true, false or null)";
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.';
  }

  /** Whether a value starts right after another one ended, as in {@code {"a":1 "b":2}}. */
  private static boolean missingComma(String text, int at) {
    char c = text.charAt(at);
    if (c != '"' && c != '{' && c != '[') return false;
    int before = at - 1;
    while (before >= 0 && isJsonWhitespace(text.charAt(before))) before--;
    if (before < 0) return false;
    char b = text.charAt(before);
    return b == '"' || b == '}' || b == ']' || Character.isLetterOrDigit(b);
  }

  private static int offset(JacksonException e, String text) {
    JsonLocation where = e.getLocation();
    long offset = where == null ? -1 : where.getCharOffset();
    if (offset < 0) return text.length();
    return (int) Math.min(offset, text.length());
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && isJsonWhitespace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isJsonWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** "at column 5", or "at line 2 column 5" when the text has several lines; columns count code points. */
  private static String position(String text, int at) {
    String column = "column " + column(text, at);
    return text.indexOf('\n') < 0 ? "at " + column : "at line " + line(text, at) + " " + column;
  }

  private static int line(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line;
  }

  private static int column(String text, int at) {
    int lineStart = text.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
    if (at == 0) lineStart = 0;
    return text.codePointCount(lineStart, at) + 1;
  }

  private static String quote(String text, int at) {
    int end = Math.min(text.length(), at + QUOTED);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    StringBuilder shown = new StringBuilder();
    text.substring(at, end).codePoints().forEach(cp -> {
      if (cp < 0x20 || Character.getType(cp) == Character.LINE_SEPARATOR
          || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR || Character.getType(cp) == Character.FORMAT) {
        shown.append("U+").append(hex(cp));
      } else {
        shown.appendCodePoint(cp);
      }
    });
    return "'" + shown + (end < text.length() ? "…'" : "'");
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "%04X", c);
  }
}
