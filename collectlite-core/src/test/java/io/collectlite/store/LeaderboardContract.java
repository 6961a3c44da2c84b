package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.annotation.AnnotationInput;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.ValidationException;
import io.collectlite.export.ExportFormat;
import io.collectlite.leaderboard.FinalPreference;
import io.collectlite.leaderboard.Leaderboard;
import io.collectlite.leaderboard.Standing;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.quality.pairwise.BradleyTerry;
import io.collectlite.quality.pairwise.BradleyTerryFit;
import io.collectlite.quality.pairwise.Comparison;
import io.collectlite.quality.pairwise.Outcome;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract: the model leaderboard of a pairwise project, read from the store's final labels (one comparison per
 * resolved task, the reviewer's label over the annotators'), with the models named by each row.
 */
public abstract class LeaderboardContract extends DashboardContract {
  /** Quotes and a non-ASCII letter: the store must unescape the JSON string. */
  private static final String GAMMA = "gamma \"γ\"";

  /** A pairwise project with an owner, a reviewer and two annotators, each task labelled by both. */
  private final class Arena {
    final User owner = app.createUser("owner").user();
    final User reviewer = app.createUser("reviewer").user();
    final User ann = app.createUser("ann").user();
    final User ben = app.createUser("ben").user();
    final Project project = app.createProject(owner,
        NewProject.of("Arena", TaskType.PAIRWISE_PREFERENCE, "Pick the better answer.").withSeed(3));

    Arena() {
      app.putMember(owner, project.id(), reviewer.id(), Role.REVIEWER);
      app.putMember(owner, project.id(), ann.id(), Role.ANNOTATOR);
      app.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
    }

    void upload(String jsonl) {
      app.upload(owner, project.id(), "rows.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
      app.generateTasks(owner, project.id());
    }

    /** The annotator answers every task they can claim, by example id, and skips those not in {@code labels}. */
    void answer(User annotator, Map<String, String> labels) {
      for (int claims = 0; claims < 50; claims++) {
        Optional<Claim> claim = app.claimNext(annotator, project.id());
        if (claim.isEmpty()) return;
        String label = labels.get(claim.get().exampleId());
        if (label == null) {
          app.skip(annotator, claim.get().taskId());
        } else {
          app.submit(annotator, claim.get().taskId(), AnnotationInput.of(label));
        }
      }
      throw new AssertionError("the queue never ran dry");
    }

    Leaderboard leaderboard(int samples, long seed) {
      return app.leaderboard(owner, project.id(), samples, seed);
    }
  }

