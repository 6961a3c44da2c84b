package io.collectlite.http;

import io.collectlite.suggestion.Suggester;
import io.javalin.openapi.OpenApiRequired;

/** A suggester this server runs: its name (to start it with), provider, model and prompt version. */
record SuggesterView(@OpenApiRequired String name, @OpenApiRequired String provider, @OpenApiRequired String model,
    @OpenApiRequired String prompt_version) {
  static SuggesterView of(Suggester s) {
    return new SuggesterView(s.name(), s.key().provider(), s.key().model(), s.key().promptVersion());
  }
}
