package io.collectlite.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.JsonlRecords;
import io.collectlite.template.Answers;
import io.collectlite.template.LabelSchema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A gold file: JSONL, one known answer per line, {@code {"example_id": "q1-d3", "label": "relevant"}}
 * or with {@code "answers"} by question name. Each answer is checked against the project's schema.
 */
public final class GoldFile {
  private GoldFile() {}

  /** The lines read, and every line that was refused with the field at fault. */
  public record Parsed(List<GoldLine> lines, List<Problem> problems) {
    public Parsed {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }
  }

  /** Reads the whole file; the caller closes {@code content}. */
  public static Parsed read(InputStream content, LabelSchema schema, IngestLimits limits) {
    List<GoldLine> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (JsonlRecords records = JsonlRecords.open(content, limits)) {
      for (Optional<JsonlRecords.Line> next = records.next(problems::add); next.isPresent();
          next = records.next(problems::add)) {
        List<Problem> found = lineProblems(next.get(), schema);
        if (found.isEmpty()) {
          lines.add(toGold(next.get(), schema));
        } else {
          problems.addAll(found);
        }
      }
    }
    if (lines.isEmpty() && problems.isEmpty()) throw ValidationException.field("file", "holds no gold answers");
    return new Parsed(lines, problems);
  }

  private static GoldLine toGold(JsonlRecords.Line line, LabelSchema schema) {
    ObjectNode f = line.fields();
    Answers answers = schema.normalize(f.has("answers") ? f.get("answers") : f.get("label"));
    return new GoldLine(line.number(), f.get("example_id").asText(), answers.primaryKey(), answers.json());
  }

  private static List<Problem> lineProblems(JsonlRecords.Line line, LabelSchema schema) {
    ObjectNode f = line.fields();
    List<Problem> problems = new ArrayList<>();
    for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!List.of("example_id", "label", "answers").contains(name)) {
        problems.add(new Problem(line.number(), name, "unknown field; a gold line has example_id and label (or answers)"));
      }
    }
    JsonNode id = f.get("example_id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      problems.add(new Problem(line.number(), "example_id", "is required (text)"));
    }
    if (f.has("answers") == f.has("label")) {
      problems.add(new Problem(line.number(), "label", "give either label or answers"));
    } else {
      try {
        String field = f.has("answers") ? "answers" : "label";
        schema.normalize(f.get(field), field);
      } catch (ValidationException e) {
        e.problems().forEach(p -> problems.add(new Problem(line.number(), p.field(), p.message())));
      }
    }
    return problems;
  }
}
