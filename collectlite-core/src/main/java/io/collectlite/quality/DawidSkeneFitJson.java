package io.collectlite.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Dawid–Skene fit as stored with its consensus run:
 * {@code {"classes": ["a", "b"], "priors": [0.6, 0.4], "confusion": {"12": [[0.9, 0.1], [0.2, 0.8]]}}}
 * (confusion rows: true class; columns: label given; keys: annotator ids).
 */
public final class DawidSkeneFitJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DawidSkeneFitJson() {}

  /** The fit as a JSON object. */
  public static ObjectNode toTree(DawidSkeneFit fit) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode classes = root.putArray("classes");
    fit.classes().forEach(classes::add);
    ArrayNode priors = root.putArray("priors");
    for (double p : fit.priors()) priors.add(p);
    ObjectNode confusion = root.putObject("confusion");
    new TreeMap<>(fit.confusion()).forEach((annotator, matrix) -> {
      ArrayNode rows = confusion.putArray(Long.toString(annotator));
      for (double[] row : matrix) {
        ArrayNode cells = rows.addArray();
        for (double p : row) cells.add(p);
      }
    });
    return root;
  }

  /** The fit as JSON text. */
  public static String write(DawidSkeneFit fit) {
    return toTree(fit).toString();
  }

  /** Reads stored JSON text. */
  public static DawidSkeneFit read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored Dawid-Skene fit is not JSON", e);
    }
    List<String> classes = new ArrayList<>();
    root.get("classes").forEach(c -> classes.add(c.asText()));
    double[] priors = new double[classes.size()];
    for (int i = 0; i < priors.length; i++) priors[i] = root.get("priors").get(i).asDouble();
    Map<Long, double[][]> confusion = new HashMap<>();
    root.get("confusion").fields().forEachRemaining(entry -> {
      double[][] m = new double[classes.size()][classes.size()];
      for (int r = 0; r < m.length; r++) {
        for (int c = 0; c < m.length; c++) m[r][c] = entry.getValue().get(r).get(c).asDouble();
      }
      confusion.put(Long.parseLong(entry.getKey()), m);
    });
    return new DawidSkeneFit(classes, priors, confusion);
  }
}
