package io.collectlite.store;

import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small real relevance suggester for the contract suite: the share of the query's words found in the
 * document grades it (under 1/3 irrelevant, under 2/3 partially, else highly relevant). It can be told to fail
 * its next calls, to answer a label outside the schema for one example, and it counts its calls.
 */
final class WordOverlapSuggester implements SuggestionProvider {
  private final String promptVersion;
  private final Deque<SuggestionCallException> failures = new ArrayDeque<>();
  final AtomicInteger calls = new AtomicInteger();
  private volatile String offSchemaFor = "";

  WordOverlapSuggester(String promptVersion) {
    this.promptVersion = promptVersion;
  }

  /** The next calls fail with these, in order. */
  synchronized WordOverlapSuggester failNext(SuggestionCallException... next) {
    failures.addAll(Arrays.asList(next));
    return this;
  }

  /** Answers a label the template does not have for this example. */
  WordOverlapSuggester offSchemaFor(String exampleId) {
    offSchemaFor = exampleId;
    return this;
  }

  static SuggestionCallException rateLimited(Duration retryAfter) {
    return new SuggestionCallException("429 too many requests", true, retryAfter, null);
  }

  @Override
  public String provider() {
    return "overlap";
  }

  @Override
  public String model() {
    return "word-overlap-1";
  }

  @Override
  public String promptVersion() {
    return promptVersion;
  }

  @Override
  public boolean supports(SuggestionContext context) {
    return context.taskType() == TaskType.DOCUMENT_RELEVANCE;
  }

  @Override
  public int batchSize() {
    return 2;
  }

  @Override
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context) {
    calls.incrementAndGet();
    synchronized (this) {
      if (!failures.isEmpty()) throw failures.poll();
    }
    return requests.stream().map(this::suggest).toList();
  }

  private SuggestionOutcome suggest(SuggestionRequest r) {
    if (r.exampleId().equals(offSchemaFor)) {
      return new SuggestionOutcome.Suggested("somewhat", Map.of(), OptionalDouble.empty(), OptionalDouble.empty(),
          Map.of(), "", OptionalDouble.empty(), 1);
    }
    Set<String> query = words(r.field("query"));
    Set<String> document = words(r.field("document"));
    double share = query.isEmpty() ? 0 : query.stream().filter(document::contains).count() / (double) query.size();
    String label = share < 1 / 3.0 ? "irrelevant" : share < 2 / 3.0 ? "partially_relevant" : "highly_relevant";
    double confidence = 0.5 + Math.abs(share - 0.5);
    // binomial shares: sure at 0 and 1, unsure in between (a margin of 1 at share 1/3)
    Map<String, Double> distribution = Map.of("irrelevant", (1 - share) * (1 - share), "partially_relevant",
        2 * share * (1 - share), "highly_relevant", share * share);
    return new SuggestionOutcome.Suggested(label, Map.of(), OptionalDouble.of(share), OptionalDouble.of(confidence),
        distribution, "overlap " + share, OptionalDouble.of(0.001), 3);
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase().split("\\W+")).filter(w -> !w.isBlank()).collect(Collectors.toSet());
  }
}
