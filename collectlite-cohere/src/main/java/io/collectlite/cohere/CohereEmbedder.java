package io.collectlite.cohere;

import io.collectlite.cohere.internal.ConnectionSettings;
import io.collectlite.cohere.internal.Embeddings;
import io.collectlite.suggestion.TextEmbedder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Unit-length text vectors from Cohere's {@code /v2/embed} (float embeddings, L2-normalised here),
 * for near-duplicate detection and similarity suggestions.
 *
 * <p>Texts go at most 96 to a call. A failed call throws
 * {@link io.collectlite.suggestion.SuggestionCallException} (retryable for HTTP 429, 408 and 5xx,
 * timeouts and network errors), as does a response whose embeddings do not match the texts.
 * Vectors of one model, input type and length are comparable; mixing them is not. Thread-safe.
 *
 * <pre>{@code
 * TextEmbedder embedder = CohereEmbedder.builder().fromEnvironment().build();
 * }</pre>
 */
public final class CohereEmbedder implements TextEmbedder {
  /** The embed model unless the builder names another. */
  public static final String DEFAULT_MODEL = "embed-v4.0";

  /** Cohere's {@code input_type}: what the vectors will be compared for. */
  public enum InputType {
    /** Texts compared with each other to find the same class (the default: similarity suggestions). */
    CLASSIFICATION,
    /** Texts grouped by similarity (near-duplicate detection). */
    CLUSTERING,
    /** Texts stored to be searched. */
    SEARCH_DOCUMENT
  }

  private final Embeddings embeddings;

  private CohereEmbedder(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  /** A builder with the defaults: {@value #DEFAULT_MODEL} at 1536 dimensions, {@code classification}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Cohere model name, e.g. {@code embed-v4.0}. */
  @Override
  public String model() {
    return embeddings.model();
  }

  /** The length of every vector. */
  @Override
  public int dimensions() {
    return embeddings.dimensions();
  }

  /**
   * One unit vector per text, in order; an empty list makes no call.
   *
   * @throws io.collectlite.suggestion.SuggestionCallException when a call fails or its answer does not fit
   */
  @Override
  public List<float[]> embed(List<String> texts) {
    return embeddings.embed(List.copyOf(texts));
  }

  @Override
  public String toString() {
    return "CohereEmbedder[" + model() + ", " + dimensions() + "]";
  }

  /** Configures an embedder. Not thread-safe. */
  public static final class Builder {
    private final ConnectionSettings connection = new ConnectionSettings();
    private String model = DEFAULT_MODEL;
    private Optional<Integer> dimensions = Optional.empty();
    private InputType inputType = InputType.CLASSIFICATION;
    private CoherePrices prices = CoherePrices.PUBLISHED;

    private Builder() {}

    /** The API key, sent as {@code Authorization: Bearer <key>}. */
    public Builder apiKey(String key) {
      connection.apiKey(key);
      return this;
    }

    /**
     * Reads the API key from the {@code COHERE_API_KEY} environment variable now.
     *
     * @throws IllegalStateException naming the variable when it is not set
     */
    public Builder fromEnvironment() {
      connection.fromEnvironment(System::getenv);
      return this;
    }

    /** Cohere's base URL without a version path (default {@code https://api.cohere.com}). */
    public Builder baseUrl(String url) {
      connection.baseUrl(url);
      return this;
    }

    /** The longest one call may take (default 60 s). */
    public Builder timeout(Duration timeout) {
      connection.timeout(timeout);
      return this;
    }

    /** The embed model (default {@value #DEFAULT_MODEL}). */
    public Builder model(String name) {
      if (name == null || name.isBlank()) throw new IllegalArgumentException("a model name is required");
      this.model = name.strip();
      return this;
    }

    /**
     * The vector length. Optional for the models this adapter knows (embed-v4.0: 1536, or 256, 512,
     * 1024 asked as {@code output_dimension}; the v3 models: their fixed length); required for others,
     * which are sent it as {@code output_dimension}.
     */
    public Builder dimensions(int value) {
      this.dimensions = Optional.of(value);
      return this;
    }

    /** Cohere's {@code input_type} (default {@link InputType#CLASSIFICATION}). */
    public Builder inputType(InputType value) {
      this.inputType = Objects.requireNonNull(value, "inputType");
      return this;
    }

    /** The prices the logged cost estimates are computed with (default {@link CoherePrices#PUBLISHED}). */
    public Builder prices(CoherePrices value) {
      this.prices = Objects.requireNonNull(value, "prices");
      return this;
    }

    /** The clock that times calls and reads {@code Retry-After} dates (default the system clock). */
    public Builder clock(Clock clock) {
      connection.clock(clock);
      return this;
    }

    /**
     * The embedder.
     *
     * @throws IllegalStateException when no API key was given, or the model's dimensions are unknown
     */
    public CohereEmbedder build() {
      return new CohereEmbedder(new Embeddings(connection.open(), model, inputType.name(), dimensions, prices));
    }
  }
}
