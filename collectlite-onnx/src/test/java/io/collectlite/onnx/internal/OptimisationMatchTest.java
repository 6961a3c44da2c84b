package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loaded model gives the vectors of the same graph run without optimisation: graph fusions may change a
 * quantized model's arithmetic, and a vector must not depend on how ONNX Runtime rewrote the graph.
 */
class OptimisationMatchTest {
  /** Short and long, plain and odd: words, numbers, code, other scripts, repetition, texts cut at 256 tokens. */
  static final List<String> SENTENCES = sentences();

  @Test
  void everyVectorMatchesAnUnoptimisedSessionToACosineOfAtLeast0_9999() {
    try (OnnxEncoder loaded = OnnxEncoder.open(ModelFiles.bundled());
        OnnxEncoder unoptimised = OnnxEncoder.open(ModelFiles.bundled(), OptLevel.NO_OPT)) {
      List<float[]> expected = unoptimised.embed(SENTENCES);
      List<float[]> actual = loaded.embed(SENTENCES);
      for (int i = 0; i < SENTENCES.size(); i++) {
        assertThat(MeanPooling.dot(expected.get(i), actual.get(i))).as("cosine for sentence %d: %s", i,
            SENTENCES.get(i).substring(0, Math.min(60, SENTENCES.get(i).length()))).isGreaterThanOrEqualTo(0.9999);
      }
    }
  }

  private static List<String> sentences() {
    List<String> texts = new ArrayList<>(List.of(
        "hi",
        "a",
        "What is the capital of France?",
        "Paris is the capital and most populous city of France.",
        "The quick brown fox jumps over the lazy dog.",
        "stock markets fell sharply after the announcement",
        "How do I reset my password if I no longer have access to my email?",
        "Error 500: NullPointerException at io.collectlite.http.FileParts.accept(FileParts.java:45)",
        "SELECT coalesce(max(version), 0) + 1 FROM exports WHERE project_id = :project",
        "Der schnelle braune Fuchs springt über den faulen Hund.",
        "東京は日本の首都です。",
        "Привет, как дела?",
        "🙂🙂🙂 great product, would buy again!!!",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
        "the the the the the the the the the the",
        "Not relevant. Relevant. Somewhat relevant? Highly relevant!",
        "A patient presented with acute abdominal pain radiating to the back, elevated lipase and a history of "
            + "alcohol use; imaging showed peripancreatic fat stranding consistent with acute pancreatitis."));
    String paragraph = "Annotation projects collect labels from several people for each example, measure how much "
        + "they agree, send disagreements to a reviewer, and export the resolved records with their splits. ";
    texts.add(paragraph);
    texts.add(paragraph.repeat(3)); // about 120 tokens
    texts.add(paragraph.repeat(8)); // cut at 256 tokens
    texts.add("word ".repeat(600)); // cut at 256 tokens
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < 90; i++) mixed.append("item-").append(i).append(i % 7 == 0 ? ". " : ", ");
    texts.add(mixed.toString());
    return List.copyOf(texts);
  }
}
