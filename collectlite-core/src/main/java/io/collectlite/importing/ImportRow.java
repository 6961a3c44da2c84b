package io.collectlite.importing;

/**
 * One non-blank line of an import file as the reader understood it: an annotation, a model
 * prediction, or a line refused with its problems. Stores receive every line, in file order, so
 * one report lists every refusal by line.
 */
public sealed interface ImportRow permits ImportedAnnotation, ImportedPrediction, RefusedLine {
  /** The 1-based line of the file. */
  int line();
}
