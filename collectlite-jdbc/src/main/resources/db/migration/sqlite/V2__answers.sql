-- Generic label schemas: an annotation and a review decision keep every answer as a JSON object
-- (text, already normalised by core); label stays the primary answer that consensus counts.
-- Every project before this version was document relevance, whose one question is "relevance".
-- SQLite cannot add a NOT NULL column without a default, so the default fills the old rows.
ALTER TABLE annotations ADD COLUMN answers text NOT NULL DEFAULT '{}';
UPDATE annotations SET answers = json_object('relevance', label);
ALTER TABLE review_decisions ADD COLUMN answers text NOT NULL DEFAULT '{}';
UPDATE review_decisions SET answers = json_object('relevance', label);
