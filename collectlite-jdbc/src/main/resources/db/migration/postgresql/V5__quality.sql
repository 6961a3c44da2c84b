-- The quality engine. A project's quality settings (aggregation method, review thresholds, gold
-- rate) as one JSON document; NULL means the defaults for its label schema.
ALTER TABLE projects ADD COLUMN quality_settings text;

-- Gold: a task with a known answer. Gold tasks leave the normal queue (they rest in 'resolved'
-- with the gold answer as their final label) and are served as probes, beyond overlap, to each
-- annotator at the project's gold rate. source: an upload column, a gold file, or a reviewer's
-- decision marked as gold.
CREATE TABLE gold_labels (
  task_id     bigint PRIMARY KEY REFERENCES tasks (id),
  project_id  bigint NOT NULL REFERENCES projects (id),
  label       text   NOT NULL,
  answers     text   NOT NULL,
  source      text   NOT NULL CHECK (source IN ('upload', 'file', 'review')),
  created_by  bigint REFERENCES users (id),
  created_at  bigint NOT NULL
);
CREATE INDEX gold_labels_project ON gold_labels (project_id, task_id);
-- kept on the task row like review_label, so exports and metrics read one row per task
ALTER TABLE tasks ADD COLUMN gold_label text;

-- 'work' assignments fill a task's overlap; 'gold' ones are probes that leave the counters alone
ALTER TABLE assignments ADD COLUMN kind text NOT NULL DEFAULT 'work' CHECK (kind IN ('work', 'gold'));
-- an annotator's assignments in a project: the gold mix counts them, failed gold finds recent work
CREATE INDEX assignments_annotator ON assignments (project_id, annotator_id, id);
-- an annotator's most recent annotations (the work a failed gold task sends back to review)
CREATE INDEX annotations_annotator ON annotations (project_id, annotator_id, id);

-- A recompute of a project's consensus: every result it wrote names it. model holds the fitted
-- parameters of methods that have them (Dawid-Skene), so later submits decide with the same fit.
CREATE TABLE consensus_runs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id  bigint NOT NULL REFERENCES projects (id),
  method      text   NOT NULL,
  settings    text   NOT NULL,
  model       text   NOT NULL,
  tasks       integer NOT NULL,
  changed     integer NOT NULL,
  created_by  bigint REFERENCES users (id),
  created_at  bigint NOT NULL
);
CREATE INDEX consensus_runs_project ON consensus_runs (project_id, id);
ALTER TABLE consensus_results ADD COLUMN run_id bigint REFERENCES consensus_runs (id);

-- a gold answer that came in an upload's gold column (never in fields_json, which annotators see);
-- task generation makes the example's task gold
ALTER TABLE source_examples ADD COLUMN gold_label text;
ALTER TABLE source_examples ADD COLUMN gold_answers text;
