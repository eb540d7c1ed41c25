"""Public entry points: a fetched page (HTML or plain text) in, an ``Article`` out.

``parse_html`` parses the page once with BeautifulSoup's lxml builder, reads the
metadata (``pipeline.metadata``), finds the body (``pipeline.htmlbody``, or a
publisher adapter from ``pipeline/data/publishers.yaml``) and builds paragraphs
with exact offsets into the body. Inputs that cannot be an article raise
``ParseError`` whose ``reason`` says why, so the pipeline can quarantine them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup, Tag

from pipeline import htmlbody, metadata
from pipeline.encoding import decode_page, sniff_utf16
from pipeline.model import PARAGRAPH_SEPARATOR, Article, Paragraph
from pipeline.plaintext import plain_paragraphs

# Pages above this size are not articles (and would take seconds to parse).
MAX_PAGE_BYTES = 20 * 1024 * 1024
# BeautifulSoup spends about 50 µs and 1 KB per element: a page of millions of
# tags would take minutes. Real articles have a few thousand after scripts and
# menus are cut (at most 2,680 on article-bench and the white-house pages).
MAX_TAGS = 200_000
# Binary files show NUL bytes early; text never does, except UTF-16/32 (told
# apart by a BOM or by pipeline.encoding.sniff_utf16).
BINARY_SNIFF_BYTES = 4096
# How many paragraphs at the top and bottom of a body to search for datelines,
# written dates and closing credits.
EDGE_PARAGRAPHS = 3

# Short labels above the headline (section kickers) are not body text.
MAX_KICKERS = 2
MAX_KICKER_CHARS = 40
# A dateline opens one of the first paragraphs (a standfirst may come first).
DATELINE_PARAGRAPHS = 2

PUBLISHERS_FILE = Path(__file__).parent / "data" / "publishers.yaml"
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})


class ParseError(ValueError):
    """An input that cannot be turned into an article; ``reason`` names why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------
# Input checks shared by HTML and text
# ---------------------------------------------------------------------------


def check_raw_input(data: bytes | str) -> None:
    """Refuse inputs that cannot be an article before any parsing work."""
    if exceeds_size_limit(data):
        raise ParseError("page larger than 20 MB")
    if not data or not data.strip():
        raise ParseError("empty file")
    head = data[:BINARY_SNIFF_BYTES]
    has_nul = (b"\x00" in head) if isinstance(head, bytes) else ("\x00" in head)
    if has_nul and not _starts_with_utf16_or_32_bom(data) and not (isinstance(data, bytes) and sniff_utf16(data)):
        raise ParseError(f"binary content (NUL bytes in first {BINARY_SNIFF_BYTES // 1024} KiB)")


def exceeds_size_limit(data: bytes | str) -> bool:
    if isinstance(data, bytes) or len(data) * 4 <= MAX_PAGE_BYTES:
        return len(data) > MAX_PAGE_BYTES  # a short str cannot encode to more than 4 bytes a character
    return len(data.encode("utf-8", "surrogatepass")) > MAX_PAGE_BYTES


def _starts_with_utf16_or_32_bom(data: bytes | str) -> bool:
    return isinstance(data, bytes) and data[:2] in (b"\xff\xfe", b"\xfe\xff") or (
        isinstance(data, bytes) and data[:4] == b"\x00\x00\xfe\xff"
    )


def to_text(data: bytes | str, http_charset: str | None = None) -> str:
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    text, _codec = decode_page(data, http_charset)
    return text


