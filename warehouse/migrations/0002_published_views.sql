-- What a release publishes. The newest fetch of each article is its current
-- version; facts come only from current versions; syndicated copies keep their
-- article row (with duplicate_of) but do not repeat their facts.

CREATE OR REPLACE VIEW current_articles AS
SELECT * EXCLUDE (version_rank)
FROM (
    SELECT *, row_number() OVER (
        PARTITION BY article_id ORDER BY partition_date DESC, fetched_at DESC
    ) AS version_rank
    FROM articles
)
WHERE version_rank = 1;

CREATE OR REPLACE VIEW published_articles AS
SELECT a.article_id, a.url, a.canonical_url, a.source, a.publisher, a.title, a.authors,
       a.published_at, a.published_at_source, a.updated_at, a.dateline, a.wire_agency,
       a.language, a.section, a.word_count, a.content_sha256, a.fetched_at,
       d.duplicate_of
FROM current_articles a
LEFT JOIN article_duplicates d USING (article_id);

CREATE OR REPLACE VIEW published_commitments AS
SELECT c.commitment_id, c.article_id, dc.deal_id, c.actor, c.counterparty, c.category,
       c.action, c.subject, c.products, c.value_from, c.value_to, c.change, c.amount,
       c.unit, c.duration_days, c.start_date, c.end_date, c.status, c.conditional,
       c.confidence, c.mentions, c.evidence, c.paragraph_index, c.char_start,
       c.char_end, c.extractor_version
FROM commitments c
JOIN current_articles a
  ON a.article_id = c.article_id AND a.partition_date = c.partition_date
LEFT JOIN article_duplicates d ON d.article_id = c.article_id
LEFT JOIN deal_commitments dc ON dc.commitment_id = c.commitment_id
WHERE d.duplicate_of IS NULL;

CREATE OR REPLACE VIEW published_statements AS
SELECT s.statement_id, s.article_id, s.speaker, s.speaker_actor_id, s.speaker_country,
       s.speaker_type, s.speaker_role, s.speaker_org, s.quote, s.kind, s.verb,
       s.addressee, s.confidence, s.paragraph_index, s.char_start, s.char_end,
       s.extractor_version
FROM statements s
JOIN current_articles a
  ON a.article_id = s.article_id AND a.partition_date = s.partition_date
LEFT JOIN article_duplicates d ON d.article_id = s.article_id
WHERE d.duplicate_of IS NULL;

CREATE OR REPLACE VIEW published_actors AS
SELECT actor_id, name, kind, country, role, aliases FROM actors;

CREATE OR REPLACE VIEW published_deals AS
SELECT deal_id, name, parties, announced_on, location, status, article_count,
       commitment_count, first_reported_at
FROM deals;
