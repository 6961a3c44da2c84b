package io.collectlite.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import io.collectlite.template.LabelSchema;

/**
 * Writes export records (schema {@value #SCHEMA_VERSION}) as JSONL or CSV, one row at a time, while
 * counting them and hashing the bytes. Memory does not grow with the export.
 *
 * <p>Records carry {@code state} only in an export of {@link TaskFilter#ALL all} tasks (where
 * {@code final_label} and {@code resolved_at} are null for a task without a final label), and
 * {@code annotations} only when {@link ExportOptions#includeAnnotations()}: each annotation names
 * its annotator by {@link Pseudonyms#annotator pseudonym}, never by name or id.
 *
 * <p>Every record carries the example's model suggestions (schema 2; schema 1 wrote
 * {@code model_suggestion} as null): {@code model_suggestion} is the latest suggestion of any
 * provider and model (null when no model suggested a label), and {@code model_suggestions} the latest
 * of each provider and model, newest first (empty when none). A suggestion holds its provider, model,
 * prompt version, template version, label (typed as {@code final_label}), answers, raw score,
 * rationale, confidence, latency in milliseconds, cost estimate in US dollars, source, origin and
 * creation time; a value the model did not give is null. Latest means most recently stored.
 *
 * <p>CSV layout: the record columns ({@code example_id}, {@code split}, {@code final_label}, …,
 * {@code export_version}), then the latest suggestion as dotted columns ({@code model_suggestion.provider},
 * {@code model_suggestion.model}, … {@code model_suggestion.created_at}; empty cells when there is
 * none) and {@code model_suggestions}, a JSON array cell of every model's latest, then the source fields flattened to dotted columns, then
 * {@code fields_other}, then {@code state} and {@code annotations} when the options ask for them.
 * A streaming writer cannot know every nested key before the first row, so the field columns are
 * fixed from a sample: every required field of the template as {@code fields.<name>} (or, when the
 * first {@value CsvExport#SAMPLE_ROWS} rows hold an object there, its nested key paths such as
 * {@code fields.metadata.source}), then the other key paths seen in those rows, in first-seen
 * order, up to {@value CsvExport#MAX_FIELD_COLUMNS} more. A value whose path has no column —
 * a key first met later, or an object where the sample had a scalar — goes into
 * {@code fields_other}, a JSON object keyed by dotted path (empty cell when none), so no value is
 * lost. Arrays and empty objects are one cell holding JSON. A multi-choice {@code final_label} is a
 * JSON array cell ({@code ["a","b"]}: unambiguous even when an option contains a separator);
 * {@code annotations} is a JSON array cell; null values are empty cells.
 */
public final class ExportWriter {
  /** The version of the record layout; bumped whenever a field changes meaning or disappears. */
  public static final String SCHEMA_VERSION = "2";

  private final RecordValues values;
  private final List<String> requiredFields;

  /** A writer of resolved tasks without annotations ({@link ExportOptions#DEFAULT}). */
  public ExportWriter(long seed, SplitRatios ratios, LabelSchema schema, Instant exportedAt) {
    this(seed, ratios, schema, exportedAt, ExportOptions.DEFAULT, new Pseudonyms(Pseudonyms.newKey()));
  }

  /**
   * @param seed the project's split seed
   * @param ratios the project's split ratios
   * @param schema the project's current label schema: its required row fields get their own CSV
   *     columns, and its first question gives {@code final_label} its JSON type
   * @param options which columns the records carry (the store selects the tasks)
   * @param pseudonyms the project's annotator pseudonyms
   */
  public ExportWriter(long seed, SplitRatios ratios, LabelSchema schema, Instant exportedAt, ExportOptions options,
      Pseudonyms pseudonyms) {
    this.values = new RecordValues(seed, ratios, schema, exportedAt, options, pseudonyms);
    this.requiredFields = schema.requiredFields();
  }

  /** Writes every row to {@code out} (not closed) and returns the count and the SHA-256 of the bytes. */
  public WrittenExport write(ExportFormat format, int version, Iterator<ExportRow> rows, OutputStream out,
      String location) throws IOException {
    MessageDigest sha = sha256();
    var digesting = new DigestOutputStream(out, sha);
    Writer writer = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
    SortedSet<Integer> templateVersions = new TreeSet<>();
    Iterator<ExportRow> noted = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ExportRow next() {
        ExportRow row = rows.next();
        templateVersions.add(row.templateVersion());
        return row;
      }
    };
    long count = switch (format) {
      case JSONL -> new JsonlExport(values).write(version, noted, writer);
      case CSV -> new CsvExport(values, requiredFields).write(version, noted, writer);
    };
    writer.flush();
    return new WrittenExport(count, HexFormat.of().formatHex(sha.digest()), location, List.copyOf(templateVersions));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
