package io.collectlite.onnx.bench;

import io.collectlite.suggestion.SuggestionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic query–document pairs shaped like a relevance upload: 25 documents per query, listed query by query;
 * queries of 3 to 8 words, documents of 12 to 40 words, about a third of them built around their query's words.
 */
final class PairGenerator {
  static final int DOCUMENTS_PER_QUERY = 25;
  private static final String[] TOPICS = ("password account login email security reset bank loan interest mortgage "
      + "savings credit coffee caffeine sleep tea morning energy garden basil tomato soil water plant python file "
      + "code loop function error train puppy dog sit treat reward car engine brake tyre oil repair football match "
      + "goal league player coach vitamin bone muscle fatigue sun diet river mountain forest trail camp weather "
      + "novel author chapter poem library museum painting city capital museum history war treaty election vote "
      + "phone battery screen charger laptop memory processor storage cloud server network").split(" ");
  private static final String[] FILLER = ("the a of and to in is for with on that this it as be by at from or "
      + "can will your our their more most how when what which about after before during over under").split(" ");

  private PairGenerator() {}

  /** {@code count} pairs from a seeded generator: the same seed gives the same pairs. */
  static List<SuggestionRequest> pairs(int count, long seed) {
    Random random = new Random(seed);
    List<SuggestionRequest> pairs = new ArrayList<>(count);
    String query = "";
    for (int i = 0; i < count; i++) {
      if (i % DOCUMENTS_PER_QUERY == 0) query = words(random, 3 + random.nextInt(6), 0.8);
      String document = random.nextInt(3) == 0 ? query + " " + words(random, 8 + random.nextInt(30), 0.4)
          : words(random, 12 + random.nextInt(29), 0.4);
      pairs.add(new SuggestionRequest("pair-" + i, Map.of("query", query, "document", document)));
    }
    return pairs;
  }

  private static String words(Random random, int count, double topical) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) text.append(' ');
      String[] pool = random.nextDouble() < topical ? TOPICS : FILLER;
      text.append(pool[random.nextInt(pool.length)]);
    }
    return text.toString();
  }
}
