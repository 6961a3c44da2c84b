package io.collectlite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.collectlite.error.ValidationException;
import io.collectlite.job.Job;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.suggestion.ActiveLearning;
import io.collectlite.suggestion.PendingExample;
import io.collectlite.suggestion.RetryPolicy;
import io.collectlite.suggestion.SuggestedAnswers;
import io.collectlite.suggestion.SuggestionBatch;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionKey;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Template;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestion runs: a job that asks one provider about every example of a project it has not yet suggested for
 * (under the same model and prompt version), a batch at a time, retrying failed calls with backoff, and stores
 * each batch's suggestions and failures as it goes. Callers check access.
 */
final class ProjectSuggestions {
  /** Settled examples given to providers that learn from neighbours. */
  static final int LABELLED_LIMIT = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(ProjectSuggestions.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Store store;
  private final Clock clock;
  private final RetryPolicy retries;

  ProjectSuggestions(Store store, Clock clock, RetryPolicy retries) {
    this.store = store;
    this.clock = clock;
    this.retries = retries;
  }

  /** The context a provider sees for the project under this template. */
  SuggestionContext context(Project project, Template template) {
    return new SuggestionContext(project.taskType(), template.schema(), template.instructions(),
        store.suggestions().labelled(project.id(), LABELLED_LIMIT));
  }

  /**
   * Records a queued job for the suggester {@code name}, after refusing one that cannot suggest for the project;
   * the job's detail names the suggester, provider, model and prompt version.
   */
  Job queue(Project project, String name, SuggestionProvider provider, long ownerId) {
    requireSupported(provider, shapeContext(project));
    SuggestionKey key = SuggestionKey.of(provider);
    String detail = JsonNodeFactory.instance.objectNode().put("suggester", name).put("provider", key.provider())
        .put("model", key.model()).put("prompt_version", key.promptVersion()).toString();
    return store.jobs().create(project.id(), "suggest", detail, ownerId, clock.instant());
  }

  /** Orders the open tasks by the uncertainty of their latest suggestions under {@code learning} (0 when off). */
  void reprioritize(long projectId, ActiveLearning learning) {
    Map<Long, Integer> priorities = new HashMap<>();
    for (var s : store.suggestions().openSuggestions(projectId)) {
      learning.uncertainty(s.distribution(), s.confidence())
          .ifPresent(u -> priorities.put(s.exampleRowId(), ActiveLearning.priority(u)));
    }
    store.suggestions().prioritize(projectId, priorities, clock.instant());
  }

  /** Whether the provider can suggest for the project's task type and current template (the check {@link #queue} makes). */
  boolean supports(Project project, SuggestionProvider provider) {
    return provider.supports(shapeContext(project));
  }

  /** The project's task type, schema and instructions, without the settled examples a run learns from. */
  private SuggestionContext shapeContext(Project project) {
    Template template = store.projects().currentTemplate(project.id());
    return new SuggestionContext(project.taskType(), template.schema(), template.instructions());
  }

  /** Refuses a provider that cannot suggest for the project, naming why. */
  void requireSupported(SuggestionProvider provider, SuggestionContext context) {
    if (!provider.supports(context)) {
      throw ValidationException.field("suggester", "'" + provider.provider() + "' (" + provider.model()
          + ") cannot suggest for a " + context.taskType().wire() + " project whose first question is "
          + context.schema().primary().kind());
    }
  }

  /**
   * Runs a queued job to its end, or until it is given up on (marked failed elsewhere) or the thread is
   * interrupted; never throws but an {@link Error}, and records every failure on the job.
   */
  void run(Job job, Project project, SuggestionProvider provider) {
    JobRun.guard(store, clock, job, "suggestion job", () -> {
      SuggestionKey key = SuggestionKey.of(provider);
      Template template = store.projects().currentTemplate(project.id());
      SuggestionContext context = context(project, template);
      requireSupported(provider, context);
      ActiveLearning learning = store.suggestions().settings(project.id()).activeLearning();
      if (!store.jobs().start(job.id(), store.suggestions().countPending(project.id(), key),
          store.suggestions().countDone(project.id(), key), clock.instant())) {
        return;
      }
      long after = 0;
      for (List<PendingExample> page; !(page = store.suggestions().pending(project.id(), key, after,
          Math.max(1, provider.batchSize()))).isEmpty(); ) {
        JobRun.requireNotInterrupted();
        after = page.get(page.size() - 1).rowId();
        SuggestionBatch batch = batch(job.id(), project.id(), key, template.version(), context, provider, page,
            learning);
        store.suggestions().record(batch, clock.instant());
        if (!store.jobs().progress(job.id(), batch.suggestions().size(), batch.failures().size(), 0,
            clock.instant())) {
          return;
        }
      }
      store.jobs().finish(job.id(), clock.instant());
      LOG.atInfo().addKeyValue("job", job.id()).addKeyValue("project", project.id())
          .addKeyValue("provider", key.provider()).addKeyValue("model", key.model()).log("suggestion job done");
    });
  }

  private SuggestionBatch batch(long jobId, long projectId, SuggestionKey key, int templateVersion,
      SuggestionContext context, SuggestionProvider provider, List<PendingExample> page, ActiveLearning learning) {
    List<SuggestionRequest> requests = page.stream()
        .map(p -> new SuggestionRequest(p.exampleId(), SuggestionRequest.textFields(p.fieldsJson()))).toList();
    List<SuggestionBatch.Generated> generated = new ArrayList<>();
    List<SuggestionBatch.Failure> failures = new ArrayList<>();
    Attempted answer;
    try {
      answer = callWithRetries(provider, requests, context);
    } catch (CallFailed e) {
      page.forEach(p -> failures.add(new SuggestionBatch.Failure(p.rowId(), e.getMessage(), e.attempts)));
      return new SuggestionBatch(projectId, jobId, key, templateVersion, generated, failures);
    }
    int attempts = answer.attempts();
    List<SuggestionOutcome> outcomes = answer.outcomes();
    for (int i = 0; i < page.size(); i++) {
      long row = page.get(i).rowId();
      SuggestionOutcome outcome = outcomes.get(i);
      if (outcome instanceof SuggestionOutcome.Failed f) {
        failures.add(new SuggestionBatch.Failure(row, f.error(), attempts));
        continue;
      }
      SuggestionOutcome.Suggested s = (SuggestionOutcome.Suggested) outcome;
      try {
        var answers = SuggestedAnswers.of(context.schema(), s);
        var uncertainty = learning.uncertainty(s);
        generated.add(new SuggestionBatch.Generated(row, answers, s, distribution(s),
            uncertainty.isPresent() ? OptionalInt.of(ActiveLearning.priority(uncertainty.getAsDouble()))
                : OptionalInt.empty()));
      } catch (ValidationException e) {
        failures.add(new SuggestionBatch.Failure(row, "the model's answer does not fit the template: "
            + e.getMessage(), attempts));
      }
    }
    return new SuggestionBatch(projectId, jobId, key, templateVersion, generated, failures);
  }

  private record Attempted(List<SuggestionOutcome> outcomes, int attempts) {}

  /** A call that failed for good: after its last try, or at once when not retryable. */
  private static final class CallFailed extends Exception {
    private final int attempts;

    CallFailed(String message, int attempts) {
      super(message);
      this.attempts = attempts;
    }
  }

  private Attempted callWithRetries(SuggestionProvider provider, List<SuggestionRequest> requests,
      SuggestionContext context) throws CallFailed {
    for (int attempt = 1; ; attempt++) {
      try {
        List<SuggestionOutcome> outcomes = provider.suggest(requests, context);
        if (outcomes.size() != requests.size()) {
          throw new CallFailed("the provider answered " + outcomes.size() + " outcomes for " + requests.size()
              + " requests", attempt);
        }
        return new Attempted(outcomes, attempt);
      } catch (SuggestionCallException e) {
        if (!e.retryable() || attempt >= retries.maxAttempts()) {
          throw new CallFailed(e.getMessage() + " (after " + attempt + (attempt == 1 ? " try)" : " tries)"), attempt);
        }
        var wait = retries.delay(attempt, e.retryAfter().orElse(java.time.Duration.ZERO));
        LOG.atInfo().addKeyValue("provider", provider.provider()).addKeyValue("attempt", attempt)
            .addKeyValue("waitMillis", wait.toMillis()).log("model call failed; retrying: " + e.getMessage());
        sleep(wait, attempt);
      } catch (RuntimeException e) {
        throw new CallFailed("the provider failed: " + e, attempt);
      }
    }
  }

  private void sleep(java.time.Duration wait, int attempt) throws CallFailed {
    try {
      retries.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailed("interrupted while waiting to retry", attempt);
    }
  }

  private static String distribution(SuggestionOutcome.Suggested s) {
    if (s.distribution().isEmpty()) return "";
    var node = MAPPER.createObjectNode();
    new java.util.TreeMap<>(s.distribution()).forEach(node::put);
    return node.toString();
  }
}
