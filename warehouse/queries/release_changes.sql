-- What became of each fact of the previous release: one row per fact of either release.
-- previous_facts / current_facts: one table of each release, read by release_keys_<table>.sql
-- as (id, article_id, evidence, actor, category, action).
-- unchanged: the same id in both; revised: the id changed (a value, the status or the
-- extractor changed) but the fact is the same one — same article, same sentence, same
-- actor, category and action, paired one to one in id order; removed / added: the rest.
WITH prev AS (
    SELECT * FROM previous_facts
), cur AS (
    SELECT * FROM current_facts
), same AS (
    SELECT p.id AS previous_id, c.id AS current_id FROM prev p JOIN cur c ON p.id = c.id
), prev_left AS (
    SELECT *, row_number() OVER (PARTITION BY article_id, evidence, actor, category, action ORDER BY id) AS n
    FROM prev WHERE id NOT IN (SELECT previous_id FROM same)
), cur_left AS (
    SELECT *, row_number() OVER (PARTITION BY article_id, evidence, actor, category, action ORDER BY id) AS n
    FROM cur WHERE id NOT IN (SELECT current_id FROM same)
), revised AS (
    SELECT p.id AS previous_id, c.id AS current_id
    FROM prev_left p JOIN cur_left c
      ON p.article_id = c.article_id AND p.evidence = c.evidence AND p.n = c.n
     AND p.actor IS NOT DISTINCT FROM c.actor
     AND p.category IS NOT DISTINCT FROM c.category
     AND p.action IS NOT DISTINCT FROM c.action
)
SELECT 'unchanged' AS change, previous_id, current_id FROM same
UNION ALL SELECT 'revised', previous_id, current_id FROM revised
UNION ALL SELECT 'removed', id, NULL FROM prev_left WHERE id NOT IN (SELECT previous_id FROM revised)
UNION ALL SELECT 'added', NULL, id FROM cur_left WHERE id NOT IN (SELECT current_id FROM revised)
ORDER BY change, previous_id, current_id;
