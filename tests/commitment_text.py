"""The one way the commitment tests turn invented paragraphs into extracted rows."""
from __future__ import annotations

from datetime import datetime

from pipeline.commitments import extract_commitments
from pipeline.model import Commitment, article_from_paragraphs


def commitments_from(texts, *, published_at: datetime, title: str | None = None, kinds=None, levels=None,
                     article_id: str = "test-article") -> list[Commitment]:
    """Rows of an article made of ``texts`` (one paragraph each); ``levels`` nests list items."""
    article = article_from_paragraphs(list(texts), published_at=published_at, title=title, kinds=kinds)
    for paragraph, level in zip(article.paragraphs, levels or []):
        paragraph.level = level
    article.article_id = article_id
    return extract_commitments(article)


def rows_of(rows: list[Commitment]) -> list[tuple]:
    """The fields a rule decides, one sorted tuple per row: actor, category, action, new level, amount, unit."""
    return sorted((r.actor, r.category, r.action, r.value_to, r.amount, r.unit) for r in rows)
