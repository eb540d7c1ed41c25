"""Sitemaps: the pages a site lists (urlset), the sitemaps it lists (index).

Public API
----------
- ``parse_sitemap(content, base_url=None) -> Sitemap`` — one sitemap document:
  XML urlset or sitemap index, plain-text list, gzip-compressed or not. Raises
  ``SitemapError`` when the bytes are none of these.
- ``crawl_sitemaps(url, fetcher, max_urls=..., ...) -> list[SitemapEntry]`` —
  follow an index down to its urlsets (breadth first, bounded in depth and
  count, loops ignored) and return the page URLs with their ``lastmod``.
- ``Sitemap`` (kind, pages, sitemaps), ``SitemapEntry`` (url, lastmod, found_in).
"""
from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Callable
from urllib.parse import urljoin

from pipeline.feeds import local_name, parse_datetime, parse_xml
from pipeline.fetch import FetchError, gunzip_bounded

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.fetch import Fetcher

log = logging.getLogger(__name__)

# The sitemaps protocol caps one file at 50 MB uncompressed and 50,000 URLs.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# An index of indexes is allowed but rare; deeper nesting is a loop or a trap.
MAX_DEPTH = 3
# Sitemap files fetched per crawl: news sites split by day, 100 covers months.
MAX_SITEMAPS = 100


class SitemapError(ValueError):
    """Bytes that are not a sitemap."""


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    found_in: str | None = None  # the sitemap that listed it


@dataclass
class Sitemap:
    kind: str  # urlset | index | text
    pages: list[SitemapEntry] = field(default_factory=list)
    sitemaps: list[SitemapEntry] = field(default_factory=list)  # child sitemaps (index)


def parse_sitemap(content: bytes, base_url: str | None = None) -> Sitemap:
    if content[:2] == b"\x1f\x8b":  # .xml.gz served without Content-Encoding
        try:
            content = gunzip_bounded(content, MAX_SITEMAP_BYTES)
        except Exception as exc:  # zlib.error or the size limit
            raise SitemapError(f"bad gzip sitemap: {exc}") from None
    root = parse_xml(content, base_url)
    if root is None:
        return _text_sitemap(content, base_url)
    kind = local_name(root)
    if kind == "urlset":
        return Sitemap("urlset", pages=_locations(root, "url", base_url))
    if kind == "sitemapindex":
        return Sitemap("index", sitemaps=_locations(root, "sitemap", base_url))
    raise SitemapError(f"root element <{kind}> is neither urlset nor sitemapindex")


def _locations(root, element_name: str, base_url: str | None) -> list[SitemapEntry]:
    entries = []
    for element in root:
        if local_name(element) != element_name:
            continue
        loc = lastmod = None
        for child in element:
            name = local_name(child)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = parse_datetime(child.text)
        if loc:
            entries.append(SitemapEntry(urljoin(base_url or "", loc), lastmod, base_url))
    return entries


def _text_sitemap(content: bytes, base_url: str | None) -> Sitemap:
    """The protocol's plain-text form: one absolute URL per line, nothing else."""
    text = content.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(line.startswith(("http://", "https://")) for line in lines):
        raise SitemapError("neither XML nor a plain list of URLs")
    return Sitemap("text", pages=[SitemapEntry(line, None, base_url) for line in lines])


def crawl_sitemaps(
    url: str,
    fetcher: Fetcher,
    *,
    max_urls: int,
    accept: Callable[[str], bool] | None = None,
    max_depth: int = MAX_DEPTH,
    max_sitemaps: int = MAX_SITEMAPS,
) -> list[SitemapEntry]:
    """Page URLs listed under ``url``; stops once ``max_urls`` accepted ones are found.

    The first sitemap's failure raises (FetchError or SitemapError); a child
    that fails is logged and skipped so one bad day-file does not lose the rest.
    """
    pages: list[SitemapEntry] = []
    queue: deque[tuple[str, int]] = deque([(url, 0)])
    seen = {url}
    fetched = 0
    while queue and len(pages) < max_urls and fetched < max_sitemaps:
        current, depth = queue.popleft()
        fetched += 1
        try:
            page = fetcher.fetch(current)
            sitemap = parse_sitemap(page.content, base_url=page.final_url)
        except (FetchError, SitemapError) as exc:
            if depth == 0:
                raise
            log.warning("skipping sitemap %s: %s", current, exc)
            continue
        for entry in sitemap.pages:
            if accept is None or accept(entry.url):
                pages.append(entry)
                if len(pages) >= max_urls:
                    break
        for child in sitemap.sitemaps:
            if depth + 1 <= max_depth and child.url not in seen:
                seen.add(child.url)
                queue.append((child.url, depth + 1))
    return pages
