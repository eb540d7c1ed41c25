"""Turn the bytes of a fetched page into text.

Order of trust, as browsers use it: a byte-order mark (or, lacking one, the
NUL-in-every-other-byte pattern of UTF-16 text), then the HTTP
``Content-Type`` charset, then a ``<meta charset>`` in the first bytes, then
detection. A declaration is only believed when the bytes decode cleanly under
it; a page declared as a single-byte Latin charset that is really valid UTF-8
(a common server misconfiguration) is read as UTF-8.
"""
from __future__ import annotations

import codecs
import re

# How far into the page to look for a <meta charset> (the HTML spec prescans
# 1024 bytes; real pages put long <script> blocks first, so look further).
META_PRESCAN_BYTES = 8192
# How much of the page charset detection reads: enough for a verdict, bounded
# so a 20 MB page is not scanned byte by byte.
DETECTION_SAMPLE_BYTES = 64 * 1024

# UTF-16 without a BOM: markup and Latin text put a NUL in every other byte
# (the high byte), while binary files scatter NULs over both byte positions.
UTF16_SNIFF_BYTES = 4096
# share of the bytes at one position (even or odd) that must be NUL ...
UTF16_MIN_NUL_SHARE = 0.3
# ... while at most this share of the other position's bytes may be
UTF16_MAX_OTHER_NUL_SHARE = 0.02
# control characters other than these do not occur in text
_TEXT_CONTROLS = frozenset("\t\n\r\f")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels whose WHATWG meaning is a superset of Python's codec of the same name:
# browsers decode "iso-8859-1" as windows-1252, "gb2312" as GB18030, and so on.
_WHATWG_SUPERSETS = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "windows-1252": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}
# Python codecs a page may name that are not web encodings: a page declaring
# one is decoded as if it declared nothing (UTF-7 is a known XSS vector, and
# "unicode-escape" would turn backslashes in the text into other characters).
_NOT_WEB_CODECS = frozenset({"utf-7", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})
_SINGLE_BYTE_LATIN = {"cp1252", "iso8859-15", "cp1250", "cp1251"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)


def codec_for_label(label: str | None) -> str | None:
    """The Python codec a charset label means on the web, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    match = _HTTP_CHARSET.search(label)  # accept a whole Content-Type value too
    if match:
        label = match.group(1).lower()
    label = _WHATWG_SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _NOT_WEB_CODECS:
        return None
    return _WHATWG_SUPERSETS.get(name, name)


def bom_codec(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def sniff_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a BOM, else None.

    The NUL bytes must sit on one side of each byte pair, and the sample must
    decode to text without control characters, so a binary file is not taken
    for UTF-16.
    """
    sample = data[:UTF16_SNIFF_BYTES]
    if b"\x00" not in sample:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0::2].count(0) / pairs
    odd_nuls = sample[1::2].count(0) / pairs
    if odd_nuls >= UTF16_MIN_NUL_SHARE and even_nuls <= UTF16_MAX_OTHER_NUL_SHARE:
        codec = "utf-16-le"  # "A\x00": the low byte first
    elif even_nuls >= UTF16_MIN_NUL_SHARE and odd_nuls <= UTF16_MAX_OTHER_NUL_SHARE:
        codec = "utf-16-be"
    else:
        return None
    try:
        # final=False: a surrogate pair cut by the end of the sample is not an error
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in _TEXT_CONTROLS for ch in text):
        return None
    return codec


def meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, META_PRESCAN_BYTES)
    return codec_for_label(match.group(1).decode("ascii", "ignore")) if match else None


def decodes_cleanly(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeError, LookupError):
        return False
    return True


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    return not data.isascii() and decodes_cleanly(data, "utf-8")


def detect_codec(data: bytes) -> str:
    """Guess a codec from the bytes alone (UTF-8 first: it is almost never accidental)."""
    if decodes_cleanly(data, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes  # imported lazily: only needed on undeclared pages

    best = from_bytes(data[:DETECTION_SAMPLE_BYTES]).best()
    if best is None:
        return "cp1252"
    return codec_for_label(best.encoding) or "cp1252"


def choose_codec(data: bytes, http_charset: str | None = None) -> str:
    """The codec to decode ``data`` with, following the order of trust above."""
    unicode_form = bom_codec(data) or sniff_utf16(data)
    if unicode_form:
        return unicode_form
    for declared in (codec_for_label(http_charset), meta_charset(data)):
        if not declared or declared.startswith("utf-16") or declared.startswith("utf-32"):
            continue  # a UTF-16 page without a BOM would not have ASCII markup to declare it in
        if declared in _SINGLE_BYTE_LATIN and _is_utf8_beyond_ascii(data):
            return "utf-8"
        if decodes_cleanly(data, declared):
            return declared
    return detect_codec(data)


def decode_page(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Return (text, codec); the BOM, if any, is removed."""
    codec = choose_codec(data, http_charset)
    text = data.decode(codec, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, codec
