package io.collectlite.cohere;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Cohere charges per model, in US dollars, for the cost estimate stored with each suggestion.
 *
 * <p>Costs are computed from the {@code billed_units} a response reports (tokens for chat and
 * embed, search units for rerank); a model missing from the table, or a response without billed
 * units, gives no estimate. Prices change: pass a table of your own to the builders when yours
 * differ (a negotiated rate, a newer model).
 *
 * @param asOf the day the prices were read, ISO date
 * @param models price by model name, e.g. {@code command-a-03-2025}
 */
public record CoherePrices(String asOf, Map<String, Price> models) {
  /**
   * Cohere's pay-as-you-go prices as published at https://cohere.com/pricing, read on 2026-12-02
   * through pages quoting it (the pricing page itself was not reachable from the build machine):
   * Command A and Command R+ 08-2024 $2.50 / $10.00 per 1M input / output tokens, Command R 08-2024
   * $0.15 / $0.60, Command R7B $0.0375 / $0.15; Rerank 3.5 and Rerank 4 Fast $2.00 and Rerank 4 Pro
   * $2.50 per 1,000 searches (one search unit is one query with up to 100 documents); Embed 4 $0.12
   * and the v3 Embed models $0.10 per 1M text tokens.
   */
  public static final CoherePrices PUBLISHED = new CoherePrices("2026-12-02", Map.ofEntries(
      Map.entry("command-a-03-2025", Price.tokens(2.50, 10.00)),
      Map.entry("command-r-plus-08-2024", Price.tokens(2.50, 10.00)),
      Map.entry("command-r-08-2024", Price.tokens(0.15, 0.60)),
      Map.entry("command-r7b-12-2024", Price.tokens(0.0375, 0.15)),
      Map.entry("rerank-v3.5", Price.searchUnits(0.002)),
      Map.entry("rerank-v4.0-fast", Price.searchUnits(0.002)),
      Map.entry("rerank-v4.0-pro", Price.searchUnits(0.0025)),
      Map.entry("embed-v4.0", Price.tokens(0.12, 0)),
      Map.entry("embed-english-v3.0", Price.tokens(0.10, 0)),
      Map.entry("embed-multilingual-v3.0", Price.tokens(0.10, 0)),
      Map.entry("embed-english-light-v3.0", Price.tokens(0.10, 0)),
      Map.entry("embed-multilingual-light-v3.0", Price.tokens(0.10, 0))));

  public CoherePrices {
    Objects.requireNonNull(asOf, "asOf");
    models = Map.copyOf(models);
  }

  /** The price of a model, when the table has it. */
  public Optional<Price> of(String model) {
    return Optional.ofNullable(models.get(model));
  }

  /** This table with one model's price added or replaced. */
  public CoherePrices with(String model, Price price) {
    Map<String, Price> copy = new HashMap<>(models);
    copy.put(Objects.requireNonNull(model, "model"), Objects.requireNonNull(price, "price"));
    return new CoherePrices(asOf, copy);
  }

  /**
   * One model's price, in US dollars; the parts a model is not billed by are 0.
   *
   * @param perMillionInputTokens per 1M billed input tokens (chat, embed)
   * @param perMillionOutputTokens per 1M billed output tokens (chat)
   * @param perSearchUnit per billed search unit (rerank)
   */
  public record Price(double perMillionInputTokens, double perMillionOutputTokens, double perSearchUnit) {
    public Price {
      for (double p : new double[] {perMillionInputTokens, perMillionOutputTokens, perSearchUnit}) {
        if (!(p >= 0 && Double.isFinite(p))) throw new IllegalArgumentException("a price is a finite amount >= 0");
      }
    }

    /** A price by tokens (chat, embed). */
    public static Price tokens(double perMillionInputTokens, double perMillionOutputTokens) {
      return new Price(perMillionInputTokens, perMillionOutputTokens, 0);
    }

    /** A price by search unit (rerank). */
    public static Price searchUnits(double perSearchUnit) {
      return new Price(0, 0, perSearchUnit);
    }
  }
}
