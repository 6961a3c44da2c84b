package io.collectlite.cohere.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned chat prompt read from a resource: a {@code version: N} line, then a
 * {@code === system} section and a {@code === user} section with {@code {{name}}} placeholders.
 * Values are put in once, so a row's text that holds {@code {{...}}} stays as it is.
 */
record PromptTemplate(String name, int version, String system, String user) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_.]+)}}");
  private static final Pattern LINE_PLACEHOLDER = Pattern.compile("(?m)^[ \\t]*\\{\\{([a-z_.]+)}}[ \\t]*(\\R|\\z)");
  private static final Pattern LAYOUT = Pattern.compile(
      "\\Aversion: (\\d+)\\R=== system\\R(.*?)\\R=== user\\R(.*)\\z", Pattern.DOTALL);

  PromptTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(user, "user");
  }

  /** Reads {@code prompts/<name>.txt} next to this adapter's classes. */
  static PromptTemplate load(String name) {
    String resource = "/io/collectlite/cohere/prompts/" + name + ".txt";
    try (InputStream in = PromptTemplate.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("the prompt " + resource + " is missing from the jar");
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the prompt " + resource, e);
    }
  }

  static PromptTemplate parse(String name, String text) {
    Matcher m = LAYOUT.matcher(text.replace("\r\n", "\n").strip());
    if (!m.matches()) {
      throw new IllegalStateException("the prompt '" + name + "' must start with 'version: N', then '=== system' and "
          + "'=== user' sections");
    }
    return new PromptTemplate(name, Integer.parseInt(m.group(1)), m.group(2).strip(), m.group(3).strip());
  }

  /** {@code name.vN}, part of the judge's prompt version. */
  String versionTag() {
    return name + ".v" + version;
  }

  /** The system and user messages with every placeholder filled; a placeholder without a value is a bug. */
  Prompt render(Map<String, String> values) {
    return new Prompt(fill(system, values), fill(user, values));
  }

  private String fill(String text, Map<String, String> values) {
    // a line that is only a placeholder with nothing to say (an unasked rule) goes away with it
    Matcher line = LINE_PLACEHOLDER.matcher(text);
    StringBuilder kept = new StringBuilder();
    while (line.find()) {
      line.appendReplacement(kept, "".equals(values.get(line.group(1))) ? "" : Matcher.quoteReplacement(line.group()));
    }
    line.appendTail(kept);
    Matcher m = PLACEHOLDER.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) throw new IllegalStateException("the prompt '" + name + "' uses {{" + m.group(1) + "}}, "
          + "which has no value");
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A rendered prompt. */
  record Prompt(String system, String user) {}
}
