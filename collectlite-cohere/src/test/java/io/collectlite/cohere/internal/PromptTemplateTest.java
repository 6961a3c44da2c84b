package io.collectlite.cohere.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {
  @Test
  void everyJudgeTemplateRendersEveryPlaceholderForItsPresetSchema() {
    for (JudgeTask task : JudgeTask.ALL) {
      LabelSchema schema = Presets.schemaFor(task.taskType());
      Map<String, String> values = new HashMap<>(task.promptValues(schema));
      values.put("instructions", "Be careful.");
      values.put("label_question", schema.primary().prompt());
      task.rowFields().forEach(f -> values.put("row." + f, "value of " + f));

      PromptTemplate.Prompt prompt = PromptTemplate.load(task.templateName()).render(values);

      assertThat(prompt.system() + prompt.user()).as(task.templateName()).doesNotContain("{{", "}}")
          .doesNotContain("\n\n\n");
      assertThat(prompt.system()).as(task.templateName()).contains("Be careful.", schema.primary().prompt(),
          "\"rationale\"", "\"confidence\"").doesNotContainPattern("\n-[^\n]*\n\n-");
      task.rowFields().forEach(f -> assertThat(prompt.user()).contains("<" + f + ">\nvalue of " + f + "\n</" + f + ">"));
    }
  }

  @Test
  void aRowThatHoldsPlaceholderTextKeepsIt() {
    PromptTemplate template = PromptTemplate.parse("t", "version: 3\n=== system\nSay {{a}}.\n=== user\n{{b}}");

    PromptTemplate.Prompt prompt = template.render(Map.of("a", "{{b}}", "b", "$1 \\ {{a}}"));

    assertThat(prompt.system()).isEqualTo("Say {{b}}.");
    assertThat(prompt.user()).isEqualTo("$1 \\ {{a}}");
    assertThat(template.versionTag()).isEqualTo("t.v3");
  }

  @Test
  void aLineHoldingOnlyAnEmptyRuleDisappears() {
    PromptTemplate template = PromptTemplate.parse("t", "version: 1\n=== system\n- one;\n{{rule}}\n- two.\n=== user\nx");

    assertThat(template.render(Map.of("rule", "")).system()).isEqualTo("- one;\n- two.");
    assertThat(template.render(Map.of("rule", "- middle;")).system()).isEqualTo("- one;\n- middle;\n- two.");
  }

  @Test
  void aPlaceholderWithoutValueOrABadLayoutIsABug() {
    PromptTemplate template = PromptTemplate.parse("t", "version: 1\n=== system\n{{missing}}\n=== user\nx");

    assertThatThrownBy(() -> template.render(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{{missing}}");
    assertThatThrownBy(() -> PromptTemplate.parse("t", "=== system\nx\n=== user\ny"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theJudgeSchemaAsksRationaleFirstAndRequiresEveryProperty() {
    Map<String, Object> schema = JudgeSuggestions.schema(JudgeTask.of(TaskType.QA_VALIDATION,
        Presets.schemaFor(TaskType.QA_VALIDATION)).orElseThrow(), Presets.schemaFor(TaskType.QA_VALIDATION));

    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
    assertThat(properties.keySet()).containsExactly("rationale", "verdict", "corrected_answer", "confidence");
    assertThat(schema.get("required")).isEqualTo(List.of("rationale", "verdict", "corrected_answer", "confidence"));
  }
}
