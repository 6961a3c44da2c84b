package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies a route cannot use, sent to every write route of the server's own route table (so a new
 * route is covered without anyone listing it): never a 5xx, and from a route that reads a JSON
 * body a 400 naming the field at fault. The routes that read a JSON body are the ones the OpenAPI
 * document says take one, and a route that reads one without saying so fails the test.
 */
class RouteBodiesApiTest extends SqliteTeamTest {
  private static final List<String> NOT_OBJECTS = List.of("null", "[]", "\"x\"", "42", "true", "[{}]");

  private long taskId;
  private long annId;

  @BeforeEach
  void seedATask() {
    team.seed("{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n");
    taskId = team.claim(team.ann).get("task_id").asLong();
    annId = server.api.get("/api/me", team.ann).json().get("id").asLong();
  }

  @Test
  void everyRouteThatTakesAJsonBodyRefusesOneThatIsNotAnObjectAndNoWriteRouteFails() {
    Map<String, JsonNode> documented = documentedJsonBodies();
    List<String> writes = writeRoutes();
    assertThat(writes).as("the OpenAPI document names only routes the server has").containsAll(documented.keySet());
    for (String route : writes) {
      for (String body : NOT_OBJECTS) {
        Api.Reply reply = send(route, body);
        assertThat(reply.status()).as("%s with body %s: %s", route, body, reply.text()).isLessThan(500);
        boolean refusedAsBody = reply.status() == 400 && problemFields(reply).contains("body");
        if (documented.containsKey(route)) {
          assertThat(reply.status()).as("%s with body %s: %s", route, body, reply.text()).isEqualTo(400);
          assertThat(problemFields(reply)).as("%s with body %s", route, body).containsExactly("body");
          assertThat(reply.json().get("problems").get(0).get("message").asText()).isEqualTo("must be a JSON object");
        } else {
          assertThat(refusedAsBody).as("%s reads a JSON body the OpenAPI document does not declare", route).isFalse();
        }
      }
    }
  }

  @Test
  void anEmptyObjectNeverFailsTheServerAndARefusalNamesAField() {
    for (String route : documentedJsonBodies().keySet()) {
      Api.Reply reply = send(route, "{}");
      assertThat(reply.status()).as("%s with {}: %s", route, reply.text()).isLessThan(500);
      if (reply.status() == 400) {
        assertThat(problemFields(reply)).as("%s with {}", route).isNotEmpty().doesNotContain("body", "");
      }
    }
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingItsField() {
    int checked = 0;
    Map<String, String> namespaces = documentedNamespaces();
    for (Map.Entry<String, JsonNode> route : documentedJsonBodies().entrySet()) {
      Iterator<Map.Entry<String, JsonNode>> properties = route.getValue().path("properties").fields();
      while (properties.hasNext()) {
        Map.Entry<String, JsonNode> property = properties.next();
        String wrong = wrongValueFor(property.getValue());
        if (wrong == null) continue; // a field that takes any JSON value (answers) has no wrong type
        String body = "{\"" + property.getKey() + "\":" + wrong + "}";
        Api.Reply reply = send(route.getKey(), body);
        assertThat(reply.status()).as("%s with %s: %s", route.getKey(), body, reply.text()).isEqualTo(400);
        String named = namespaces.getOrDefault(route.getKey(), "") + property.getKey();
        assertThat(problemFields(reply)).as("%s with %s: %s", route.getKey(), body, reply.text())
            .anySatisfy(field -> assertThat(field).startsWith(named));
        checked++;
      }
    }
    assertThat(checked).as("fields checked").isGreaterThan(20);
  }

  /** A JSON value no field of this schema type accepts, or null for a field that takes any value. */
  private static String wrongValueFor(JsonNode schema) {
    String type = schema.path("type").asText("");
    return switch (type) {
      case "string", "integer", "number", "boolean" -> "{\"nested\":1}";
      case "array" -> "{\"nested\":1}";
      case "object" -> schema.has("properties") || schema.has("additionalProperties") ? "[1]" : null;
      default -> schema.has("$ref") ? "[1]" : null;
    };
  }

  /** Write routes (POST, PUT, PATCH, DELETE) of the server's route table. */
  private List<String> writeRoutes() {
    List<String> writes = RouteTable.of(server).writes();
    assertThat(writes).as("write routes in the route table").hasSizeGreaterThan(15);
    return writes;
  }

  /** Each route whose OpenAPI operation takes an application/json body, with that body's schema. */
  private Map<String, JsonNode> documentedJsonBodies() {
    JsonNode doc = server.api.get(CollectLiteServer.OPENAPI_PATH, null).json();
    Map<String, JsonNode> bodies = new TreeMap<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) return;
      String ref = schema.path("$ref").asText("");
      JsonNode resolved = ref.isEmpty() ? schema
          : doc.at(ref.substring(1));
      bodies.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), resolved);
    }));
    assertThat(bodies).as("routes documented with a JSON body").hasSizeGreaterThan(8);
    return bodies;
  }

  /**
   * Routes whose 400 is documented as naming {@code <namespace>.<field>} (settings documents, whose
   * problems say which document they are about), with that namespace and its dot.
   */
  private Map<String, String> documentedNamespaces() {
    JsonNode doc = server.api.get(CollectLiteServer.OPENAPI_PATH, null).json();
    Pattern named = Pattern.compile("problems name `([a-z_]+)\\.<field>`");
    Map<String, String> namespaces = new TreeMap<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      Matcher m = named.matcher(op.getValue().path("responses").path("400").path("description").asText(""));
      if (m.find()) namespaces.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), m.group(1) + ".");
    }));
    return namespaces;
  }

  private Api.Reply send(String route, String body) {
    String path = new RouteTable.Ids(team.projectId, taskId, annId).concrete(route);
    return server.api.send(server.api.request(path, team.owner).header("Content-Type", "application/json")
        .method(RouteTable.method(route), HttpRequest.BodyPublishers.ofString(body)));
  }

  private static List<String> problemFields(Api.Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().path("problems").forEach(p -> fields.add(p.path("field").asText("")));
    return fields;
  }
}
