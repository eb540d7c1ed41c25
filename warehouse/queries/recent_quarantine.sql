SELECT partition_date, stage, url, reason
FROM quarantine
ORDER BY partition_date DESC, quarantined_at DESC, url
LIMIT ?;
