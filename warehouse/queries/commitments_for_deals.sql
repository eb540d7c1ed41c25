-- Facts of current, non-duplicate articles (deal_id is what we are about to compute).
SELECT commitment_id, article_id, actor, counterparty, status
FROM published_commitments
ORDER BY article_id, paragraph_index, char_start;
