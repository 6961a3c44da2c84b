package io.collectlite.onnx.bench;

import ai.onnxruntime.OnnxTensor;
import io.collectlite.onnx.BenchAccess;
import io.collectlite.onnx.LocalEmbedder;
import io.collectlite.onnx.OnnxSuggester;
import io.collectlite.onnx.internal.OnnxEncoder;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Presets;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document-relevance suggestions with the bundled model: pairs per second end to end (tokenize, run, pool, cosine,
 * grade) next to the raw throughput of the same ONNX session on the same batches (prepared tensors, {@code run}
 * only), in the same process, alternating call by call so both see the machine at the same speed.
 *
 * <p>Arguments: {@code [pairs=10000] [rounds=3]}. The pairs come from {@link PairGenerator} with a fixed seed.
 */
public final class SuggestBenchmark {
  private SuggestBenchmark() {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<SuggestionRequest> requests = PairGenerator.pairs(pairs, 42);
    var context = new SuggestionContext(TaskType.DOCUMENT_RELEVANCE, Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE),
        "");
    try (LocalEmbedder embedder = LocalEmbedder.load()) {
      OnnxSuggester suggester = OnnxSuggester.create(embedder);
      OnnxEncoder encoder = BenchAccess.encoder(embedder);
      List<List<SuggestionRequest>> calls = chunks(requests, suggester.batchSize());
      List<List<Map<String, OnnxTensor>>> runs = prepare(encoder, calls);
      System.out.printf(Locale.ROOT, "%d pairs, %d distinct queries, %d calls of %d, %d model runs (%d texts per run),"
          + " %d cores, model %s%n", pairs, requests.stream().map(r -> r.field("query")).distinct().count(),
          calls.size(), suggester.batchSize(), runs.stream().mapToInt(List::size).sum(), encoder.maxRows(),
          Runtime.getRuntime().availableProcessors(), embedder.model());
      round(encoder, suggester, calls.subList(0, Math.min(20, calls.size())),
          runs.subList(0, Math.min(20, calls.size())), context);
      double[] rawRates = new double[rounds];
      double[] suggestRates = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        Round round = round(encoder, suggester, calls, runs, context);
        rawRates[r] = pairs / round.rawSeconds();
        suggestRates[r] = pairs / round.suggestSeconds();
        System.out.printf(Locale.ROOT, "round %d: raw session %.1f pairs/s, suggester %.1f pairs/s, ratio %.3f "
            + "(load %.2f)%n", r + 1, rawRates[r], suggestRates[r], suggestRates[r] / rawRates[r],
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
      double raw = median(rawRates);
      double suggested = median(suggestRates);
      System.out.printf(Locale.ROOT, "median: raw session %.1f pairs/s, suggester %.1f pairs/s, ratio %.3f (goal >= 0.8)%n",
          raw, suggested, suggested / raw);
      System.out.println("grades: " + grades(suggester, calls, context));
      runs.forEach(call -> call.forEach(inputs -> inputs.values().forEach(OnnxTensor::close)));
    }
  }

  /** The model runs the suggester makes for these calls: each call's distinct texts, batched as it batches them. */
  private static List<List<Map<String, OnnxTensor>>> prepare(OnnxEncoder encoder,
      List<List<SuggestionRequest>> calls) {
    List<List<Map<String, OnnxTensor>>> runs = new ArrayList<>();
    for (List<SuggestionRequest> call : calls) {
      List<String> texts = new ArrayList<>();
      call.forEach(r -> texts.addAll(List.of(r.field("query"), r.field("document"))));
      runs.add(encoder.tokenize(texts).batches().stream().map(encoder::inputs).toList());
    }
    return runs;
  }

  /**
   * Every call once through the bare session and once through the suggester, alternating call by call (and which
   * goes first), so a change in the machine's speed during the round hits both alike.
   */
  private static Round round(OnnxEncoder encoder, OnnxSuggester suggester, List<List<SuggestionRequest>> calls,
      List<List<Map<String, OnnxTensor>>> runs, SuggestionContext context) {
    long raw = 0;
    long suggest = 0;
    for (int c = 0; c < calls.size(); c++) {
      List<Map<String, OnnxTensor>> callRuns = runs.get(c);
      if (c % 2 == 0) {
        raw += raw(encoder, callRuns);
        suggest += suggest(suggester, calls.get(c), context);
      } else {
        suggest += suggest(suggester, calls.get(c), context);
        raw += raw(encoder, callRuns);
      }
    }
    return new Round(raw / 1e9, suggest / 1e9);
  }

  private static long raw(OnnxEncoder encoder, List<Map<String, OnnxTensor>> runs) {
    long start = System.nanoTime();
    for (Map<String, OnnxTensor> inputs : runs) encoder.runOnly(inputs);
    return System.nanoTime() - start;
  }

  private static long suggest(OnnxSuggester suggester, List<SuggestionRequest> call, SuggestionContext context) {
    long start = System.nanoTime();
    suggester.suggest(call, context);
    return System.nanoTime() - start;
  }

  /** Seconds spent in the bare session and in the suggester over one round. */
  private record Round(double rawSeconds, double suggestSeconds) {}

  private static Map<String, Integer> grades(OnnxSuggester suggester, List<List<SuggestionRequest>> calls,
      SuggestionContext context) {
    Map<String, Integer> counts = new TreeMap<>();
    for (List<SuggestionRequest> call : calls.subList(0, Math.min(30, calls.size()))) {
      for (SuggestionOutcome o : suggester.suggest(call, context)) {
        counts.merge(o instanceof SuggestionOutcome.Suggested s ? s.label() : "failed", 1, Integer::sum);
      }
    }
    return counts;
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) chunks.add(all.subList(i, Math.min(all.size(), i + size)));
    return chunks;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
