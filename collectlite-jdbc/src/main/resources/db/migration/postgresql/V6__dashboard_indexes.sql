-- Dashboard and metrics aggregates (io.collectlite.jdbc.internal.MetricsQueries, LabelProfiles) read these
-- indexes instead of the tables: each aggregate over a project's annotations, tasks or suggestions becomes
-- one scan of an index that holds every column it needs (SQLite would otherwise look each row up in the
-- table, and PostgreSQL scan the whole heap).
-- (V6: V5 is reserved for another change.)

-- each task's labels: the label multisets behind Krippendorff's alpha and the label distribution
CREATE INDEX annotations_project_task_label ON annotations (project_id, task_id, label);
-- each annotator's work: throughput, latency, and the labels compared with each task's final label (in
-- task order, so that SQLite looks the tasks up in order)
CREATE INDEX annotations_project_annotator ON annotations (project_id, annotator_id, task_id, label, source,
  latency_ms);
-- the days annotations were made, tasks created and tasks completed
CREATE INDEX annotations_project_created ON annotations (project_id, created_at);
CREATE INDEX tasks_project_created ON tasks (project_id, created_at);
CREATE INDEX tasks_project_resolved ON tasks (project_id, resolved_at) WHERE resolved_at IS NOT NULL;
-- each example's suggestions in order, with their labels: the latest one is compared with the final label
CREATE INDEX model_suggestions_project_latest ON model_suggestions (project_id, source_example_id, id, label);
