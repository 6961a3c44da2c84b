package io.collectlite.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.template.Answers;
import io.collectlite.template.LabelSchema;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns one import line into an {@link ImportRow}, collecting every problem on the line, each
 * naming its field. Thread-safe (stateless apart from its settings).
 */
final class LineParser {
  static final int MAX_NAME = 200;
  private static final Instant EARLIEST = Instant.EPOCH;
  private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");
  /** Clocks of other tools drift; a time further ahead than this is a mistake, not drift. */
  private static final Duration FUTURE_SLACK = Duration.ofDays(1);
  private static final Set<String> COMMON = Set.of("example_id", "annotator", "model", "label", "confidence",
      "created_at", "source");
  private static final Set<String> ANNOTATION_ONLY = Set.of("notes");
  private static final Set<String> PREDICTION_ONLY = Set.of("provider", "prompt_version", "rationale", "score");

  private final LabelSchema schema;
  private final Instant now;
  private final int maxFieldChars;

  LineParser(LabelSchema schema, Instant now, int maxFieldChars) {
    this.schema = schema;
    this.now = now.truncatedTo(ChronoUnit.MICROS);
    this.maxFieldChars = maxFieldChars;
  }

  /** The line as an annotation or a prediction, or refused with every problem found on it. */
  ImportRow parse(int line, ObjectNode fields) {
    Fields f = new Fields(line, fields);
    boolean person = fields.has("annotator");
    boolean machine = fields.has("model");
    if (person == machine) {
      f.problem(person ? "model" : "annotator", person ? "cannot be given with 'annotator': a line is either a "
          + "person's annotation or a model's prediction" : "is required (or 'model' for a model's prediction)");
    }
    unknownFields(f, fields, machine && !person);
    String exampleId = f.name("example_id", true);
    Answers answers = answers(f);
    Instant createdAt = createdAt(f);
    String origin = f.name("source", false);
    if (machine && !person) {
      ImportedPrediction prediction = new ImportedPrediction(line, orEmpty(exampleId), orEmpty(f.name("model", true)),
          orEmpty(f.name("provider", false)), orEmpty(f.name("prompt_version", false)), placeholder(answers),
          probability(f, "confidence"), finite(f, "score"), orEmpty(f.text("rationale", maxFieldChars)), createdAt,
          orEmpty(origin));
      return f.problems.isEmpty() ? prediction : new RefusedLine(line, f.problems);
    }
    ImportedAnnotation annotation = new ImportedAnnotation(line, orEmpty(exampleId),
        orEmpty(person ? f.name("annotator", true) : null), placeholder(answers), confidence(f),
        orEmpty(f.text("notes", AnnotationInput.MAX_NOTES)), createdAt, orEmpty(origin));
    return f.problems.isEmpty() ? annotation : new RefusedLine(line, f.problems);
  }

  private static void unknownFields(Fields f, ObjectNode fields, boolean prediction) {
    for (var it = fields.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (COMMON.contains(name)) continue;
      if (ANNOTATION_ONLY.contains(name)) {
        if (prediction) f.problem(name, "is for annotations; a model's explanation goes in 'rationale'");
      } else if (PREDICTION_ONLY.contains(name)) {
        if (!prediction) f.problem(name, "is for model predictions (lines with 'model')");
      } else {
        f.problem(name, "is not a field of an import line (fields: example_id, annotator or model, label, "
            + "confidence, notes, created_at, source, provider, prompt_version, rationale, score)");
      }
    }
  }

  private Answers answers(Fields f) {
    JsonNode label = f.fields.get("label");
    if (label == null || label.isNull()) {
      f.problem("label", "is required");
      return null;
    }
    if (!finiteNumbers(label)) {
      f.problem("label", "holds a number too large for a label");
      return null;
    }
    try {
      return schema.normalize(label);
    } catch (ValidationException e) {
      e.problems().forEach(p -> f.problem(p.field(), p.message()));
      return null;
    }
  }

  /** Whether every number in the value fits a double: a label never needs more, and answers read them as such. */
  private static boolean finiteNumbers(JsonNode value) {
    if (value.isNumber()) return Double.isFinite(value.asDouble());
    for (JsonNode child : value) {
      if (!finiteNumbers(child)) return false;
    }
    return true;
  }

