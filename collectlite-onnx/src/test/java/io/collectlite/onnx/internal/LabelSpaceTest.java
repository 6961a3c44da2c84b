package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.template.LabelOption;
import io.collectlite.template.MultiChoice;
import io.collectlite.template.Presets;
import io.collectlite.template.SingleChoice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSpaceTest {
  private final LabelSpace single = LabelSpace.of((SingleChoice) Presets.classification(
      List.of("positive", "negative", "not_sure"), false).primary());
  private final LabelSpace multi = LabelSpace.of((MultiChoice) Presets.classification(
      List.of("sports", "politics", "science"), true).primary());

  @Test
  void aSingleChoiceLabelIsItsValue() {
    assertThat(single.parse("negative")).hasValueSatisfying(c -> assertThat(c).containsExactly(false, true, false));
    assertThat(single.format(new boolean[] {false, false, true})).isEqualTo("not_sure");
  }

  @Test
  void aMultipleChoiceLabelIsAJsonArrayInOptionOrder() {
    assertThat(multi.parse("[\"science\",\"sports\"]"))
        .hasValueSatisfying(c -> assertThat(c).containsExactly(true, false, true));
    assertThat(multi.format(new boolean[] {true, false, true})).isEqualTo("[\"sports\",\"science\"]");
  }

  @Test
  void labelsNamingNoOptionAreLeftOut() {
    assertThat(single.parse("maybe")).isEmpty();
    assertThat(multi.parse("[\"sports\",\"cooking\"]")).isEmpty();
    assertThat(multi.parse("sports")).isEmpty();
  }

  @Test
  void optionsAreDescribedByTitleUnlessTheBuilderGaveADescription() {
    var options = new SingleChoice("label", "?", true, List.of(new LabelOption("pos", "Praise", "1"),
        new LabelOption("not_sure", "Not sure", "2"), new LabelOption("neg", "Complaint", "3")));

    assertThat(LabelSpace.of(options).descriptions(Map.of("neg", "the customer is angry")))
        .containsExactly("Praise (pos)", "Not sure", "the customer is angry");
  }
}
