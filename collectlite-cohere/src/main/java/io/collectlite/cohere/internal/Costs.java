package io.collectlite.cohere.internal;

import com.cohere.api.types.ApiMeta;
import com.cohere.api.types.ApiMetaBilledUnits;
import com.cohere.api.types.Usage;
import com.cohere.api.types.UsageBilledUnits;
import io.collectlite.cohere.CoherePrices;
import java.util.Optional;
import java.util.OptionalDouble;

/** US-dollar cost of a call from the billed units its response reports; empty when either is unknown. */
public final class Costs {
  private static final double MILLION = 1_000_000d;

  private Costs() {}

  /** A chat call: billed input and output tokens. */
  public static OptionalDouble chat(CoherePrices prices, String model, Optional<Usage> usage) {
    Optional<UsageBilledUnits> billed = usage.flatMap(Usage::getBilledUnits);
    if (billed.isEmpty()) return OptionalDouble.empty();
    return tokens(prices, model, billed.get().getInputTokens(), billed.get().getOutputTokens());
  }

  /** A rerank call: billed search units. */
  public static OptionalDouble rerank(CoherePrices prices, String model, Optional<ApiMeta> meta) {
    Optional<Double> units = meta.flatMap(ApiMeta::getBilledUnits).flatMap(ApiMetaBilledUnits::getSearchUnits);
    Optional<CoherePrices.Price> price = prices.of(model);
    if (units.isEmpty() || price.isEmpty()) return OptionalDouble.empty();
    return OptionalDouble.of(units.get() * price.get().perSearchUnit());
  }

  /** An embed call: billed input tokens. */
  public static OptionalDouble embed(CoherePrices prices, String model, Optional<ApiMeta> meta) {
    Optional<ApiMetaBilledUnits> billed = meta.flatMap(ApiMeta::getBilledUnits);
    if (billed.isEmpty()) return OptionalDouble.empty();
    return tokens(prices, model, billed.get().getInputTokens(), Optional.empty());
  }

  private static OptionalDouble tokens(CoherePrices prices, String model, Optional<Double> input,
      Optional<Double> output) {
    Optional<CoherePrices.Price> price = prices.of(model);
    if (price.isEmpty() || (input.isEmpty() && output.isEmpty())) return OptionalDouble.empty();
    return OptionalDouble.of(input.orElse(0d) * price.get().perMillionInputTokens() / MILLION
        + output.orElse(0d) * price.get().perMillionOutputTokens() / MILLION);
  }
}
