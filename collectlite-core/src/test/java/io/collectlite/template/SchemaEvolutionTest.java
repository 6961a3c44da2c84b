package io.collectlite.template;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.project.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {
  private final LabelSchema v1 = Presets.schemaFor(TaskType.QA_VALIDATION);

  @Test
  void retitlingReorderingAndAddingOptionsKeepsEarlierAnnotationsValid() {
    OrdinalScale verdict = new OrdinalScale("verdict", "Right?", List.of(
        new LabelOption("incorrect", "Wrong", "1"), new LabelOption("unanswerable", "Unanswerable", "4"),
        new LabelOption("partially_correct", "Partly", "2"), new LabelOption("correct", "Right", "3")));
    assertThatCode(() -> SchemaEvolution.requireCompatible(v1, v1.withQuestions(List.of(verdict))))
        .doesNotThrowAnyException();
  }

  @Test
  void droppingAnOptionValueIsRefusedNamingIt() {
    OrdinalScale verdict = new OrdinalScale("verdict", "Right?", List.of(
        new LabelOption("incorrect", "Wrong", "1"), new LabelOption("correct", "Right", "3")));
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(v1, v1.withQuestions(List.of(verdict))))
        .hasMessageContaining("drops partially_correct");
  }

  @Test
  void theFirstQuestionKeepsItsNameAndKind() {
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(v1, v1.withQuestions(List.of(
        new SingleChoice("verdict", "?", true, Presets.VERDICT.options())))))
        .hasMessageContaining("must stay 'verdict' (ordinal)");
  }
}
