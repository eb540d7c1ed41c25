"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the articles a feed lists.

Public API
----------
- ``parse_feed(content, base_url=None) -> list[FeedEntry]`` — entries in feed
  order; links resolved against ``xml:base`` / ``base_url``; raises ``FeedError``
  when the bytes are not a feed.
- ``FeedEntry`` — url, title, published_at (UTC), updated_at (UTC).
- ``parse_datetime(text) -> datetime | None`` — RFC 822 (RSS) or ISO 8601 / W3C
  (Atom, sitemaps) dates as tz-aware UTC; naive dates are taken as UTC.

The XML parser never loads DTDs, expands external entities or touches the
network, so a hostile feed cannot read local files (XXE).
"""
from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

from lxml import etree


class FeedError(ValueError):
    """Bytes that are not an RSS or Atom feed."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    published_at: datetime | None = None
    updated_at: datetime | None = None


def safe_xml_parser() -> etree.XMLParser:
    """An lxml parser that tolerates sloppy XML and refuses entities, DTDs and the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(content: bytes, base_url: str | None = None) -> etree._Element | None:
    """The root element of ``content``, or None when nothing XML-like is in it."""
    content = content.lstrip(b"\xef\xbb\xbf").lstrip()  # BOM or blank lines before <?xml
    if not content.startswith(b"<"):
        return None
    try:
        return etree.fromstring(content, parser=safe_xml_parser(), base_url=base_url)
    except etree.XMLSyntaxError:
        return None


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_feed(content: bytes, base_url: str | None = None) -> list[FeedEntry]:
    root = parse_xml(content, base_url)
    if root is None:
        raise FeedError("not XML")
    kind = local_name(root)
    if kind == "rss":
        items = [el for channel in _children(root, "channel") for el in _children(channel, "item")]
        return _entries(items, _rss_entry, base_url)
    if kind == "RDF":  # RSS 1.0: items are siblings of the channel
        return _entries(_children(root, "item"), _rss_entry, base_url)
    if kind == "feed":
        return _entries(_children(root, "entry"), _atom_entry, base_url)
    raise FeedError(f"root element <{kind or root.tag}> is not rss, rdf:RDF or an Atom feed")


def _entries(elements, build, base_url) -> list[FeedEntry]:
    entries = []
    for element in elements:
        entry = build(element, base_url)
        if entry is not None:
            entries.append(entry)
    return entries


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if local_name(child) == name]


def _child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first child with one of ``names`` (namespace ignored), in that order."""
    for name in names:
        for child in _children(element, name):
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def _absolute(element: etree._Element, href: str, base_url: str | None) -> str:
    base = element.base or base_url or ""
    return urljoin(base, href.strip())


def _rss_entry(item: etree._Element, base_url: str | None) -> FeedEntry | None:
    # FeedBurner rewrites <link> to its own redirector and keeps the publisher's URL here.
    link = _child_text(item, "origLink", "link") or _permalink_guid(item) or _atom_link(item)
    if not link:
        return None
    return FeedEntry(
        url=_absolute(item, link, base_url),
        title=_child_text(item, "title"),
        published_at=parse_datetime(_child_text(item, "pubDate", "date", "published")),
        updated_at=parse_datetime(_child_text(item, "updated", "modified")),
    )


def _permalink_guid(item: etree._Element) -> str | None:
    for guid in _children(item, "guid"):
        text = (guid.text or "").strip()
        if guid.get("isPermaLink", "true").lower() != "false" and text.startswith(("http://", "https://")):
            return text
    return None


def _atom_link(entry: etree._Element) -> str | None:
    """The entry's alternate (reader-facing) link, preferring an HTML one."""
    candidates = [
        link
        for link in _children(entry, "link")
        if link.get("href") and link.get("rel", "alternate") == "alternate"
    ]
    html = [link for link in candidates if (link.get("type") or "text/html").startswith(("text/html", "application/xhtml"))]
    chosen = (html or candidates or [None])[0]
    return chosen.get("href") if chosen is not None else None


def _atom_entry(entry: etree._Element, base_url: str | None) -> FeedEntry | None:
    link = _atom_link(entry)
    if not link:
        identifier = _child_text(entry, "id")
        link = identifier if identifier and identifier.startswith(("http://", "https://")) else None
    if not link:
        return None
    published = parse_datetime(_child_text(entry, "published", "issued"))
    updated = parse_datetime(_child_text(entry, "updated", "modified"))
    return FeedEntry(
        url=_absolute(entry, link, base_url),
        title=_child_text(entry, "title"),
        published_at=published or updated,
        updated_at=updated,
    )


def parse_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    text = text.strip()
    parsed = _parse_iso(text) or _parse_rfc822(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _parse_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
