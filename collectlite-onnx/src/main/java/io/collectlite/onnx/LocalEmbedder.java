package io.collectlite.onnx;

import io.collectlite.onnx.internal.ModelFiles;
import io.collectlite.onnx.internal.OnnxEncoder;
import io.collectlite.suggestion.TextEmbedder;
import java.nio.file.Path;
import java.util.List;

/**
 * Sentence embeddings from a local SentenceTransformers model exported to ONNX, run in process with ONNX Runtime;
 * nothing is downloaded at run time.
 *
 * <p>Texts are tokenized with the model's Hugging Face tokenizer (cut at 256 tokens, never padded), mean-pooled over
 * the attention mask and L2-normalised. A text's vector never depends on the other texts of the call: texts of equal
 * token length run together, unless a probe at load finds that the model's output depends on its batch anyway, as a
 * dynamically quantized model's does (the bundled one): then each text runs alone.
 *
 * <p>Instances are thread-safe; share one per model and {@link #close()} it when done.
 */
public final class LocalEmbedder implements TextEmbedder, AutoCloseable {
  /** The bundled model's name: the quantized all-MiniLM-L6-v2 (384 dimensions). */
  public static final String DEFAULT_MODEL = ModelFiles.BUNDLED_NAME;

  private final OnnxEncoder encoder;

  private LocalEmbedder(OnnxEncoder encoder) {
    this.encoder = encoder;
  }

  /**
   * Loads the bundled all-MiniLM-L6-v2 (quantized) from the classpath, in about a second. The model holds native
   * memory until closed.
   *
   * @throws IllegalStateException when the model jar is missing or ONNX Runtime cannot load it
   */
  public static LocalEmbedder load() {
    return new LocalEmbedder(OnnxEncoder.open(ModelFiles.bundled()));
  }

  /**
   * Loads a model from a directory holding {@code model.onnx} (inputs {@code input_ids}, {@code attention_mask},
   * optionally {@code token_type_ids}; output {@code last_hidden_state}) and {@code tokenizer.json}. The model is
   * named after the directory.
   *
   * @throws IllegalArgumentException when a file is missing or the model has other inputs or outputs
   * @throws IllegalStateException when ONNX Runtime cannot load the model
   */
  public static LocalEmbedder load(Path modelDir) {
    return new LocalEmbedder(OnnxEncoder.open(ModelFiles.directory(modelDir)));
  }

  /** The model's name: {@link #DEFAULT_MODEL}, or the model directory's name. */
  @Override
  public String model() {
    return encoder.name();
  }

  /** The length of every vector (384 for the bundled model). */
  @Override
  public int dimensions() {
    return encoder.dimensions();
  }

  /**
   * One L2-normalised vector per text, in order. Equal texts in one call are embedded once.
   *
   * @throws IllegalStateException when the embedder is closed or ONNX Runtime fails
   */
  @Override
  public List<float[]> embed(List<String> texts) {
    return encoder.embed(texts);
  }

  /** Releases the model's native memory once running calls finish; later calls throw. */
  @Override
  public void close() {
    encoder.close();
  }

  OnnxEncoder encoder() {
    return encoder;
  }
}