  private static String row(String id, String modelA, String modelB) {
    return "{\"id\":\"" + id + "\",\"prompt\":\"prompt " + id + "\",\"response_a\":\"A of " + id
        + "\",\"response_b\":\"B of " + id + "\"" + (modelA == null ? "" : ",\"model_a\":" + json(modelA))
        + (modelB == null ? "" : ",\"model_b\":" + json(modelB)) + "}\n";
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * alpha beats beta twice (once from each side) and gamma once, and loses to gamma once; beta and gamma split
   * their contested task only in review (ann said beta, ben gamma, the reviewer gamma) and tie once. Two
   * resolved tasks do not count (a missing model_b; alpha against itself), one unresolved task not at all.
   */
  private Arena scenario() {
    Arena arena = new Arena();
    arena.upload(row("t1", "alpha", "beta") + row("t2", "beta", " alpha ") + row("t3", "alpha", GAMMA)
        + row("t4", GAMMA, "alpha") + row("t5", "beta", GAMMA) + row("t6", "beta", GAMMA)
        + row("t7", "alpha", null) + row("t8", "alpha", "alpha") + row("t9", "alpha", "beta"));
    Map<String, String> agreed = Map.of("t1", "a", "t2", "b", "t3", "a", "t4", "a", "t6", "tie", "t7", "b",
        "t8", "a");
    Map<String, String> ann = new HashMap<>(agreed);
    ann.put("t5", "a");
    ann.put("t9", "b");
    Map<String, String> ben = new HashMap<>(agreed);
    ben.put("t5", "b");
    arena.answer(arena.ann, ann);
    arena.answer(arena.ben, ben);
    List<ReviewItem> contested = app.reviewQueue(arena.reviewer, arena.project.id());
    assertThat(contested).extracting(item -> item.task().exampleId()).containsExactly("t5");
    app.resolve(arena.reviewer, contested.get(0).task().id(), "b", "the second answer is right");
    return arena;
  }

  /** The same comparisons, written out by hand. */
  private static List<Comparison> handWritten() {
    return List.of(new Comparison("alpha", "beta", Outcome.A_WINS), new Comparison("beta", "alpha", Outcome.B_WINS),
        new Comparison("alpha", GAMMA, Outcome.A_WINS), new Comparison(GAMMA, "alpha", Outcome.A_WINS),
        new Comparison("beta", GAMMA, Outcome.B_WINS), new Comparison("beta", GAMMA, Outcome.TIE));
  }

  @Test
  void judgingIsBlindClaimsNeverNameTheModels() {
    Arena arena = new Arena();
    arena.upload("{\"id\":\"p1\",\"prompt\":\"p\",\"response_a\":\"x\",\"response_b\":\"y\","
        + "\"model_a\":\"alpha\",\"model_b\":\"beta\",\"topic\":\"maths\"}\n");
    Claim claim = app.claimNext(arena.ann, arena.project.id()).orElseThrow();
    assertThat(claim.fieldsJson()).doesNotContain("model_").doesNotContain("alpha").contains("\"topic\"")
        .contains("\"response_a\"");
  }

  @Test
  void theLeaderboardCountsEachResolvedTaskOnceByItsFinalLabel() {
    Arena arena = scenario();

    Leaderboard board = arena.leaderboard(200, 11);

    assertThat(board.noFitReason()).isEmpty();
    assertThat(board.comparisons()).isEqualTo(6);
    assertThat(board.tasksWithoutModels()).isEqualTo(1);
    assertThat(board.tasksWithSameModel()).isEqualTo(1);
    assertThat(board.tasksLeftOut()).isEqualTo(2);
    assertThat(board.standings()).extracting(Standing::model).containsExactly("alpha", GAMMA, "beta");
    assertThat(board.standings()).extracting(Standing::rank).containsExactly(1, 2, 3);
    assertThat(board.standings()).extracting(s -> List.of(s.wins(), s.losses(), s.ties()))
        .containsExactly(List.of(3, 1, 0), List.of(2, 1, 1), List.of(0, 3, 1));
    BradleyTerryFit expected = BradleyTerry.fit(handWritten());
    for (Standing s : board.standings()) {
      assertThat(s.strength().orElseThrow()).as(s.model())
          .isCloseTo(expected.strength(s.model()).orElseThrow(), within(1e-9));
      assertThat(s.interval()).as(s.model() + "'s interval").isPresent();
    }
    assertThat(board.bootstrapSamples()).isEqualTo(200);
    assertThat(board.bootstrapUsed()).isBetween(1, 200);
    assertThat(arena.leaderboard(200, 11)).as("the same seed gives the same intervals").isEqualTo(board);
  }

  @Test
  void theStoreGivesEveryTaskWithAFinalLabelWithItsModelsAndExportedTasksStayIn() {
    Arena arena = scenario();
    app.export(arena.owner, arena.project.id(), ExportFormat.JSONL);

    List<FinalPreference> read = new ArrayList<>();
    store.tasks().finalPreferences(arena.project.id(), read::add);

    assertThat(read).extracting(FinalPreference::finalLabel).containsExactly("a", "b", "a", "a", "b", "tie", "b",
        "a");
    assertThat(read).extracting(p -> p.modelA().orElse("-") + " / " + p.modelB().orElse("-")).containsExactly(
        "alpha / beta", "beta / alpha", "alpha / " + GAMMA, GAMMA + " / alpha", "beta / " + GAMMA,
        "beta / " + GAMMA, "alpha / -", "alpha / alpha");
    assertThat(read).extracting(FinalPreference::taskId).isSorted();
    assertThat(arena.leaderboard(0, 1).comparisons()).isEqualTo(6);
  }

  @Test
  void aModelThatNeverLosesGivesAReasonAndWinSharesInsteadOfStrengths() {
    Arena arena = new Arena();
    arena.upload(row("u1", "alpha", "beta") + row("u2", "beta", "alpha") + row("u3", "beta", GAMMA)
        + row("u4", GAMMA, "beta"));
    Map<String, String> labels = Map.of("u1", "a", "u2", "b", "u3", "a", "u4", "a");
    arena.answer(arena.ann, labels);
    arena.answer(arena.ben, labels);

    Leaderboard board = arena.leaderboard(50, 1);

    assertThat(board.noFitReason()).hasValueSatisfying(reason -> assertThat(reason)
        .contains("alpha never loses or ties"));
    assertThat(board.standings()).extracting(Standing::model).containsExactly("alpha", GAMMA, "beta");
    assertThat(board.standings()).extracting(Standing::winShare).containsExactly(1.0, 0.5, 0.25);
    assertThat(board.standings()).allSatisfy(s -> {
      assertThat(s.strength()).isEmpty();
      assertThat(s.interval()).isEmpty();
    });
    assertThat(board.bootstrapUsed()).isZero();
  }

  @Test
  void aProjectWithoutModelNamesHasAnEmptyLeaderboardThatSaysWhy() {
    Arena arena = new Arena();
    arena.upload(row("v1", null, null));
    arena.answer(arena.ann, Map.of("v1", "a"));
    arena.answer(arena.ben, Map.of("v1", "a"));

    Leaderboard board = arena.leaderboard(10, 1);

    assertThat(board.standings()).isEmpty();
    assertThat(board.tasksWithoutModels()).isEqualTo(1);
    assertThat(board.noFitReason()).hasValueSatisfying(reason -> assertThat(reason).contains("model_a"));
  }

  @Test
  void onlyOwnersAndReviewersReadItAndOnlyForPairwiseProjects() {
    Arena arena = new Arena();
    assertThat(app.leaderboard(arena.reviewer, arena.project.id(), 0, 1).standings()).isEmpty();
    assertThatThrownBy(() -> app.leaderboard(arena.ann, arena.project.id(), 0, 1))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> arena.leaderboard(Leaderboard.MAX_BOOTSTRAP_SAMPLES + 1, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bootstrap");
    Project relevance = app.createProject(arena.owner, NewProject.relevance("Search", ""));
    assertThatThrownBy(() -> app.leaderboard(arena.owner, relevance.id(), 0, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("document_relevance project")
        .hasMessageContaining("pairwise_preference");
  }
}
