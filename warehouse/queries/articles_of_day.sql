SELECT * EXCLUDE (partition_date)
FROM articles
WHERE partition_date = ?
ORDER BY article_id;
