SELECT d.partition_date,
       (SELECT count(*) FROM raw_pages r WHERE r.partition_date = d.partition_date) AS fetched,
       (SELECT count(*) FROM fetch_log f WHERE f.partition_date = d.partition_date AND f.outcome = 'error') AS fetch_errors,
       (SELECT count(*) FROM articles a WHERE a.partition_date = d.partition_date) AS parsed,
       (SELECT count(*) FROM quarantine q WHERE q.partition_date = d.partition_date) AS quarantined,
       (SELECT count(*) FROM commitments c WHERE c.partition_date = d.partition_date) AS commitments,
       (SELECT count(*) FROM statements s WHERE s.partition_date = d.partition_date) AS statements
FROM (SELECT DISTINCT partition_date FROM fetch_log) d
ORDER BY d.partition_date;
