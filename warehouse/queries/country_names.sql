SELECT country, name FROM actors WHERE kind IN ('country', 'bloc') AND country IS NOT NULL ORDER BY actor_id;
