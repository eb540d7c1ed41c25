INSERT INTO releases (version, created_at, path, row_counts) VALUES (?, now(), ?, ?);
