package io.collectlite.jdbc.internal;

import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.IngestResult;
import io.collectlite.ingest.SourceRow;
import io.collectlite.store.ExampleStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest in one transaction: lock the project row (so concurrent uploads to one project queue up),
 * load the project's stored ids and hashes, sort the rows in memory, then hand the new rows to
 * the dialect's bulk path (COPY on PostgreSQL, batched inserts on SQLite). Filtering in Java keeps
 * the bulk path a plain append, which is what lets COPY run near its raw speed.
 */
final class JdbcExampleStore implements ExampleStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcExampleStore.class);

  private final Db db;

  JdbcExampleStore(Db db) {
    this.db = db;
  }

  @Override
  public IngestResult ingest(long projectId, String fileName, long uploadedBy, List<SourceRow> rows, Instant now) {
    return db.tx(h -> {
      long started = System.nanoTime();
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      IngestPlan plan = new IngestPlan();
      h.createQuery(ExampleSql.EXISTING).bind("project", projectId).setFetchSize(db.dialect().fetchSize())
          .map((rs, ctx) -> {
            plan.existing(rs.getString(1), rs.getString(2));
            return 0;
          })
          .forEach(ignored -> { });
      List<DuplicateRow> duplicates = new ArrayList<>();
      List<SourceRow> fresh = plan.fresh(rows, duplicates);
      long datasetId = h.createQuery(ExampleSql.INSERT_DATASET).bind("project", projectId).bind("file", fileName)
          .bind("by", uploadedBy).bind("rows", fresh.size()).bind("now", now).mapTo(Long.class).one();
      db.dialect().insertExamples(h, projectId, datasetId, fresh, now);
      JdbcAuditLog.record(h, projectId, "dataset", datasetId, "uploaded", Optional.of(uploadedBy),
          fileName + ": " + fresh.size() + " examples, " + duplicates.size() + " duplicates", now);
      LOG.atDebug().addKeyValue("project", projectId).addKeyValue("dataset", datasetId)
          .addKeyValue("rows", fresh.size()).addKeyValue("ms", (System.nanoTime() - started) / 1_000_000)
          .log("examples ingested");
      return new IngestResult(datasetId, fresh.size(), duplicates);
    });
  }

  @Override
  public long count(long projectId) {
    return db.read(h -> h.createQuery(ExampleSql.COUNT).bind("project", projectId).mapTo(Long.class).one());
  }
}
