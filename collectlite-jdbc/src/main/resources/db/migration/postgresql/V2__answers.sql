-- Generic label schemas: an annotation and a review decision keep every answer as a JSON object
-- (text, already normalised by core); label stays the primary answer that consensus counts.
-- Every project before this version was document relevance, whose one question is "relevance".
ALTER TABLE annotations ADD COLUMN answers text;
UPDATE annotations SET answers = json_build_object('relevance', label)::text;
ALTER TABLE annotations ALTER COLUMN answers SET NOT NULL;
ALTER TABLE review_decisions ADD COLUMN answers text;
UPDATE review_decisions SET answers = json_build_object('relevance', label)::text;
ALTER TABLE review_decisions ALTER COLUMN answers SET NOT NULL;
