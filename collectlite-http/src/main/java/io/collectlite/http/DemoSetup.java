package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.ConflictException;
import io.collectlite.project.NewProject;
import io.collectlite.project.ProjectSummary;
import io.collectlite.user.IssuedUser;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the demo exists: users olivia (owner), ann and ben (annotators), rita (reviewer), and
 * a document-relevance project with data and tasks, whose low-confidence answers go to review. Idempotent: a restart finds what is there,
 * adds only what is missing, and rotates the demo users' tokens so they can be printed again.
 */
final class DemoSetup {
  static final String PROJECT_NAME = "RAG relevance demo";
  static final String DATA = "/demo/relevance-demo.jsonl";
  static final String INSTRUCTIONS = "/demo/instructions.md";
  private static final long SEED = 20_240_501L;
  private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
  private static final Map<String, Role> USERS = demoUsers();

  private DemoSetup() {}

  private static Map<String, Role> demoUsers() {
    Map<String, Role> users = new LinkedHashMap<>();
    users.put("olivia", Role.OWNER);
    users.put("ann", Role.ANNOTATOR);
    users.put("ben", Role.ANNOTATOR);
    users.put("rita", Role.REVIEWER);
    return users;
  }

  /** Ensures the demo users and project exist, and returns the users with fresh tokens. */
  static List<DemoUser> ensure(CollectLite lite) {
    return ensure(lite, Optional.empty());
  }

  /**
   * Ensures the demo users and project exist and, with a suggester, starts it pre-scoring every candidate it has
   * not scored yet (in the background); returns the users with fresh tokens.
   */
  static List<DemoUser> ensure(CollectLite lite, Optional<String> suggester) {
    List<DemoUser> issued = new ArrayList<>();
    for (Map.Entry<String, Role> entry : USERS.entrySet()) {
      IssuedUser user = issue(lite, entry.getKey());
      issued.add(new DemoUser(user.user().id(), user.user().name(), entry.getValue().wire(), user.token()));
    }
    long projectId = ensureProject(lite, issued);
    suggester.ifPresent(name -> preScore(lite, lite.authenticate(issued.get(0).token()), projectId, name));
    return List.copyOf(issued);
  }

  private static IssuedUser issue(CollectLite lite, String name) {
    Optional<User> existing = lite.users().stream().filter(u -> u.name().equals(name)).findFirst();
    return existing.map(u -> lite.rotateToken(u.id())).orElseGet(() -> lite.createUser(name));
  }

  private static void preScore(CollectLite lite, User owner, long projectId, String suggester) {
    try {
      var job = lite.suggest(owner, projectId, suggester);
      LOG.atInfo().addKeyValue("job", job.id()).addKeyValue("suggester", suggester).log("demo pre-scoring started");
    } catch (ConflictException e) {
      LOG.atInfo().log("demo pre-scoring already running: " + e.getMessage());
    }
  }

  private static long ensureProject(CollectLite lite, List<DemoUser> users) {
    User owner = lite.authenticate(users.get(0).token());
    long projectId = lite.projects(owner).stream().map(ProjectSummary::project)
        .filter(p -> p.name().equals(PROJECT_NAME)).map(p -> p.id()).findFirst()
        .orElseGet(() -> createProject(lite, owner));
    for (DemoUser member : users.subList(1, users.size())) {
      lite.putMember(owner, projectId, member.id(), Role.fromWire(member.role()));
    }
    if (lite.metrics(owner, projectId).examples() == 0) {
      try (InputStream data = resource(DATA)) {
        lite.upload(owner, projectId, "relevance-demo.jsonl", data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int created = lite.generateTasks(owner, projectId);
    LOG.atInfo().addKeyValue("project", projectId).addKeyValue("new_tasks", created).log("demo ready");
    return projectId;
  }

  /**
   * Creates the demo project with the quality rules its instructions promise: an answer marked low confidence
   * sends its task to review. Only at creation, so an owner's later change survives restarts.
   */
  private static long createProject(CollectLite lite, User owner) {
    long id = lite.createProject(owner, NewProject.relevance(PROJECT_NAME, text(INSTRUCTIONS)).withOverlap(2)
        .withSeed(SEED)).id();
    lite.updateQualitySettings(owner, id, Json.MAPPER.createObjectNode().put("review_low_confidence", true));
    return id;
  }

  private static String text(String path) {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = DemoSetup.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("the demo resource " + path + " is missing from the jar");
    return in;
  }
}
