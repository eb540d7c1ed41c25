"""Reading documents: polite, safe HTTP fetching and local files, as one record type.

Public API
----------
- ``FetchedPage`` — what was read: url, final_url, status, headers, content
  (bytes), content_type, http_charset, fetched_at (UTC), sha256, from_cache.
- ``FetchError(url, reason)`` — a document that could not be read, and why.
- ``read_local(path) -> FetchedPage`` — a local file as a page (``file://`` URL).
"""
from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

# Local files larger than this are refused like oversized HTTP bodies.
MAX_BYTES = 20 * 1024 * 1024

_LOCAL_CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


class FetchError(Exception):
    """A URL that could not be fetched; ``reason`` says why in plain words."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason

    def __reduce__(self):  # keep the two-argument constructor picklable (Dagster subprocesses)
        return (type(self), (self.url, self.reason))


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
