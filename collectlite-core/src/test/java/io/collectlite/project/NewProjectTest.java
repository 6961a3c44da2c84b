package io.collectlite.project;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.export.SplitRatios;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewProjectTest {
  @Test
  void everyProblemOfANewProjectIsNamedAtOnce() {
    assertThatThrownBy(() -> new NewProject(" ", TaskType.CLASSIFICATION, "a\0b", 0, Optional.empty()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("name", "instructions", "overlap"));
  }

  @Test
  void everyBadShareIsNamedAtOnceAndTheSumOnlyWhenTheSharesAreNumbers() {
    assertThatThrownBy(() -> new SplitRatios(-0.1, Double.NaN, 0.5))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("split_ratios.train", "split_ratios.validation"));
    assertThatThrownBy(() -> new SplitRatios(0.5, 0.5, 0.5))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("split_ratios"));
  }
}
