package io.collectlite.jdbc.internal;

import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.IngestResult;
import io.collectlite.ingest.SourceRow;
import io.collectlite.ingest.UploadMode;
import io.collectlite.store.ExampleStore;
import java.time.Instant;
import java.util.Iterator;
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
  public IngestResult ingest(long projectId, String fileName, long uploadedBy, Iterator<SourceRow> rows,
      UploadMode mode, Instant now) {
    // the rows stream from the upload as they are written: a retried transaction could not replay them
    return db.txOnce(h -> {
      long started = System.nanoTime();
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      IngestPlan plan = new IngestPlan(mode);
      h.createQuery(ExampleSql.EXISTING).bind("project", projectId).setFetchSize(db.dialect().fetchSize())
          .map((rs, ctx) -> {
            plan.existing(rs.getString(1), rs.getString(2));
            return 0;
          })
          .forEach(ignored -> { });
      long datasetId = h.createQuery(ExampleSql.INSERT_DATASET).bind("project", projectId).bind("file", fileName)
          .bind("by", uploadedBy).bind("rows", 0).bind("now", now).mapTo(Long.class).one();
      List<SourceRow> gold = new java.util.ArrayList<>();
      Iterator<SourceRow> fresh = plan.fresh(rows);
      db.dialect().insertExamples(h, projectId, datasetId, new Iterator<>() {
        @Override
        public boolean hasNext() {
          return fresh.hasNext();
        }

        @Override
        public SourceRow next() {
          SourceRow row = fresh.next();
          if (row.gold().isPresent()) gold.add(row);
          return row;
        }
      }, now);
      ExampleSql.storeGold(h, projectId, gold);
      int inserted = plan.freshCount();
      List<DuplicateRow> duplicates = plan.duplicates();
      h.createUpdate(ExampleSql.COUNT_DATASET).bind("id", datasetId).bind("rows", inserted).execute();
      JdbcAuditLog.record(h, projectId, "dataset", datasetId, "uploaded", Optional.of(uploadedBy),
          fileName + ": " + inserted + " examples, " + duplicates.size() + " duplicates, "
              + plan.rejectedCount() + " refused", now);
      LOG.atDebug().addKeyValue("project", projectId).addKeyValue("dataset", datasetId)
          .addKeyValue("rows", inserted).addKeyValue("ms", (System.nanoTime() - started) / 1_000_000)
          .log("examples ingested");
      return new IngestResult(datasetId, inserted, duplicates, plan.rejected(), plan.rejectedCount());
    });
  }

  @Override
  public long count(long projectId) {
    return db.read(h -> h.createQuery(ExampleSql.COUNT).bind("project", projectId).mapTo(Long.class).one());
  }

  @Override
  public List<io.collectlite.ingest.UnsettledExample> unsettled(long projectId) {
    return db.read(h -> SplitKeys.unsettled(h, projectId));
  }

  @Override
  public List<io.collectlite.ingest.NearDuplicates.Example> settled(long projectId, String model) {
    return db.read(h -> SplitKeys.settled(h, projectId, model));
  }

  @Override
  public java.util.Map<Long, String> settle(long projectId, String model,
      List<io.collectlite.ingest.NearDuplicates.Example> examples) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      return SplitKeys.settle(h, projectId, model, examples);
    });
  }
}
