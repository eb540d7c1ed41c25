"""Reading documents: polite, safe HTTP fetching and local files, as one record type.

Public API
----------
- ``Fetcher(...)`` / ``Fetcher.for_source(source, cache_dir=None)`` — an HTTP
  client for one source's settings. ``Fetcher.fetch(url) -> FetchedPage``:
  timeout on every request, robots.txt obeyed (cached per host), a per-host
  delay between requests, bounded retries on 429/5xx honouring Retry-After, a
  size limit, redirects re-checked hop by hop, conditional GET against a
  content-addressed cache, and SSRF protection (private, loopback, link-local,
  multicast and reserved addresses refused unless in allowed_private_networks).
  ``Fetcher.robots_refusal(url) -> str | None`` says whether robots.txt lets us in.
- ``ResponseCache(root)`` — the cache folder: bodies by sha256 under
  ``objects/``, each URL's validators under ``urls/``.
- ``address_refusal(ip, allowed_networks) -> str | None`` — the SSRF rule.
- ``read_local(path) -> FetchedPage`` — a local file as a page (``file://`` URL).
- ``FetchedPage`` — what was read: url, final_url, status, headers, content
  (bytes), content_type, http_charset, fetched_at (UTC), sha256, from_cache.
- ``FetchError(url, reason, status=None)`` — a document that could not be read,
  and why (``status`` when the server answered with an HTTP error).
- ``gunzip_bounded(data, limit) -> bytes`` — gzip decompression that stops at
  ``limit`` bytes (compressed sitemaps, Content-Encoding: gzip).
- ``USER_AGENT`` — what we tell servers we are.

Uses the standard library only (http.client): the connection goes to the very
address that passed the SSRF check, so DNS cannot be swapped between the check
and the connect.
"""
from __future__ import annotations

import email.utils
import hashlib
import http.client
import ipaddress
import json
import logging
import mimetypes
import os
import socket
import ssl
import tempfile
import threading
import time
import zlib
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.sources import Source

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- tuning constants
# Who we are: servers see this in their logs; the robots.txt token is its first word.
# The contact URL comes from pyproject's [project.urls]; without one we send no URL
# rather than an address that is not ours.
ROBOTS_AGENT = "tradedeals"
# Largest body we keep: news pages are well under 5 MB; anything above 20 MB is
# not an article (video, archive, a misconfigured endpoint streaming forever).
MAX_BYTES = 20 * 1024 * 1024
# robots.txt files are parsed up to 500 KiB (RFC 9309 section 2.5).
ROBOTS_MAX_BYTES = 500 * 1024
# Seconds to wait for a connection or for the next bytes from the server.
DEFAULT_TIMEOUT_S = 20.0
# Seconds between two requests to one host unless a source says otherwise.
DEFAULT_MIN_DELAY_S = 1.0
# Whole download, however slowly the bytes drip in.
DEFAULT_TOTAL_TIMEOUT_S = 120.0
# RFC 9110 suggests clients detect loops; browsers stop at about 20, five is
# plenty for publisher redirect chains (http -> https -> www -> canonical).
MAX_REDIRECTS = 5
# Retries after the first attempt, with exponential backoff from BACKOFF_S.
MAX_RETRIES = 3
BACKOFF_S = 1.0
# A server asking us to come back later than this is answered by giving up.
MAX_RETRY_AFTER_S = 120.0
# robots.txt Crawl-delay is honoured up to this many seconds.
MAX_CRAWL_DELAY_S = 30.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"


def _version() -> str:
    try:
        return metadata.version("tradedeals")
    except metadata.PackageNotFoundError:
        return "dev"


def _project_url() -> str | None:
    """The first ``[project.urls]`` entry of the installed package, if it declares one."""
    try:
        entries = metadata.metadata("tradedeals").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        entries = []
    for entry in entries:  # "Homepage, https://..."
        url = entry.partition(",")[2].strip()
        if url.startswith(("http://", "https://")):
            return url
    return None


def _user_agent() -> str:
    url = _project_url()
    return f"tradedeals/{_version()} (+{url})" if url else f"tradedeals/{_version()} (trade-deal dataset pipeline)"


USER_AGENT = _user_agent()

_LOCAL_CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


