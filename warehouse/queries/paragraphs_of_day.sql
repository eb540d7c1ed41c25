SELECT article_id, paragraph_index, kind, level, text, char_start, char_end
FROM paragraphs
WHERE partition_date = ?
ORDER BY article_id, paragraph_index;
