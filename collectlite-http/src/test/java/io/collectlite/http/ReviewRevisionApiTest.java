package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewer revises their decision over HTTP until the task is exported. */
class ReviewRevisionApiTest extends SqliteTeamTest {
  @Test
  void aReviewerRevisesADecisionAndTheFinalLabelFollowsUntilTheTaskIsExported() {
    team.seed("{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n");
    long task = team.claim(team.ann).get("task_id").asLong();
    assertThat(team.claim(team.ben).get("task_id").asLong()).isEqualTo(task);
    team.submit(team.ann, task, Map.of("label", "irrelevant"));
    team.submit(team.ben, task, Map.of("label", "highly_relevant"));
    String path = "/api/reviews/" + task;
    assertThat(server.api.post(path + "/resolve", team.rita, Map.of("label", "partially_relevant")).status())
        .isEqualTo(200);

    Api.Reply revised = server.api.post(path + "/revise", team.rita,
        Map.of("label", "irrelevant", "comment", "a second read"));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(server.api.get(team.project("/metrics"), team.owner).json().get("final_labels").toString())
        .isEqualTo("{\"irrelevant\":1}");
    assertThat(server.api.post(path + "/revise", team.ann, Map.of("label", "irrelevant")).status()).isEqualTo(403);

    assertThat(server.api.post(team.project("/exports"), team.owner, Map.of("format", "jsonl")).status()).isEqualTo(201);
    Api.Reply late = server.api.post(path + "/revise", team.rita, Map.of("label", "highly_relevant"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("detail").asText()).contains("is exported");
  }
}
