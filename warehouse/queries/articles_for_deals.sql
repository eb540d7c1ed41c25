SELECT article_id, published_at, fetched_at, dateline, duplicate_of
FROM published_articles
ORDER BY article_id;
