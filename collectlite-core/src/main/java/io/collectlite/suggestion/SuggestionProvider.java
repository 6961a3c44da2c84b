package io.collectlite.suggestion;

import java.util.List;

/**
 * A model that suggests labels for tasks: the port the ONNX and Cohere adapters implement.
 * Suggestions are assistance shown to annotators, never ground truth.
 *
 * <p>Implementations are thread-safe. {@link #suggest} answers one outcome per request, in the
 * requests' order; a request the model could not answer is a {@link SuggestionOutcome.Failed}.
 * A failure of the whole call (network, rate limit, server error) is thrown as a
 * {@link SuggestionCallException}; the pipeline retries it with backoff when it is retryable.
 */
public interface SuggestionProvider {
  /** Who runs the model, e.g. {@code onnx} or {@code cohere}; stored with every suggestion. */
  String provider();

  /** The model's name, e.g. {@code all-minilm-l6-v2-q} or {@code rerank-v3.5}. */
  String model();

  /**
   * The version of the prompt or of the mapping from model output to labels (thresholds, label
   * descriptions); suggestions already stored for the same provider, model and prompt version are
   * not asked for again.
   */
  String promptVersion();

  /** Whether this provider can suggest labels for the context's task type and schema. */
  boolean supports(SuggestionContext context);

  /** How many requests one {@link #suggest} call should carry. */
  default int batchSize() {
    return 32;
  }

  /**
   * Suggests a label for each request.
   *
   * @return exactly one outcome per request, in the same order
   * @throws SuggestionCallException when the call as a whole failed
   */
  List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context);
}
