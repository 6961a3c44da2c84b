package io.collectlite.jdbc.internal;

import io.collectlite.gold.GoldCheck;
import io.collectlite.gold.GoldLine;
import io.collectlite.gold.GoldReport;
import io.collectlite.gold.GoldSource;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.ReviewReason;
import io.collectlite.quality.TaskEvidence;
import io.collectlite.store.QualityStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link QualityStore} over gold_labels, consensus_runs and the tasks' verdicts. */
final class JdbcQualityStore implements QualityStore {
  private static final int RUNS_LISTED = 100;
  private final Db db;

  JdbcQualityStore(Db db) {
    this.db = db;
  }

  @Override
  public Optional<String> settings(long projectId) {
    return db.read(h -> h.createQuery("SELECT quality_settings FROM projects WHERE id = :id").bind("id", projectId)
        .mapTo(String.class).findOne().flatMap(Optional::ofNullable));
  }

  @Override
  public void putSettings(long projectId, String settingsJson, long actorId, Instant now) {
    db.tx(h -> {
      JdbcProjectStore.putSettings(h, projectId, JdbcProjectStore.SettingsColumn.QUALITY, settingsJson, actorId, now);
      return null;
    });
  }

  @Override
  public GoldReport addGold(long projectId, List<GoldLine> lines, GoldSource source, Optional<Long> actorId,
      boolean strict, Instant now) {
    try {
      return db.tx(h -> {
        GoldReport report = GoldRows.add(h, db.dialect(), projectId, lines, source, actorId, now);
        if (strict && !report.refused().isEmpty()) throw new Refused(report);
        return report;
      });
    } catch (Refused r) {
      return new GoldReport(0, 0, r.report.refused());
    }
  }

  /** Rolls a strict gold upload back, carrying what was refused. */
  private static final class Refused extends RuntimeException {
    private final transient GoldReport report;

    Refused(GoldReport report) {
      super(null, null, false, false);
      this.report = report;
    }
  }

  @Override
  public void resolveAsGold(io.collectlite.review.ReviewDecision decision, GoldLine gold) {
    db.tx(h -> {
      Reviews.resolve(h, db.dialect(), decision);
      GoldRows.Marked marked = GoldRows.mark(h, db.dialect(), decision.taskId(), gold, GoldSource.REVIEW,
          Optional.of(decision.reviewerId()), decision.createdAt());
      if (marked.problem().isPresent()) throw new io.collectlite.error.ConflictException(marked.problem().get());
      return null;
    });
  }

  @Override
  public List<GoldCheck> goldChecks(long projectId) {
    return db.read(h -> GoldRows.checks(h, projectId));
  }

  @Override
  public List<io.collectlite.gold.GoldTally> goldTallies(long projectId) {
    return db.read(h -> GoldRows.tallies(h, projectId));
  }

  @Override
  public long goldCount(long projectId) {
    return db.read(h -> GoldRows.count(h, projectId));
  }

  @Override
  public List<TaskEvidence> decidedTasks(long projectId) {
    return db.read(h -> ConsensusRuns.decided(h, projectId));
  }

  @Override
  public ConsensusRun saveRun(long projectId, AggregationMethod method, String settingsJson, String modelJson,
      Map<Long, ConsensusResult> results, Optional<Long> actorId, Instant now) {
    return db.tx(h -> ConsensusRuns.save(h, db.dialect(), projectId, method, settingsJson, modelJson, results,
        actorId, now));
  }

  @Override
  public Optional<ConsensusRun> latestRun(long projectId) {
    return db.read(h -> ConsensusRuns.runs(h, projectId, 1)).stream().findFirst();
  }

  @Override
  public List<ConsensusRun> runs(long projectId) {
    return db.read(h -> ConsensusRuns.runs(h, projectId, RUNS_LISTED));
  }

  @Override
  public void sendToReview(long taskId, ReviewReason reason, String detail, long actorId, Instant now) {
    db.tx(h -> {
      ReviewRouting.send(h, db.dialect(), taskId, reason, detail, Optional.of(actorId), now);
      return null;
    });
  }

  @Override
  public int reviewRecentWork(long projectId, long annotatorId, int limit, ReviewReason reason, String detail,
      Instant now) {
    return db.tx(h -> ReviewRouting.recentWork(h, db.dialect(), projectId, annotatorId, limit, reason, detail, now));
  }
}
