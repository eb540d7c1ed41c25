"""Where documents come from: the ``sources.yaml`` file and URL discovery.

Public API
----------
- ``load_sources(path) -> list[Source]`` — read and validate a sources file;
  raises ``SourcesError`` naming the file, the entry and the reason.
- ``Source`` — one validated entry (local folder, RSS/Atom feed, sitemap, URL list).
- ``discover(source, fetcher=None) -> list[DiscoveredDocument]`` — the documents a
  source currently lists: files for ``local``; feed entries, sitemap URLs or the
  listed URLs otherwise — normalised, deduplicated, filtered by
  ``allowed_domains`` and capped at ``max_pages``.
- ``DiscoveredDocument`` — a URL (``file://`` for local files) plus what the
  listing said about it (title, published date, lastmod).
- ``normalize_url(url) -> str`` — the form URLs are compared and stored in.
- ``url_in_domains(url, domains) -> bool`` — the ``allowed_domains`` rule.

Reading what was discovered is ``pipeline.fetch``'s job (``Fetcher.fetch`` for
http(s), ``read_local`` for files).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

import yaml

from pipeline.fetch import DEFAULT_MIN_DELAY_S, DEFAULT_TIMEOUT_S, Fetcher, FetchError, quote_path, quote_query

SOURCE_TYPES = ("local", "rss", "sitemap", "urls")
LOCAL_SUFFIXES = (".html", ".htm", ".txt")

# Default for max_pages (docs/sources.md); the fetch defaults live in pipeline.fetch.
DEFAULT_MAX_PAGES = 500

# Query parameters that only track the click, never select the content: two URLs
# that differ only in these are the same document.
TRACKING_PARAM_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"})

_KNOWN_FIELDS = frozenset(
    {
        "name",
        "type",
        "path",
        "url",
        "urls",
        "enabled",
        "allowed_domains",
        "max_pages",
        "min_delay_s",
        "timeout_s",
        "allowed_private_networks",
    }
)


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names file, entry and reason."""


@dataclass(frozen=True)
class Source:
    name: str
    type: str  # local | rss | sitemap | urls
    path: Path | None = None  # local: absolute folder (resolved against the YAML file)
    url: str | None = None  # rss | sitemap: the feed or sitemap address
    urls: tuple[str, ...] = ()  # urls: the listed pages
    enabled: bool = True
    allowed_domains: tuple[str, ...] = ()  # empty: any domain
    max_pages: int = DEFAULT_MAX_PAGES
    min_delay_s: float = DEFAULT_MIN_DELAY_S
    timeout_s: float = DEFAULT_TIMEOUT_S
    allowed_private_networks: tuple[str, ...] = ()  # CIDR strings, e.g. "127.0.0.1/32"

    @property
    def private_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(net, strict=False) for net in self.allowed_private_networks]

    @property
    def is_remote(self) -> bool:
        return self.type != "local"


@dataclass(frozen=True)
class DiscoveredDocument:
    url: str  # normalised; file:// for local documents
    source: str  # Source.name
    path: Path | None = None  # local documents only
    title: str | None = None  # as the feed listed it
    published_at: datetime | None = None  # feed entry date (UTC)
    lastmod: datetime | None = None  # sitemap <lastmod> (UTC)
    found_in: str | None = None  # the feed or sitemap URL that listed it


# --------------------------------------------------------------------------- loading


def load_sources(path: Path) -> list[Source]:
    """Read ``path`` and return its sources in file order (disabled ones included)."""
    path = Path(path)
    raw = _read_yaml(path)
    entries = _entry_list(raw, path)
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        source = _source_from_entry(entry, number, path)
        if source.name in seen:
            raise SourcesError(
                f"{path}: entry {number} ({source.name!r}): duplicate name, "
                f"already used by entry {seen[source.name]}"
            )
        seen[source.name] = number
        sources.append(source)
    return sources


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourcesError(f"{path}: bad YAML{where}: {problem}") from None


def _entry_list(raw: Any, path: Path) -> list[Any]:
    if not isinstance(raw, dict) or "sources" not in raw:
        raise SourcesError(f"{path}: expected a mapping with a 'sources' list at the top level")
    entries = raw["sources"]
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'sources' must be a list of entries")
    return entries


