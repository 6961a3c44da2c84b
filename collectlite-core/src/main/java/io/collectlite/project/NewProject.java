package io.collectlite.project;

import io.collectlite.error.Problems;
import io.collectlite.error.TextInput;
import io.collectlite.export.SplitRatios;
import io.collectlite.template.LabelSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * What an owner gives to create a project.
 *
 * @param overlap annotators per task, 1 to 10 (2 by default)
 * @param seed the split seed; empty to draw one from the facade's random source
 * @param schema the labels, row fields and field mapping; empty for the task type's preset
 * @param splitRatios the train/validation/evaluation shares every export of the project uses; empty
 *     for the facade's default ({@code CollectLite.Builder.splitRatios})
 */
public record NewProject(
    String name, TaskType taskType, String instructions, int overlap, Optional<Long> seed,
    Optional<LabelSchema> schema, Optional<SplitRatios> splitRatios) {
  /** Most annotators a task may require. */
  public static final int MAX_OVERLAP = 10;

  public NewProject {
    Problems problems = new Problems();
    if (name == null || name.isBlank()) {
      problems.add("name", "is required");
    } else if (name.length() > 200) {
      problems.add("name", "is longer than 200 characters");
    } else {
      String given = name.strip();
      problems.check(() -> TextInput.noNul("name", given));
      name = given;
    }
    Objects.requireNonNull(taskType, "taskType");
    String text = Objects.requireNonNullElse(instructions, "");
    problems.check(() -> TextInput.noNul("instructions", text));
    instructions = text;
    if (overlap < 1 || overlap > MAX_OVERLAP) problems.add("overlap", "must be between 1 and " + MAX_OVERLAP);
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(splitRatios, "splitRatios");
    problems.throwIfAny();
  }

  /** A project with the facade's default split ratios. */
  public NewProject(String name, TaskType taskType, String instructions, int overlap, Optional<Long> seed,
      Optional<LabelSchema> schema) {
    this(name, taskType, instructions, overlap, seed, schema, Optional.empty());
  }

  /** A project on its task type's preset schema. */
  public NewProject(String name, TaskType taskType, String instructions, int overlap, Optional<Long> seed) {
    this(name, taskType, instructions, overlap, seed, Optional.empty());
  }

  /** A project of any type with an overlap of 2, a drawn seed and the type's preset schema. */
  public static NewProject of(String name, TaskType type, String instructions) {
    return new NewProject(name, type, instructions, 2, Optional.empty());
  }

  /** The schema the project starts with: the one given, else the task type's preset. */
  public LabelSchema schemaOrPreset() {
    return schema.orElseGet(() -> io.collectlite.template.Presets.schemaFor(taskType));
  }

  /** The same project with its own labels, row fields or field mapping. */
  public NewProject withSchema(LabelSchema newSchema) {
    return new NewProject(name, taskType, instructions, overlap, seed, Optional.of(newSchema), splitRatios);
  }

  /** A document-relevance project with an overlap of 2 and a drawn seed. */
  public static NewProject relevance(String name, String instructions) {
    return new NewProject(name, TaskType.DOCUMENT_RELEVANCE, instructions, 2, Optional.empty());
  }

  /** The same project with another overlap. */
  public NewProject withOverlap(int newOverlap) {
    return new NewProject(name, taskType, instructions, newOverlap, seed, schema, splitRatios);
  }

  /** The same project with a fixed split seed. */
  public NewProject withSeed(long newSeed) {
    return new NewProject(name, taskType, instructions, overlap, Optional.of(newSeed), schema, splitRatios);
  }

  /** The same project with its own train/validation/evaluation shares. */
  public NewProject withSplitRatios(SplitRatios ratios) {
    return new NewProject(name, taskType, instructions, overlap, seed, schema, Optional.of(ratios));
  }
}
