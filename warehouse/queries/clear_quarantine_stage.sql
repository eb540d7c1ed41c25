-- Each stage owns its quarantine rows of the day: re-running it replaces only those.
DELETE FROM quarantine WHERE partition_date = ? AND stage = ?;
