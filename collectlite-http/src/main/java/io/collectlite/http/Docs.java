package io.collectlite.http;

/** Names shared by the OpenAPI annotations of every route class. */
final class Docs {
  /** The bearer-token security scheme every authenticated operation names. */
  static final String BEARER = "BearerAuth";

  private Docs() {}
}
