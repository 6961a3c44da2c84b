package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/** A question answered by exactly one of its options; the option's value is the answer and the vote. */
public sealed interface OptionQuestion extends Question permits SingleChoice, OrdinalScale {
  /** The answers it allows, in order. */
  List<LabelOption> options();

  @Override
  default List<String> keys() {
    return Choices.keys(options());
  }

  @Override
  default JsonNode normalize(JsonNode answer, String field) {
    return TextNode.valueOf(Choices.option(options(), answer, field));
  }

  @Override
  default String consensusKey(JsonNode normalized) {
    return normalized.asText();
  }
}
