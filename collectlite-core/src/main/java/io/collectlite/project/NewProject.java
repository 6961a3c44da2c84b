package io.collectlite.project;

import io.collectlite.error.TextInput;
import io.collectlite.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * What an owner gives to create a project.
 *
 * @param overlap annotators per task, 1 to 10 (2 by default)
 * @param seed the split seed; empty to draw one from the facade's random source
 */
public record NewProject(
    String name, TaskType taskType, String instructions, int overlap, Optional<Long> seed) {
  /** Most annotators a task may require. */
  public static final int MAX_OVERLAP = 10;

  public NewProject {
    if (name == null || name.isBlank()) throw ValidationException.field("name", "is required");
    if (name.length() > 200) throw ValidationException.field("name", "is longer than 200 characters");
    name = TextInput.noNul("name", name.strip());
    Objects.requireNonNull(taskType, "taskType");
    instructions = TextInput.noNul("instructions", Objects.requireNonNullElse(instructions, ""));
    if (overlap < 1 || overlap > MAX_OVERLAP) {
      throw ValidationException.field("overlap", "must be between 1 and " + MAX_OVERLAP);
    }
    Objects.requireNonNull(seed, "seed");
  }

  /** A document-relevance project with an overlap of 2 and a drawn seed. */
  public static NewProject relevance(String name, String instructions) {
    return new NewProject(name, TaskType.DOCUMENT_RELEVANCE, instructions, 2, Optional.empty());
  }

  /** The same project with another overlap. */
  public NewProject withOverlap(int newOverlap) {
    return new NewProject(name, taskType, instructions, newOverlap, seed);
  }

  /** The same project with a fixed split seed. */
  public NewProject withSeed(long newSeed) {
    return new NewProject(name, taskType, instructions, overlap, Optional.of(newSeed));
  }
}
