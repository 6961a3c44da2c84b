-- Each task keeps the label of its example's latest model suggestion (set with every suggestion stored), so
-- the dashboard compares final labels with the model in one GROUP BY over tasks instead of finding the
-- latest suggestion per example among all of them; the index that search read goes.
ALTER TABLE tasks ADD COLUMN model_label TEXT;
UPDATE tasks SET model_label = (SELECT s.label FROM model_suggestions s
  WHERE s.source_example_id = tasks.source_example_id ORDER BY s.id DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM model_suggestions s WHERE s.source_example_id = tasks.source_example_id);
DROP INDEX model_suggestions_project_latest;
