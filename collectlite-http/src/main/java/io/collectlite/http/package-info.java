/**
 * The CollectLite reference server. Start with {@link io.collectlite.http.CollectLiteServer}
 * (embedding) or {@link io.collectlite.http.Main} (command line). Route handlers live in one small
 * package-private class per resource; their request and response records are the wire contract
 * of {@code docs/api.md} and feed the OpenAPI document the annotation processor writes at compile
 * time. Exceptions become HTTP statuses only in {@code ErrorMapping}.
 */
package io.collectlite.http;
