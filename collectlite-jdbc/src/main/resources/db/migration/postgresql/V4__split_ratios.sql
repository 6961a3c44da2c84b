-- Export contracts. Split ratios become a project setting chosen at creation: every export of a
-- project places an example alike. Projects made before this version keep the old default 80/10/10.
-- (V4, not V3: another change may take V3; Flyway only needs the versions to ascend.)
ALTER TABLE projects ADD COLUMN split_train double precision NOT NULL DEFAULT 0.8;
ALTER TABLE projects ADD COLUMN split_validation double precision NOT NULL DEFAULT 0.1;
ALTER TABLE projects ADD COLUMN split_evaluation double precision NOT NULL DEFAULT 0.1;
-- Export options: which tasks ('resolved' or 'all'; the old name of 'resolved' was 'final_label')
-- and whether records list their raw annotations.
UPDATE exports SET task_filter = 'resolved' WHERE task_filter = 'final_label';
ALTER TABLE exports ADD COLUMN include_annotations boolean NOT NULL DEFAULT false;
-- the annotations of an export stream in task order
CREATE INDEX IF NOT EXISTS annotations_project_task ON annotations (project_id, task_id, id);
-- the secret that keys a project's annotator pseudonyms in exports (HMAC); set on the first export
-- that lists annotations, never exported or served
ALTER TABLE projects ADD COLUMN pseudonym_key text;
