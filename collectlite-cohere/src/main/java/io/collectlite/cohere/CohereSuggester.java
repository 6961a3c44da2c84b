package io.collectlite.cohere;

import io.collectlite.cohere.internal.ConnectionSettings;
import io.collectlite.cohere.internal.JudgeSuggestions;
import io.collectlite.cohere.internal.RerankSuggestions;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Label suggestions from Cohere's v2 API; the adapter's entry point.
 *
 * <p>One builder, two kinds of suggester, each with a single model so that every stored suggestion
 * names the model that made it:
 * <ul>
 *   <li>{@link Builder#buildReranker()}: document relevance through {@code /v2/rerank}. A batch's
 *       documents are ranked one call per distinct query; the relevance score is the raw score, and
 *       {@link RelevanceThresholds} grade it and give a probability per grade.
 *   <li>{@link Builder#buildJudge()}: classification, QA validation, critique and pairwise
 *       preference through {@code /v2/chat}, one call per request (a few in parallel). The reply is
 *       constrained to a JSON schema built from the template and checked again: an answer outside
 *       the template's options is a {@link SuggestionOutcome.Failed} naming it. Rationale and
 *       confidence come from the model; a QA corrected answer or a critique is answered under its
 *       question's name in {@code otherAnswers} (a pairwise strength is not asked).
 * </ul>
 *
 * <pre>{@code
 * SuggestionProvider relevance = CohereSuggester.builder().fromEnvironment().buildReranker();
 * SuggestionProvider judge = CohereSuggester.builder().fromEnvironment().timeout(Duration.ofSeconds(30)).buildJudge();
 * }</pre>
 *
 * <p>Failures of a whole call are {@link io.collectlite.suggestion.SuggestionCallException}s: HTTP
 * 429, 408 and 5xx, timeouts and network errors are retryable (with the {@code Retry-After} wait,
 * in seconds or as an HTTP date, when Cohere names one); other 4xx and unreadable bodies are not.
 * Neither this adapter nor the SDK retries: the pipeline's backoff does. Instances are thread-safe.
 */
public final class CohereSuggester implements SuggestionProvider {
  /** The rerank model unless the builder names another. */
  public static final String DEFAULT_RERANK_MODEL = "rerank-v3.5";
  /** The chat model unless the builder names another. */
  public static final String DEFAULT_CHAT_MODEL = "command-a-03-2025";

  private final SuggestionProvider delegate;

  private CohereSuggester(SuggestionProvider delegate) {
    this.delegate = delegate;
  }

  /** A builder with the defaults: {@code https://api.cohere.com}, a 60 s timeout, the default models. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code cohere}. */
  @Override
  public String provider() {
    return delegate.provider();
  }

  /** The rerank or chat model this suggester calls. */
  @Override
  public String model() {
    return delegate.model();
  }

  /**
   * For a reranker, the grade mapping and its thresholds, e.g.
   * {@code rerank-grades.v1(partial>=0.2,high>=0.6,softness=0.05)}; for a judge, every task's prompt
   * template version, e.g. {@code judge:classification.v1,qa_validation.v1,critique.v1,pairwise_preference.v1}.
   */
  @Override
  public String promptVersion() {
    return delegate.promptVersion();
  }

  /**
   * A reranker supports document relevance on a three-grade ordinal scale; a judge supports
   * classification (single or multi choice), QA validation (ordinal or single choice), critique
   * (numeric rating) and pairwise preference.
   */
  @Override
  public boolean supports(SuggestionContext context) {
    return delegate.supports(context);
  }

  /** 32 for a reranker, 8 for a judge (whose calls are one per request). */
  @Override
  public int batchSize() {
    return delegate.batchSize();
  }

  /**
   * Suggests a label for each request; a request whose row lacks a field the task needs fails
   * without a call.
   *
   * @throws IllegalArgumentException when the context is not {@link #supports supported}
   * @throws io.collectlite.suggestion.SuggestionCallException when a call fails as a whole
   */
  @Override
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context) {
    return delegate.suggest(requests, context);
  }

  @Override
  public String toString() {
    return "CohereSuggester[" + model() + ", " + promptVersion() + "]";
  }

  /** Configures a reranker or a judge. Not thread-safe; each build reads the settings as they are then. */
  public static final class Builder {
    private final ConnectionSettings connection = new ConnectionSettings();
    private String rerankModel = DEFAULT_RERANK_MODEL;
    private String chatModel = DEFAULT_CHAT_MODEL;
    private RelevanceThresholds thresholds = RelevanceThresholds.DEFAULT;
    private CoherePrices prices = CoherePrices.PUBLISHED;
    private int chatConcurrency = 4;

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

    /**
     * Cohere's base URL without a version path (default {@code https://api.cohere.com}); the SDK
     * adds {@code /v2/...}. A path before it (a gateway's) is kept.
     */
    public Builder baseUrl(String url) {
      connection.baseUrl(url);
      return this;
    }

    /** The longest one call may take, connecting and reading included (default 60 s). */
    public Builder timeout(Duration timeout) {
      connection.timeout(timeout);
      return this;
    }

    /** The rerank model (default {@value #DEFAULT_RERANK_MODEL}). */
    public Builder rerankModel(String model) {
      this.rerankModel = requireModel(model);
      return this;
    }

    /** The chat model (default {@value #DEFAULT_CHAT_MODEL}); it must support JSON response formats. */
    public Builder chatModel(String model) {
      this.chatModel = requireModel(model);
      return this;
    }

    /** How relevance scores become grades (default {@link RelevanceThresholds#DEFAULT}). */
    public Builder relevanceThresholds(RelevanceThresholds value) {
      this.thresholds = Objects.requireNonNull(value, "thresholds");
      return this;
    }

    /** The prices cost estimates are computed with (default {@link CoherePrices#PUBLISHED}). */
    public Builder prices(CoherePrices value) {
      this.prices = Objects.requireNonNull(value, "prices");
      return this;
    }

    /** How many chat calls a judge makes at once within one batch (default 4). */
    public Builder chatConcurrency(int calls) {
      if (calls < 1 || calls > 64) throw new IllegalArgumentException("chat concurrency must be 1 to 64, was " + calls);
      this.chatConcurrency = calls;
      return this;
    }

    /** The clock that times calls and reads {@code Retry-After} dates (default the system clock). */
    public Builder clock(Clock clock) {
      connection.clock(clock);
      return this;
    }

    /**
     * A suggester for document relevance through {@code /v2/rerank}.
     *
     * @throws IllegalStateException when no API key was given
     */
    public CohereSuggester buildReranker() {
      return new CohereSuggester(new RerankSuggestions(connection.open(), rerankModel, thresholds, prices));
    }

    /**
     * A suggester that asks the chat model as a judge (classification, QA validation, critique,
     * pairwise preference) through {@code /v2/chat}.
     *
     * @throws IllegalStateException when no API key was given
     */
    public CohereSuggester buildJudge() {
      return new CohereSuggester(new JudgeSuggestions(connection.open(), chatModel, prices, chatConcurrency));
    }

    private static String requireModel(String model) {
      if (model == null || model.isBlank()) throw new IllegalArgumentException("a model name is required");
      return model.strip();
    }
  }
}