def _source_from_entry(entry: Any, number: int, path: Path) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"{path}: entry {number}: expected a mapping, got {type(entry).__name__}")
    name = entry.get("name")
    label = f"entry {number} ({name!r})" if isinstance(name, str) and name else f"entry {number}"

    def fail(reason: str) -> SourcesError:
        return SourcesError(f"{path}: {label}: {reason}")

    if not isinstance(name, str) or not name.strip():
        raise fail("missing 'name' (a non-empty string)")
    unknown = sorted(set(entry) - _KNOWN_FIELDS)
    if unknown:
        raise fail(f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(sorted(_KNOWN_FIELDS))}")
    kind = entry.get("type")
    if kind not in SOURCE_TYPES:
        raise fail(f"unknown type {kind!r} (expected one of {', '.join(SOURCE_TYPES)})")

    fields: dict[str, Any] = {"name": name.strip(), "type": kind}
    fields["enabled"] = _bool_field(entry, "enabled", True, fail)
    fields["max_pages"] = _positive_int_field(entry, "max_pages", DEFAULT_MAX_PAGES, fail)
    fields["min_delay_s"] = _seconds_field(entry, "min_delay_s", DEFAULT_MIN_DELAY_S, fail, allow_zero=True)
    fields["timeout_s"] = _seconds_field(entry, "timeout_s", DEFAULT_TIMEOUT_S, fail, allow_zero=False)
    fields["allowed_domains"] = _domains_field(entry, fail)
    fields["allowed_private_networks"] = _networks_field(entry, fail)

    if kind == "local":
        fields["path"] = _local_path_field(entry, path, fail, must_exist=fields["enabled"])
    elif kind in ("rss", "sitemap"):
        fields["url"] = _http_url(entry.get("url"), "url", fail)
    else:
        listed = entry.get("urls")
        if not isinstance(listed, list) or not listed:
            raise fail("type 'urls' needs 'urls': a non-empty list of http(s) URLs")
        fields["urls"] = tuple(_http_url(u, f"urls[{i}]", fail) for i, u in enumerate(listed))
    return Source(**fields)


def _bool_field(entry: dict, key: str, default: bool, fail) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        raise fail(f"'{key}' must be true or false, got {value!r}")
    return value


def _positive_int_field(entry: dict, key: str, default: int, fail) -> int:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(f"'{key}' must be a positive whole number, got {value!r}")
    return value


def _seconds_field(entry: dict, key: str, default: float, fail, *, allow_zero: bool) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (value == 0 and not allow_zero):
        bound = "zero or more" if allow_zero else "more than zero"
        raise fail(f"'{key}' must be a number of seconds, {bound}, got {value!r}")
    return float(value)


def _domains_field(entry: dict, fail) -> tuple[str, ...]:
    value = entry.get("allowed_domains") or []
    if not isinstance(value, list) or not all(isinstance(d, str) and d.strip(". ") for d in value):
        raise fail(f"'allowed_domains' must be a list of host names, got {value!r}")
    return tuple(d.strip().strip(".").lower() for d in value)


def _networks_field(entry: dict, fail) -> tuple[str, ...]:
    value = entry.get("allowed_private_networks") or []
    if not isinstance(value, list):
        raise fail(f"'allowed_private_networks' must be a list of CIDR networks, got {value!r}")
    networks = []
    for item in value:
        try:
            networks.append(str(ipaddress.ip_network(str(item), strict=False)))
        except ValueError:
            raise fail(f"'allowed_private_networks': {item!r} is not an IP network (e.g. 127.0.0.1/32)") from None
    return tuple(networks)


def _local_path_field(entry: dict, sources_file: Path, fail, *, must_exist: bool) -> Path:
    value = entry.get("path")
    if not isinstance(value, str) or not value.strip():
        raise fail("type 'local' needs 'path': a folder, relative to the sources file")
    folder = (sources_file.resolve().parent / value).resolve()
    if must_exist and not folder.is_dir():  # a disabled entry may point at a folder not made yet
        raise fail(f"'path' {value!r} is not a folder (looked in {folder})")
    return folder


def _http_url(value: Any, key: str, fail) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(f"missing '{key}' (an http or https URL)")
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise fail(f"'{key}' must be an http or https URL, got {value!r}")
    return value.strip()


# --------------------------------------------------------------------------- URLs


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters.

    Everything else (path case, the other parameters and their encoding) is kept
    byte for byte: servers may treat any of it as significant.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "file":
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))
    path = quote_path(parts.path or "/")
    query = quote_query(_strip_tracking(parts.query))
    return urlunsplit((scheme, _normalize_netloc(parts, scheme), path, query, ""))


def _normalize_netloc(parts, scheme: str) -> str:
    userinfo, _, hostport = parts.netloc.rpartition("@")
    try:
        port = parts.port
    except ValueError:  # junk port: leave it for the fetcher to refuse
        return parts.netloc.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port and not (scheme == "http" and port == 80) and not (scheme == "https" and port == 443):
        host = f"{host}:{port}"
    return f"{userinfo}@{host}" if userinfo else host


