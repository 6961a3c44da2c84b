package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.collectlite.CollectLite;
import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.ValidationException;
import io.collectlite.job.Job;
import io.collectlite.job.JobStatus;
import io.collectlite.project.NewProject;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.suggestion.RetryPolicy;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionReport;
import io.collectlite.task.Claim;
import io.collectlite.task.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract: suggestion jobs (provenance, no repeated work, retries with backoff, recorded failures), visibility
 * per assignment, active learning, and the evaluation of models against settled labels.
 *
 * <p>Rows: two queries with two documents each; the word-overlap suggester grades ex-0 highly relevant (all
 * query words found), ex-1 partially (a third), ex-2 irrelevant (none) and ex-3 highly relevant.
 */
public abstract class SuggestionContract extends QualityContract {
  private static final String ROWS = """
      {"id":"ex-0","query":"solar panel cost","document":"the cost of a solar panel"}
      {"id":"ex-1","query":"solar panel cost","document":"wind turbines and panel prices"}
      {"id":"ex-2","query":"river fish species","document":"mountain goats climb"}
      {"id":"ex-3","query":"river fish species","document":"species of fish in the river"}
      """;
  private final List<Duration> waits = new ArrayList<>();
  private final WordOverlapSuggester overlap = new WordOverlapSuggester("v1");

  /** A facade with the suggesters, whose retries wait 1 s, 2 s, 4 s … recorded instead of slept. */
  private CollectLite withSuggesters(WordOverlapSuggester... suggesters) {
    var builder = CollectLite.builder().store(store).clock(clock).random(new Random(7)).exportDirectory(exportDir)
        .lease(StoreFixture.LEASE).backgroundExecutor(Runnable::run)
        .suggestionRetries(RetryPolicy.DEFAULT.withSleeper(waits::add));
    for (var s : suggesters) builder.suggester(s);
    return builder.build();
  }

  private StoreFixture fixture(CollectLite lite) {
    StoreFixture f = new StoreFixture(lite, 2, 2);
    f.upload("rows.jsonl", ROWS);
    lite.generateTasks(f.owner, f.project.id());
    return f;
  }

