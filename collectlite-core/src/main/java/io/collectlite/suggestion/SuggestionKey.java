package io.collectlite.suggestion;

import java.util.Objects;

/** One model under one prompt version: a run skips the examples it already suggested for. */
public record SuggestionKey(String provider, String model, String promptVersion) {
  public SuggestionKey {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(promptVersion, "promptVersion");
  }

  /** The key of a provider as configured now. */
  public static SuggestionKey of(SuggestionProvider provider) {
    return new SuggestionKey(provider.provider(), provider.model(), provider.promptVersion());
  }
}
