package io.collectlite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams an uploaded file as validated, normalised source rows, one record at a time, so an
 * upload never holds the whole file in memory and the store can write while the file is read.
 * Rows with the same content as an earlier row of the file are skipped and listed in
 * {@link #duplicates()}; every refused record is listed in {@link #problems()}. Not thread-safe.
 */
public final class UploadReader implements Iterator<SourceRow>, AutoCloseable {
  /** Most problems kept for the report; the rest are counted. */
  public static final int MAX_REPORTED_PROBLEMS = 1_000;

  private final RecordSource source;
  private final TaskType taskType;
  /** The column that carries a row's gold answer; never stored in the example's fields. */
  public static final String GOLD = "gold";
  private final LabelSchema schema;
  private final IngestLimits limits;
  private int problemCount;
  private final Deque<SourceRow> pending = new ArrayDeque<>();
  private final List<DuplicateRow> duplicates = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Fingerprints lineByHash = new Fingerprints();
  private final Fingerprints lineById = new Fingerprints();
  private boolean exhausted;

  private UploadReader(RecordSource source, TaskType taskType, LabelSchema schema, IngestLimits limits) {
    this.source = source;
    this.taskType = taskType;
    this.schema = schema;
    this.limits = limits;
  }

  /** Opens a reader for the task type's preset schema with the default {@link IngestLimits}. */
  public static UploadReader open(InputStream in, SourceFormat format, TaskType taskType) {
    return open(in, format, taskType, Presets.schemaFor(taskType), IngestLimits.DEFAULT);
  }

  /**
   * Opens a reader over UTF-8 content (a byte-order mark is ignored). Throws
   * {@link ValidationException} when the file as a whole is unreadable (no CSV header), and
   * {@link io.collectlite.error.PayloadTooLargeException} from reading once the file passes
   * {@code limits.maxFileBytes()}.
   */
  public static UploadReader open(InputStream in, SourceFormat format, TaskType taskType, IngestLimits limits) {
    return open(in, format, taskType, Presets.schemaFor(taskType), limits);
  }

  /**
   * Opens a reader that renames columns by the schema's field mapping and requires its row fields.
   * See {@link #open(InputStream, SourceFormat, TaskType, IngestLimits)}.
   */
  public static UploadReader open(InputStream in, SourceFormat format, TaskType taskType, LabelSchema schema,
      IngestLimits limits) {
    return new UploadReader(RecordSource.open(RecordSource.utf8(in, limits), format), taskType, schema, limits);
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !exhausted) {
      RecordSource.Record record = source.next(this::problem);
      if (record == null) {
        exhausted = true;
      } else {
        accept(record.line(), record.fields());
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public SourceRow next() {
    if (!hasNext()) throw new NoSuchElementException();
    return pending.removeFirst();
  }

  /**
   * The rows of a file that must be valid as a whole: yields rows until the first problem, then
   * reads the rest of the file to collect every problem and throws one {@link ValidationException}
   * listing them all, so a store writing these rows rolls back. Also throws when the file holds no
   * rows.
   */
  public Iterator<SourceRow> strictly() {
    return new Rows(true);
  }

  /**
   * The good rows of a file whose bad rows are refused one by one: yields every acceptable row and
   * leaves the refused ones in {@link #problems()}. Throws only when the file as a whole is
   * unreadable or holds no rows.
   */
  public Iterator<SourceRow> leniently() {
    return new Rows(false);
  }

  /** The accepted rows; strict ones stop at the first problem and throw once the file is read. */
  private final class Rows implements Iterator<SourceRow> {
    private final boolean strict;

    Rows(boolean strict) {
      this.strict = strict;
    }

    @Override
    public boolean hasNext() {
      boolean more = UploadReader.this.hasNext();
      if (strict && problemCount > 0) {
        // read on to report every problem, unless the reading thread is told to stop
        while (!Thread.currentThread().isInterrupted() && UploadReader.this.hasNext()) pending.clear();
        throw new ValidationException(reportedProblems());
      }
      if (!more && rowsRead() == 0) throw ValidationException.field("file", "holds no rows");
      return more;
    }

    @Override
    public SourceRow next() {
      if (!hasNext()) throw new NoSuchElementException();
      return pending.removeFirst();
    }
  }

  /** The rows of the file as {@code mode} wants them: {@link #strictly()} or {@link #leniently()}. */
  public Iterator<SourceRow> rows(UploadMode mode) {
    return switch (mode) {
      case STRICT -> strictly();
      case LENIENT -> leniently();
    };
  }

  /** Records read so far (non-blank JSONL lines, CSV data records), accepted or not. */
  public int rowsRead() {
    return source.recordsRead();
  }

  /** Rows skipped so far as repeats of an earlier row of the same file. */
  public List<DuplicateRow> duplicates() {
    return List.copyOf(duplicates);
  }

  /** Records refused so far, each with its line and field (the first {@value #MAX_REPORTED_PROBLEMS}). */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** How many problems were found so far, including those past the reporting cap. */
  public int problemCount() {
    return problemCount;
  }

  private List<Problem> reportedProblems() {
    return withOverflow(problems, problemCount);
  }

  /** The listed problems, plus one line saying how many more were found when {@code count} exceeds them. */
  public static List<Problem> withOverflow(List<Problem> listed, int count) {
    if (count <= listed.size()) return listed;
    List<Problem> shown = new ArrayList<>(listed);
    shown.add(new Problem(0, "file", "and " + (count - listed.size()) + " more problems not listed"));
    return shown;
  }

  private void problem(Problem problem) {
    problemCount++;
    if (problems.size() < MAX_REPORTED_PROBLEMS) problems.add(problem);
  }

  @Override
  public void close() {
    source.release();
  }

  private void accept(int line, ObjectNode row) {
    if (tooLong(line, row)) return;
    if (!mapFields(line, row)) return;
    String id = idOf(line, row);
    if (id == null) return;
    java.util.Optional<io.collectlite.template.Answers> gold = gold(line, row);
    if (gold == null) return;
    var expansion = taskType == TaskType.DOCUMENT_RELEVANCE ? RowExpansion.expand(line, row)
        : RowExpansion.single(row);
    expansion.problems().forEach(p -> problem(new Problem(p.line(), named(p.field()), p.message())));
    if (!expansion.problems().isEmpty() || !hasRequiredFields(line, expansion.examples())
        || !optionalFieldsAreText(line, expansion.examples())) {
      return;
    }
    if (gold.isPresent() && expansion.examples().size() > 1) {
      problem(new Problem(line, GOLD, "one gold answer cannot cover the row's " + expansion.examples().size()
          + " documents; give each document a row of its own"));
      return;
    }
    for (RowExpansion.Candidate candidate : expansion.examples()) {
      String canonical = CanonicalJson.write(candidate.fields());
      String hash = CanonicalJson.sha256(canonical);
      String exampleId = id.isEmpty() ? "h-" + hash.substring(0, 16)
          : candidate.idSuffix().isEmpty() ? id : id + "#" + candidate.idSuffix();
      add(new SourceRow(line, exampleId, canonical, hash, gold));
    }
  }

  /**
   * Takes the row's {@code gold} column out of its fields and checks it against the schema: empty
   * when there is none (or it is blank), null when it is refused.
   */
  private java.util.Optional<io.collectlite.template.Answers> gold(int line, ObjectNode row) {
    // any letter case: a CSV header "Gold" must not put the answer in the fields annotators see
    String column = null;
    for (var names = row.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(GOLD)) {
        if (column != null) {
          problem(new Problem(line, name, "a second gold column ('" + column + "' is one)"));
          return null;
        }
        column = name;
      }
    }
    com.fasterxml.jackson.databind.JsonNode value = column == null ? null : row.remove(column);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(schema.normalize(value, column));
    } catch (io.collectlite.error.ValidationException e) {
      e.problems().forEach(p -> problem(new Problem(line, p.field(), p.message())));
      return null;
    }
  }

  /** Renames the row's columns to template fields by the schema's field mapping; false when it clashes. */
  private boolean mapFields(int line, ObjectNode row) {
    boolean ok = true;
    for (var entry : schema.fieldMapping().entrySet()) {
      String field = entry.getKey();
      String column = entry.getValue();
      if (!row.has(column) || field.equals(column)) continue;
      if (row.has(field) && !row.get(field).isNull() && !row.get(column).isNull()) {
        problem(new Problem(line, column, "is mapped to the field '" + field + "', but the row also has a '" + field
            + "' column"));
        ok = false;
        continue;
      }
      row.set(field, row.remove(column));
    }
    return ok;
  }

  /** A template field as the file names it: {@code passage (mapped to document)} when mapped. */
  private String named(String field) {
    String column = schema.fieldMapping().get(field);
    return column == null || column.equals(field) ? field : column + " (mapped to " + field + ")";
  }

  /** Every example must carry the schema's row fields as non-blank text. */
  private boolean hasRequiredFields(int line, List<RowExpansion.Candidate> examples) {
    int before = problemCount;
    for (String field : schema.requiredFields()) {
      for (RowExpansion.Candidate candidate : examples) {
        JsonNode value = candidate.fields().get(field);
        String named = named(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
          problem(new Problem(line, named, "is required"));
        } else if (!value.isTextual()) {
          problem(new Problem(line, named, "must be text"));
        } else {
          continue;
        }
        break;
      }
    }
    return problemCount == before;
  }

  /** The type's optional fields ({@link Presets#optionalFields}), when a row has them and they are not null, are text. */
  private boolean optionalFieldsAreText(int line, List<RowExpansion.Candidate> examples) {
    int before = problemCount;
    for (String field : Presets.optionalFields(taskType)) {
      for (RowExpansion.Candidate candidate : examples) {
        JsonNode value = candidate.fields().get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
          problem(new Problem(line, named(field), "must be text when given"));
          break;
        }
      }
    }
    return problemCount == before;
  }

  /** Refuses the row when any text value in it, at any depth, is longer than the field limit. */
  private boolean tooLong(int line, ObjectNode row) {
    int before = problemCount;
    for (var it = row.fields(); it.hasNext(); ) {
      var field = it.next();
      checkLength(line, field.getKey(), field.getValue());
    }
    return problemCount > before;
  }

  private void checkLength(int line, String path, JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      int chars = text.codePointCount(0, text.length());
      if (chars > limits.maxFieldChars()) {
        problem(new Problem(line, path, "is longer than the limit of " + limits.maxFieldChars() + " characters ("
            + chars + ")"));
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) checkLength(line, path + "[" + i + "]", value.get(i));
    } else if (value.isObject()) {
      for (var it = value.fields(); it.hasNext(); ) {
        var field = it.next();
        checkLength(line, path + "." + field.getKey(), field.getValue());
      }
    }
  }

  private String idOf(int line, ObjectNode row) {
    JsonNode id = row.get("id");
    if (id == null || id.isNull() || (id.isTextual() && id.asText().isBlank())) return "";
    if (!id.isTextual() && !id.isIntegralNumber()) {
      problem(new Problem(line, "id", "must be text or a whole number"));
      return null;
    }
    String text = id.asText().strip();
    if (text.indexOf('\0') >= 0) {
      problem(new Problem(line, "id", "contains a NUL character (U+0000)"));
      return null;
    }
    if (text.length() > 200) {
      problem(new Problem(line, "id", "is longer than 200 characters"));
      return null;
    }
    return text;
  }

  private void add(SourceRow row) {
    var firstLine = lineByHash.putIfAbsent(Fingerprints.ofSha256Hex(row.sourceHash()), row.line());
    if (firstLine.isPresent()) {
      duplicates.add(new DuplicateRow(row.line(), row.exampleId(), "same content as line " + firstLine.getAsLong()));
      return;
    }
    var sameId = lineById.putIfAbsent(Fingerprints.ofText(row.exampleId()), row.line());
    if (sameId.isPresent()) {
      problem(new Problem(row.line(), "id", "example id '" + row.exampleId()
          + "' is already used on line " + sameId.getAsLong() + " with different content"));
      return;
    }
    pending.addLast(row);
  }
}
