-- The dashboard's counts, kept by triggers as tasks and annotations are written, so a dashboard reads a few
-- hundred rows instead of aggregating every annotation of the project (io.collectlite.jdbc.internal.DashboardCounts).
--
-- A row holds one count: (metric, key_a, key_b) names it, n and total are its values.
--   created / completed / annotated  key_a = UTC day (microseconds / 86400000000)  n = tasks created, tasks
--                                    completed (resolved_at), annotations made that day
--   work     key_a = annotator id    n = annotations
--   timed    key_a = annotator id    n = workbench annotations, total = their latency_ms
--   latency  key_a = annotator id, key_b = digits:leading digit and 0 or 5 (1234 ms -> 4:10, 1534 -> 4:15)
--            n = workbench annotations whose latency_ms falls there: the median's place, read from the index
--   agree    key_a = annotator id    n = annotations of tasks with a final label, total = those that match it
--   profile  key_a = a task's labels, sorted, each as length:label   n = tasks
--   final    key_a = final label, key_b = none | same | differs (the task's latest model suggestion)  n = tasks
-- SQLite has one writer at a time, so the triggers add to the count's row in place (PostgreSQL's triggers
-- insert signed rows instead, which the reader sums). Annotations are never updated or deleted; tasks are
-- never deleted.

CREATE TABLE dashboard_counts (
  project_id  INTEGER NOT NULL,
  metric      TEXT    NOT NULL,
  key_a       TEXT    NOT NULL,
  key_b       TEXT    NOT NULL DEFAULT '',
  n           INTEGER NOT NULL,
  total       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, metric, key_a, key_b)
) WITHOUT ROWID;

-- the median latency is read from this index (from the start of its latency bucket, to the middle)
CREATE INDEX annotations_project_latency ON annotations (project_id, annotator_id, latency_ms)
  WHERE source = 'workbench';

CREATE TRIGGER tasks_dashboard_inserted AFTER INSERT ON tasks
BEGIN
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
  SELECT NEW.project_id, 'created', CAST(NEW.created_at / 86400000000 AS TEXT), '', 1 WHERE true
  ON CONFLICT (project_id, metric, key_a, key_b) DO UPDATE SET n = n + excluded.n;
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
  SELECT NEW.project_id, 'completed', CAST(NEW.resolved_at / 86400000000 AS TEXT), '', 1
  WHERE NEW.resolved_at IS NOT NULL
  ON CONFLICT (project_id, metric, key_a, key_b) DO UPDATE SET n = n + excluded.n;
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
  SELECT NEW.project_id, 'final', coalesce(NEW.review_label, NEW.consensus_label, ''),
    CASE WHEN NEW.model_label IS NULL THEN 'none'
      WHEN NEW.model_label = coalesce(NEW.review_label, NEW.consensus_label, '') THEN 'same' ELSE 'differs' END, 1
  WHERE NEW.state IN ('resolved', 'exported')
  ON CONFLICT (project_id, metric, key_a, key_b) DO UPDATE SET n = n + excluded.n;
END;

-- A task changed: only when a counted fact changed (an export, a claim or a lease does not fire it), the old
-- facts taken back and the new ones added; a changed final label re-scores the task's annotations.
CREATE TRIGGER tasks_dashboard_updated AFTER UPDATE ON tasks
WHEN OLD.state IS NOT NEW.state AND (OLD.state IN ('resolved', 'exported')) IS NOT (NEW.state IN ('resolved', 'exported'))
  OR OLD.consensus_label IS NOT NEW.consensus_label OR OLD.review_label IS NOT NEW.review_label
  OR OLD.model_label IS NOT NEW.model_label OR OLD.resolved_at IS NOT NEW.resolved_at
  OR OLD.created_at IS NOT NEW.created_at
BEGIN
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total)
  SELECT NEW.project_id, metric, key_a, key_b, sum(n), sum(total) FROM (
    SELECT 'created' AS metric, CAST(OLD.created_at / 86400000000 AS TEXT) AS key_a, '' AS key_b, -1 AS n,
      0 AS total
    UNION ALL SELECT 'created', CAST(NEW.created_at / 86400000000 AS TEXT), '', 1, 0
    UNION ALL SELECT 'completed', CAST(OLD.resolved_at / 86400000000 AS TEXT), '', -1, 0
      WHERE OLD.resolved_at IS NOT NULL
    UNION ALL SELECT 'completed', CAST(NEW.resolved_at / 86400000000 AS TEXT), '', 1, 0
      WHERE NEW.resolved_at IS NOT NULL
    UNION ALL SELECT 'final', coalesce(OLD.review_label, OLD.consensus_label, ''),
      CASE WHEN OLD.model_label IS NULL THEN 'none'
        WHEN OLD.model_label = coalesce(OLD.review_label, OLD.consensus_label, '') THEN 'same' ELSE 'differs' END,
      -1, 0 WHERE OLD.state IN ('resolved', 'exported')
    UNION ALL SELECT 'final', coalesce(NEW.review_label, NEW.consensus_label, ''),
      CASE WHEN NEW.model_label IS NULL THEN 'none'
        WHEN NEW.model_label = coalesce(NEW.review_label, NEW.consensus_label, '') THEN 'same' ELSE 'differs' END,
      1, 0 WHERE NEW.state IN ('resolved', 'exported')
    UNION ALL SELECT 'agree', CAST(a.annotator_id AS TEXT), '',
      (NEW.state IN ('resolved', 'exported')) - (OLD.state IN ('resolved', 'exported')),
      (NEW.state IN ('resolved', 'exported') AND a.label = coalesce(NEW.review_label, NEW.consensus_label, ''))
        - (OLD.state IN ('resolved', 'exported') AND a.label = coalesce(OLD.review_label, OLD.consensus_label, ''))
    FROM annotations a WHERE a.task_id = NEW.id
      AND (OLD.state IN ('resolved', 'exported') OR NEW.state IN ('resolved', 'exported'))
  ) WHERE true GROUP BY metric, key_a, key_b HAVING sum(n) <> 0 OR sum(total) <> 0
  ON CONFLICT (project_id, metric, key_a, key_b) DO UPDATE SET n = n + excluded.n, total = total + excluded.total;