class FetchError(Exception):
    """A URL that could not be fetched; ``reason`` says why in plain words."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status

    def __reduce__(self):  # picklable with its arguments (Dagster step subprocesses)
        return (type(self), (self.url, self.reason, self.status))


@dataclass
class FetchedPage:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    content: bytes
    content_type: str | None  # media type only, lower-case ("text/html")
    http_charset: str | None  # charset= from Content-Type, lower-case
    fetched_at: datetime  # UTC, tz-aware
    sha256: str = ""
    from_cache: bool = False  # a 304 answered from the local cache

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.content).hexdigest()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into (media type, charset), both lower-case."""
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return (media.strip().lower() or None), charset


def read_local(path: Path | str, *, max_bytes: int = MAX_BYTES) -> FetchedPage:
    """Read a local document; the same record the HTTP path returns, status 200."""
    path = Path(path).resolve()
    url = path.as_uri()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FetchError(url, f"file is {size} bytes, more than the {max_bytes}-byte limit")
        content = path.read_bytes()
    except FileNotFoundError:
        raise FetchError(url, "file not found") from None
    except IsADirectoryError:
        raise FetchError(url, "is a folder, not a file") from None
    except OSError as exc:
        raise FetchError(url, f"cannot read: {exc.strerror or exc}") from None
    content_type = _LOCAL_CONTENT_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    return FetchedPage(
        url=url,
        final_url=url,
        status=200,
        headers={},
        content=content,
        content_type=content_type,
        http_charset=None,
        fetched_at=utc_now(),
    )


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip (or zlib) data, raising ValueError past ``limit`` bytes (gzip bombs)."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # 32: accept gzip or zlib headers
    out = inflater.decompress(data, limit + 1)
    if len(out) <= limit and not inflater.unconsumed_tail:
        out += inflater.flush()
    if len(out) > limit or inflater.unconsumed_tail:
        raise ValueError(f"decompressed size exceeds the {limit}-byte limit")
    return out


# --------------------------------------------------------------------------- SSRF


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


