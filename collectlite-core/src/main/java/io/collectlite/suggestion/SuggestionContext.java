package io.collectlite.suggestion;

import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import java.util.List;
import java.util.Objects;

/**
 * What a provider knows about the project it suggests for.
 *
 * @param taskType the project's task type
 * @param schema the template's label schema; suggestions answer its primary question
 * @param instructions the template's instructions (Markdown), for providers that prompt a model
 * @param labelled settled examples of the project, newest first, at most a few thousand; empty
 *     when none are resolved yet
 */
public record SuggestionContext(TaskType taskType, LabelSchema schema, String instructions,
    List<LabelledExample> labelled) {
  public SuggestionContext {
    Objects.requireNonNull(taskType, "taskType");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(instructions, "instructions");
    labelled = List.copyOf(labelled);
  }

  /** A context without settled examples. */
  public SuggestionContext(TaskType taskType, LabelSchema schema, String instructions) {
    this(taskType, schema, instructions, List.of());
  }
}
