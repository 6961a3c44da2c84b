package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call each API route, checked on every route of the server's own route table, so a new
 * route is covered without anyone listing it: no token is a 401 except on the open routes, and a
 * signed-in user outside a project is refused everything of it (403 or 404, or a 400 about their
 * own body, never an answer).
 */
class RouteAccessApiTest extends SqliteTeamTest {
  private static final Set<String> OPEN = Set.of("GET /api/health", "GET /api/demo/users");

  private RouteTable.Ids ids;

  @BeforeEach
  void seedATaskAnExportAndAJob() {
    team.seed("{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n");
    long task = team.claim(team.ann).get("task_id").asLong();
    long ann = server.api.get("/api/me", team.ann).json().get("id").asLong();
    long export = server.api.post(team.project("/exports"), team.owner, Map.of("format", "jsonl", "tasks", "all"))
        .json().get("id").asLong();
    ids = new RouteTable.Ids(team.projectId, task, ann, export, 1);
  }

  @Test
  void everyApiRouteButTheOpenOnesRefusesACallerWithoutAToken() {
    RouteTable table = RouteTable.of(server);
    assertThat(table.apiRoutes()).containsAll(OPEN).hasSizeGreaterThan(40);
    for (String route : table.apiRoutes()) {
      Api.Reply reply = send(route, null);
      if (OPEN.contains(route)) {
        assertThat(reply.status()).as("%s is open: %s", route, reply.text()).isNotEqualTo(401);
      } else {
        assertThat(reply.status()).as("%s without a token: %s", route, reply.text()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("unauthenticated");
      }
    }
  }

  @Test
  void aSignedInUserOutsideTheProjectIsRefusedEveryRouteOfIt() {
    String outsider = server.token("outsider");
    int checked = 0;
    for (String route : RouteTable.of(server).apiRoutes()) {
      String path = RouteTable.path(route);
      if (!path.contains("{id}") && !path.contains("{taskId}")) continue; // not about one project's things
      Api.Reply reply = send(route, outsider);
      // a 400 about the caller's own empty body ({} lacks a label) says nothing of the project
      assertThat(reply.status()).as("%s by a non-member: %s", route, reply.text()).isIn(400, 403, 404);
      if (reply.status() == 400) {
        assertThat(RouteTable.method(route)).as("%s answered 400 to a non-member", route).isNotEqualTo("GET");
        assertThat(reply.json().get("error").asText()).isEqualTo("validation_failed");
      }
      checked++;
    }
    assertThat(checked).as("routes about one project's things").isGreaterThan(30);
  }

  /**
   * Sends the route with an empty body, and with the query parameters routes require (others ignore
   * them), so a refusal is about the caller and not a missing parameter.
   */
  private Api.Reply send(String route, String token) {
    String query = "?project=" + team.projectId + "&from=1&to=1";
    return server.api.send(server.api.request(ids.concrete(route) + query, token).header("Content-Type", "application/json")
        .method(RouteTable.method(route), RouteTable.method(route).equals("GET") ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{}")));
  }
}
