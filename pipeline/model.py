"""The records that flow through the pipeline, shared by every stage.

Field names follow the published tables in docs/data-model.md (DESIGN.md's data
model). Offsets are character offsets into ``Article.body``; the body is the
paragraph texts joined by ``PARAGRAPH_SEPARATOR``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"


def stable_id(*parts: object, length: int = 16) -> str:
    """A content-derived identifier: the same inputs give the same id on every run."""
    text = "\x1f".join(["" if p is None else str(p) for p in parts])  # (a list: join reads it without a generator)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


# How a table row's cells are joined in its paragraph's text ("Afghanistan | 15%").
TABLE_CELL_SEPARATOR = " | "


@dataclass
class Paragraph:
    index: int
    text: str
    char_start: int
    char_end: int
    # paragraph | heading | list_item | blockquote | preformatted | table_row (cells joined by " | ")
    kind: str = "paragraph"
    # heading level (1-6) or list nesting depth (1 = top level); 0 otherwise
    level: int = 0


@dataclass
class Article:
    body: str
    paragraphs: list[Paragraph]
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None  # UTC, tz-aware
    published_at_source: str | None = None  # jsonld | meta | time | url | dateline | text
    updated_at: datetime | None = None
    dateline: str | None = None
    wire_agency: str | None = None
    language: str | None = None
    section: str | None = None
    # filled by the pipeline, not by the parser
    article_id: str | None = None
    source: str | None = None
    fetched_at: datetime | None = None
    duplicate_of: str | None = None
    # the publication's calendar day where it was published, when the page
    # states its time zone ("2025-07-03T20:30:00-04:00" is July 3, though
    # published_at's UTC day is July 4); None otherwise
    published_local_date: date | None = None

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    @property
    def reference_date(self) -> date | None:
        """The date relative expressions ("on Thursday", "next month") count from:
        the publication's own calendar day, else the UTC day of published_at."""
        if self.published_local_date is not None:
            return self.published_local_date
        return self.published_at.date() if self.published_at else None

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["word_count"] = self.word_count
        record["content_sha256"] = self.content_sha256
        return record


@dataclass
class Actor:
    actor_id: str
    name: str
    kind: str  # country | bloc | person | organisation
    country: str | None = None  # ISO 3166-1 alpha-3 (EUN for the European Union)
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Commitment:
    actor: str | None
    category: str
    action: str
    subject: str | None
    evidence: str
    paragraph_index: int
    char_start: int
    char_end: int
    counterparty: str | None = None
    products: list[str] = field(default_factory=list)  # HS codes
    value_from: float | None = None
    value_to: float | None = None
    change: float | None = None
    amount: float | None = None
    unit: str | None = None
    duration_days: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: str | None = None
    conditional: bool = False
    confidence: float = 1.0
    mentions: int = 1
    article_id: str | None = None
    deal_id: str | None = None
    commitment_id: str | None = None
    extractor_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Statement:
    quote: str
    kind: str  # direct | partial | indirect | continuation
    paragraph_index: int
    char_start: int
    char_end: int
    speaker: str | None = None
    speaker_actor_id: str | None = None
    speaker_country: str | None = None
    speaker_type: str | None = None  # official | leader | analyst | business | anonymous | other
    speaker_role: str | None = None
    speaker_org: str | None = None
    verb: str | None = None
    addressee: str | None = None
    confidence: float = 1.0
    article_id: str | None = None
    statement_id: str | None = None
    extractor_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def article_from_paragraphs(
    texts: list[str],
    *,
    published_at: datetime | None = None,
    title: str | None = None,
    kinds: list[str] | None = None,
) -> Article:
    """Build an Article from paragraph texts, computing body offsets (tests, .txt input)."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, text in enumerate(texts):
        kind = kinds[index] if kinds else "paragraph"
        paragraphs.append(Paragraph(index, text, offset, offset + len(text), kind))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(texts)
    return Article(body=body, paragraphs=paragraphs, title=title, published_at=published_at)
