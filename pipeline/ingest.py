"""The steps between a source and a fact, as plain functions over records.

Public API:
    acquire(sources, log) -> Acquired             read every enabled source once
    parse_pages(pages) -> Parsed                  raw page rows -> article/paragraph rows + quarantine
    extract_facts(articles) -> Extracted          article rows -> commitment/statement rows + quarantine
    article_from_record(record, paragraphs) -> Article

Every step keeps going past a bad document: it is recorded with its reason in the
quarantine rows, and the run goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from pipeline.model import Article, Paragraph, stable_id
from pipeline.sources import Source, discover

Log = Callable[[str], None]


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Acquired:
    pages: list[dict] = field(default_factory=list)  # raw_pages rows
    log: list[dict] = field(default_factory=list)  # fetch_log rows


@dataclass
class Parsed:
    articles: list[dict] = field(default_factory=list)
    paragraphs: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


@dataclass
class Extracted:
    commitments: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


def local_url(source: Source, path: Path) -> str:
    """A machine-independent address for a local file: the same on every checkout."""
    assert source.path is not None
    return f"local://{source.name}/{Path(path).resolve().relative_to(source.path.resolve()).as_posix()}"


def acquire(sources: Iterable[Source], log: Log = lambda message: None,
            cache_dir: Path | None = None) -> Acquired:
    """Read every enabled source; ``cache_dir`` keeps HTTP bodies for conditional GETs."""
    from pipeline.fetch import FetchError, read_local

    acquired = Acquired()
    for source in sources:
        if not source.enabled:
            continue
        fetcher = _fetcher_for(source, cache_dir) if source.is_remote else None
        try:
            documents = discover(source, fetcher)
        except Exception as error:  # a feed that will not parse must not stop other sources
            acquired.log.append(_log_row(source.name, source.url or str(source.path), "error",
                                         f"discovery failed: {error}"))
            log(f"{source.name}: discovery failed: {error}")
            continue
        for document in documents:
            address = local_url(source, document.path) if document.path else document.url
            try:
                page = read_local(document.path) if document.path else fetcher.fetch(document.url)
            except FetchError as error:
                acquired.log.append(_log_row(source.name, address, "error", error.reason))
                continue
            acquired.pages.append(
                {
                    "source": source.name,
                    "url": address,
                    "final_url": address if document.path else page.final_url,
                    "status": page.status,
                    "content_type": page.content_type,
                    "http_charset": page.http_charset,
                    "content": page.content,
                    "content_sha256": page.sha256,
                    "fetched_at": page.fetched_at,
                }
            )
            acquired.log.append(_log_row(source.name, address, "fetched", None))
        log(f"{source.name}: {len(documents)} documents listed")
    return acquired


def _fetcher_for(source: Source, cache_dir: Path | None):
    from pipeline.fetch import Fetcher

    return Fetcher.for_source(source, cache_dir=cache_dir)


def _log_row(source: str, url: str, outcome: str, reason: str | None) -> dict:
    return {"source": source, "url": url, "outcome": outcome, "reason": reason, "logged_at": _now()}


def _quarantine_row(page: dict, reason: str) -> dict:
    return {
        "source": page["source"],
        "url": page["url"],
        "content_sha256": page.get("content_sha256"),
        "reason": reason,
        "quarantined_at": _now(),
    }


def article_id_for(article: Article, url: str) -> str:
    """Stable across runs and machines: from the canonical URL when the page has one."""
    return stable_id(article.canonical_url or url)


def parse_pages(pages: Iterable[dict]) -> Parsed:
    from pipeline.parse import ParseError, parse_document

    parsed = Parsed()
    seen: set[str] = set()
    for page in pages:
        name = page["url"].rsplit("/", 1)[-1] or "index.html"
        try:
            article = parse_document(page["content"], name, url=page["final_url"],
                                     http_charset=page.get("http_charset"))
        except ParseError as error:
            parsed.quarantine.append(_quarantine_row(page, error.reason))
            continue
        except Exception as error:  # a parser bug on one page must not lose the others
            parsed.quarantine.append(_quarantine_row(page, f"parser failed: {type(error).__name__}: {error}"))
            continue
        article_id = article_id_for(article, page["url"])
        if article_id in seen:
            parsed.quarantine.append(_quarantine_row(page, f"same canonical URL as article {article_id} in this fetch"))
            continue
        seen.add(article_id)
        parsed.articles.append(_article_row(article, article_id, page))
        parsed.paragraphs.extend(_paragraph_rows(article_id, article.paragraphs))
    return parsed


def _article_row(article: Article, article_id: str, page: dict) -> dict:
    return {
        "article_id": article_id,
        "url": page["final_url"] or page["url"],
        "canonical_url": article.canonical_url,
        "source": page["source"],
        "publisher": article.publisher,
        "title": article.title,
        "authors": list(article.authors),
        "published_at": article.published_at,
        "published_local_date": article.published_local_date,
        "published_at_source": article.published_at_source,
        "updated_at": article.updated_at,
        "dateline": article.dateline,
        "wire_agency": article.wire_agency,
        "language": article.language,
        "section": article.section,
        "body": article.body,
        "word_count": article.word_count,
        "content_sha256": article.content_sha256,
        "fetched_at": page["fetched_at"],
    }


def _paragraph_rows(article_id: str, paragraphs: list[Paragraph]) -> list[dict]:
    return [
        {
            "article_id": article_id,
            "paragraph_index": p.index,
            "kind": p.kind,
            "level": p.level,
            "text": p.text,
            "char_start": p.char_start,
            "char_end": p.char_end,
        }
        for p in paragraphs
    ]


def article_from_record(record: dict, paragraphs: list[dict]) -> Article:
    """Rebuild the Article an extractor needs from warehouse rows."""
    return Article(
        body=record["body"],
        paragraphs=[
            Paragraph(p["paragraph_index"], p["text"], p["char_start"], p["char_end"], p["kind"], p["level"])
            for p in sorted(paragraphs, key=lambda p: p["paragraph_index"])
        ],
        title=record.get("title"),
        url=record.get("url"),
        canonical_url=record.get("canonical_url"),
        publisher=record.get("publisher"),
        authors=list(record.get("authors") or []),
        published_at=record.get("published_at"),
        published_local_date=record.get("published_local_date"),
        dateline=record.get("dateline"),
        wire_agency=record.get("wire_agency"),
        language=record.get("language"),
        section=record.get("section"),
        article_id=record["article_id"],
        source=record.get("source"),
    )


def _extractors(which: str):
    if which == "commitments":
        from pipeline.commitments import extract_commitments

        return extract_commitments
    from pipeline.statements import extract_statements

    return extract_statements


def extract_facts(
    articles: Iterable[tuple[dict, list[dict]]], which: tuple[str, ...] | str = ("commitments", "statements")
) -> Extracted:
    """Commitments and/or statements of each (article row, paragraph rows) pair."""
    wanted = (which,) if isinstance(which, str) else which
    extracted = Extracted()
    for record, paragraphs in articles:
        article = article_from_record(record, paragraphs)
        page = {"source": record["source"], "url": record["url"], "content_sha256": record["content_sha256"]}
        for table in wanted:
            extractor, sink = _extractors(table), getattr(extracted, table)
            try:
                rows = [fact.to_dict() for fact in extractor(article)]
            except Exception as error:  # keep the article's other facts and the run
                extracted.quarantine.append(_quarantine_row(
                    page, f"{extractor.__name__} failed: {type(error).__name__}: {error}"))
                continue
            for row in rows:
                row["article_id"] = record["article_id"]
            sink.extend(rows)
    return extracted

