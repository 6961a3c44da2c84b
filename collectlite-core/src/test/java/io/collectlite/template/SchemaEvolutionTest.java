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
  @Test
  void ordinalAndMultiChoiceOptionsKeepTheirRelativeOrder() {
    OrdinalScale flipped = new OrdinalScale("verdict", "Right?", List.of(new LabelOption("correct", "Right", "3"),
        new LabelOption("partially_correct", "Partly", "2"), new LabelOption("incorrect", "Wrong", "1")));
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(v1, v1.withQuestions(List.of(flipped))))
        .hasMessageContaining("reorders its options");
    LabelSchema multi = Presets.classification(List.of("spam", "toxic"), true);
    LabelSchema swapped = Presets.classification(List.of("toxic", "spam", "ads"), true);
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(multi, swapped)).hasMessageContaining("reorders");
    assertThatCode(() -> SchemaEvolution.requireCompatible(multi, Presets.classification(List.of("ads", "spam",
        "toxic"), true))).doesNotThrowAnyException();
  }

  @Test
  void aNumericScaleMayWidenOnTheSameGridButNeverNarrow() {
    LabelSchema critique = Presets.schemaFor(TaskType.CRITIQUE);
    LabelSchema narrower = critique.withQuestions(List.of(NumericRating.wholeNumbers("rating", "r", 1, 3, 1),
        Presets.CRITIQUE));
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(critique, narrower))
        .hasMessageContaining("must keep every earlier value 1 to 5");
    LabelSchema halves = critique.withQuestions(List.of(new NumericRating("rating", "r", true,
        java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN, new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE),
        Presets.CRITIQUE));
    assertThatCode(() -> SchemaEvolution.requireCompatible(critique, halves)).doesNotThrowAnyException();
  }

  @Test
  void pairwiseStrengthsCannotBeDropped() {
    LabelSchema pairwise = Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE);
    LabelSchema plain = pairwise.withQuestions(List.of(new PairwiseChoice("preference", "Better?", true,
        Presets.PAIRWISE_CHOICES, List.of())));
    assertThatThrownBy(() -> SchemaEvolution.requireCompatible(pairwise, plain))
        .hasMessageContaining("drops clearly, slightly");
  }
}
