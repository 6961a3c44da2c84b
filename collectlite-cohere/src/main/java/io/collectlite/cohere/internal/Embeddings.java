package io.collectlite.cohere.internal;

import com.cohere.api.resources.v2.requests.V2EmbedRequest;
import com.cohere.api.types.EmbedByTypeResponse;
import com.cohere.api.types.EmbedByTypeResponseEmbeddings;
import com.cohere.api.types.EmbedInputType;
import com.cohere.api.types.EmbeddingType;
import io.collectlite.cohere.CoherePrices;
import io.collectlite.suggestion.SuggestionCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Float embeddings through {@code /v2/embed}, at most 96 texts a call, each vector L2-normalised. Thread-safe. */
public final class Embeddings {
  /** The most texts Cohere's embed endpoint takes in one call. */
  public static final int MAX_TEXTS_PER_CALL = 96;
  /** Models whose length is fixed (no {@code output_dimension}); embed-v4.0 and newer models take one. */
  private static final Map<String, Integer> FIXED = Map.of(
      "embed-english-v3.0", 1024, "embed-multilingual-v3.0", 1024,
      "embed-english-light-v3.0", 384, "embed-multilingual-light-v3.0", 384);
  private static final Map<String, Integer> DEFAULT = Map.of("embed-v4.0", 1536);
  private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);

  private final CohereClient client;
  private final String model;
  private final EmbedInputType inputType;
  private final int dimensions;
  private final CoherePrices prices;

  /**
   * @param inputType Cohere's {@code input_type}, e.g. {@code classification}
   * @param dimensions the vector length; empty for the model's own when this adapter knows it
   */
  public Embeddings(CohereClient client, String model, String inputType, Optional<Integer> dimensions,
      CoherePrices prices) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.inputType = EmbedInputType.valueOf(inputType.toLowerCase(Locale.ROOT));
    this.prices = Objects.requireNonNull(prices, "prices");
    this.dimensions = dimensions(model, dimensions);
  }

  private static int dimensions(String model, Optional<Integer> asked) {
    Integer fixed = FIXED.get(model);
    if (fixed != null && asked.isPresent() && !asked.get().equals(fixed)) {
      throw new IllegalArgumentException(model + " gives " + fixed + " dimensions, not " + asked.get());
    }
    if (asked.isPresent() && asked.get() < 1) throw new IllegalArgumentException("dimensions must be at least 1");
    Integer known = fixed != null ? fixed : DEFAULT.get(model);
    return asked.or(() -> Optional.ofNullable(known)).orElseThrow(() -> new IllegalStateException(
        "the dimensions of '" + model + "' are not known here: set them (e.g. 1024)"));
  }

  public String model() {
    return model;
  }

  public int dimensions() {
    return dimensions;
  }

  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += MAX_TEXTS_PER_CALL) {
      vectors.addAll(call(texts.subList(from, Math.min(texts.size(), from + MAX_TEXTS_PER_CALL))));
    }
    return vectors;
  }

  private List<float[]> call(List<String> texts) {
    V2EmbedRequest request = V2EmbedRequest.builder().model(model).inputType(inputType).texts(texts)
        .embeddingTypes(List.of(EmbeddingType.FLOAT))
        .outputDimension(FIXED.containsKey(model) ? Optional.empty() : Optional.of(dimensions))
        .build();
    CohereClient.Timed<EmbedByTypeResponse> call = client.call("embed", v2 -> v2.embed(request));
    OptionalDouble cost = Costs.embed(prices, model, call.value().getMeta());
    LOG.atDebug().addKeyValue("model", model).addKeyValue("texts", texts.size()).addKeyValue("millis", call.millis())
        .addKeyValue("costUsd", cost.isPresent() ? cost.getAsDouble() : "unknown").log("Cohere embed call");
    List<List<Double>> floats = Optional.ofNullable(call.value().getEmbeddings())
        .flatMap(EmbedByTypeResponseEmbeddings::getFloat)
        .orElseThrow(() -> malformed("it has no float embeddings"));
    if (floats.size() != texts.size()) {
      throw malformed("it has " + floats.size() + " embeddings for " + texts.size() + " texts");
    }
    List<float[]> vectors = new ArrayList<>(floats.size());
    for (int i = 0; i < floats.size(); i++) vectors.add(unit(floats.get(i), i));
    return vectors;
  }

  private float[] unit(List<Double> values, int index) {
    if (values == null || values.size() != dimensions) {
      throw malformed("embedding " + index + " has " + (values == null ? 0 : values.size()) + " values, not "
          + dimensions);
    }
    double sumOfSquares = 0;
    for (Double v : values) {
      if (v == null || !Double.isFinite(v)) {
        throw malformed("embedding " + index + " holds a value that is not a number");
      }
      sumOfSquares += v * v;
    }
    if (sumOfSquares == 0) throw malformed("embedding " + index + " is all zeros");
    double norm = Math.sqrt(sumOfSquares);
    float[] unit = new float[values.size()];
    for (int d = 0; d < unit.length; d++) unit[d] = (float) (values.get(d) / norm);
    return unit;
  }

  private static SuggestionCallException malformed(String problem) {
    return new SuggestionCallException("Cohere's embed response is malformed: " + problem, false, null);
  }
}
