-- A release's statements as release_changes.sql pairs them: the quote and who said it
-- (statements have no category or action).
SELECT statement_id AS id, article_id, quote AS evidence, speaker AS actor,
       CAST(NULL AS VARCHAR) AS category, CAST(NULL AS VARCHAR) AS action
FROM read_parquet($path);
