package io.collectlite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one uploaded row into examples. Document relevance: {@code {query, document}} gives one,
 * {@code {query, documents: [...]}} or {@code candidate_*} columns give one per document. Every
 * other task type: one example per row.
 */
final class RowExpansion {
  private static final Pattern CANDIDATE = Pattern.compile("candidate_[A-Za-z0-9_]+");

  /** A row's examples, or the problems that refuse it. */
  record Expansion(List<Candidate> examples, List<Problem> problems) {}

  /** One example before hashing: its id suffix (empty for a single document) and its fields. */
  record Candidate(String idSuffix, ObjectNode fields) {}

  private RowExpansion() {}

  /** A row of any other task type: one example of all its fields but the id. */
  static Expansion single(ObjectNode row) {
    ObjectNode fields = row.deepCopy();
    fields.remove("id");
    return new Expansion(List.of(new Candidate("", fields)), List.of());
  }

  static Expansion expand(int line, ObjectNode row) {
    List<Problem> problems = new ArrayList<>();
    JsonNode query = row.get("query");
    if (query == null || query.isNull() || (query.isTextual() && query.asText().isBlank())) {
      problems.add(new Problem(line, "query", "is required"));
    } else if (!query.isTextual()) {
      problems.add(new Problem(line, "query", "must be text"));
    }
    List<Map.Entry<String, JsonNode>> documents = documents(line, row, problems);
    if (!problems.isEmpty()) return new Expansion(List.of(), problems);

    ObjectNode shared = row.deepCopy();
    shared.remove("id");
    shared.remove("document");
    shared.remove("documents");
    shared.remove(candidateColumns(row));
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> doc : documents) {
      ObjectNode fields = shared.deepCopy();
      fields.set("document", doc.getValue());
      out.add(new Candidate(documents.size() == 1 && doc.getKey().isEmpty() ? "" : doc.getKey(), fields));
    }
    return new Expansion(out, List.of());
  }

  private static List<Map.Entry<String, JsonNode>> documents(int line, ObjectNode row, List<Problem> problems) {
    List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
    JsonNode single = row.get("document");
    JsonNode many = row.get("documents");
    if (single != null && !single.isNull()) {
      addText(line, "document", "", single, docs, problems);
    }
    if (many != null && !many.isNull()) {
      if (!many.isArray()) {
        problems.add(new Problem(line, "documents", "must be a list of texts"));
      } else {
        for (int i = 0; i < many.size(); i++) {
          addText(line, "documents[" + i + "]", String.valueOf(i + 1), many.get(i), docs, problems);
        }
      }
    }
    for (String column : candidateColumns(row)) {
      JsonNode value = row.get(column);
      if (value.isNull() || (value.isTextual() && value.asText().isBlank())) continue;
      addText(line, column, column, value, docs, problems);
    }
    if (docs.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(line, "document",
          "is required (or 'documents' as a list, or candidate_* columns)"));
    }
    return docs;
  }

  private static void addText(int line, String field, String suffix, JsonNode value,
      List<Map.Entry<String, JsonNode>> docs, List<Problem> problems) {
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(new Problem(line, field, "must be non-empty text"));
    } else {
      docs.add(Map.entry(suffix, value));
    }
  }

  private static List<String> candidateColumns(ObjectNode row) {
    List<String> columns = new ArrayList<>();
    for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (CANDIDATE.matcher(name).matches()) columns.add(name);
    }
    return columns;
  }
}
