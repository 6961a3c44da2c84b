package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.cohere.CohereSuggester;
import io.collectlite.onnx.LocalEmbedder;
import io.collectlite.onnx.OnnxSuggester;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggesters the server runs: {@value #LOCAL} (all-MiniLM-L6-v2 on ONNX Runtime, shipped in the jar: relevance
 * and classification), and with {@code COHERE_API_KEY} set, {@value #COHERE_RERANK} (Rerank, for relevance) and
 * {@value #COHERE_JUDGE} (Chat as a judge, for the other task types). {@code COHERE_BASE_URL} points them at
 * another host. The local model also checks new examples for near-duplicates (cosine ≥ {@value #NEAR_DUPLICATE_COSINE}),
 * which then share a split in exports.
 */
final class Suggesters implements AutoCloseable {
  static final String LOCAL = "local";
  static final String COHERE_RERANK = "cohere-rerank";
  static final String COHERE_JUDGE = "cohere-judge";
  /** Examples at least this similar (cosine of the local model's embeddings) share a split in exports. */
  static final double NEAR_DUPLICATE_COSINE = 0.95;
  private static final Logger LOG = LoggerFactory.getLogger(Suggesters.class);
  private final Optional<LocalEmbedder> embedder;
  private final boolean cohere;

  private Suggesters(Optional<LocalEmbedder> embedder, boolean cohere) {
    this.embedder = embedder;
    this.cohere = cohere;
  }

  /** Loads the local model (unless {@code local} is false) and reads the Cohere key from {@code env}. */
  static Suggesters load(boolean local, Map<String, String> env) {
    Optional<LocalEmbedder> embedder = local ? Optional.of(LocalEmbedder.load()) : Optional.empty();
    String key = env.getOrDefault("COHERE_API_KEY", "");
    return new Suggesters(embedder, !key.isBlank());
  }

  /** Adds the suggesters to a facade being built. */
  CollectLite.Builder addTo(CollectLite.Builder builder, Map<String, String> env) {
    embedder.ifPresent(e -> builder.suggester(LOCAL, OnnxSuggester.create(e))
        .nearDuplicates(e, NEAR_DUPLICATE_COSINE));
    if (cohere) {
      CohereSuggester.Builder cohereBuilder = CohereSuggester.builder().apiKey(env.get("COHERE_API_KEY"));
      String base = env.getOrDefault("COHERE_BASE_URL", "");
      if (!base.isBlank()) cohereBuilder.baseUrl(base);
      builder.suggester(COHERE_RERANK, cohereBuilder.buildReranker());
      builder.suggester(COHERE_JUDGE, cohereBuilder.buildJudge());
      LOG.atInfo().log("Cohere suggesters on (COHERE_API_KEY is set)");
    }
    return builder;
  }

  /** The suggester that pre-scores relevance: Cohere Rerank when a key is set, else the local model. */
  Optional<String> relevance() {
    if (cohere) return Optional.of(COHERE_RERANK);
    return embedder.isPresent() ? Optional.of(LOCAL) : Optional.empty();
  }

  @Override
  public void close() {
    embedder.ifPresent(LocalEmbedder::close);
  }
}