def _strip_tracking(query: str) -> str:
    if not query:
        return ""
    kept = [piece for piece in query.split("&") if not _is_tracking_param(unquote_plus(piece.partition("=")[0]))]
    return "&".join(kept)


def _is_tracking_param(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PARAM_PREFIXES)


def url_in_domains(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True when the URL's host is one of ``domains`` or a subdomain of one (empty: any)."""
    if not domains:
        return True
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


# --------------------------------------------------------------------------- discovery


def discover(source: Source, fetcher: Fetcher | None = None) -> list[DiscoveredDocument]:
    """The documents ``source`` lists now, deduplicated, domain-filtered, capped.

    Remote types fetch their feed or sitemap with ``fetcher`` (one is built from
    the source's settings when None) and raise ``pipeline.fetch.FetchError`` when
    it cannot be read or is not a feed or sitemap.
    """
    if source.type == "local":
        candidates = _discover_local(source)
    elif source.type == "urls":
        candidates = [DiscoveredDocument(url=u, source=source.name) for u in source.urls]
    else:
        if fetcher is None:
            fetcher = Fetcher.for_source(source)
        if source.type == "rss":
            candidates = _discover_feed(source, fetcher)
        else:
            candidates = _discover_sitemap(source, fetcher)
    return select_documents(candidates, source)


def select_documents(candidates: list[DiscoveredDocument], source: Source) -> list[DiscoveredDocument]:
    """Normalise, drop repeats and off-domain URLs, keep the first ``max_pages``."""
    chosen: list[DiscoveredDocument] = []
    seen: set[str] = set()
    for doc in candidates:
        url = normalize_url(doc.url)
        if url in seen:
            continue
        if source.is_remote and not _is_http(url):
            continue  # a feed may list mailto:, javascript: or relative junk
        if source.is_remote and not url_in_domains(url, source.allowed_domains):
            continue
        seen.add(url)
        chosen.append(_with_url(doc, url))
        if len(chosen) >= source.max_pages:
            break
    return chosen


def _is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def _with_url(doc: DiscoveredDocument, url: str) -> DiscoveredDocument:
    if doc.url == url:
        return doc
    return DiscoveredDocument(
        url=url,
        source=doc.source,
        path=doc.path,
        title=doc.title,
        published_at=doc.published_at,
        lastmod=doc.lastmod,
        found_in=doc.found_in,
    )


def local_documents(folder: Path) -> list[Path]:
    """Every .html/.htm/.txt file under ``folder``, recursively, in path order; hidden ones skipped."""
    folder = Path(folder)
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in LOCAL_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _discover_local(source: Source) -> list[DiscoveredDocument]:
    assert source.path is not None
    return [
        DiscoveredDocument(url=p.resolve().as_uri(), source=source.name, path=p.resolve())
        for p in local_documents(source.path)
    ]


def _discover_feed(source: Source, fetcher: Fetcher) -> list[DiscoveredDocument]:
    from pipeline.feeds import FeedError, parse_feed

    assert source.url is not None
    page = fetcher.fetch(source.url)
    try:
        entries = parse_feed(page.content, base_url=page.final_url)
    except FeedError as exc:
        raise FetchError(source.url, f"not an RSS or Atom feed: {exc}") from None
    return [
        DiscoveredDocument(
            url=entry.url,
            source=source.name,
            title=entry.title,
            published_at=entry.published_at,
            found_in=page.final_url,
        )
        for entry in entries
    ]


def _discover_sitemap(source: Source, fetcher: Fetcher) -> list[DiscoveredDocument]:
    from pipeline.sitemaps import SitemapError, crawl_sitemaps

    assert source.url is not None

    seen: set[str] = set()

    def wanted(url: str) -> bool:
        """Counts toward max_pages only once per normalised, in-domain URL."""
        normalized = normalize_url(url)
        if normalized in seen or not _is_http(normalized) or not url_in_domains(normalized, source.allowed_domains):
            return False
        seen.add(normalized)
        return True

    try:
        entries = crawl_sitemaps(source.url, fetcher, max_urls=source.max_pages, accept=wanted)
    except SitemapError as exc:
        raise FetchError(source.url, f"not a sitemap: {exc}") from None
    return [
        DiscoveredDocument(url=entry.url, source=source.name, lastmod=entry.lastmod, found_in=entry.found_in)
        for entry in entries
    ]
