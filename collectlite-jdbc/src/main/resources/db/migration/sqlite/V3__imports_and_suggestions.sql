-- Imports of existing annotations and model predictions from other tools, and model suggestions.
-- An imported annotation is stored like a submitted one: a 'submitted' assignment row (so the
-- overlap counters, the one-assignment-per-annotator key and every query over assignments stay
-- as they are) plus the annotation, which records where it came from.

CREATE TABLE imports (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id   INTEGER NOT NULL REFERENCES projects (id),
  file_name    TEXT    NOT NULL,
  mode         TEXT    NOT NULL CHECK (mode IN ('strict', 'lenient')),
  imported_by  INTEGER NOT NULL REFERENCES users (id),
  annotations  INTEGER NOT NULL,
  predictions  INTEGER NOT NULL,
  created_at   INTEGER NOT NULL
);

-- source: 'workbench' (submitted here) or 'import'; origin: the tool an import line named
ALTER TABLE annotations ADD COLUMN source TEXT NOT NULL DEFAULT 'workbench';
ALTER TABLE annotations ADD COLUMN import_id INTEGER REFERENCES imports (id);
ALTER TABLE annotations ADD COLUMN origin TEXT NOT NULL DEFAULT '';

-- Append-only. label is the primary answer's consensus key, answers every answer as JSON text;
-- cost_estimate is in US dollars. source: 'import' now, 'generated' once suggesters run.
CREATE TABLE model_suggestions (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id         INTEGER NOT NULL REFERENCES projects (id),
  source_example_id  INTEGER NOT NULL REFERENCES source_examples (id),
  provider           TEXT    NOT NULL,
  model              TEXT    NOT NULL,
  prompt_version     TEXT    NOT NULL,
  template_version   INTEGER NOT NULL,
  label              TEXT    NOT NULL,
  answers            TEXT    NOT NULL,
  raw_score          REAL,
  rationale          TEXT    NOT NULL,
  confidence         REAL    CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
  latency_ms         INTEGER,
  cost_estimate      REAL,
  source             TEXT    NOT NULL CHECK (source IN ('import', 'generated')),
  import_id          INTEGER REFERENCES imports (id),
  origin             TEXT    NOT NULL,
  created_at         INTEGER NOT NULL
);
CREATE INDEX model_suggestions_example ON model_suggestions (source_example_id, id);
