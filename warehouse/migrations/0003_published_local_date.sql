-- The publication's own calendar day (where the page states its time zone): relative
-- dates ("on Thursday") count from it, and an evening release is not dated a day late.
ALTER TABLE articles ADD COLUMN published_local_date DATE;

CREATE OR REPLACE VIEW published_articles AS
SELECT a.article_id, a.url, a.canonical_url, a.source, a.publisher, a.title, a.authors,
       a.published_at, a.published_local_date, a.published_at_source, a.updated_at,
       a.dateline, a.wire_agency, a.language, a.section, a.word_count, a.content_sha256,
       a.fetched_at, d.duplicate_of
FROM current_articles a
LEFT JOIN article_duplicates d USING (article_id);
