-- Model-in-the-loop: background jobs with their status and progress, suggestion failures, and
-- per-assignment visibility of suggestions (to measure anchoring).

-- A background job (kind 'suggest' for now). detail names what it runs (JSON: provider, model,
-- prompt version); the counters are its progress: total examples to do, suggested, failed, and
-- skipped (already suggested by the same model under the same prompt version); found is what a check
-- found (near-duplicates). updated_at moves with
-- every step: a job that stopped moving (its process died) no longer blocks a new run.
CREATE TABLE jobs (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id   INTEGER  NOT NULL REFERENCES projects (id),
  kind         TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  detail       TEXT    NOT NULL,
  total        INTEGER NOT NULL DEFAULT 0,
  suggested    INTEGER NOT NULL DEFAULT 0,
  failed       INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0,
  found        INTEGER NOT NULL DEFAULT 0,
  error        TEXT    NOT NULL DEFAULT '',
  created_by   INTEGER  REFERENCES users (id),
  created_at   INTEGER  NOT NULL,
  started_at   INTEGER,
  updated_at   INTEGER  NOT NULL,
  finished_at  INTEGER
);
CREATE INDEX jobs_project ON jobs (project_id, id);

-- Append-only: a request the model could not answer, after the last try, with the error.
CREATE TABLE suggestion_failures (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id         INTEGER  NOT NULL REFERENCES projects (id),
  source_example_id  INTEGER  NOT NULL REFERENCES source_examples (id),
  job_id             INTEGER  REFERENCES jobs (id),
  provider           TEXT    NOT NULL,
  model              TEXT    NOT NULL,
  prompt_version     TEXT    NOT NULL,
  error              TEXT    NOT NULL,
  attempts           INTEGER NOT NULL,
  created_at         INTEGER  NOT NULL
);
CREATE INDEX suggestion_failures_job ON suggestion_failures (job_id, id);

-- the job that generated a suggestion, and the model's probability per option (JSON) when it gave one
ALTER TABLE model_suggestions ADD COLUMN job_id INTEGER REFERENCES jobs (id);
ALTER TABLE model_suggestions ADD COLUMN distribution TEXT;
-- the work already done by one model under one prompt version: a re-run skips those examples
CREATE INDEX model_suggestions_done ON model_suggestions (project_id, provider, model, prompt_version,
  source_example_id);

-- Whether the annotator of an assignment was shown the model's suggestions (drawn at claim time under
-- the project's visibility setting, and kept, so anchoring can be measured). NULL for assignments made
-- before suggestions existed: shown if ever relevant, but left out of anchoring.
ALTER TABLE assignments ADD COLUMN suggestions_shown INTEGER;

-- A project's suggestion settings (visibility, ablation share, active learning) as one JSON document;
-- NULL means the defaults.
ALTER TABLE projects ADD COLUMN suggestion_settings TEXT;

-- Near-duplicates share a split: split_key is what an example's split is drawn from (NULL: its own
-- example_id). A near-duplicate check sets it only for examples no export can have held yet: those above
-- every export's max_example_id (the newest example row when it was made; examples already there may be in
-- it), so an example never moves between splits from one export version to the next. Exports made before
-- this migration are taken to hold every example that exists now. The vectors a check compared, per model.
ALTER TABLE source_examples ADD COLUMN split_key TEXT;
ALTER TABLE exports ADD COLUMN max_example_id INTEGER;
UPDATE exports SET max_example_id = (SELECT coalesce(max(id), 0) FROM source_examples);
CREATE TABLE example_vectors (
  source_example_id  INTEGER PRIMARY KEY REFERENCES source_examples (id),
  model              TEXT NOT NULL,
  vector             BLOB NOT NULL
);
