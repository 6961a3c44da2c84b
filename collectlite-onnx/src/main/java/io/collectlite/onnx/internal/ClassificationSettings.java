package io.collectlite.onnx.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * How classification suggestions are made.
 *
 * @param neighbours how many nearest resolved examples vote ({@code k})
 * @param minLabelled how many resolved examples a project needs (and at least {@code neighbours}) before they vote;
 *     with fewer, texts are compared with the label descriptions
 * @param temperature the softmax temperature over the cosines to the label descriptions
 * @param descriptions text to compare with, by option value; an option without one is described by its title
 *     (and its value, when that says something else)
 */
public record ClassificationSettings(int neighbours, int minLabelled, double temperature,
    Map<String, String> descriptions) {
  /** 5 neighbours once 10 examples are resolved, temperature 0.05, options described by their titles. */
  public static final ClassificationSettings DEFAULT = new ClassificationSettings(5, 10, 0.05, Map.of());

  public ClassificationSettings {
    if (neighbours < 1) throw new IllegalArgumentException("at least one neighbour votes, not " + neighbours);
    if (minLabelled < 1) throw new IllegalArgumentException("minLabelled is at least 1, not " + minLabelled);
    if (!(temperature > 0 && temperature <= 1)) {
      throw new IllegalArgumentException("the classification temperature lies in (0, 1], was " + temperature);
    }
    descriptions = Map.copyOf(descriptions);
    if (descriptions.entrySet().stream().anyMatch(e -> e.getKey().isBlank() || e.getValue().isBlank())) {
      throw new IllegalArgumentException("a label description names an option value and says something");
    }
  }

  /** How many resolved examples it takes before neighbours vote. */
  public int votingThreshold() {
    return Math.max(neighbours, minLabelled);
  }

  /** The settings as they appear in a prompt version; descriptions as a short hash. */
  public String version() {
    String described = descriptions.isEmpty() ? "titles" : hash(descriptions);
    return "k=" + neighbours + ";min=" + minLabelled + ";temp=" + Numbers.setting(temperature) + ";desc=" + described;
  }

  private static String hash(Map<String, String> descriptions) {
    StringBuilder text = new StringBuilder();
    // lengths first, so no two different maps write the same text
    new TreeMap<>(descriptions).forEach((value, description) -> text.append(value.length()).append(':').append(value)
        .append(description.length()).append(':').append(description));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