  @Test
  void aSuggestionJobStoresEachSuggestionWithItsProvenanceAndMovesTasksToSuggested() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    Job job = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(job.status()).isEqualTo(JobStatus.DONE);
    assertThat(List.of(job.total(), job.suggested(), job.failed(), job.skipped())).containsExactly(4, 4, 0, 0);
    ModelSuggestion s = store.suggestions().forExample(f.project.id(), "ex-1").get(0);
    assertThat(List.of(s.provider(), s.model(), s.promptVersion(), s.label(), s.source()))
        .containsExactly("overlap", "word-overlap-1", "v1", "partially_relevant", "generated");
    assertThat(s.rawScore().getAsDouble()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.confidence()).isPresent();
    assertThat(s.latencyMillis().getAsLong()).isEqualTo(3);
    assertThat(s.costEstimate().getAsDouble()).isEqualTo(0.001);
    assertThat(s.rationale()).startsWith("overlap");
    assertThat(s.answers()).isEqualTo("{\"relevance\":\"partially_relevant\"}");
    long task = store.tasks().findByExample(f.project.id(), "ex-1").orElseThrow().id();
    assertThat(store.tasks().find(task).orElseThrow().state()).isEqualTo(TaskState.SUGGESTED);
    assertThat(taskActions(task)).contains("created->suggested");
    assertThat(store.audit().forEntity("task", task)).filteredOn(e -> e.action().equals("created->suggested"))
        .singleElement().satisfies(e -> {
          assertThat(e.actorId()).as("the owner started the job").contains(f.owner.id());
          assertThat(e.detail()).isEqualTo("overlap word-overlap-1");
        });
    assertThat(lite.jobs(f.reviewer, f.project.id())).extracting(Job::id).containsExactly(job.id());
  }

  @Test
  void aRerunNeverRepeatsWorkDoneForTheSameModelAndPromptVersion() {
    WordOverlapSuggester v2 = new WordOverlapSuggester("v2");
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    lite.suggest(f.owner, f.project.id(), "overlap");
    int calls = overlap.calls.get();
    Job again = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(List.of(again.total(), again.suggested(), again.skipped())).containsExactly(0, 0, 4);
    assertThat(overlap.calls.get()).isEqualTo(calls);
    Job newPrompt = withSuggesters(v2).suggest(f.owner, f.project.id(), "overlap");
    assertThat(List.of(newPrompt.suggested(), newPrompt.skipped())).containsExactly(4, 0);
    assertThat(store.suggestions().forExample(f.project.id(), "ex-0")).extracting(ModelSuggestion::promptVersion)
        .containsExactly("v1", "v2");
  }

  @Test
  void failedCallsAreRetriedWithExponentialBackoffHonouringRetryAfter() {
    CollectLite lite = withSuggesters(overlap.failNext(WordOverlapSuggester.rateLimited(Duration.ofSeconds(7)),
        WordOverlapSuggester.rateLimited(Duration.ZERO)));
    StoreFixture f = fixture(lite);
    Job job = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    assertThat(List.of(job.suggested(), job.failed())).containsExactly(4, 0);
  }

  @Test
  void aCallFailingPastItsLastTryIsRecordedPerExampleAndTriedAgainByTheNextRun() {
    var limited = WordOverlapSuggester.rateLimited(Duration.ZERO);
    CollectLite lite = withSuggesters(overlap.failNext(limited, limited, limited, limited));
    StoreFixture f = fixture(lite);
    Job job = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(job.status()).isEqualTo(JobStatus.DONE);
    assertThat(List.of(job.suggested(), job.failed())).containsExactly(2, 2);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    var failures = lite.jobFailures(f.owner, job.id(), 10);
    assertThat(failures).extracting(x -> x.exampleId()).containsExactly("ex-0", "ex-1");
    assertThat(failures.get(0).error()).contains("429").contains("after 4 tries");
    assertThat(failures.get(0).attempts()).isEqualTo(4);
    Job retry = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(List.of(retry.total(), retry.suggested(), retry.skipped())).containsExactly(2, 2, 2);
  }

  @Test
  void aCallThatCannotSucceedIsNotRetried() {
    CollectLite lite = withSuggesters(overlap.failNext(new SuggestionCallException("401 invalid api key", false,
        null)));
    StoreFixture f = fixture(lite);
    Job job = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(waits).isEmpty();
    assertThat(lite.jobFailures(f.owner, job.id(), 10)).allSatisfy(x -> {
      assertThat(x.attempts()).isEqualTo(1);
      assertThat(x.error()).contains("401");
    });
  }

  @Test
  void anAnswerOutsideTheTemplateIsRecordedAsAFailureNotStored() {
    CollectLite lite = withSuggesters(overlap.offSchemaFor("ex-2"));
    StoreFixture f = fixture(lite);
    Job job = lite.suggest(f.owner, f.project.id(), "overlap");
    assertThat(List.of(job.suggested(), job.failed())).containsExactly(3, 1);
    assertThat(store.suggestions().forExample(f.project.id(), "ex-2")).isEmpty();
    assertThat(lite.jobFailures(f.owner, job.id(), 10).get(0).error()).contains("does not fit the template")
        .contains("somewhat");
  }

  @Test
  void onlyOwnersRunSuggestersThatExistAndFitTheProject() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    assertThatThrownBy(() -> lite.suggest(f.reviewer, f.project.id(), "overlap"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> lite.suggest(f.owner, f.project.id(), "gpt"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("configured: overlap");
    long other = lite.createProject(f.owner, NewProject.of("Sentiment", TaskType.CLASSIFICATION, "")).id();
    assertThatThrownBy(() -> lite.suggest(f.owner, other, "overlap"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("cannot suggest for a classification project");
    assertThatThrownBy(() -> lite.job(f.annotator(0), lite.suggest(f.owner, f.project.id(), "overlap").id()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aRunningJobBlocksAnotherOfTheSameModelUntilItStopsMoving() {
    StoreFixture f = fixture(app);
    store.jobs().create(f.project.id(), "suggest", "{\"model\":\"m\"}", f.owner.id(), clock.instant());
    assertThatThrownBy(() -> store.jobs().create(f.project.id(), "suggest", "{\"model\":\"m\"}", f.owner.id(),
        clock.instant())).isInstanceOf(ConflictException.class);
    clock.advance(Duration.ofMinutes(16));
    Job next = store.jobs().create(f.project.id(), "suggest", "{\"model\":\"m\"}", f.owner.id(), clock.instant());
    assertThat(store.jobs().list(f.project.id(), 10)).extracting(Job::status)
        .containsExactly(JobStatus.QUEUED, JobStatus.FAILED);
    assertThat(store.jobs().list(f.project.id(), 10).get(1).error()).contains("abandoned");
    assertThat(next.status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void anEnqueuedJobJoinsTheOneStillWaitingButQueuesBehindARunningOne() {
    StoreFixture f = fixture(app);
    var first = store.jobs().enqueue(f.project.id(), "check", "{}", f.owner.id(), clock.instant());
    var same = store.jobs().enqueue(f.project.id(), "check", "{}", f.owner.id(), clock.instant());
    assertThat(List.of(first.created(), same.created())).containsExactly(true, false);
    assertThat(same.job().id()).isEqualTo(first.job().id());
    store.jobs().start(first.job().id(), 1, 0, clock.instant());
    var next = store.jobs().enqueue(f.project.id(), "check", "{}", f.owner.id(), clock.instant());
    assertThat(next.created()).isTrue();
    assertThat(next.job().id()).isNotEqualTo(first.job().id());
  }

  @Test
  void hiddenAssignmentsNeitherCarryNorServeSuggestions() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    lite.suggest(f.owner, f.project.id(), "overlap");
    settings(lite, f, "{\"visibility\":\"hidden\"}");
    Claim hidden = lite.claimNext(f.annotator(0), f.project.id()).orElseThrow();
    assertThat(hidden.suggestionsShown()).isFalse();
    assertThat(lite.suggestionsFor(f.annotator(0), hidden.taskId())).isEmpty();
    settings(lite, f, "{\"visibility\":\"shown\"}");
    Claim shown = lite.claimNext(f.annotator(1), f.project.id()).orElseThrow();
    assertThat(shown.taskId()).isEqualTo(hidden.taskId());
    assertThat(shown.suggestionsShown()).isTrue();
    assertThat(lite.suggestionsFor(f.annotator(1), shown.taskId())).extracting(ModelSuggestion::model)
        .containsExactly("word-overlap-1");
    assertThat(lite.suggestionsFor(f.annotator(0), hidden.taskId())).isEmpty();
  }

  @Test
  void anAblationHidesSuggestionsFromARandomRecordedShareOfAssignments() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = new StoreFixture(lite, 10, 10);
    f.upload("rows.jsonl", ROWS);
    lite.generateTasks(f.owner, f.project.id());
    settings(lite, f, "{\"visibility\":\"ablation\",\"ablation_share\":0.5}");
    long hidden = 0;
    for (var a : f.annotators) {
      for (int i = 0; i < 4; i++) {
        Claim c = lite.claimNext(a, f.project.id()).orElseThrow();
        assertThat(store.suggestions().shownTo(c.taskId(), a.id())).isEqualTo(c.suggestionsShown());
        if (!c.suggestionsShown()) hidden++;
        lite.skip(a, c.taskId()); // the next claim is a new assignment with a draw of its own
      }
    }
    assertThat(hidden).isBetween(8L, 32L); // of 40 claims, each hidden with probability 0.5
    assertThatThrownBy(() -> settings(lite, f, "{\"ablation_share\":1.5,\"colour\":\"red\"}"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.field())
            .containsExactlyInAnyOrder("suggestions.ablation_share", "suggestions.colour"));
  }

  @Test
  void marginActiveLearningPutsTheMostUncertainTaskFirst() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    settings(lite, f, "{\"active_learning\":\"margin\"}");
    lite.suggest(f.owner, f.project.id(), "overlap");
    // ex-1's shares are 4/9, 4/9, 1/9: a margin of 0, so uncertainty 1; the others are certain
    assertThat(lite.claimNext(f.annotator(0), f.project.id()).orElseThrow().exampleId()).isEqualTo("ex-1");
    assertThat(store.tasks().findByExample(f.project.id(), "ex-1").orElseThrow().priority()).isEqualTo(1000);
    assertThat(store.tasks().findByExample(f.project.id(), "ex-0").orElseThrow().priority()).isZero();
  }

  @Test
  void turningActiveLearningOnAfterARunReordersTheQueueAndOffRestoresAge() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    lite.suggest(f.owner, f.project.id(), "overlap");
    settings(lite, f, "{\"active_learning\":\"entropy\"}");
    // ex-1's shares 4/9, 4/9, 1/9: normalised entropy 0.878; the others are certain (0)
    assertThat(store.tasks().findByExample(f.project.id(), "ex-1").orElseThrow().priority()).isEqualTo(878);
    assertThat(lite.claimNext(f.annotator(0), f.project.id()).orElseThrow().exampleId()).isEqualTo("ex-1");
    settings(lite, f, "{\"active_learning\":\"off\"}");
    assertThat(store.tasks().findByExample(f.project.id(), "ex-1").orElseThrow().priority()).isZero();
    assertThat(lite.claimNext(f.annotator(1), f.project.id()).orElseThrow().exampleId()).isEqualTo("ex-0");
  }

  /**
   * Settled: ex-0 highly, ex-1 irrelevant, ex-2 partially, ex-3 irrelevant. The model (scores 1, 1/3, 0, 1)
   * agrees on ex-0 only: accuracy 1/4. Ranks of its scores 3.5, 2, 1, 3.5 against ranks of the grades 4, 1.5,
   * 3, 1.5 give ρ = 0.25 / 4.5. nDCG@10: the solar query is ranked ideally (1); the river query puts the
   * irrelevant ex-3 above the partially relevant ex-2 (1 / log₂3): mean (1 + 1/log₂3) / 2.
   */
  @Test
  void theReportComparesEachModelWithTheSettledLabels() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    lite.suggest(f.owner, f.project.id(), "overlap");
    List<String> finals = List.of("highly_relevant", "irrelevant", "partially_relevant", "irrelevant");
    for (int i = 0; i < 4; i++) {
      Claim c = f.claim(0);
      f.claim(1);
      f.label(0, c.taskId(), finals.get(Integer.parseInt(c.exampleId().substring(3))));
      f.label(1, c.taskId(), finals.get(Integer.parseInt(c.exampleId().substring(3))));
    }
    SuggestionReport.ModelReport m = lite.suggestionReport(f.reviewer, f.project.id()).models().get(0);
    assertThat(m.key().model()).isEqualTo("word-overlap-1");
    assertThat(List.of(m.accuracy().successes(), m.accuracy().trials())).containsExactly(1L, 4L);
    assertThat(m.spearman().getAsDouble()).isCloseTo(0.25 / 4.5, within(1e-12));
    assertThat(m.ndcg().getAsDouble()).isCloseTo((1 + 1 / (Math.log(3) / Math.log(2))) / 2, within(1e-12));
    assertThat(m.rankings()).isEqualTo(2);
    // the dashboard compares the same latest suggestions with the final labels: 3 of 4 differ
    assertThat(lite.dashboard(f.owner, f.project.id()).modelDisagreement())
        .isEqualTo(new io.collectlite.metrics.ModelDisagreement(4, 3));
    assertThatThrownBy(() -> lite.suggestionReport(f.annotator(0), f.project.id()))
        .isInstanceOf(ForbiddenException.class);
  }

  /** Annotator 1 sees suggestions and copies the model (4 of 4); annotator 0 does not and agrees on 1 of 4. */
  @Test
  void anchoringComparesAgreementWithTheModelWhenShownAndWhenHidden() {
    CollectLite lite = withSuggesters(overlap);
    StoreFixture f = fixture(lite);
    lite.suggest(f.owner, f.project.id(), "overlap");
    List<String> model = List.of("highly_relevant", "partially_relevant", "irrelevant", "highly_relevant");
    List<String> own = List.of("highly_relevant", "irrelevant", "partially_relevant", "irrelevant");
    settings(lite, f, "{\"visibility\":\"hidden\"}");
    for (int i = 0; i < 4; i++) {
      Claim c = f.claim(0);
      f.label(0, c.taskId(), own.get(Integer.parseInt(c.exampleId().substring(3))));
    }
    settings(lite, f, "{\"visibility\":\"shown\"}");
    for (int i = 0; i < 4; i++) {
      Claim c = f.claim(1);
      f.label(1, c.taskId(), model.get(Integer.parseInt(c.exampleId().substring(3))));
    }
    SuggestionReport.Anchoring a = lite.suggestionReport(f.owner, f.project.id()).anchoring();
    assertThat(List.of(a.shown().successes(), a.shown().trials())).containsExactly(4L, 4L);
    assertThat(List.of(a.hidden().successes(), a.hidden().trials())).containsExactly(1L, 4L);
    assertThat(a.difference().orElseThrow().estimate()).isEqualTo(0.75);
    assertThat(a.difference().orElseThrow().interval().lower()).isGreaterThan(0);
  }

  private static void settings(CollectLite lite, StoreFixture f, String json) {
    try {
      lite.updateSuggestionSettings(f.owner, f.project.id(), new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
