-- Imports of existing annotations and model predictions from other tools, and model suggestions.
-- An imported annotation is stored like a submitted one: a 'submitted' assignment row (so the
-- overlap counters, the one-assignment-per-annotator key and every query over assignments stay
-- as they are) plus the annotation, which records where it came from.

CREATE TABLE imports (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id   bigint  NOT NULL REFERENCES projects (id),
  file_name    text    NOT NULL,
  mode         text    NOT NULL CHECK (mode IN ('strict', 'lenient')),
  imported_by  bigint  NOT NULL REFERENCES users (id),
  annotations  integer NOT NULL,
  predictions  integer NOT NULL,
  created_at   bigint  NOT NULL
);

-- source: 'workbench' (submitted here) or 'import'; origin: the tool an import line named
ALTER TABLE annotations ADD COLUMN source text NOT NULL DEFAULT 'workbench';
ALTER TABLE annotations ADD COLUMN import_id bigint REFERENCES imports (id);
ALTER TABLE annotations ADD COLUMN origin text NOT NULL DEFAULT '';

-- Append-only. label is the primary answer's consensus key, answers every answer as JSON text;
-- cost_estimate is in US dollars. source: 'import' now, 'generated' once suggesters run.
CREATE TABLE model_suggestions (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id         bigint  NOT NULL REFERENCES projects (id),
  source_example_id  bigint  NOT NULL REFERENCES source_examples (id),
  provider           text    NOT NULL,
  model              text    NOT NULL,
  prompt_version     text    NOT NULL,
  template_version   integer NOT NULL,
  label              text    NOT NULL,
  answers            text    NOT NULL,
  raw_score          double precision,
  rationale          text    NOT NULL,
  confidence         double precision CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
  latency_ms         bigint,
  cost_estimate      double precision,
  source             text    NOT NULL CHECK (source IN ('import', 'generated')),
  import_id          bigint  REFERENCES imports (id),
  origin             text    NOT NULL,
  created_at         bigint  NOT NULL
);
CREATE INDEX model_suggestions_example ON model_suggestions (source_example_id, id);
