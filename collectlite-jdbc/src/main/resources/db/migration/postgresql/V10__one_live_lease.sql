-- One live lease per annotator per project: a claim first hands back the lease the annotator holds
-- (a reload or a lost answer never strands a task), and this index makes a second one impossible,
-- also for two claims racing each other (the loser retries and resumes the winner's lease).
-- Claims before V10 could leave an annotator several: the one whose lease runs longest stays (the
-- newest on a tie), the others lapse as if their lease had run out (they return to the queue and to
-- the annotator once nothing fresh is left). Stop every server before upgrading: an older server
-- claiming during the upgrade could add a second lease and stop the index from being built.
UPDATE tasks SET active_count = active_count - (
    SELECT count(*) FROM assignments a
    WHERE a.task_id = tasks.id AND a.status = 'active' AND a.kind = 'work'
      AND EXISTS (SELECT 1 FROM assignments b WHERE b.project_id = a.project_id
                  AND b.annotator_id = a.annotator_id AND b.status = 'active'
                  AND (b.lease_expires_at > a.lease_expires_at
                       OR (b.lease_expires_at = a.lease_expires_at AND b.id > a.id))))
WHERE id IN (
    SELECT a.task_id FROM assignments a
    WHERE a.status = 'active' AND a.kind = 'work'
      AND EXISTS (SELECT 1 FROM assignments b WHERE b.project_id = a.project_id
                  AND b.annotator_id = a.annotator_id AND b.status = 'active'
                  AND (b.lease_expires_at > a.lease_expires_at
                       OR (b.lease_expires_at = a.lease_expires_at AND b.id > a.id))));

UPDATE assignments SET status = 'expired', finished_at = (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
WHERE status = 'active'
  AND EXISTS (SELECT 1 FROM assignments b WHERE b.project_id = assignments.project_id
              AND b.annotator_id = assignments.annotator_id AND b.status = 'active'
              AND (b.lease_expires_at > assignments.lease_expires_at
                   OR (b.lease_expires_at = assignments.lease_expires_at AND b.id > assignments.id)));

CREATE UNIQUE INDEX assignments_one_live ON assignments (project_id, annotator_id) WHERE status = 'active';
