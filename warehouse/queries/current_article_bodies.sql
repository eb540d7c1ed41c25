SELECT article_id, published_at, body FROM current_articles ORDER BY article_id;
