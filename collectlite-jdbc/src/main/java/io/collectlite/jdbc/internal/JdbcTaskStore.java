package io.collectlite.jdbc.internal;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.ValidAnnotation;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.leaderboard.FinalPreference;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.review.ReviewDecision;
import io.collectlite.review.ReviewItem;
import io.collectlite.store.TaskStore;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task port: each method is one transaction over the table families in {@link TaskRows},
 * {@link Assignments}, {@link Annotations} and {@link Reviews}.
 */
final class JdbcTaskStore implements TaskStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcTaskStore.class);
  private static final int CLAIM_ATTEMPTS = 5;

  private final Db db;

  JdbcTaskStore(Db db) {
    this.db = db;
  }

  @Override
  public int generate(long projectId, int requiredAnnotations, int templateVersion, Instant now) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      return TaskRows.generate(h, projectId, requiredAnnotations, templateVersion, now);
    });
  }

  @Override
  public Optional<Claim> claimNext(long projectId, long annotatorId, Instant now, Duration lease, boolean offerGold,
      boolean showSuggestions) {
    Instant leaseEnd = now.plus(lease);
    for (int attempt = 1; ; attempt++) {
      try {
        return db.tx(h -> Assignments.claim(h, db.dialect(), projectId, annotatorId, now, leaseEnd,
            offerGold, showSuggestions));
      } catch (RuntimeException e) {
        // Two concurrent claims by one annotator race: the unique keys (one assignment per task and
        // annotator, one live lease per annotator and project) stop the second, whose retry then
        // resumes the lease the first one took.
        if (attempt >= CLAIM_ATTEMPTS || !db.isUniqueViolation(e)) throw e;
        LOG.atDebug().addKeyValue("project", projectId).addKeyValue("annotator", annotatorId)
            .log("claim raced another claim by the same annotator; retrying");
      }
    }
  }

  @Override
  public void skip(long taskId, long annotatorId, Instant now) {
    db.tx(h -> {
      Assignments.skip(h, db.dialect(), taskId, annotatorId, now);
      return null;
    });
  }

  @Override
  public Claim undoSkip(long taskId, long annotatorId, Instant now, Duration lease) {
    return db.tx(h -> Assignments.undoSkip(h, db.dialect(), taskId, annotatorId, now, now.plus(lease)));
  }

  @Override
  public SubmitOutcome submit(long taskId, long annotatorId, ValidAnnotation annotation, Instant now,
      ConsensusPolicy consensus) {
    return db.tx(h -> Annotations.submit(h, db.dialect(), taskId, annotatorId, annotation, now, consensus));
  }

  @Override
  public Optional<Task> find(long taskId) {
    return db.read(h -> TaskRows.find(h, taskId));
  }

  @Override
  public Optional<Task> findByExample(long projectId, String exampleId) {
    return db.read(h -> TaskRows.findByExample(h, projectId, exampleId));
  }

  @Override
  public List<Annotation> annotations(long taskId) {
    return db.read(h -> Annotations.forTask(h, taskId));
  }

  @Override
  public void recordConsensus(long taskId, ConsensusResult result, Instant now) {
    db.tx(h -> {
      Reviews.recordConsensus(h, db.dialect(), taskId, result, now);
      return null;
    });
  }

  @Override
  public List<ReviewItem> reviewQueue(long projectId, int limit,
      Optional<io.collectlite.quality.ReviewReason> reason) {
    return db.read(h -> Reviews.queue(h, projectId, limit, reason));
  }

  @Override
  public void reviseReview(ReviewDecision decision) {
    db.tx(h -> {
      Reviews.revise(h, db.dialect(), decision);
      return null;
    });
  }

  @Override
  public void resolve(ReviewDecision decision) {
    db.tx(h -> {
      Reviews.resolve(h, db.dialect(), decision);
      return null;
    });
  }

  @Override
  public Map<TaskState, Long> countByState(long projectId) {
    return db.read(h -> TaskRows.countByState(h, projectId));
  }

  @Override
  public Map<String, Long> finalLabelCounts(long projectId) {
    return db.read(h -> TaskRows.finalLabelCounts(h, projectId));
  }

  @Override
  public void finalPreferences(long projectId, Consumer<FinalPreference> sink) {
    db.stream(h -> {
      TaskRows.finalPreferences(h, db.dialect(), projectId, sink);
      return null;
    });
  }

  @Override
  public long annotationCount(long projectId) {
    return db.read(h -> Annotations.count(h, projectId));
  }

  @Override
  public List<io.collectlite.quality.agreement.Rating> primaryLabels(long projectId) {
    return db.read(h -> h.createQuery("SELECT task_id, annotator_id, label FROM annotations WHERE project_id = :project")
        .bind("project", projectId)
        .map((rs, ctx) -> new io.collectlite.quality.agreement.Rating(String.valueOf(rs.getLong("task_id")),
            String.valueOf(rs.getLong("annotator_id")), rs.getString("label")))
        .list());
  }
}
