package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionOutcome.Failed;
import io.collectlite.suggestion.SuggestionOutcome.Suggested;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.PairwiseChoice;
import io.collectlite.template.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JudgeSuggesterTest {
  private static final SuggestionContext SENTIMENT = new SuggestionContext(TaskType.CLASSIFICATION,
      Presets.schemaFor(TaskType.CLASSIFICATION), "Label the **sentiment** of product reviews.");

  private final FakeCohere cohere = FakeCohere.start();

  @AfterEach
  void stop() {
    cohere.close();
  }

  private CohereSuggester judge() {
    return CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl()).buildJudge();
  }

  private SuggestionOutcome judgeOne(SuggestionContext context, Map<String, String> fields, String replyText) {
    cohere.reply("/v2/chat", 200, Wire.chat(replyText, 100, 20));
    return judge().suggest(List.of(new SuggestionRequest("e1", fields)), context).get(0);
  }

  @Test
  void asksV2ChatForAJsonObjectConstrainedToTheTemplatesOptions() {
    judgeOne(SENTIMENT, Map.of("text", "Broke after two days."),
        Wire.reply("rationale", "It broke.", "label", "negative", "confidence", 0.9));

    FakeCohere.Recorded sent = cohere.onlyRequest();
    assertThat(sent.path()).isEqualTo("/v2/chat");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + FakeCohere.KEY);
    JsonNode body = sent.body();
    assertThat(body.get("model").asText()).isEqualTo("command-a-03-2025");
    assertThat(body.get("temperature").asDouble()).isZero();
    assertThat(body.get("messages")).extracting(m -> m.get("role").asText()).containsExactly("system", "user");
    assertThat(body.get("messages").get(0).get("content").asText())
        .contains("Label the **sentiment** of product reviews.", "- positive: Positive", "- neutral: Neutral",
            "Which label fits the text best?")
        .doesNotContain("{{");
    assertThat(body.get("messages").get(1).get("content").asText()).contains("<text>\nBroke after two days.\n</text>");
    JsonNode format = body.get("response_format");
    assertThat(format.get("type").asText()).isEqualTo("json_object");
    JsonNode schema = format.get("json_schema");
    assertThat(schema.get("properties").get("label").get("enum").toString())
        .isEqualTo("[\"positive\",\"negative\",\"neutral\"]");
    assertThat(schema.get("required").toString()).isEqualTo("[\"rationale\",\"label\",\"confidence\"]");
  }

  @Test
  void readsLabelRationaleConfidenceAndCostOfAClassification() {
    SuggestionOutcome outcome = judgeOne(SENTIMENT, Map.of("text", "Broke after two days."),
        Wire.reply("rationale", "The product failed quickly.", "label", "negative", "confidence", 0.85));

    Suggested suggested = (Suggested) outcome;
    assertThat(suggested.label()).isEqualTo("negative");
    assertThat(suggested.rationale()).isEqualTo("The product failed quickly.");
    assertThat(suggested.confidence().getAsDouble()).isEqualTo(0.85);
    assertThat(suggested.otherAnswers()).isEmpty();
    assertThat(suggested.distribution()).isEmpty();
    // command-a-03-2025: 100 input tokens at $2.50/1M + 20 output tokens at $10/1M
    assertThat(suggested.costEstimate().getAsDouble()).isCloseTo(0.00045, within(1e-12));
  }

  @Test
  void aLabelOutsideTheOptionsFailsNamingIt() {
    SuggestionOutcome outcome = judgeOne(SENTIMENT, Map.of("text", "Meh."),
        Wire.reply("rationale", "Unclear.", "label", "mixed", "confidence", 0.5));

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply does not fit the template: field 'label': 'mixed' is "
        + "not one of: positive, negative, neutral"));
  }

  @Test
  void aReplyThatIsNotAJsonObjectFails() {
    SuggestionOutcome outcome = judgeOne(SENTIMENT, Map.of("text", "Meh."), "The label is negative.");

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply is not a JSON object: The label is negative."));
  }

  @Test
  void aConfidenceOutsideZeroToOneFails() {
    SuggestionOutcome outcome = judgeOne(SENTIMENT, Map.of("text", "Great!"),
        Wire.reply("rationale", "Praise.", "label", "positive", "confidence", 95));

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply gives confidence 95, outside 0 to 1"));
  }

  @Test
  void aReplyCutOffByTheTokenLimitFails() {
    cohere.reply("/v2/chat", 200, Wire.chat("{\"rationale\": \"The", "MAX_TOKENS", 100, 2048));

    SuggestionOutcome outcome = judge().suggest(List.of(new SuggestionRequest("e1", Map.of("text", "x"))),
        SENTIMENT).get(0);

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply did not complete (finish_reason MAX_TOKENS)"));
  }

  @Test
  void aChatResponseWithoutMessageFails() {
    cohere.reply("/v2/chat", 200, "{\"id\":\"c\",\"finish_reason\":\"COMPLETE\"}");

    SuggestionOutcome outcome = judge().suggest(List.of(new SuggestionRequest("e1", Map.of("text", "x"))),
        SENTIMENT).get(0);

    assertThat(outcome).isEqualTo(new Failed("Cohere's chat response has no message"));
  }

  @Test
  void multiLabelClassificationAnswersTheSetInOptionOrder() {
    SuggestionContext topics = new SuggestionContext(TaskType.CLASSIFICATION,
        Presets.classification(List.of("billing", "shipping", "quality"), true), "");

    SuggestionOutcome outcome = judgeOne(topics, Map.of("text", "Late and overcharged."),
        Wire.reply("rationale", "Both.", "labels", List.of("shipping", "billing"), "confidence", 0.7));

    assertThat(((Suggested) outcome).label()).isEqualTo("[\"billing\",\"shipping\"]");
    assertThat(cohere.onlyRequest().body().at("/response_format/json_schema/properties/labels/items/enum").toString())
        .isEqualTo("[\"billing\",\"shipping\",\"quality\"]");
  }

  @Test
  void qaValidationGivesTheVerdictAndTheCorrectedAnswer() {
    SuggestionContext qa = new SuggestionContext(TaskType.QA_VALIDATION, Presets.schemaFor(TaskType.QA_VALIDATION), "");

    SuggestionOutcome outcome = judgeOne(qa, Map.of("context", "Paris is the capital of France.",
        "question", "What is the capital of France?", "answer", "Lyon"),
        Wire.reply("rationale", "The context says Paris.", "verdict", "incorrect", "corrected_answer", "Paris",
            "confidence", 0.97));

    Suggested suggested = (Suggested) outcome;
    assertThat(suggested.label()).isEqualTo("incorrect");
    assertThat(suggested.otherAnswers()).containsExactly(Map.entry("corrected_answer", "Paris"));
    JsonNode body = cohere.onlyRequest().body();
    assertThat(body.at("/messages/1/content").asText()).contains("<answer>\nLyon\n</answer>");
    assertThat(body.at("/response_format/json_schema/properties/verdict/enum").toString())
        .isEqualTo("[\"incorrect\",\"partially_correct\",\"correct\"]");
  }

  @Test
  void qaValidationLeavesOutABlankCorrectedAnswer() {
    SuggestionContext qa = new SuggestionContext(TaskType.QA_VALIDATION, Presets.schemaFor(TaskType.QA_VALIDATION), "");

    SuggestionOutcome outcome = judgeOne(qa, Map.of("context", "c", "question", "q", "answer", "a"),
        Wire.reply("rationale", "Fine.", "verdict", "correct", "corrected_answer", "", "confidence", 0.9));

    assertThat(((Suggested) outcome).otherAnswers()).isEmpty();
  }

  @Test
  void critiqueGivesTheRatingAndTheWrittenCritique() {
    SuggestionContext critique = new SuggestionContext(TaskType.CRITIQUE, Presets.schemaFor(TaskType.CRITIQUE), "");

    SuggestionOutcome outcome = judgeOne(critique, Map.of("prompt", "Explain DNS.", "response", "It maps names."),
        Wire.reply("rationale", "Correct but thin.", "critique", "Accurate; misses caching and resolvers.",
            "rating", 3, "confidence", 0.6));

    Suggested suggested = (Suggested) outcome;
    assertThat(suggested.label()).isEqualTo("3");
    assertThat(suggested.otherAnswers()).containsExactly(Map.entry("critique", "Accurate; misses caching and resolvers."));
    assertThat(cohere.onlyRequest().body().at("/response_format/json_schema/properties/rating/type").asText())
        .isEqualTo("integer");
  }

  @Test
  void aRatingOutsideTheScaleFails() {
    SuggestionContext critique = new SuggestionContext(TaskType.CRITIQUE, Presets.schemaFor(TaskType.CRITIQUE), "");

    SuggestionOutcome outcome = judgeOne(critique, Map.of("prompt", "p", "response", "r"),
        Wire.reply("rationale", "Great.", "critique", "Great.", "rating", 7, "confidence", 0.6));

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply does not fit the template: field 'rating': 7 is outside "
        + "1 to 5"));
  }

  @Test
  void aMissingRequiredCritiqueFails() {
    SuggestionContext critique = new SuggestionContext(TaskType.CRITIQUE, Presets.schemaFor(TaskType.CRITIQUE), "");

    SuggestionOutcome outcome = judgeOne(critique, Map.of("prompt", "p", "response", "r"),
        Wire.reply("rationale", "Ok.", "critique", " ", "rating", 4, "confidence", 0.6));

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply has no critique"));
  }

  @Test
  void pairwisePreferenceGivesTheChoiceAlone() {
    SuggestionContext pairwise = new SuggestionContext(TaskType.PAIRWISE_PREFERENCE,
        Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE), "");

    SuggestionOutcome outcome = judgeOne(pairwise, Map.of("prompt", "2+2?", "response_a", "5", "response_b", "4"),
        Wire.reply("rationale", "B is right.", "choice", "b", "confidence", 0.95));

    Suggested suggested = (Suggested) outcome;
    assertThat(suggested.label()).isEqualTo("b");
    assertThat(suggested.otherAnswers()).isEmpty();
    JsonNode body = cohere.onlyRequest().body();
    assertThat(body.at("/response_format/json_schema/properties/choice/enum").toString())
        .isEqualTo("[\"a\",\"b\",\"tie\"]");
    assertThat(body.at("/response_format/json_schema/properties").has("strength")).isFalse();
    assertThat(body.at("/messages/1/content").asText()).contains("<response_a>\n5\n</response_a>",
        "<response_b>\n4\n</response_b>");
  }

  @Test
  void aTieIsRefusedWhenTheTemplateAllowsNone() {
    SuggestionContext noTies = new SuggestionContext(TaskType.PAIRWISE_PREFERENCE, Presets.schemaFor(
        TaskType.PAIRWISE_PREFERENCE).withQuestions(List.of(new PairwiseChoice("preference", "Which is better?", true,
        Presets.PAIRWISE_CHOICES.subList(0, 2), List.of()))), "");

    SuggestionOutcome outcome = judgeOne(noTies, Map.of("prompt", "p", "response_a", "x", "response_b", "x"),
        Wire.reply("rationale", "Same.", "choice", "tie", "confidence", 0.8));

    assertThat(outcome).isEqualTo(new Failed("Cohere's reply does not fit the template: field 'choice': 'tie' is not "
        + "one of: a, b"));
    assertThat(cohere.onlyRequest().body().at("/response_format/json_schema/properties/choice/enum").toString())
        .isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void aRowWithoutAFieldTheTaskShowsFailsWithoutACall() {
    SuggestionOutcome outcome = judge().suggest(List.of(new SuggestionRequest("e1", Map.of("body", "x"))),
        SENTIMENT).get(0);

    assertThat(outcome).isEqualTo(new Failed("the row has no 'text' field"));
    assertThat(cohere.requests()).isEmpty();
  }

  @Test
  void answersOneOutcomePerRequestInOrderWhileCallingInParallel() {
    cohere.answer("/v2/chat", request -> {
      String text = request.body().at("/messages/1/content").asText();
      String label = text.contains("good") ? "positive" : text.contains("bad") ? "negative" : "neutral";
      return FakeCohere.Reply.ok(Wire.chat(Wire.reply("rationale", "r", "label", label, "confidence", 0.5), 10, 1));
    });
    List<SuggestionRequest> requests = List.of("good", "bad", "so-so", "bad", "good", "good", "so-so", "bad").stream()
        .map(t -> new SuggestionRequest("e-" + t, Map.of("text", t))).toList();

    List<SuggestionOutcome> outcomes = judge().suggest(requests, SENTIMENT);

    assertThat(outcomes).extracting(o -> ((Suggested) o).label()).containsExactly("positive", "negative", "neutral",
        "negative", "positive", "positive", "neutral", "negative");
    assertThat(cohere.requests()).hasSize(8);
  }

  @Test
  void aRateLimitedCallFailsTheBatchRetryably() {
    cohere.reply("/v2/chat", 429, "{\"message\":\"too many requests\"}", "Retry-After", "2");

    SuggestionCallException failure = catchThrowableOfType(SuggestionCallException.class,
        () -> judge().suggest(List.of(new SuggestionRequest("e1", Map.of("text", "x"))), SENTIMENT));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(2));
    assertThat(failure.getMessage()).isEqualTo("Cohere chat answered HTTP 429: too many requests");
  }

  @Test
  void supportsTheFourJudgedTaskTypesButNotDocumentRelevance() {
    CohereSuggester judge = judge();

    for (TaskType type : List.of(TaskType.CLASSIFICATION, TaskType.QA_VALIDATION, TaskType.CRITIQUE,
        TaskType.PAIRWISE_PREFERENCE)) {
      assertThat(judge.supports(new SuggestionContext(type, Presets.schemaFor(type), ""))).as(type.wire()).isTrue();
    }
    assertThat(judge.supports(new SuggestionContext(TaskType.DOCUMENT_RELEVANCE,
        Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), ""))).isFalse();
    assertThat(judge.model()).isEqualTo("command-a-03-2025");
  }

  @Test
  void thePromptVersionNamesEveryTemplatesVersion() {
    assertThat(judge().promptVersion())
        .isEqualTo("judge:classification.v1,qa_validation.v1,critique.v1,pairwise_preference.v1");
  }
}
