-- CollectLite schema, SQLite dialect. Every *_at column is microseconds since the epoch (UTC), so
-- both dialects store and compare instants the same way and leases compare as integers.
-- Append-only tables (source_examples, annotations, review_decisions, audit_events) are only ever
-- inserted into.

CREATE TABLE users (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT    NOT NULL UNIQUE,
  token_hash  TEXT    NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL
);

CREATE TABLE projects (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT    NOT NULL,
  task_type   TEXT    NOT NULL,
  overlap     INTEGER NOT NULL CHECK (overlap >= 1),
  seed        INTEGER NOT NULL,
  owner_id    INTEGER NOT NULL REFERENCES users (id),
  created_at  INTEGER NOT NULL
);

CREATE TABLE project_members (
  project_id  INTEGER NOT NULL REFERENCES projects (id),
  user_id     INTEGER NOT NULL REFERENCES users (id),
  role        TEXT    NOT NULL CHECK (role IN ('owner', 'reviewer', 'annotator')),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_user ON project_members (user_id);

CREATE TABLE task_templates (
  project_id   INTEGER NOT NULL REFERENCES projects (id),
  version      INTEGER NOT NULL CHECK (version >= 1),
  instructions TEXT    NOT NULL,
  schema_json  TEXT    NOT NULL,
  created_by   INTEGER NOT NULL REFERENCES users (id),
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (project_id, version)
);

CREATE TABLE datasets (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id   INTEGER NOT NULL REFERENCES projects (id),
  file_name    TEXT    NOT NULL,
  uploaded_by  INTEGER NOT NULL REFERENCES users (id),
  row_count    INTEGER NOT NULL,
  created_at   INTEGER NOT NULL
);

CREATE TABLE source_examples (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id   INTEGER NOT NULL REFERENCES projects (id),
  dataset_id   INTEGER NOT NULL REFERENCES datasets (id),
  example_id   TEXT    NOT NULL,
  fields_json  TEXT    NOT NULL,
  source_hash  TEXT    NOT NULL,
  ingested_at  INTEGER NOT NULL,
  UNIQUE (project_id, example_id)
);

-- active_count / submitted_count are the task's share of its overlap: a claim checks
-- active_count + submitted_count < required_annotations on the task row itself.
CREATE TABLE tasks (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id            INTEGER NOT NULL REFERENCES projects (id),
  source_example_id     INTEGER NOT NULL UNIQUE REFERENCES source_examples (id),
  state                 TEXT    NOT NULL,
  priority              INTEGER NOT NULL DEFAULT 0,
  required_annotations  INTEGER NOT NULL CHECK (required_annotations >= 1),
  active_count          INTEGER NOT NULL DEFAULT 0 CHECK (active_count >= 0),
  submitted_count       INTEGER NOT NULL DEFAULT 0 CHECK (submitted_count >= 0),
  template_version      INTEGER NOT NULL,
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL,
  resolved_at           INTEGER,
  -- the latest verdict, kept on the row (the history stays in consensus_results and
  -- review_decisions) so exports and metrics read one row per task, no subqueries
  consensus_label       TEXT,
  consensus_score       REAL,
  consensus_method      TEXT,
  review_label          TEXT,
  CHECK (active_count + submitted_count <= required_annotations)
);
-- the claim queue: only open tasks, in claim order
CREATE INDEX tasks_queue ON tasks (project_id, priority DESC, id)
  WHERE state IN ('created', 'suggested', 'assigned');
CREATE INDEX tasks_project_state ON tasks (project_id, state);

CREATE TABLE assignments (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id           INTEGER NOT NULL REFERENCES tasks (id),
  project_id        INTEGER NOT NULL REFERENCES projects (id),
  annotator_id      INTEGER NOT NULL REFERENCES users (id),
  status            TEXT    NOT NULL CHECK (status IN ('active', 'submitted', 'skipped', 'expired')),
  claimed_at        INTEGER NOT NULL,
  lease_expires_at  INTEGER NOT NULL,
  finished_at       INTEGER,
  UNIQUE (task_id, annotator_id)
);
CREATE INDEX assignments_active_leases ON assignments (project_id, lease_expires_at) WHERE status = 'active';
-- a claim that finds no fresh task looks for the annotator's own lapsed leases (see Assignments.RECLAIM)
CREATE INDEX assignments_lapsed ON assignments (project_id, annotator_id) WHERE status = 'expired';

CREATE TABLE annotations (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id           INTEGER NOT NULL REFERENCES tasks (id),
  assignment_id     INTEGER NOT NULL UNIQUE REFERENCES assignments (id),
  project_id        INTEGER NOT NULL REFERENCES projects (id),
  annotator_id      INTEGER NOT NULL REFERENCES users (id),
  label             TEXT    NOT NULL,
  confidence        TEXT    NOT NULL,
  notes             TEXT    NOT NULL,
  latency_ms        INTEGER NOT NULL,
  template_version  INTEGER NOT NULL,
  idempotency_key   TEXT,
  created_at        INTEGER NOT NULL
);
CREATE INDEX annotations_task ON annotations (task_id);
CREATE INDEX annotations_project ON annotations (project_id);
CREATE UNIQUE INDEX annotations_idempotency ON annotations (annotator_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

CREATE TABLE consensus_results (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id      INTEGER NOT NULL REFERENCES tasks (id),
  version      INTEGER NOT NULL,
  label        TEXT    NOT NULL,
  score        REAL    NOT NULL,
  annotations  INTEGER NOT NULL,
  method       TEXT    NOT NULL,
  reasons      TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  UNIQUE (task_id, version)
);

CREATE TABLE review_decisions (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id      INTEGER NOT NULL REFERENCES tasks (id),
  reviewer_id  INTEGER NOT NULL REFERENCES users (id),
  label        TEXT    NOT NULL,
  comment      TEXT    NOT NULL,
  created_at   INTEGER NOT NULL
);
CREATE INDEX review_decisions_task ON review_decisions (task_id, id);

CREATE TABLE exports (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id      INTEGER NOT NULL REFERENCES projects (id),
  version         INTEGER NOT NULL,
  format          TEXT    NOT NULL,
  schema_version  TEXT    NOT NULL,
  record_count    INTEGER NOT NULL,
  sha256          TEXT    NOT NULL,
  location        TEXT    NOT NULL,
  created_by      INTEGER NOT NULL REFERENCES users (id),
  created_at      INTEGER NOT NULL,
  template_versions  TEXT NOT NULL DEFAULT '',
  task_filter        TEXT NOT NULL DEFAULT 'final_label',
  UNIQUE (project_id, version)
);

CREATE TABLE audit_events (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id  INTEGER NOT NULL,
  entity      TEXT    NOT NULL,
  entity_id   INTEGER NOT NULL,
  action      TEXT    NOT NULL,
  actor_id    INTEGER,
  detail      TEXT    NOT NULL,
  at          INTEGER NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id, id);
CREATE INDEX audit_events_project ON audit_events (project_id, id);
