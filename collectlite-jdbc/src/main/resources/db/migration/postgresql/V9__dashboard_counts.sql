-- The dashboard's counts, kept by triggers as tasks and annotations are written, so a dashboard reads a few
-- hundred rows instead of aggregating every annotation of the project (io.collectlite.jdbc.internal.DashboardCounts).
--
-- A row is a signed change of one count: (metric, key_a, key_b) names the count, n and total change it.
--   created / completed / annotated  key_a = UTC day (microseconds / 86400000000)  n = tasks created, tasks
--                                    completed (resolved_at), annotations made that day
--   work     key_a = annotator id    n = annotations
--   timed    key_a = annotator id    n = workbench annotations, total = their latency_ms
--   latency  key_a = annotator id, key_b = digits:leading digit and 0 or 5 (1234 ms -> 4:10, 1534 -> 4:15)
--            n = workbench annotations whose latency_ms falls there: the median's place, read from the index
--   agree    key_a = annotator id    n = annotations of tasks with a final label, total = those that match it
--   profile  key_a = a task's labels, sorted byte-wise (COLLATE "C", so that a new collation version never
--            changes a key), each as length:label   n = tasks
--   final    key_a = final label, key_b = none | same | differs (the task's latest model suggestion)  n = tasks
-- A count is the sum of its rows. Triggers only ever insert (no row lock is taken, so concurrent writers
-- neither wait for each other nor deadlock); the reader folds a project's rows into one per count when they
-- pile up. Annotations are never updated or deleted; tasks are never deleted.

CREATE TABLE dashboard_counts (
  project_id  bigint NOT NULL,
  metric      text   NOT NULL,
  key_a       text   NOT NULL,
  key_b       text   NOT NULL DEFAULT '',
  n           bigint NOT NULL,
  total       bigint NOT NULL DEFAULT 0
) WITH (autovacuum_vacuum_scale_factor = 0.05, parallel_workers = 0);
-- (a read of a few hundred rows gains nothing from parallel workers, which cost more to start on a table
-- that a fold has left full of dead rows until autovacuum)
CREATE INDEX dashboard_counts_project ON dashboard_counts (project_id);

-- the median latency is read from this index (from the start of its latency bucket, to the middle)
CREATE INDEX annotations_project_latency ON annotations (project_id, annotator_id, latency_ms)
  WHERE source = 'workbench';

-- A workbench latency's bucket, "digits:leading digit and 0 or 5" (1234 -> 4:10, 1534 -> 4:15, 7 -> 1:70).
CREATE FUNCTION dashboard_latency_bucket(latency_ms bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT length(latency_ms::text) || ':' || substr(latency_ms::text, 1, 1)
    || CASE WHEN substr(latency_ms::text, 2, 1) >= '5' THEN '5' ELSE '0' END
$$;

-- How a task's latest model suggestion compares with its final label: none, same or differs.
CREATE FUNCTION dashboard_model_state(model_label text, final_label text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN model_label IS NULL THEN 'none' WHEN model_label = final_label THEN 'same' ELSE 'differs' END
$$;

-- Tasks inserted: statement by statement, so that task generation adds one row per day.
CREATE FUNCTION dashboard_tasks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
  SELECT project_id, metric, key_a, key_b, count(*) FROM (
    SELECT project_id, 'created' AS metric, (created_at / 86400000000)::text AS key_a, '' AS key_b FROM added
    UNION ALL
    SELECT project_id, 'completed', (resolved_at / 86400000000)::text, '' FROM added WHERE resolved_at IS NOT NULL
    UNION ALL
    SELECT project_id, 'final', coalesce(review_label, consensus_label, ''),
      dashboard_model_state(model_label, coalesce(review_label, consensus_label, ''))
    FROM added WHERE state IN ('resolved', 'exported')
  ) f GROUP BY project_id, metric, key_a, key_b;
  RETURN NULL;
END $$;
CREATE TRIGGER tasks_dashboard_inserted AFTER INSERT ON tasks REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_tasks_inserted();

-- A task changed: row by row, and only when a counted fact changed (an export, a claim or a lease does not
-- call it), the old facts taken back and the new ones added; a changed final label re-scores the task's
-- annotations.
CREATE FUNCTION dashboard_task_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_final boolean := OLD.state IN ('resolved', 'exported');
  new_final boolean := NEW.state IN ('resolved', 'exported');
  old_label text := coalesce(OLD.review_label, OLD.consensus_label, '');
  new_label text := coalesce(NEW.review_label, NEW.consensus_label, '');
  old_model text := dashboard_model_state(OLD.model_label, old_label);
  new_model text := dashboard_model_state(NEW.model_label, new_label);
  old_created text := (OLD.created_at / 86400000000)::text;
  new_created text := (NEW.created_at / 86400000000)::text;
  old_completed text := (OLD.resolved_at / 86400000000)::text;
  new_completed text := (NEW.resolved_at / 86400000000)::text;
BEGIN
  -- the days and the final-label tally: only the facts that changed, in one statement
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
  SELECT NEW.project_id, metric, key_a, key_b, n FROM (VALUES
      ('created', old_created, '', -1, old_created IS DISTINCT FROM new_created),
      ('created', new_created, '', 1, old_created IS DISTINCT FROM new_created),
      ('completed', old_completed, '', -1, old_completed IS DISTINCT FROM new_completed),
      ('completed', new_completed, '', 1, old_completed IS DISTINCT FROM new_completed),
      ('final', old_label, old_model, -1, old_final AND (NOT new_final OR old_label <> new_label
        OR old_model <> new_model)),
      ('final', new_label, new_model, 1, new_final AND (NOT old_final OR old_label <> new_label
        OR old_model <> new_model))
    ) AS f (metric, key_a, key_b, n, changed)
  WHERE changed AND key_a IS NOT NULL;
  -- the annotations compared with the final label, when it or whether the task has one changed
  IF old_final <> new_final OR (new_final AND old_label <> new_label) THEN
    INSERT INTO dashboard_counts (project_id, metric, key_a, n, total)
    SELECT NEW.project_id, 'agree', a.annotator_id::text,
      sum((CASE WHEN new_final THEN 1 ELSE 0 END) - (CASE WHEN old_final THEN 1 ELSE 0 END)),
      sum((CASE WHEN new_final AND a.label = new_label THEN 1 ELSE 0 END)
        - (CASE WHEN old_final AND a.label = old_label THEN 1 ELSE 0 END))
    FROM annotations a WHERE a.task_id = NEW.id GROUP BY a.annotator_id
    HAVING sum((CASE WHEN new_final AND a.label = new_label THEN 1 ELSE 0 END)
      - (CASE WHEN old_final AND a.label = old_label THEN 1 ELSE 0 END)) <> 0 OR old_final <> new_final;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER tasks_dashboard_updated AFTER UPDATE ON tasks FOR EACH ROW
  WHEN ((OLD.state IN ('resolved', 'exported')) <> (NEW.state IN ('resolved', 'exported'))
    OR OLD.consensus_label IS DISTINCT FROM NEW.consensus_label
    OR OLD.review_label IS DISTINCT FROM NEW.review_label OR OLD.model_label IS DISTINCT FROM NEW.model_label
    OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION dashboard_task_updated();

-- Annotations inserted: statement by statement, so that the labels a task held before the statement are
-- those not in it, however many of its annotations one statement adds.
CREATE FUNCTION dashboard_annotations_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total)
  SELECT project_id, metric, key_a, key_b, sum(n), sum(total) FROM (
    SELECT project_id, 'annotated' AS metric, (created_at / 86400000000)::text AS key_a, '' AS key_b, 1 AS n,
        0 AS total
      FROM added
    UNION ALL SELECT project_id, 'work', annotator_id::text, '', 1, 0 FROM added
    UNION ALL SELECT project_id, 'timed', annotator_id::text, '', 1, latency_ms FROM added WHERE source = 'workbench'
    UNION ALL SELECT project_id, 'latency', annotator_id::text, dashboard_latency_bucket(latency_ms), 1, 0
      FROM added WHERE source = 'workbench'
    UNION ALL SELECT a.project_id, 'agree', a.annotator_id::text, '', 1,
        CASE WHEN a.label = coalesce(t.review_label, t.consensus_label, '') THEN 1 ELSE 0 END
      FROM added a JOIN tasks t ON t.id = a.task_id WHERE t.state IN ('resolved', 'exported')
    UNION ALL SELECT k.project_id, 'profile', p.profile, '', p.n, 0
      FROM (SELECT DISTINCT project_id, task_id FROM added) k
      CROSS JOIN LATERAL (
        SELECT string_agg(length(a.label) || ':' || a.label, '' ORDER BY a.label COLLATE "C") AS profile, 1 AS n
          FROM annotations a WHERE a.task_id = k.task_id
        UNION ALL
        SELECT string_agg(length(a.label) || ':' || a.label, '' ORDER BY a.label COLLATE "C"), -1
          FROM annotations a WHERE a.task_id = k.task_id AND a.id NOT IN (SELECT id FROM added)
      ) p
      WHERE p.profile IS NOT NULL
  ) f GROUP BY project_id, metric, key_a, key_b HAVING sum(n) <> 0 OR sum(total) <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER annotations_dashboard_inserted AFTER INSERT ON annotations REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_annotations_inserted();

-- The counts of the data already stored.
INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total)
SELECT project_id, metric, key_a, key_b, count(*), 0 FROM (
  SELECT project_id, 'created' AS metric, (created_at / 86400000000)::text AS key_a, '' AS key_b FROM tasks
  UNION ALL
  SELECT project_id, 'completed', (resolved_at / 86400000000)::text, '' FROM tasks WHERE resolved_at IS NOT NULL
  UNION ALL
  SELECT project_id, 'final', coalesce(review_label, consensus_label, ''),
    dashboard_model_state(model_label, coalesce(review_label, consensus_label, ''))
  FROM tasks WHERE state IN ('resolved', 'exported')
  UNION ALL
  SELECT project_id, 'annotated', (created_at / 86400000000)::text, '' FROM annotations
  UNION ALL
  SELECT project_id, 'work', annotator_id::text, '' FROM annotations
) f GROUP BY project_id, metric, key_a, key_b;
INSERT INTO dashboard_counts (project_id, metric, key_a, n, total)
SELECT project_id, 'timed', annotator_id::text, count(*), sum(latency_ms) FROM annotations
WHERE source = 'workbench' GROUP BY project_id, annotator_id;
INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n)
SELECT project_id, 'latency', annotator_id::text, dashboard_latency_bucket(latency_ms), count(*) FROM annotations
WHERE source = 'workbench' GROUP BY project_id, annotator_id, dashboard_latency_bucket(latency_ms);
INSERT INTO dashboard_counts (project_id, metric, key_a, n, total)
SELECT a.project_id, 'agree', a.annotator_id::text, count(*),
  sum(CASE WHEN a.label = coalesce(t.review_label, t.consensus_label, '') THEN 1 ELSE 0 END)
FROM annotations a JOIN tasks t ON t.id = a.task_id WHERE t.state IN ('resolved', 'exported')
GROUP BY a.project_id, a.annotator_id;
INSERT INTO dashboard_counts (project_id, metric, key_a, n)
SELECT project_id, 'profile', profile, count(*) FROM (
  SELECT project_id, string_agg(length(label) || ':' || label, '' ORDER BY label COLLATE "C") AS profile FROM annotations
  GROUP BY project_id, task_id
) p GROUP BY project_id, profile;
