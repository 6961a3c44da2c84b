package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestedAnswers;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome.Suggested;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Answers;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the suggesters answer is what core's pipeline stores: every suggestion passes {@link SuggestedAnswers}. */
class SuggestedAnswersFitTest {
  private final FakeCohere cohere = FakeCohere.start();

  @AfterEach
  void stop() {
    cohere.close();
  }

  private Answers judged(LabelSchema schema, TaskType type, Map<String, String> fields, String reply) {
    cohere.reply("/v2/chat", 200, Wire.chat(reply, 10, 10));
    Suggested s = (Suggested) CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl()).buildJudge()
        .suggest(List.of(new SuggestionRequest("e1", fields)), new SuggestionContext(type, schema, "")).get(0);
    return SuggestedAnswers.of(schema, s);
  }

  @Test
  void aRerankGradeIsTheRelevanceAnswer() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.3));
    LabelSchema schema = Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE);
    Suggested s = (Suggested) CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl())
        .buildReranker().suggest(List.of(new SuggestionRequest("e1", Map.of("query", "q", "document", "d"))),
            new SuggestionContext(TaskType.DOCUMENT_RELEVANCE, schema, "")).get(0);

    assertThat(SuggestedAnswers.of(schema, s).json()).isEqualTo("{\"relevance\":\"partially_relevant\"}");
  }

  @Test
  void aMultiLabelSetIsTheLabelsAnswer() {
    Answers answers = judged(Presets.classification(List.of("billing", "shipping", "quality"), true),
        TaskType.CLASSIFICATION, Map.of("text", "t"),
        Wire.reply("rationale", "r", "labels", List.of("quality", "billing"), "confidence", 0.5));

    assertThat(answers.json()).isEqualTo("{\"labels\":[\"billing\",\"quality\"]}");
  }

  @Test
  void aQaVerdictAndCorrectedAnswerAreTheTemplatesAnswers() {
    Answers answers = judged(Presets.schemaFor(TaskType.QA_VALIDATION), TaskType.QA_VALIDATION,
        Map.of("context", "c", "question", "q", "answer", "a"),
        Wire.reply("rationale", "r", "verdict", "partially_correct", "corrected_answer", "Paris", "confidence", 0.5));

    assertThat(answers.json()).isEqualTo("{\"verdict\":\"partially_correct\",\"corrected_answer\":\"Paris\"}");
  }

  @Test
  void aCritiqueRatingAndTextAreTheTemplatesAnswers() {
    Answers answers = judged(Presets.schemaFor(TaskType.CRITIQUE), TaskType.CRITIQUE,
        Map.of("prompt", "p", "response", "r"),
        Wire.reply("rationale", "r", "critique", "Too short.", "rating", 2, "confidence", 0.5));

    assertThat(answers.json()).isEqualTo("{\"rating\":2,\"critique\":\"Too short.\"}");
  }

  @Test
  void aPairwiseChoiceIsThePreferenceAnswer() {
    Answers answers = judged(Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE), TaskType.PAIRWISE_PREFERENCE,
        Map.of("prompt", "p", "response_a", "a", "response_b", "b"),
        Wire.reply("rationale", "r", "choice", "tie", "confidence", 0.5));

    assertThat(answers.json()).isEqualTo("{\"preference\":{\"choice\":\"tie\"}}");
  }
}