def paragraphs_to_article(items: list[tuple[str, str, int]]) -> Article:
    """(text, kind, level) triples -> an Article whose paragraph offsets index its body."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, (text, kind, level) in enumerate(items):
        paragraphs.append(Paragraph(index, text, offset, offset + len(text), kind, level))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(text for text, _, _ in items)
    return Article(body=body, paragraphs=paragraphs)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# Cut out before building the tree, in one linear scan: BeautifulSoup's tree
# building is most of the parser's cost, and on news pages these elements hold
# most of the tags (menus, scripts, icons). Measured on article-bench this made
# parse_html about a third faster with identical bodies (docs/parsing.md).
# Raw-text elements: an unclosed one runs to the end of the page, as in a browser.
RAW_TEXT_ELEMENTS = ("script", "style", "noscript", "template", "svg", "textarea")
# Furniture that never holds article text or metadata: cut only when closed.
FURNITURE_ELEMENTS = ("nav", "aside", "select", "button")
_CUT_OPENING = re.compile(
    r"<(%s)(?=[\s>/])|<!--" % "|".join(RAW_TEXT_ELEMENTS + FURNITURE_ELEMENTS), re.IGNORECASE
)
_CUT_CLOSINGS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS + FURNITURE_ELEMENTS}


def strip_raw_elements(html: str) -> str:
    """Remove scripts, styles, comments, menus and similar before parsing."""
    out: list[str] = []
    position = 0
    unclosed: set[str] = set()  # names with no closing tag left: never search again (keeps it linear)
    while True:
        opening = _CUT_OPENING.search(html, position)
        if opening is None:
            out.append(html[position:])
            break
        name = (opening.group(1) or "").lower()
        if name in FURNITURE_ELEMENTS:
            closing = None if name in unclosed else _CUT_CLOSINGS[name].search(html, opening.end())
            if closing is None:
                unclosed.add(name)
                out.append(html[position:opening.end()])  # keep it; the walker treats it as furniture
                position = opening.end()
                continue
            end = closing.end()
        elif name:
            closing = _CUT_CLOSINGS[name].search(html, opening.end())
            end = closing.end() if closing else -1
        else:
            end = html.find("-->", opening.end())
            end = end + 3 if end >= 0 else -1
        out.append(html[position:opening.start()])
        out.append(" ")
        if end < 0:
            break
        position = end
    return "".join(out)


@dataclass
class PublisherAdapter:
    """Selectors for one high-volume publisher (see pipeline/data/publishers.yaml)."""

    name: str
    domains: list[str]
    body: str
    drop: list[str]
    wire_agency: str | None = None

    def matches(self, host: str | None) -> bool:
        return bool(host) and any(host == d or host.endswith("." + d) for d in self.domains)


@lru_cache(maxsize=1)
def load_publisher_adapters(path: Path = PUBLISHERS_FILE) -> tuple[PublisherAdapter, ...]:
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    adapters = []
    for record in records.get("publishers", []):
        adapters.append(
            PublisherAdapter(
                name=record["name"],
                domains=[d.lower() for d in record.get("domains", [])],
                body=record["body"],
                drop=list(record.get("drop", [])),
                wire_agency=record.get("wire_agency"),
            )
        )
    return tuple(adapters)


def adapter_for(url: str | None) -> PublisherAdapter | None:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a damaged link ("https://gov.ex[ample.org/"): no publisher known, not a crash
        return None
    if not host:
        return None
    host = host.lower()
    return next((a for a in load_publisher_adapters() if a.matches(host)), None)


_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
# the head of a page, where <link rel=canonical> sits
HEAD_SCAN_CHARS = 65536


def canonical_hint(html: str) -> str | None:
    """The rel=canonical URL, read before parsing so a saved page finds its adapter."""
    for match in _LINK_TAG.finditer(html, 0, HEAD_SCAN_CHARS):
        tag = match.group(0)
        if "canonical" in tag.lower():
            href = _HREF.search(tag)
            return href.group(1) if href else None
    return None


def adapter_body(soup: BeautifulSoup, adapter: PublisherAdapter) -> htmlbody.WalkResult | None:
    """The adapter's body, or None when its selector finds nothing (the page changed)."""
    container = soup.select_one(adapter.body)
    if container is None:
        return None
    dropped = [tag for selector in adapter.drop for tag in container.select(selector)]
    return htmlbody.extract_blocks(soup, container=container, skip=dropped)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _same_text(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and _squash(a) == _squash(b)


def _drop_title_heading(blocks: list[htmlbody.Block], title: str | None, h1: str | None) -> list[htmlbody.Block]:
    """The headline is the title, not body text; a short label just above it
    ("Fact Sheets", "Trade") is the section kicker."""
    for index, block in enumerate(blocks):
        if block.kind == "heading" and (_same_text(block.text, title) or _same_text(block.text, h1)):
            before = blocks[:index]
            if index <= MAX_KICKERS:
                before = [b for b in before if not _is_kicker(b)]
            return before + blocks[index + 1:]
    return blocks


# A block whose last sentence is a stub of one to three capitalised words after a sentence end
# ("... natural gas (LNG). North"): the page's editor broke the next sentence, often inside a
# name ("North" / "Macedonia will ..."), across two elements.
_FRAGMENT_TAIL = re.compile(r"[.!?][\"”’)]?\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$")
# The next block goes on with that sentence: a word, not a bullet, number or label.
_CONTINUES_SENTENCE = re.compile(r"[A-Za-z][\w’'-]*\s+[a-z]")


def _join_split_sentences(blocks: list[htmlbody.Block]) -> list[htmlbody.Block]:
    """Glue a sentence the page split across two blocks of the same kind back into one block."""
    joined: list[htmlbody.Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == block.kind and previous.level == block.level \
                and block.kind in ("paragraph", "list_item") and _FRAGMENT_TAIL.search(previous.text) \
                and _CONTINUES_SENTENCE.match(block.text):
            joined[-1] = replace(previous, text=f"{previous.text} {block.text}",
                                 link_chars=previous.link_chars + block.link_chars)
            continue
        joined.append(block)
    return joined


def _is_kicker(block: htmlbody.Block) -> bool:
    return len(block.text) <= MAX_KICKER_CHARS and not block.text.endswith((".", "!", "?", ":", "\"", "”"))


def parse_html(data: bytes | str, url: str | None = None, *, http_charset: str | None = None) -> Article:
    """Parse an HTML page into an Article (metadata and body paragraphs)."""
    check_raw_input(data)
    html = to_text(data, http_charset)
    if not html.strip():
        raise ParseError("empty file")
    markup = strip_raw_elements(html)
    if markup.count("<") > MAX_TAGS:
        raise ParseError(f"too many HTML elements (over {MAX_TAGS:,} tags)")
    # class and rel as plain strings: splitting them into lists costs a tenth of the parse
    soup = BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    adapter = adapter_for(url) or adapter_for(canonical_hint(html))
    walked = adapter_body(soup, adapter) if adapter else None
    if walked is None or not walked.blocks:
        walked = htmlbody.extract_blocks(soup)
    page = metadata.collect_page_meta(walked.metadata_tags, html)
    ld = metadata.main_jsonld(page)
    blocks = walked.blocks

    publisher = metadata.publisher_name(page, ld)
    h1 = walked.first_h1
    title = metadata.choose_title(page, ld, publisher, h1)
    blocks = _drop_title_heading(blocks, title, h1)
    if not blocks:
        raise ParseError("no article body found")
    blocks = _join_split_sentences(blocks)

    article = paragraphs_to_article([(b.text, b.kind, b.level) for b in blocks])
    article.title = title
    article.url = url
    article.canonical_url = metadata.canonical_url(page, url)
    article.publisher = publisher
    article.language = metadata.page_language(page, ld)
    article.section = metadata.page_section(page, ld)
    fill_people_and_places(article, page, ld, walked.bylines, adapter)
    fill_dates(article, page, ld, url, walked.bylines)
    return article


def fill_people_and_places(article: Article, page: metadata.PageMeta, ld: dict,
                           bylines: list[Tag], adapter: PublisherAdapter | None) -> None:
    """Authors, dateline and wire agency (from the byline, the dateline, or a closing credit)."""
    authors, agencies = metadata.authors_and_agencies(page, ld, bylines)
    texts = [p.text for p in article.paragraphs if p.kind != "heading"]
    dateline = next(filter(None, (metadata.find_dateline(t) for t in texts[:DATELINE_PARAGRAPHS])), None)
    article.dateline = dateline.place if dateline else None
    article.wire_agency = (
        (dateline.agency if dateline else None)
        or (agencies[0] if agencies else None)
        or metadata.closing_agency(texts[-EDGE_PARAGRAPHS:])
        or (adapter.wire_agency if adapter else None)
        or metadata.agency_name(article.publisher or "")
    )
    # "By Northstar" names the agency, and "By LinkNaija" the site, not a reporter
    article.authors = [a for a in authors if not _names_organisation(a, article)]


def _names_organisation(name: str, article: Article) -> bool:
    """"Northstar", "LinkNaija", "CNN Business": the agency or the site, not a person."""
    name = name.lower()
    for organisation in (article.wire_agency, article.publisher):
        if organisation and (name == organisation.lower() or name.startswith(organisation.lower() + " ")):
            return True
    return False


def fill_dates(article: Article, page: metadata.PageMeta, ld: dict, url: str | None, bylines: list[Tag]) -> None:
    top_text = [tag.get_text(" ", strip=True) for tag in bylines[:3]]
    top_text += [p.text for p in article.paragraphs[:EDGE_PARAGRAPHS]]
    top_text += [p.text for p in article.paragraphs[-EDGE_PARAGRAPHS:]]
    published, source, local_day = metadata.published_date(page, ld, url or article.canonical_url, top_text)
    article.published_at = published
    article.published_at_source = source
    article.published_local_date = local_day
    article.updated_at = metadata.updated_date(page, ld)


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------


def plain_level(index: int, kind: str) -> int:
    """The headline is a level-1 heading, a section label below it level 2; list items are top level."""
    if kind == "heading":
        return 1 if index == 0 else 2
    return 1 if kind == "list_item" else 0


def parse_text(data: bytes | str, url: str | None = None) -> Article:
    """Parse a plain-text article: paragraphs as DESIGN.md describes, headline and dateline."""
    check_raw_input(data)
    text = to_text(data)
    items = plain_paragraphs(text)
    if not items:
        raise ParseError("empty file")
    article = paragraphs_to_article([(t, kind, plain_level(index, kind)) for index, (t, kind) in enumerate(items)])
    article.url = url
    if items[0][1] == "heading":
        article.title = items[0][0]
    texts = [t for t, kind in items if kind != "heading"]
    dateline = metadata.find_dateline(texts[0]) if texts else None
    if dateline:
        article.dateline = dateline.place
        article.wire_agency = dateline.agency
    article.wire_agency = article.wire_agency or metadata.closing_agency(texts[-EDGE_PARAGRAPHS:])
    if dateline and dateline.date_text:
        article.published_at = metadata.parse_datetime(dateline.date_text)
        article.published_at_source = "dateline" if article.published_at else None
    if article.published_at is None:
        for candidate in texts[:EDGE_PARAGRAPHS]:
            moment = metadata.written_moment(candidate)
            if moment:
                article.published_at, article.published_at_source = moment[0], "text"
                article.published_local_date = moment[1] if moment[2] else None
                break
    return article


# ---------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------

_LOOKS_LIKE_HTML = re.compile(rb"<(?:!doctype|html|head|body|p|div|article|meta|title|h[1-6])[\s>/]", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    return _LOOKS_LIKE_HTML.search(data[:4096]) is not None


def parse_document(data: bytes, name: str, url: str | None = None, *, http_charset: str | None = None) -> Article:
    """Parse a file by its name's suffix (.txt is text, .html and friends HTML; else sniff)."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return parse_text(data, url)
    if suffix in HTML_SUFFIXES:
        return parse_html(data, url, http_charset=http_charset)
    check_raw_input(data)
    utf16 = sniff_utf16(data) if isinstance(data, bytes) else None
    head = data[:BINARY_SNIFF_BYTES].decode(utf16, "replace").encode("utf-8") if utf16 else data
    if looks_like_html(head if isinstance(head, bytes) else head.encode("utf-8", "replace")):
        return parse_html(data, url, http_charset=http_charset)
    return parse_text(data, url)
