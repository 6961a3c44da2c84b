package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One question of a label schema. Each kind checks and normalises its own answers and says what
 * part of an answer consensus votes on.
 */
public sealed interface Question
    permits OptionQuestion, MultiChoice, NumericRating, PairwiseChoice, FreeText {
  /** The question's name, unique in its schema; answers are keyed by it. */
  String name();

  /** What the workbench asks. */
  String prompt();

  /** Whether every annotation must answer it. */
  boolean required();

  /** The kind's wire name ({@code single_choice}, {@code ordinal}, …). */
  String kind();

  /** The keyboard shortcuts this question uses in the workbench (one character each). */
  List<String> keys();

  /**
   * Checks an answer and returns its normal form (the form stored and exported), or throws a
   * {@link io.collectlite.error.ValidationException} naming {@code field}.
   */
  JsonNode normalize(JsonNode answer, String field);

  /**
   * The text consensus votes on for a normalised answer: equal keys are the same vote. Only
   * called on questions that {@link #aggregatable() aggregate}.
   */
  String consensusKey(JsonNode normalized);

  /** Whether annotators' answers can be combined into a consensus (free text cannot). */
  default boolean aggregatable() {
    return true;
  }
}