# IPv6 addresses that carry an IPv4 address inside: judged by that IPv4 address.
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv4-mapped, 6to4 or NAT64 IPv6 address stands for (else itself)."""
    if isinstance(address, ipaddress.IPv4Address):
        return address
    if address.ipv4_mapped:  # ::ffff:127.0.0.1
        return address.ipv4_mapped
    if address.sixtofour:  # 2002:7f00:1::
        return address.sixtofour
    if address in NAT64_PREFIX:  # 64:ff9b::7f00:1
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def address_refusal(address: IPAddress, allowed: list[IPNetwork]) -> str | None:
    """Why we refuse to connect to ``address`` (None: it is fine)."""
    forms = {address, embedded_ipv4(address)}
    if any(form in network for form in forms for network in allowed):
        return None
    address = embedded_ipv4(address)
    for label, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    ):
        if flag:
            return f"{address} is a {label} address (not in allowed_private_networks)"
    if not address.is_global:  # shared (100.64/10), benchmarking, documentation ranges
        return f"{address} is not a public address (not in allowed_private_networks)"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


# ----------------------------------------------------------------- pinned connections


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address already checked, while Host stays the URL's host."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, *, address: str, timeout: float, context: ssl.SSLContext):
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


@dataclass
class _Response:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes


# --------------------------------------------------------------------------- cache


class ResponseCache:
    """Bodies stored by sha256 (``objects/ab/abcd…``), validators per URL (``urls/*.json``).

    Identical bodies fetched from different URLs are stored once.
    """

    def __init__(self, root: Path):
        self.root = Path(root)

    def _entry_path(self, url: str) -> Path:
        return self.root / "urls" / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:40] + ".json")

    def object_path(self, sha256: str) -> Path:
        return self.root / "objects" / sha256[:2] / sha256

    def lookup(self, url: str) -> dict | None:
        try:
            entry = json.loads(self._entry_path(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if self.object_path(entry.get("sha256", "")).is_file() else None

    def load(self, entry: dict, url: str) -> FetchedPage | None:
        try:
            content = self.object_path(entry["sha256"]).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(content).hexdigest() != entry["sha256"]:
            return None  # damaged object: fetch afresh
        return FetchedPage(
            url=url,
            final_url=entry["final_url"],
            status=entry["status"],
            headers=entry["headers"],
            content=content,
            content_type=entry["content_type"],
            http_charset=entry["http_charset"],
            fetched_at=utc_now(),
            sha256=entry["sha256"],
            from_cache=True,
        )

    def store(self, page: FetchedPage) -> None:
        target = self.object_path(page.sha256)
        if not target.is_file():
            _write_atomically(target, page.content)
        entry = asdict(page)
        del entry["content"], entry["from_cache"], entry["url"]
        entry["fetched_at"] = page.fetched_at.isoformat()
        _write_atomically(self._entry_path(page.final_url), json.dumps(entry, sort_keys=True).encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def conditional_headers(entry: dict | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from a cached response's validators."""
    if not entry:
        return {}
    headers = {}
    if entry["headers"].get("etag"):
        headers["If-None-Match"] = entry["headers"]["etag"]
    if entry["headers"].get("last-modified"):
        headers["If-Modified-Since"] = entry["headers"]["last-modified"]
    return headers


# --------------------------------------------------------------------------- fetcher


class Fetcher:
    """An HTTP client with one source's manners and limits. Safe to share between threads."""

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        total_timeout_s: float = DEFAULT_TOTAL_TIMEOUT_S,
        min_delay_s: float = DEFAULT_MIN_DELAY_S,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        max_retries: int = MAX_RETRIES,
        backoff_s: float = BACKOFF_S,
        max_retry_after_s: float = MAX_RETRY_AFTER_S,
        allowed_private_networks: list[str] | tuple[str, ...] = (),
        allowed_domains: list[str] | tuple[str, ...] = (),
        cache_dir: Path | None = None,
        respect_robots: bool = True,
        resolver: Callable[[str, int], list[str]] = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        ssl_context: ssl.SSLContext | None = None,
    ):
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self.total_timeout_s = total_timeout_s
        self.min_delay_s = min_delay_s
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_retry_after_s = max_retry_after_s
        self.allowed_networks = [ipaddress.ip_network(n, strict=False) for n in allowed_private_networks]
        self.allowed_domains = tuple(d.lower().strip(".") for d in allowed_domains)
        self.cache = ResponseCache(cache_dir) if cache_dir else None
        self.respect_robots = respect_robots
        self._resolve = resolver
        self._sleep = sleep
        self._clock = clock
        # per host: parsed rules, True (no robots.txt: all allowed) or why it was unreachable
        self._robots: dict[str, RobotFileParser | bool | str] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        # certificates are verified against the system store unless told otherwise
        self._ssl_context = ssl_context or ssl.create_default_context()

    @classmethod
    def for_source(cls, source: Source, *, cache_dir: Path | None = None, **overrides) -> Fetcher:
        """A fetcher with the source's delay, timeout and networks; redirects stay on its domains."""
        domains = list(source.allowed_domains)
        if domains and source.url:  # the feed or sitemap may live on its own host
            domains.append((urlsplit(source.url).hostname or "").lower())
        settings = dict(
            min_delay_s=source.min_delay_s,
            timeout_s=source.timeout_s,
            allowed_private_networks=source.allowed_private_networks,
            allowed_domains=domains,
            cache_dir=cache_dir,
        )
        settings.update(overrides)
        return cls(**settings)

    # ----------------------------------------------------------------- public

    def fetch(self, url: str) -> FetchedPage:
        """GET ``url`` (following redirects) or raise FetchError saying why not."""
        response, cached = self._get(url, use_cache=True)
        if response.status == 304 and cached is not None:
            page = self.cache.load(cached, url) if self.cache else None
            if page is not None:
                return page
            response, _ = self._get(url, use_cache=False)  # cache object lost: fetch in full
        if not 200 <= response.status < 300:
            raise FetchError(url, f"HTTP {response.status}", status=response.status)
        content_type, charset = parse_content_type(response.headers.get("content-type"))
        page = FetchedPage(
            url=url,
            final_url=response.url,
            status=response.status,
            headers=response.headers,
            content=response.body,
            content_type=content_type,
            http_charset=charset,
            fetched_at=utc_now(),
        )
        if self.cache and response.status == 200:
            self.cache.store(page)
        return page

    def allowed_by_robots(self, url: str) -> bool:
        return self.robots_refusal(url) is None

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt keeps us from ``url`` (None: we may fetch it)."""
        rules = self._robots_for(url)
        if rules is True:
            return None
        if isinstance(rules, str):
            return f"robots.txt unreachable ({rules}), so the host is treated as disallowed"
        return None if rules.can_fetch(ROBOTS_AGENT, url) else "disallowed by robots.txt"

    # ----------------------------------------------------------- redirects

    def _get(self, url: str, *, use_cache: bool, for_robots: bool = False) -> tuple[_Response, dict | None]:
        """Follow redirects, checking every hop; returns the last response and its cache entry.

        Errors always name ``url`` (what the caller asked for); a failure on a
        later hop says where the redirect led.
        """
        current = url.strip()
        for hop in range(self.max_redirects + 1):
            try:
                response, cached = self._get_one(current, use_cache=use_cache, for_robots=for_robots)
            except FetchError as exc:
                if hop == 0:
                    raise
                raise FetchError(url, f"redirected to {current}: {exc.reason}", exc.status) from None
            location = response.headers.get("location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response, cached
            current = urljoin(current, location.strip())
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    def _get_one(self, url: str, *, use_cache: bool, for_robots: bool) -> tuple[_Response, dict | None]:
        address = self._checked_address(url)
        refusal = None if (for_robots or not self.respect_robots) else self.robots_refusal(url)
        if refusal:
            raise FetchError(url, refusal)
        cached = self.cache.lookup(url) if (self.cache and use_cache and not for_robots) else None
        return self._request_with_retries(url, address, conditional_headers(cached), for_robots), cached

    def _checked_address(self, url: str) -> str:
        """The IP address to connect to for ``url``, after scheme, domain and SSRF checks."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported scheme {parts.scheme!r} (only http and https)")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            raise FetchError(url, "no host in URL")
        if self.allowed_domains and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            raise FetchError(url, f"host {host} is outside allowed_domains ({', '.join(self.allowed_domains)})")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(url, "invalid port") from None
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                addresses = [ipaddress.ip_address(a.split("%")[0]) for a in self._resolve(host, port)]
            except (OSError, UnicodeError) as exc:
                raise FetchError(url, f"cannot resolve host {host}: {exc}") from None
        if not addresses:
            raise FetchError(url, f"host {host} has no address")
        for address in addresses:  # any bad address refuses the host: no DNS round-robin tricks
            refusal = address_refusal(address, self.allowed_networks)
            if refusal:
                raise FetchError(url, f"refused {host}: {refusal}")
        return str(addresses[0])

    # ------------------------------------------------------------- retries

    def _request_with_retries(self, url: str, address: str, extra: dict[str, str], for_robots: bool) -> _Response:
        for attempt in range(self.max_retries + 1):
            last_try = attempt == self.max_retries
            try:
                response = self._request(url, address, extra, for_robots)
            except _TransientError as exc:
                if last_try:
                    raise FetchError(url, f"{exc} (after {_attempts(attempt + 1)})") from None
                self._sleep(self.backoff_s * 2**attempt)
                continue
            if response.status not in RETRY_STATUSES:
                return response
            if last_try:
                raise FetchError(url, f"HTTP {response.status} after {_attempts(attempt + 1)}", status=response.status)
            self._sleep(self._retry_delay(url, response, attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_delay(self, url: str, response: _Response, attempt: int) -> float:
        delay = retry_after_seconds(response.headers.get("retry-after"))
        if delay is None:
            return self.backoff_s * 2**attempt
        if delay > self.max_retry_after_s:
            raise FetchError(
                url,
                f"HTTP {response.status} with Retry-After {delay:.0f} s, longer than the {self.max_retry_after_s:.0f} s we wait",
                status=response.status,
            )
        return delay

    # ------------------------------------------------------------- one request

    def _request(self, url: str, address: str, extra: dict[str, str], for_robots: bool) -> _Response:
        parts = urlsplit(url)
        try:
            host = (parts.hostname or "").encode("idna").decode("ascii")  # Host header is ASCII
        except UnicodeError:
            raise FetchError(url, "host name cannot be encoded (IDNA)") from None
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self._wait_politely(parts.netloc.lower(), url)
        if parts.scheme == "https":
            conn: http.client.HTTPConnection = _PinnedHTTPSConnection(
                host, port, address=address, timeout=self.timeout_s, context=self._ssl_context
            )
        else:
            conn = _PinnedHTTPConnection(host, port, address=address, timeout=self.timeout_s)
        path = request_target(parts.path, parts.query)
        headers = {"User-Agent": self.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip", **extra}
        limit = ROBOTS_MAX_BYTES if for_robots else self.max_bytes
        try:
            conn.request("GET", path, headers=headers)
            raw = conn.getresponse()
            response_headers = {k.lower(): v for k, v in raw.getheaders()}
            body = self._read_body(url, raw, response_headers, limit, truncate=for_robots)
        except FetchError:
            raise
        except ssl.SSLError as exc:
            raise FetchError(url, f"TLS error: {exc.reason or exc}") from None
        except TimeoutError:
            raise _TransientError(f"timed out after {self.timeout_s:g} s") from None
        except http.client.InvalidURL as exc:
            raise FetchError(url, f"invalid URL: {exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise _TransientError(f"connection failed: {exc.__class__.__name__}: {exc}") from None
        finally:
            conn.close()
            self._mark_request(parts.netloc.lower())
        return _Response(url=url, status=raw.status, headers=response_headers, body=body)

    def _read_body(self, url: str, raw, headers: dict[str, str], limit: int, *, truncate: bool) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not truncate:
            raise FetchError(url, f"response is {int(declared)} bytes, more than the {limit}-byte limit")
        deadline = self._clock() + self.total_timeout_s
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = raw.read1(64 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                if truncate:
                    break
                raise FetchError(url, f"response larger than the {limit}-byte limit; download aborted")
            if self._clock() > deadline:
                raise FetchError(url, f"download took longer than {self.total_timeout_s:g} s; aborted")
        body = b"".join(chunks)[: limit if truncate else None]
        if headers.get("content-encoding", "").lower() in ("gzip", "x-gzip", "deflate"):
            try:
                body = gunzip_bounded(body, limit)
            except ValueError as exc:
                raise FetchError(url, f"compressed response: {exc}") from None
            except zlib.error as exc:
                raise FetchError(url, f"corrupt compressed response: {exc}") from None
            # the headers now describe the decoded body we keep
            headers.pop("content-encoding", None)
            headers.pop("content-length", None)
        return body

    # ------------------------------------------------------------ politeness

    def _host_delay(self, netloc: str) -> float:
        rules = self._robots.get(netloc)
        crawl_delay = rules.crawl_delay(ROBOTS_AGENT) if isinstance(rules, RobotFileParser) else None
        return max(self.min_delay_s, min(float(crawl_delay or 0), MAX_CRAWL_DELAY_S))

    def _wait_politely(self, netloc: str, url: str) -> None:
        with self._lock:
            last = self._last_request.get(netloc)
            wait = 0.0 if last is None else self._host_delay(netloc) - (self._clock() - last)
            # reserve the slot now so concurrent callers queue behind us
            self._last_request[netloc] = self._clock() + max(wait, 0.0)
        if wait > 0:
            self._sleep(wait)

    def _mark_request(self, netloc: str) -> None:
        with self._lock:
            self._last_request[netloc] = self._clock()

    # ---------------------------------------------------------------- robots

    def _robots_for(self, url: str) -> RobotFileParser | bool | str:
        parts = urlsplit(url)
        netloc = parts.netloc.lower()
        if netloc not in self._robots:
            self._robots[netloc] = self._load_robots(f"{parts.scheme}://{netloc}/robots.txt")
        return self._robots[netloc]

    def _load_robots(self, robots_url: str) -> RobotFileParser | bool | str:
        """Rules per RFC 9309: a 4xx means no rules; an unreachable file means keep out."""
        try:
            response, _ = self._get(robots_url, use_cache=False, for_robots=True)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return True  # a 429 means "slow down", not "no rules": it stays unreachable
            log.warning("robots.txt unreachable, host treated as disallowed: %s", exc)
            return exc.reason
        if 400 <= response.status < 500:
            return True
        if not 200 <= response.status < 300:
            log.warning("robots.txt answered HTTP %s, host treated as disallowed: %s", response.status, robots_url)
            return f"HTTP {response.status}"
        rules = RobotFileParser(robots_url)
        rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return rules


# Characters left as they are when percent-encoding: RFC 3986 reserved and
# unreserved ones, and "%" so that existing escapes are not encoded twice.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


def quote_path(path: str) -> str:
    """Spaces, non-ASCII and other unsafe characters percent-encoded; escapes kept."""
    return quote(path, safe=_PATH_SAFE)


def quote_query(query: str) -> str:
    return quote(query, safe=_QUERY_SAFE)


def request_target(path: str, query: str) -> str:
    """Path and query for the request line."""
    target = quote_path(path or "/")
    return f"{target}?{quote_query(query)}" if query else target


def _attempts(count: int) -> str:
    return f"{count} attempt" if count == 1 else f"{count} attempts"


class _TransientError(Exception):
    """A network failure worth retrying (timeout, reset, refused)."""


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - utc_now()).total_seconds())
