-- Model-in-the-loop: background jobs with their status and progress, suggestion failures, and
-- per-assignment visibility of suggestions (to measure anchoring).

-- A background job (kind 'suggest' for now). detail names what it runs (JSON: provider, model,
-- prompt version); the counters are its progress: total examples to do, suggested, failed, and
-- skipped (already suggested by the same model under the same prompt version); found is what a check
-- found (near-duplicates). updated_at moves with
-- every step: a job that stopped moving (its process died) no longer blocks a new run.
CREATE TABLE jobs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id   bigint  NOT NULL REFERENCES projects (id),
  kind         text    NOT NULL,
  status       text    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  detail       text    NOT NULL,
  total        integer NOT NULL DEFAULT 0,
  suggested    integer NOT NULL DEFAULT 0,
  failed       integer NOT NULL DEFAULT 0,
  skipped      integer NOT NULL DEFAULT 0,
  found        integer NOT NULL DEFAULT 0,
  error        text    NOT NULL DEFAULT '',
  created_by   bigint  REFERENCES users (id),
  created_at   bigint  NOT NULL,
  started_at   bigint,
  updated_at   bigint  NOT NULL,
  finished_at  bigint
);
CREATE INDEX jobs_project ON jobs (project_id, id);

-- Append-only: a request the model could not answer, after the last try, with the error.
CREATE TABLE suggestion_failures (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id         bigint  NOT NULL REFERENCES projects (id),
  source_example_id  bigint  NOT NULL REFERENCES source_examples (id),
  job_id             bigint  REFERENCES jobs (id),
  provider           text    NOT NULL,
  model              text    NOT NULL,
  prompt_version     text    NOT NULL,
  error              text    NOT NULL,
  attempts           integer NOT NULL,
  created_at         bigint  NOT NULL
);
CREATE INDEX suggestion_failures_job ON suggestion_failures (job_id, id);

-- the job that generated a suggestion, and the model's probability per option (JSON) when it gave one
ALTER TABLE model_suggestions ADD COLUMN job_id bigint REFERENCES jobs (id);
ALTER TABLE model_suggestions ADD COLUMN distribution text;
-- the work already done by one model under one prompt version: a re-run skips those examples
CREATE INDEX model_suggestions_done ON model_suggestions (project_id, provider, model, prompt_version,
  source_example_id);

-- Whether the annotator of an assignment was shown the model's suggestions (drawn at claim time under
-- the project's visibility setting, and kept, so anchoring can be measured). NULL for assignments made
-- before suggestions existed: shown if ever relevant, but left out of anchoring.
ALTER TABLE assignments ADD COLUMN suggestions_shown boolean;

-- A project's suggestion settings (visibility, ablation share, active learning) as one JSON document;
-- NULL means the defaults.
ALTER TABLE projects ADD COLUMN suggestion_settings text;

-- Near-duplicates share a split: split_key is what an example's split is drawn from (NULL: its own
-- example_id). A near-duplicate check sets it only for examples no export can have held yet: those above
-- every export's max_example_id (the newest example row when it was made; examples already there may be in
-- it), so an example never moves between splits from one export version to the next. Exports made before
-- this migration are taken to hold every example that exists now. The vectors a check compared, per model.
ALTER TABLE source_examples ADD COLUMN split_key text;
ALTER TABLE exports ADD COLUMN max_example_id bigint;
UPDATE exports SET max_example_id = (SELECT coalesce(max(id), 0) FROM source_examples);
CREATE TABLE example_vectors (
  source_example_id  bigint PRIMARY KEY REFERENCES source_examples (id),
  model              text NOT NULL,
  vector             bytea NOT NULL
);
