/**
 * Suggestions from a local model: {@link io.collectlite.onnx.LocalEmbedder} runs a SentenceTransformers model
 * exported to ONNX (all-MiniLM-L6-v2 by default) and {@link io.collectlite.onnx.OnnxSuggester} turns its
 * similarities into labels for document relevance and classification projects.
 */
package io.collectlite.onnx;
