package io.collectlite.jdbc.internal;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.TimeSeries;
import io.collectlite.store.MetricsStore;
import java.util.List;
import java.util.Map;

/** The metrics port: each method one or two aggregate reads of {@link MetricsQueries} or {@link LabelProfiles}. */
final class JdbcMetricsStore implements MetricsStore {
  private final Db db;

  JdbcMetricsStore(Db db) {
    this.db = db;
  }

  @Override
  public TimeSeries activity(long projectId) {
    return db.read(h -> MetricsQueries.activity(h, projectId));
  }

  @Override
  public List<AnnotatorStats> annotators(long projectId) {
    return db.read(h -> MetricsQueries.annotators(h, db.dialect(), projectId));
  }

  @Override
  public List<LabelProfile> labelProfiles(long projectId) {
    return db.read(h -> LabelProfiles.read(h, projectId));
  }

  @Override
  public List<FinalLabelTally> finalLabels(long projectId) {
    return db.read(h -> MetricsQueries.finalLabels(h, projectId));
  }

  @Override
  public Map<String, Long> reviewReasons(long projectId) {
    return db.read(h -> MetricsQueries.reviewReasons(h, projectId));
  }

  @Override
  public String revision(long projectId) {
    return db.read(h -> MetricsQueries.revision(h, db.dialect(), projectId));
  }
}
