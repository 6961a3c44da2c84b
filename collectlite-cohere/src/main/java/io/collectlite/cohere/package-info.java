/**
 * Model suggestions through Cohere's v2 API, with the official {@code cohere-java} SDK.
 *
 * <p>{@link io.collectlite.cohere.CohereSuggester} is the entry point: its builder takes the API key
 * (or reads {@code COHERE_API_KEY}), the base URL, the timeout and the models, and builds either a
 * reranker (document relevance through {@code /v2/rerank}) or a judge (classification, QA
 * validation, critique and pairwise preference through {@code /v2/chat} with a JSON schema).
 * {@link io.collectlite.cohere.CohereEmbedder} turns texts into unit vectors through
 * {@code /v2/embed}. Everything in {@code io.collectlite.cohere.internal} is not API.
 */
package io.collectlite.cohere;
