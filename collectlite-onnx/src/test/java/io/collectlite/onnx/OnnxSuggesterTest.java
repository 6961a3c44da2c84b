package io.collectlite.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.onnx.internal.MeanPooling;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionOutcome.Suggested;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxSuggesterTest {
  private static final SuggestionContext RELEVANCE = new SuggestionContext(TaskType.DOCUMENT_RELEVANCE,
      Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), "");
  private static LocalEmbedder embedder;
  private static OnnxSuggester suggester;

  @BeforeAll
  static void load() {
    embedder = LocalEmbedder.load();
    suggester = OnnxSuggester.create(embedder);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void theRelevantDocumentOutranksThePartialOneAndThatTheIrrelevantOneForEveryQuery() {
    for (RelevanceSet.Query q : RelevanceSet.QUERIES) {
      List<Suggested> s = suggested(suggester.suggest(List.of(pair(q.query(), q.relevant()),
          pair(q.query(), q.partial()), pair(q.query(), q.irrelevant())), RELEVANCE));

      assertThat(score(s.get(0))).as(q.query()).isGreaterThan(score(s.get(1)));
      assertThat(score(s.get(1))).as(q.query()).isGreaterThan(score(s.get(2)));
    }
  }

  @Test
  void theDefaultThresholdsGradeTheHandWrittenSetSensibly() {
    List<SuggestionRequest> requests = new ArrayList<>();
    for (RelevanceSet.Query q : RelevanceSet.QUERIES) {
      requests.addAll(List.of(pair(q.query(), q.relevant()), pair(q.query(), q.partial()),
          pair(q.query(), q.irrelevant())));
    }
    List<String> labels = suggested(suggester.suggest(requests, RELEVANCE)).stream().map(Suggested::label).toList();

    for (int i = 0; i < labels.size(); i += 3) {
      assertThat(labels.get(i)).isEqualTo("highly_relevant");
      assertThat(labels.get(i + 2)).isEqualTo("irrelevant");
    }
    long partial = java.util.stream.IntStream.range(0, 10).filter(i -> labels.get(3 * i + 1)
        .equals("partially_relevant")).count();
    assertThat(partial).isGreaterThanOrEqualTo(8);
  }

  @Test
  void aRelevanceSuggestionCarriesTheCosineAndADistributionOverTheThreeGrades() {
    RelevanceSet.Query q = RelevanceSet.QUERIES.get(0);
    Suggested s = suggested(suggester.suggest(List.of(pair(q.query(), q.partial())), RELEVANCE)).get(0);

    List<float[]> v = embedder.embed(List.of(q.query(), q.partial()));
    assertThat(score(s)).isCloseTo(MeanPooling.dot(v.get(0), v.get(1)), within(1e-6));
    assertThat(s.distribution()).containsOnlyKeys("irrelevant", "partially_relevant", "highly_relevant");
    assertThat(s.distribution().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(s.confidence().getAsDouble()).isEqualTo(s.distribution().get(s.label()));
    assertThat(s.costEstimate().getAsDouble()).isZero();
    assertThat(s.rationale()).contains("cosine");
  }

  @Test
  void thresholdsGivenToTheBuilderGradeTheSameCosineDifferently() {
    RelevanceSet.Query q = RelevanceSet.QUERIES.get(4);
    OnnxSuggester strict = OnnxSuggester.builder(embedder).relevanceThresholds(0.85, 0.95).build();

    assertThat(suggested(strict.suggest(List.of(pair(q.query(), q.relevant())), RELEVANCE)).get(0).label())
        .isEqualTo("irrelevant");
    assertThat(suggested(suggester.suggest(List.of(pair(q.query(), q.relevant())), RELEVANCE)).get(0).label())
        .isEqualTo("highly_relevant");
  }

  @Test
  void aRowWithoutADocumentFailsAloneAndTheOthersKeepTheirOrder() {
    List<SuggestionOutcome> outcomes = suggester.suggest(List.of(pair("capital of Australia", "Canberra is the "
        + "capital."), pair("capital of Australia", " "), pair("capital of Australia", "Bananas are yellow.")),
        RELEVANCE);

    assertThat(outcomes.get(0)).isInstanceOfSatisfying(Suggested.class, s -> assertThat(s.label())
        .isEqualTo("highly_relevant"));
    assertThat(outcomes.get(1)).isInstanceOfSatisfying(SuggestionOutcome.Failed.class, f -> assertThat(f.error())
        .contains("document"));
    assertThat(outcomes.get(2)).isInstanceOfSatisfying(Suggested.class, s -> assertThat(s.label())
        .isEqualTo("irrelevant"));
  }

  @Test
  void relevanceAndClassificationShapedProjectsAreSupportedOthersAreNot() {
    assertThat(suggester.supports(RELEVANCE)).isTrue();
    assertThat(suggester.supports(context(TaskType.CLASSIFICATION))).isTrue();
    assertThat(suggester.supports(new SuggestionContext(TaskType.CLASSIFICATION,
        Presets.classification(List.of("a", "b"), true), ""))).isTrue();
    assertThat(suggester.supports(context(TaskType.PAIRWISE_PREFERENCE))).isFalse();
    assertThat(suggester.supports(context(TaskType.QA_VALIDATION))).isFalse();
    assertThat(suggester.supports(context(TaskType.CRITIQUE))).isFalse();
  }

  @Test
  void anUnsupportedProjectFailsTheCallForGood() {
    assertThatThrownBy(() -> suggester.suggest(List.of(new SuggestionRequest("e1", Map.of("prompt", "hi"))),
        context(TaskType.PAIRWISE_PREFERENCE))).isInstanceOfSatisfying(SuggestionCallException.class,
            e -> assertThat(e.retryable()).isFalse());
  }

  @Test
  void thePromptVersionNamesEverySettingAndChangesWithEach() {
    String defaults = suggester.promptVersion();

    assertThat(defaults).isEqualTo("relevance-v1;t=0.2,0.65;temp=0.05|classification-v1;k=5;min=10;temp=0.05;"
        + "desc=titles");
    assertThat(OnnxSuggester.create(embedder).promptVersion()).isEqualTo(defaults);
    assertThat(List.of(
        OnnxSuggester.builder(embedder).relevanceThresholds(0.3, 0.65).build().promptVersion(),
        OnnxSuggester.builder(embedder).relevanceTemperature(0.1).build().promptVersion(),
        OnnxSuggester.builder(embedder).nearestNeighbours(7, 10).build().promptVersion(),
        OnnxSuggester.builder(embedder).nearestNeighbours(5, 20).build().promptVersion(),
        OnnxSuggester.builder(embedder).classificationTemperature(0.1).build().promptVersion(),
        OnnxSuggester.builder(embedder).labelDescription("positive", "praise").build().promptVersion(),
        OnnxSuggester.builder(embedder).labelDescription("positive", "delight").build().promptVersion(),
        defaults)).doesNotHaveDuplicates();
  }

  @Test
  void settingsOutOfRangeAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> OnnxSuggester.builder(embedder).relevanceThresholds(0.7, 0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partial < high");
    assertThatThrownBy(() -> OnnxSuggester.builder(embedder).nearestNeighbours(0, 10).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OnnxSuggester.builder(embedder).batchSize(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  static SuggestionRequest pair(String query, String document) {
    return new SuggestionRequest("e-" + query.hashCode() + "-" + document.hashCode(),
        Map.of("query", query, "document", document));
  }

  static List<Suggested> suggested(List<SuggestionOutcome> outcomes) {
    return outcomes.stream().map(o -> {
      assertThat(o).isInstanceOf(Suggested.class);
      return (Suggested) o;
    }).toList();
  }

  private static double score(Suggested s) {
    return s.rawScore().getAsDouble();
  }

  private static SuggestionContext context(TaskType type) {
    return new SuggestionContext(type, Presets.schemaFor(type), "");
  }
}
