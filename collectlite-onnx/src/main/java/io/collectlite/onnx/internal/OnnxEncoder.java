package io.collectlite.onnx.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SentenceTransformers model run with ONNX Runtime: tokenize without padding, run texts of equal token length
 * together, mean-pool with the attention mask, L2-normalise.
 *
 * <p>Equal lengths are not always enough for a text's vector to be independent of its batch: a dynamically
 * quantized model (the bundled one) scales each layer's activations by their range over the whole batch, which moves
 * a vector by a cosine of about 0.99. At load a probe runs one text alone and beside another of the same length; when
 * the two vectors differ, every text runs alone.
 *
 * <p>Thread-safe: one session and one tokenizer serve every thread. {@link #close()} waits for running calls.
 */
public final class OnnxEncoder implements AutoCloseable {
  /** Texts are cut at this many tokens (the model's {@code max_seq_length}). */
  public static final int MAX_TOKENS = 256;
  /** Most texts in one model run, for a model whose vectors do not depend on their batch. */
  static final int MAX_ROWS = 64;
  /** Below this cosine, a vector run alone and in a batch count as different. */
  private static final double SAME = 0.99999;
  private static final String OUTPUT = "last_hidden_state";
  /**
   * The graph optimisations applied at load: the basic ones (constant folding, redundant nodes), which leave the
   * arithmetic as the model wrote it. The extended ones fuse nodes, and on the quantized bundled model the fused
   * kernels moved vectors by a cosine down to 0.9991 (0.9968 on other texts) from the unoptimised graph's;
   * OptimisationMatchTest holds the level to that graph's vectors.
   */
  static final OrtSession.SessionOptions.OptLevel OPTIMISATION = OrtSession.SessionOptions.OptLevel.BASIC_OPT;
  private static final Logger log = LoggerFactory.getLogger(OnnxEncoder.class);

  private final String name;
  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final int dimensions;
  private final int maxRows;
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private OnnxEncoder(ModelFiles files, OrtSession.SessionOptions.OptLevel optimisation)
      throws OrtException, IOException {
    this.name = files.name();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(optimisation);
      // idle workers that spin take the cores the caller needs between runs (tokenizing, pooling): on a two-core
      // machine runs with spinning were two to four times slower
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      this.session = files.openSession(env, options);
    }
    try (InputStream in = files.openTokenizer()) {
      this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
          "maxLength", String.valueOf(MAX_TOKENS)));
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
    Set<String> inputs = session.getInputNames();
    this.typeIds = inputs.contains("token_type_ids");
    try {
      if (!inputs.contains("input_ids") || !inputs.contains("attention_mask") || !session.getOutputNames()
          .contains(OUTPUT)) {
        throw new IllegalArgumentException("model " + name + " takes " + inputs + " and gives "
            + session.getOutputNames() + "; expected input_ids, attention_mask (token_type_ids optional) and "
            + OUTPUT);
      }
      float[][] probe = probe();
      this.dimensions = probe[0].length;
      this.maxRows = MeanPooling.dot(probe[0], probe[1]) >= SAME ? MAX_ROWS : 1;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    log.atInfo().addKeyValue("model", name).addKeyValue("dimensions", dimensions).addKeyValue("maxRows", maxRows)
        .log("onnx model loaded");
  }

  /** Loads a model; {@code ai.djl.offline} is set to {@code true} first unless already set, so nothing downloads. */
  public static OnnxEncoder open(ModelFiles files) {
    return open(files, OPTIMISATION);
  }

  /** Loads a model with another graph optimisation level than {@link #OPTIMISATION} (tests compare them). */
  static OnnxEncoder open(ModelFiles files, OrtSession.SessionOptions.OptLevel optimisation) {
    if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
    try {
      return new OnnxEncoder(files, optimisation);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load model " + files.name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer of model " + files.name(), e);
    }
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** The length of every vector. */
  public int dimensions() {
    return dimensions;
  }

  /** One L2-normalised vector per text, in order; equal texts share one vector (and one model run). */
  public List<float[]> embed(List<String> texts) {
    Tokenized tokenized = tokenize(texts);
    float[][] vectors = new float[tokenized.distinct()][];
    for (TokenBatch batch : tokenized.batches()) {
      float[][] pooled = run(batch);
      for (int r = 0; r < batch.rows(); r++) vectors[batch.slots()[r]] = MeanPooling.normalize(pooled[r]);
    }
    float[][] result = new float[texts.size()][];
    for (int i = 0; i < result.length; i++) result[i] = vectors[tokenized.slotOfText()[i]];
    return List.of(result);
  }

  /** Tokenizes the distinct texts and groups them into batches of equal token length. */
  public Tokenized tokenize(List<String> texts) {
    Map<String, Integer> slots = new LinkedHashMap<>();
    int[] slotOfText = new int[texts.size()];
    for (int i = 0; i < slotOfText.length; i++) {
      slotOfText[i] = slots.computeIfAbsent(texts.get(i), t -> slots.size());
    }
    if (slots.isEmpty()) return new Tokenized(slotOfText, 0, List.of());
    Encoding[] encodings = guarded(() -> tokenizer.batchEncode(List.copyOf(slots.keySet())));
    long[][] ids = new long[encodings.length][];
    long[][] masks = new long[encodings.length][];
    long[][] types = new long[encodings.length][];
    for (int i = 0; i < encodings.length; i++) {
      ids[i] = encodings[i].getIds();
      masks[i] = encodings[i].getAttentionMask();
      types[i] = encodings[i].getTypeIds();
    }
    return new Tokenized(slotOfText, encodings.length, LengthBatcher.batches(ids, masks, types, maxRows));
  }

  /** How many texts one model run takes: 1 when the model's vectors depend on their batch. */
  public int maxRows() {
    return maxRows;
  }

  /** The model's inputs for a batch, as tensors the caller closes. */
  public Map<String, OnnxTensor> inputs(TokenBatch batch) {
    long[] shape = {batch.rows(), batch.length()};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.mask()), shape));
      if (typeIds) inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.typeIds()), shape));
      return inputs;
    } catch (OrtException e) {
      inputs.values().forEach(OnnxTensor::close);
      throw new IllegalStateException("ONNX Runtime cannot create the input tensors", e);
    }
  }

  /** Runs the model on prepared inputs and discards the output: the bare cost of a model run. */
  public void runOnly(Map<String, OnnxTensor> inputs) {
    guarded(() -> {
      try (OrtSession.Result ignored = session.run(inputs, Set.of(OUTPUT))) {
        return null;
      }
    });
  }

  private float[][] run(TokenBatch batch) {
    Map<String, OnnxTensor> inputs = inputs(batch);
    try {
      float[] hidden = guarded(() -> {
        try (OrtSession.Result result = session.run(inputs, Set.of(OUTPUT))) {
          FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
          float[] flat = new float[buffer.remaining()];
          buffer.get(flat);
          return flat;
        }
      });
      int dim = hidden.length / (batch.rows() * batch.length());
      return MeanPooling.pool(hidden, batch.mask(), batch.rows(), batch.length(), dim);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The first probe text's vector run alone and run beside the second, both cut to the same token count. */
  private float[][] probe() {
    Encoding[] pair = guarded(() -> tokenizer.batchEncode(List.of("a probe sentence about a cat on a mat",
        "stock markets fell sharply after the announcement")));
    int length = Math.min(pair[0].getIds().length, pair[1].getIds().length);
    long[][] ids = {cut(pair[0].getIds(), length), cut(pair[1].getIds(), length)};
    long[][] masks = {cut(pair[0].getAttentionMask(), length), cut(pair[1].getAttentionMask(), length)};
    long[][] types = {cut(pair[0].getTypeIds(), length), cut(pair[1].getTypeIds(), length)};
    TokenBatch alone = LengthBatcher.batches(new long[][] {ids[0]}, new long[][] {masks[0]}, new long[][] {types[0]}, 1)
        .get(0);
    TokenBatch together = LengthBatcher.batches(ids, masks, types, 2).get(0);
    int first = together.slots()[0] == 0 ? 0 : 1;
    return new float[][] {MeanPooling.normalize(run(alone)[0]), MeanPooling.normalize(run(together)[first])};
  }

  private static long[] cut(long[] values, int length) {
    return java.util.Arrays.copyOf(values, length);
  }

  private <T> T guarded(OrtCall<T> call) {
    lifecycle.readLock().lock();
    try {
      if (closed) throw new IllegalStateException("model " + name + " is closed");
      return call.call();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed to run model " + name + ": " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Releases the session and the tokenizer once running calls finish; later calls throw. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) return;
      closed = true;
      tokenizer.close();
      session.close();
    } catch (OrtException e) {
      log.atWarn().addKeyValue("model", name).setCause(e).log("closing the onnx session failed");
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  @FunctionalInterface
  private interface OrtCall<T> {
    T call() throws OrtException;
  }
}