END;

-- An annotation added: its day and annotator, its task's agreement when the task has a final label, and
-- its task's labels (the profile without it taken back, the profile with it added).
CREATE TRIGGER annotations_dashboard_inserted AFTER INSERT ON annotations
BEGIN
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total)
  SELECT NEW.project_id, metric, key_a, key_b, n, total FROM (
    SELECT 'annotated' AS metric, CAST(NEW.created_at / 86400000000 AS TEXT) AS key_a, '' AS key_b, 1 AS n,
      0 AS total
    UNION ALL SELECT 'work', CAST(NEW.annotator_id AS TEXT), '', 1, 0
    UNION ALL SELECT 'timed', CAST(NEW.annotator_id AS TEXT), '', 1, NEW.latency_ms WHERE NEW.source = 'workbench'
    UNION ALL SELECT 'latency', CAST(NEW.annotator_id AS TEXT), length(CAST(NEW.latency_ms AS TEXT)) || ':'
        || substr(CAST(NEW.latency_ms AS TEXT), 1, 1)
        || CASE WHEN substr(CAST(NEW.latency_ms AS TEXT), 2, 1) >= '5' THEN '5' ELSE '0' END, 1, 0
      WHERE NEW.source = 'workbench'
    UNION ALL SELECT 'agree', CAST(NEW.annotator_id AS TEXT), '', 1,
        NEW.label = coalesce(t.review_label, t.consensus_label, '')
      FROM tasks t WHERE t.id = NEW.task_id AND t.state IN ('resolved', 'exported')
    UNION ALL SELECT 'profile', profile, '', 1, 0 FROM (SELECT group_concat(length(a.label) || ':' || a.label, ''
        ORDER BY a.label) AS profile FROM annotations a WHERE a.task_id = NEW.task_id)
    UNION ALL SELECT 'profile', profile, '', -1, 0 FROM (SELECT group_concat(length(a.label) || ':' || a.label, ''
        ORDER BY a.label) AS profile FROM annotations a WHERE a.task_id = NEW.task_id AND a.id <> NEW.id)
      WHERE profile IS NOT NULL
  ) WHERE true
  ON CONFLICT (project_id, metric, key_a, key_b) DO UPDATE SET n = n + excluded.n, total = total + excluded.total;
END;

-- The counts of the data already stored.
INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total)
SELECT project_id, metric, key_a, key_b, count(*), 0 FROM (
  SELECT project_id, 'created' AS metric, CAST(created_at / 86400000000 AS TEXT) AS key_a, '' AS key_b FROM tasks
  UNION ALL
  SELECT project_id, 'completed', CAST(resolved_at / 86400000000 AS TEXT), '' FROM tasks WHERE resolved_at IS NOT NULL
  UNION ALL
  SELECT project_id, 'final', coalesce(review_label, consensus_label, ''),
    CASE WHEN model_label IS NULL THEN 'none' WHEN model_label = coalesce(review_label, consensus_label, '')
      THEN 'same' ELSE 'differs' END
  FROM tasks WHERE state IN ('resolved', 'exported')
  UNION ALL
  SELECT project_id, 'annotated', CAST(created_at / 86400000000 AS TEXT), '' FROM annotations
  UNION ALL
  SELECT project_id, 'work', CAST(annotator_id AS TEXT), '' FROM annotations
) GROUP BY project_id, metric, key_a, key_b;
INSERT INTO dashboard_counts (project_id, metric, key_a, n, total)
SELECT project_id, 'timed', CAST(annotator_id AS TEXT), count(*), sum(latency_ms) FROM annotations
WHERE source = 'workbench' GROUP BY project_id, annotator_id;
INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
SELECT project_id, 'latency', CAST(annotator_id AS TEXT), bucket, count(*) FROM (
  SELECT project_id, annotator_id, length(CAST(latency_ms AS TEXT)) || ':' || substr(CAST(latency_ms AS TEXT), 1, 1)
    || CASE WHEN substr(CAST(latency_ms AS TEXT), 2, 1) >= '5' THEN '5' ELSE '0' END AS bucket
  FROM annotations WHERE source = 'workbench'
) GROUP BY project_id, annotator_id, bucket;
INSERT INTO dashboard_counts (project_id, metric, key_a, n, total)
SELECT a.project_id, 'agree', CAST(a.annotator_id AS TEXT), count(*),
  sum(a.label = coalesce(t.review_label, t.consensus_label, ''))
FROM annotations a JOIN tasks t ON t.id = a.task_id WHERE t.state IN ('resolved', 'exported')
GROUP BY a.project_id, a.annotator_id;
INSERT INTO dashboard_counts (project_id, metric, key_a, n)
SELECT project_id, 'profile', profile, count(*) FROM (
  SELECT project_id, group_concat(length(label) || ':' || label, '' ORDER BY label) AS profile FROM annotations
  GROUP BY project_id, task_id
) GROUP BY project_id, profile;
