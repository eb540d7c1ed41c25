"""The one way the commitment tests turn invented paragraphs into extracted rows."""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline import learned_sentences
from pipeline.commitments import extract_commitments
from pipeline.model import Commitment, article_from_paragraphs


def commitments_from(texts, *, published_at: datetime, title: str | None = None, kinds=None, levels=None,
                     article_id: str = "test-article", authors: list[str] | None = None) -> list[Commitment]:
    """Rows of an article made of ``texts`` (one paragraph each); ``levels`` nests list items;
    ``authors`` gives it a byline (a story in the news register)."""
    article = article_from_paragraphs(list(texts), published_at=published_at, title=title, kinds=kinds)
    article.authors = list(authors or [])
    for paragraph, level in zip(article.paragraphs, levels or []):
        paragraph.level = level
    article.article_id = article_id
    return extract_commitments(article)


# the enacting line an order's own text opens with (the order tests put their sections after it)
ORDER_OPENING = ("By the authority vested in me as President by the Constitution and the laws of the United States "
                 "of America, it is hereby ordered:")


def order_commitments(texts, *, published_at: datetime, title: str, article_id: str) -> list[Commitment]:
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return commitments_from([ORDER_OPENING, *texts], published_at=published_at, title=title, article_id=article_id)


def levels_of(rows: list[Commitment]) -> list[tuple]:
    """Who acts toward whom, what and between which levels, one sorted tuple per row."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.value_from, r.value_to) for r in rows)


def rows_of(rows: list[Commitment]) -> list[tuple]:
    """The fields a rule decides, one sorted tuple per row: actor, category, action, new level, amount, unit."""
    return sorted((r.actor, r.category, r.action, r.value_to, r.amount, r.unit) for r in rows)


def sample_sentences() -> list[str]:
    """Every sentence of the bundled HTML samples, as the pipeline splits them (the speed tests
    compare patterns on them)."""
    from pathlib import Path

    from pipeline.parse import parse_document
    from pipeline.sentences import split_sentences

    found = []
    for path in sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.html")):
        article = parse_document(path.read_bytes(), path.name)
        for paragraph in article.paragraphs:
            text = paragraph.text or ""
            found.extend(text[start:end] for start, end in split_sentences(text))
    return found


def triples(rows: list[Commitment]) -> list[tuple]:
    """(actor, category, action) of each row, sorted: what most tests compare."""
    return sorted((r.actor, r.category, r.action) for r in rows)


def one(rows: list[Commitment]) -> Commitment:
    """The only row, failing with the rows' triples when there is not exactly one."""
    assert len(rows) == 1, [(r.actor, r.category, r.action) for r in rows]
    return rows[0]


def bylined_story(*paragraphs: str, published_at: datetime, title: str = "Trade round-up") -> list[Commitment]:
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=published_at, title=title, authors=["A. Reporter"])


def tariff_levels(rows: list[Commitment]) -> list[tuple]:
    """(actor, counterparty, action, earlier level, new level) of each `tariff` row, sorted."""
    return sorted(((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to)
                   for r in rows if r.category == "tariff"), key=lambda t: tuple(-1 if v is None else v for v in t))


def talks(rows: list[Commitment]) -> list[tuple]:
    """(actor, counterparty, category) of each `negotiate` row, sorted."""
    return sorted((r.actor, r.counterparty, r.category) for r in rows if r.action == "negotiate")


def triples_in(rows: list[Commitment], text: str) -> list[tuple]:
    """(actor, category, action) of the rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


def levels_in(rows: list[Commitment], text: str) -> list[tuple]:
    """(actor, category, action, value_from, value_to) of the rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if text in (r.evidence or ""))


def learned_rows(texts, *, published_at: datetime = datetime(2026, 11, 30, tzinfo=timezone.utc), **page) -> list[Commitment]:
    """The rows the learned sentence reader adds to the rule chain's for ``texts``."""
    rows = commitments_from(texts, published_at=published_at, **page)
    with learned_sentences.rules_only():
        chain = {(r.actor, r.category, r.action, r.evidence) for r in commitments_from(texts, published_at=published_at, **page)}
    return [r for r in rows if (r.actor, r.category, r.action, r.evidence) not in chain]


def levels_and_amounts(rows: list[Commitment]) -> list[tuple]:
    """(actor, category, action, value_from, value_to, amount) of each row, sorted."""
    return sorted(((r.actor or "", r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows), key=repr)
