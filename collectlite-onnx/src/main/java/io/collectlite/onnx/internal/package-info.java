/**
 * How {@link io.collectlite.onnx.LocalEmbedder} and {@link io.collectlite.onnx.OnnxSuggester} work: tokenizing and
 * running the ONNX model, pooling, and mapping similarities to labels. Not API: anything here may change in any
 * release.
 */
package io.collectlite.onnx.internal;
