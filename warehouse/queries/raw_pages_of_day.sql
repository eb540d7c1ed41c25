SELECT source, url, final_url, status, content_type, http_charset, content, content_sha256, fetched_at
FROM raw_pages
WHERE partition_date = ?
ORDER BY source, url;
