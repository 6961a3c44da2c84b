package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The annotator's queue over HTTP: a reload resumes the held task, one lease at a time, and a skip can be undone. */
class QueueApiTest extends SqliteTeamTest {
  private static final String TWO_ROWS = "{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d1\"}\n"
      + "{\"id\":\"r2\",\"query\":\"q\",\"document\":\"d2\"}\n";

  @Test
  void reloadsOfTheWorkbenchResumeTheHeldTaskInsteadOfStrandingIt() {
    team.seed(TWO_ROWS);
    long first = team.claim(team.ann).get("task_id").asLong();
    for (int reload = 0; reload < 5; reload++) {
      assertThat(team.claim(team.ann).get("task_id").asLong()).isEqualTo(first);
    }
    assertThat(team.claim(team.ben)).as("ben still finds work").isNotNull();
    assertThat(team.submit(team.ann, first, Map.of("label", "irrelevant")).status()).isEqualTo(201);
    assertThat(team.claim(team.ann).get("task_id").asLong()).isNotEqualTo(first);
  }

  @Test
  void aSkipIsUndoneWithTheTaskBackUnderANewLease() {
    team.seed(TWO_ROWS);
    long skipped = team.claim(team.ann).get("task_id").asLong();
    assertThat(server.api.post("/api/tasks/" + skipped + "/skip", team.ann, "").status()).isEqualTo(204);
    long next = team.claim(team.ann).get("task_id").asLong();
    assertThat(next).isNotEqualTo(skipped);

    Api.Reply undone = server.api.post("/api/tasks/" + skipped + "/skip/undo", team.ann, "");
    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(undone.json().get("task_id").asLong()).isEqualTo(skipped);
    assertThat(undone.json().get("fields").get("document").asText()).isEqualTo("d1");
    assertThat(team.claim(team.ann).get("task_id").asLong()).isEqualTo(skipped);
    assertThat(team.claim(team.ben).get("task_id").asLong()).as("ben gets the oldest task with room").isEqualTo(skipped);
    assertThat(server.api.post("/api/tasks/" + skipped + "/skip", team.ben, "").status()).isEqualTo(204);
    assertThat(team.claim(team.ben).get("task_id").asLong()).as("the task ann moved on to is free again")
        .isEqualTo(next);

    Api.Reply again = server.api.post("/api/tasks/" + skipped + "/skip/undo", team.ann, "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("you did not skip task " + skipped);
    assertThat(server.api.post("/api/tasks/" + skipped + "/skip/undo", team.rita, "").status()).isEqualTo(403);
  }
}