  private Instant createdAt(Fields f) {
    JsonNode value = f.fields.get("created_at");
    if (value == null || value.isNull()) return now;
    if (!value.isTextual()) {
      f.problem("created_at", "must be an ISO-8601 time, e.g. 2024-05-01T12:00:00Z");
      return now;
    }
    Instant time;
    try {
      time = OffsetDateTime.parse(value.asText().strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      f.problem("created_at", "'" + value.asText() + "' is not an ISO-8601 time with a zone, e.g. "
          + "2024-05-01T12:00:00Z");
      return now;
    }
    if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
      f.problem("created_at", "'" + value.asText() + "' is outside the years 1970 to 9999");
      return now;
    }
    if (time.isAfter(now.plus(FUTURE_SLACK))) {
      f.problem("created_at", "'" + value.asText() + "' is more than a day in the future");
      return now;
    }
    return time;
  }

  /** low, medium or high; or a probability, read as low below 1/3, high from 2/3, medium between. */
  private static Confidence confidence(Fields f) {
    JsonNode value = f.fields.get("confidence");
    if (value == null || value.isNull()) return Confidence.MEDIUM;
    if (value.isTextual()) {
      String text = value.asText().strip().toLowerCase(Locale.ROOT);
      for (Confidence c : Confidence.values()) {
        if (c.wire().equals(text)) return c;
      }
    } else if (value.isNumber() && value.asDouble() >= 0 && value.asDouble() <= 1) {
      double p = value.asDouble();
      return p < 1.0 / 3 ? Confidence.LOW : p < 2.0 / 3 ? Confidence.MEDIUM : Confidence.HIGH;
    }
    f.problem("confidence", "must be low, medium or high, or a number from 0 to 1");
    return Confidence.MEDIUM;
  }

  private static OptionalDouble probability(Fields f, String field) {
    OptionalDouble value = finite(f, field);
    if (value.isPresent() && (value.getAsDouble() < 0 || value.getAsDouble() > 1)) {
      f.problem(field, "must be a number from 0 to 1");
      return OptionalDouble.empty();
    }
    return value;
  }

  private static OptionalDouble finite(Fields f, String field) {
    JsonNode value = f.fields.get(field);
    if (value == null || value.isNull()) return OptionalDouble.empty();
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      f.problem(field, "must be a number");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value.asDouble());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The answers, or a stand-in when the line is refused anyway (a row record needs a value). */
  private static Answers placeholder(Answers answers) {
    return answers == null ? new Answers("{}", "") : answers;
  }

  /** One line's fields and the problems found on it so far. */
  private static final class Fields {
    final int line;
    final ObjectNode fields;
    final List<Problem> problems = new ArrayList<>();

    Fields(int line, ObjectNode fields) {
      this.line = line;
      this.fields = fields;
    }

    void problem(String field, String message) {
      problems.add(new Problem(line, field, message));
    }

    /** A short name or id: text (or, for ids, a whole number) of 1 to 200 characters without NUL. */
    String name(String field, boolean required) {
      JsonNode value = fields.get(field);
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        if (required) problem(field, "is required");
        return null;
      }
      boolean id = field.equals("example_id") && value.isIntegralNumber();
      if (!value.isTextual() && !id) {
        problem(field, "must be text");
        return null;
      }
      String text = value.asText().strip();
      return checked(field, text, MAX_NAME).orElse(null);
    }

    /** Free text up to {@code max} characters; empty when absent. */
    String text(String field, int max) {
      JsonNode value = fields.get(field);
      if (value == null || value.isNull()) return "";
      if (!value.isTextual()) {
        problem(field, "must be text");
        return "";
      }
      return checked(field, value.asText(), max).orElse("");
    }

    private Optional<String> checked(String field, String text, int max) {
      if (text.indexOf('\0') >= 0) {
        problem(field, "contains a NUL character (U+0000)");
        return Optional.empty();
      }
      int chars = text.codePointCount(0, text.length());
      if (chars > max) {
        problem(field, "is longer than " + max + " characters (" + chars + ")");
        return Optional.empty();
      }
      return Optional.of(text);
    }
  }
}
