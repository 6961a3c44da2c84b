package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode: users and project appear once, tokens rotate at every start, and the demo endpoint reveals them. */
class DemoModeTest {
  @TempDir Path dir;

  @Test
  void demoSetupIsIdempotentAcrossRestartsAndRotatesTokens() {
    List<DemoUser> first = startAndStop();
    List<DemoUser> second = startAndStop();
    assertThat(second).extracting(DemoUser::name).containsExactly("olivia", "ann", "ben", "rita");
    assertThat(second).extracting(DemoUser::id).isEqualTo(first.stream().map(DemoUser::id).toList());
    assertThat(second.get(0).token()).isNotEqualTo(first.get(0).token());

    try (CollectLite lite = open()) {
      List<DemoUser> users = DemoSetup.ensure(lite);
      try (CollectLiteServer server = CollectLiteServer.start(lite,
          ServerOptions.defaults().withHost("127.0.0.1").withPort(0).withDemoUsers(users))) {
        Api api = new Api("http://127.0.0.1:" + server.port());
        JsonNode listed = api.get("/api/demo/users", null).json();
        assertThat(listed).hasSize(4);
        assertThat(listed.get(0).get("token").asText()).isEqualTo(users.get(0).token());
        JsonNode projects = api.get("/api/projects", users.get(0).token()).json();
        assertThat(projects).hasSize(1);
        long projectId = projects.get(0).get("id").asLong();
        JsonNode metrics = api.get("/api/projects/" + projectId + "/metrics", users.get(0).token()).json();
        assertThat(metrics.get("examples").asLong()).isEqualTo(22);
        assertThat(metrics.get("tasks").asLong()).isEqualTo(22);
        assertThat(api.get("/api/tasks/next?project=" + projectId, users.get(1).token()).status()).isEqualTo(200);
      }
    }
  }

  /** The instructions tell annotators that low-confidence labels route tasks to review: the settings do it. */
  @Test
  void theDemoRoutesLowConfidenceAnswersToReviewAsItsInstructionsSay() {
    try (CollectLite lite = open()) {
      var owner = lite.authenticate(DemoSetup.ensure(lite).get(0).token());
      var project = lite.projects(owner).get(0).project();
      assertThat(lite.template(owner, project.id()).instructions()).contains("low-confidence labels help route tasks to review");
      assertThat(lite.qualitySettings(owner, project.id()).reviewLowConfidence()).isTrue();
      lite.updateQualitySettings(owner, project.id(), Json.MAPPER.createObjectNode().put("review_low_confidence", false));
    }
    try (CollectLite lite = open()) {
      var owner = lite.authenticate(DemoSetup.ensure(lite).get(0).token());
      assertThat(lite.qualitySettings(owner, lite.projects(owner).get(0).project().id()).reviewLowConfidence())
          .as("an owner's change survives a restart").isFalse();
    }
  }

  private List<DemoUser> startAndStop() {
    try (CollectLite lite = open()) {
      return DemoSetup.ensure(lite);
    }
  }

  private CollectLite open() {
    return CollectLite.builder().store(JdbcStores.sqlite(dir.resolve("demo.db")))
        .exportDirectory(dir.resolve("exports")).build();
  }
}
