package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a template asks and which row fields it needs.
 *
 * <p>The first question is the <em>primary</em> one: consensus, review and an export's
 * {@code final_label} are about it, so it must be required and aggregatable. Further questions
 * (a corrected answer, a critique, a secondary tag) are stored with each annotation.
 *
 * @param questions one or more, names unique, keyboard shortcuts unique across all of them
 * @param requiredFields the row fields every example must carry (after the field mapping)
 * @param fieldMapping template field → the file column it is read from, e.g. {@code {"query": "question"}}
 *     reads a file's {@code question} column as the template's {@code query} field
 */
public record LabelSchema(List<Question> questions, List<String> requiredFields, Map<String, String> fieldMapping) {
  /** Keys the workbench keeps for itself: skip, notes, confidence, key map. */
  public static final Set<String> RESERVED_KEYS = Set.of("s", "n", "q", "w", "e", "?");

  public LabelSchema {
    // List.of and Map.of refuse contains(null), so look with streams
    if (questions.stream().anyMatch(Objects::isNull) || requiredFields.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("questions and required fields cannot be empty");
    }
    if (fieldMapping.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
      throw new IllegalArgumentException("a field mapping names a template field and a file column");
    }
    questions = List.copyOf(questions);
    requiredFields = List.copyOf(requiredFields);
    fieldMapping = Map.copyOf(fieldMapping);
    if (questions.isEmpty()) throw new IllegalArgumentException("a label schema needs a question");
    Question primary = questions.get(0);
    if (!primary.aggregatable() || !primary.required()) {
      throw new IllegalArgumentException("the first question ('" + primary.name()
          + "') is the one consensus decides: it must be required and not free text");
    }
    var names = new HashSet<String>();
    Map<String, String> keyOwners = new HashMap<>();
    for (Question q : questions) {
      if (!names.add(q.name())) throw new IllegalArgumentException("two questions are named '" + q.name() + "'");
      for (String key : q.keys()) {
        String k = key.toLowerCase(Locale.ROOT);
        if (RESERVED_KEYS.contains(k)) {
          throw new IllegalArgumentException("question '" + q.name() + "' uses the key '" + key
              + "', which the workbench keeps for " + reservedUse(k));
        }
        String owner = keyOwners.putIfAbsent(k, q.name());
        if (owner != null) {
          throw new IllegalArgumentException("the key '" + key + "' is used by both '" + owner + "' and '"
              + q.name() + "'");
        }
      }
    }
    for (var entry : fieldMapping.entrySet()) {
      if (entry.getKey().isBlank() || entry.getValue().isBlank()) {
        throw new IllegalArgumentException("a field mapping names a template field and a file column");
      }
    }
    if (new HashSet<>(fieldMapping.values()).size() != fieldMapping.size()) {
      throw new IllegalArgumentException("the field mapping reads one file column into two fields");
    }
  }

  /** A schema without a field mapping. */
  public LabelSchema(List<Question> questions, List<String> requiredFields) {
    this(questions, requiredFields, Map.of());
  }

  /** The question consensus decides. */
  public Question primary() {
    return questions.get(0);
  }

  /**
   * Whether two primary keys count as the same answer: numeric ratings within the question's
   * tolerance, every other kind when the keys are equal (for gold accuracy and model agreement).
   */
  public boolean agrees(String key, String other) {
    if (key.equals(other)) return true;
    if (!(primary() instanceof NumericRating rating)) return false;
    try {
      return new java.math.BigDecimal(key).subtract(new java.math.BigDecimal(other)).abs()
          .compareTo(rating.tolerance()) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The question of that name. */
  public Optional<Question> question(String name) {
    return questions.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The same schema with another field mapping. */
  public LabelSchema withFieldMapping(Map<String, String> mapping) {
    return new LabelSchema(questions, requiredFields, mapping);
  }

  /** The same schema with other questions. */
  public LabelSchema withQuestions(List<Question> newQuestions) {
    return new LabelSchema(newQuestions, requiredFields, fieldMapping);
  }

  /**
   * Checks an annotator's or reviewer's label and returns it normalised. {@code label} is either an
   * object of answers by question name, or a single value, which answers the primary question.
   * Every problem found is reported at once, named as in {@link #normalize(JsonNode, String)} with
   * the field {@code label}.
   */
  public Answers normalize(JsonNode label) {
    return normalize(label, "label");
  }

  /**
   * {@link #normalize(JsonNode)} for answers the input spells {@code field} (e.g. {@code answers} in
   * a request, the gold column of a file): problems are named {@code field} for a single value and
   * {@code field.<question>} for an object of answers, so the person reads the name they wrote.
   */
  public Answers normalize(JsonNode label, String field) {
    if (label == null || label.isNull() || (label.isTextual() && label.asText().isBlank())) {
      throw ValidationException.field(field, "is required");
    }
    JsonNode answers = label;
    boolean single = !label.isObject() || primary() instanceof PairwiseChoice && label.has("choice");
    if (single) answers = JsonNodeFactory.instance.objectNode().set(primary().name(), label);
    List<Problem> problems = new ArrayList<>();
    Map<String, JsonNode> normal = new LinkedHashMap<>();
    for (Question q : questions) {
      JsonNode answer = answers.get(q.name());
      String at = single && q == primary() ? field : field + "." + q.name();
      if (answer == null || answer.isNull() || (answer.isTextual() && answer.asText().isBlank())
          || (answer.isArray() && answer.isEmpty() && (!(q instanceof MultiChoice) || !q.required()))) {
        if (q.required()) problems.add(Problem.field(at, "is required"));
        continue;
      }
      try {
        normal.put(q.name(), q.normalize(answer, at));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    for (var it = answers.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (question(name).isEmpty()) {
        problems.add(Problem.field(field + "." + name, "is not a question of this template (questions: "
            + String.join(", ", questions.stream().map(Question::name).toList()) + ")"));
      }
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    normal.forEach(object::set);
    return new Answers(object.toString(), primary().consensusKey(normal.get(primary().name())));
  }

  /** The primary question's answer as stored in an export's {@code final_label}, from its consensus key. */
  public JsonNode finalLabel(String consensusKey) {
    return Answers.primaryValue(finalLabelType(), consensusKey);
  }

  /** The JSON type of {@code final_label}, from the first question's kind. */
  public FinalLabelType finalLabelType() {
    return FinalLabelType.of(primary());
  }

  private static String reservedUse(String key) {
    return switch (key) {
      case "s" -> "skip";
      case "n" -> "notes";
      case "?" -> "the key map";
      default -> "confidence";
    };
  }
}
