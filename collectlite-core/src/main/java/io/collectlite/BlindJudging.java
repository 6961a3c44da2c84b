package io.collectlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.task.Claim;
import io.collectlite.template.Presets;

/**
 * Pairwise judging is blind: the annotator compares two responses without knowing which model
 * wrote either, so a model's name cannot sway the preference the leaderboard is built from.
 */
final class BlindJudging {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BlindJudging() {}

  /** The claim without its row's {@code model_a} and {@code model_b}. */
  static Claim hideModels(Claim claim) {
    if (!claim.fieldsJson().contains(Presets.MODEL_A) && !claim.fieldsJson().contains(Presets.MODEL_B)) return claim;
    try {
      ObjectNode fields = (ObjectNode) MAPPER.readTree(claim.fieldsJson());
      fields.remove(Presets.MODEL_A);
      fields.remove(Presets.MODEL_B);
      return new Claim(claim.assignmentId(), claim.taskId(), claim.projectId(), claim.exampleId(),
          MAPPER.writeValueAsString(fields), claim.templateVersion(), claim.leaseExpiresAt(),
          claim.suggestionsShown());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored fields are not a JSON object", e);
    }
  }
}
