-- A release's commitments as release_changes.sql pairs them: the sentence and who does what.
SELECT commitment_id AS id, article_id, evidence, actor, category, action
FROM read_parquet($path);
