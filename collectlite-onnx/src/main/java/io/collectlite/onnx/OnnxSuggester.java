package io.collectlite.onnx;

import io.collectlite.onnx.internal.ClassificationSettings;
import io.collectlite.onnx.internal.ClassificationSuggestions;
import io.collectlite.onnx.internal.Outcomes;
import io.collectlite.onnx.internal.RelevanceGrading;
import io.collectlite.onnx.internal.RelevanceSuggestions;
import io.collectlite.onnx.internal.SuggestionTask;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggests labels from a {@link LocalEmbedder}'s sentence embeddings, free of charge and offline.
 *
 * <ul>
 *   <li><b>Document relevance</b> (a three-grade ordinal primary question, rows with {@code query} and
 *       {@code document}): the query–document cosine is the raw score, graded by two thresholds (0.2 and 0.65 by
 *       default). The distribution over the grades is a softmax of minus the cosine's distance to each grade's
 *       interval over a temperature (0.05): even at a threshold, sharper deeper inside a grade; confidence is the
 *       chosen grade's probability.
 *   <li><b>Classification</b> (a single or multiple choice, rows with {@code text}): once the project has enough
 *       resolved examples (10, and at least {@code k}), the {@code k} (5) nearest vote, weighted by cosine; before
 *       that the text is compared with each option's description (its title, or one given to the builder), the
 *       distribution a softmax of the cosines.
 * </ul>
 *
 * <p>{@link #promptVersion()} names every setting, so changing one makes the pipeline suggest again. Thread-safe.
 * The suggester does not close its embedder.
 */
public final class OnnxSuggester implements SuggestionProvider {
  private static final Logger log = LoggerFactory.getLogger(OnnxSuggester.class);

  private final LocalEmbedder embedder;
  private final RelevanceGrading relevance;
  private final ClassificationSettings classification;
  private final ClassificationSuggestions classifier;
  private final int batchSize;

  private OnnxSuggester(Builder builder) {
    this.embedder = builder.embedder;
    this.relevance = new RelevanceGrading(builder.partial, builder.high, builder.relevanceTemperature);
    this.classification = new ClassificationSettings(builder.neighbours, builder.minLabelled,
        builder.classificationTemperature, builder.descriptions);
    this.classifier = new ClassificationSuggestions(classification);
    this.batchSize = builder.batchSize;
  }

  /** A suggester over this embedder with the default settings. */
  public static OnnxSuggester create(LocalEmbedder embedder) {
    return builder(embedder).build();
  }

  /** Settings for a suggester over this embedder, starting from the defaults. */
  public static Builder builder(LocalEmbedder embedder) {
    return new Builder(Objects.requireNonNull(embedder, "embedder"));
  }

  /** Always {@code onnx}. */
  @Override
  public String provider() {
    return "onnx";
  }

  /** The embedder's model, e.g. {@code all-minilm-l6-v2-q}. */
  @Override
  public String model() {
    return embedder.model();
  }

  /**
   * Every setting that changes a suggestion, e.g.
   * {@code relevance-v1;t=0.2,0.65;temp=0.05|classification-v1;k=5;min=10;temp=0.05;desc=titles} (label
   * descriptions given to the builder appear as a short hash).
   */
  @Override
  public String promptVersion() {
    return "relevance-v1;" + relevance.version() + "|classification-v1;" + classification.version();
  }

  /** Whether the project is document relevance or classification shaped (see the class description). */
  @Override
  public boolean supports(SuggestionContext context) {
    return SuggestionTask.of(context.schema()).isPresent();
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  /**
   * One suggestion per request, in order; a row without the text to compare fails alone.
   *
   * @throws SuggestionCallException (not retryable) when the project is not supported or the model fails
   */
  @Override
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context) {
    SuggestionTask task = SuggestionTask.of(context.schema()).orElseThrow(() -> new SuggestionCallException(
        "the local model suggests for document relevance (three grades; query and document) and classification "
            + "(single or multiple choice; text), not for a " + context.schema().primary().kind() + " question",
        false, null));
    if (requests.isEmpty()) return List.of();
    long start = System.nanoTime();
    List<SuggestionOutcome> outcomes;
    try {
      outcomes = task instanceof SuggestionTask.Relevance r
          ? RelevanceSuggestions.suggest(requests, r.scale(), embedder, relevance)
          : classifier.suggest(requests, context.labelled(),
              ((SuggestionTask.Classification) task).space(), embedder);
    } catch (RuntimeException e) {
      throw new SuggestionCallException("the local model failed: " + e.getMessage(), false, e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.atDebug().addKeyValue("model", model()).addKeyValue("requests", requests.size())
        .addKeyValue("millis", millis).log("onnx suggestions");
    return outcomes.stream().map(o -> Outcomes.withLatency(o, millis / requests.size())).toList();
  }

  /** The settings of an {@link OnnxSuggester}; each is checked when {@link #build()} is called. */
  public static final class Builder {
    private final LocalEmbedder embedder;
    private double partial = RelevanceGrading.DEFAULT.partial();
    private double high = RelevanceGrading.DEFAULT.high();
    private double relevanceTemperature = RelevanceGrading.DEFAULT.temperature();
    private int neighbours = ClassificationSettings.DEFAULT.neighbours();
    private int minLabelled = ClassificationSettings.DEFAULT.minLabelled();
    private double classificationTemperature = ClassificationSettings.DEFAULT.temperature();
    private final Map<String, String> descriptions = new HashMap<>();
    private int batchSize = 32;

    private Builder(LocalEmbedder embedder) {
      this.embedder = embedder;
    }

    /**
     * The lowest query–document cosines graded partially relevant (the second grade) and highly relevant (the
     * third); {@code -1 < partiallyRelevant < highlyRelevant <= 1}. Defaults 0.2 and 0.65.
     */
    public Builder relevanceThresholds(double partiallyRelevant, double highlyRelevant) {
      this.partial = partiallyRelevant;
      this.high = highlyRelevant;
      return this;
    }

    /** How far, in cosine, a grade's probability falls by a factor e outside its interval; (0, 1], default 0.05. */
    public Builder relevanceTemperature(double temperature) {
      this.relevanceTemperature = temperature;
      return this;
    }

    /**
     * Vote with the {@code k} nearest resolved examples once the project has {@code minLabelled} (and at least
     * {@code k}); defaults 5 and 10.
     */
    public Builder nearestNeighbours(int k, int minLabelled) {
      this.neighbours = k;
      this.minLabelled = minLabelled;
      return this;
    }

    /** The softmax temperature over the cosines to the label descriptions; (0, 1], default 0.05. */
    public Builder classificationTemperature(double temperature) {
      this.classificationTemperature = temperature;
      return this;
    }

    /** What an option value means, compared with texts instead of the option's title (e.g. a one-line definition). */
    public Builder labelDescription(String value, String description) {
      descriptions.put(Objects.requireNonNull(value, "value"), Objects.requireNonNull(description, "description"));
      return this;
    }

    /** How many requests one {@link OnnxSuggester#suggest} call should carry; default 32. */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The suggester.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public OnnxSuggester build() {
      if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
      return new OnnxSuggester(this);
    }
  }
}
