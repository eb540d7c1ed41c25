"""Article metadata from a parsed page: title, dates, authors, publisher, dateline.

Sources are tried from the most to the least reliable — JSON-LD, then
OpenGraph/``article:*``/Dublin Core meta tags, then ``<time>`` elements, then
the URL path, then the visible dateline or a date written near the top — and
the source that gave the publication date is recorded.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

from bs4 import Tag

# Wire agencies as they appear in bylines, datelines and credit lines,
# mapped to the name we record.
WIRE_AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "yonhap news agency": "Yonhap",
    "dpa": "dpa",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "bernama": "Bernama",
    "antara": "Antara",
    "cna": "CNA",
    "upi": "UPI",
}
_AGENCY_ALTERNATION = "|".join(sorted((re.escape(k) for k in WIRE_AGENCIES), key=len, reverse=True))
_AGENCY_WORD = re.compile(rf"\b({_AGENCY_ALTERNATION})\b", re.IGNORECASE)

# Title separators before a site name ("Headline | Site", "Headline – Site").
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|»|/)\s+")

# "SEOUL/WASHINGTON (Reuters) -", "GENEVA, Switzerland —", "BEIJING, May 12 (Xinhua) --",
# "HANOI, 3 July (Northstar) -", "SÃO PAULO, May 8 -" (the date may lack a year).
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_HEAD = r"""^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]*[A-ZÀ-ÖØ-Þ.](?:\s*/\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]*[A-ZÀ-ÖØ-Þ.])*
        (?:,\s+[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+)*)?)
        (?:,?\s+(?P<date>%(month)s\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+%(month)s(?:\s+\d{4})?))?
        \s*(?:\((?P<agency>[A-Za-z .\-]+)\))?""" % {"month": _MONTH_NAME}
_DATELINE = re.compile(_DATELINE_HEAD + r"\s*(?:-{1,2}|–|—|:)\s+\S", re.VERBOSE)
# (round 35) a dateline printed as a paragraph of its own ("ASTANA, Sept 14 (SC) —", "JAKARTA, Sept 9 (ACW)",
# "DES MOINES, Iowa —"): the story follows in the next paragraph. It must end in a dash or tell a date or an agency
# (a capitals-only label alone, "ANALYSIS", "EXECUTIVE ORDER", is no dateline)
_DATELINE_ALONE = re.compile(_DATELINE_HEAD + r"\s*(?P<dash>-{1,2}|–|—)?\s*$", re.VERBOSE)
# A closing credit line: "REUTERS", "(Reporting by ...; Editing by ...)", "— AFP"
_CLOSING_CREDIT = re.compile(rf"^(?:[-–—]\s*)?\(?({_AGENCY_ALTERNATION})\)?\.?$", re.IGNORECASE)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for m in names
}
_WRITTEN_DATE = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})\b"
)
_DAY_FIRST_DATE = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<year>(?:19|20)\d{2})\b"
)
# A time printed after a written date: "July 3, 2025, 8:30 PM EDT", "3 July 2025 20:30 BST".
# Upper-case zone only, so "at 8 am et al." is not a zone.
_TIME_AFTER_DATE = re.compile(
    r"\s*(?:,|\bat\b|\||-|–|·)?\s*(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[AaPp])\.?\s*[Mm]\.?)?\s*\(?(?P<zone>[A-Z]{2,4})\)?(?![A-Za-z])"
)
# Time zone abbreviations news pages print after a time, as hours east of UTC.
# CST/CDT are the US zones (China's "CST" is written "Beijing time" in English news).
ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7,
    "PDT": -7, "PST": -8, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}
# US zone names without S/D ("8:30 p.m. ET") follow US daylight saving: standard offsets here.
US_GENERIC_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
_ISO_MOMENT = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?:/|-|$)")

# Meta tags naming a publication date, most specific first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish_date", "publish-date", "date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)
UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
SECTION_META = ("article:section", "parsely-section", "section", "category")
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "report", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting"}

_LD_JSON = re.compile(
    r"""<script[^>]+type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""", re.IGNORECASE | re.DOTALL
)


@dataclass
class PageMeta:
    """What the <head> and structured data say, gathered in one pass."""

    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property -> first content
    meta_all: dict[str, list[str]] = field(default_factory=dict)
    title_tag: str | None = None
    canonical: str | None = None
    author_links: list[str] = field(default_factory=list)
    times: list[Tag] = field(default_factory=list)
    html_lang: str | None = None
    jsonld: list[dict] = field(default_factory=list)


def jsonld_objects(raw_html: str) -> list[dict]:
    """Every JSON-LD object on the page, flattened out of lists and @graph."""
    found: list[dict] = []
    for match in _LD_JSON.finditer(raw_html):
        text = match.group(1).strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        pending = [data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    pending.extend(item["@graph"])
    return found


def _rel_words(tag: Tag) -> list[str]:
    rel = tag.get("rel") or ""
    return (" ".join(rel) if isinstance(rel, list) else rel).lower().split()


def collect_page_meta(tags: list[Tag], raw_html: str) -> PageMeta:
    """Read the meta/link/title/time/html tags (and rel=author links) the body walk collected."""
    page = PageMeta(jsonld=jsonld_objects(raw_html))
    for tag in tags:
        name = tag.name
        if name == "meta":
            key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv") or "").lower()
            content = tag.get("content")
            if key and content and content.strip():
                page.meta.setdefault(key, content.strip())
                page.meta_all.setdefault(key, []).append(content.strip())
        elif name == "html":
            page.html_lang = page.html_lang or tag.get("lang") or tag.get("xml:lang")
        elif name == "title":
            if page.title_tag is None and tag.string:
                page.title_tag = " ".join(tag.string.split())
        elif name == "time":
            page.times.append(tag)
        elif name == "link":
            rel = _rel_words(tag)
            if "canonical" in rel and tag.get("href") and not page.canonical:
                page.canonical = tag["href"].strip()
        elif "author" in _rel_words(tag):  # <a rel="author">
            text = tag.get_text(" ", strip=True)
            if text:
                page.author_links.append(text)
    return page


def main_jsonld(page: PageMeta) -> dict:
    """The JSON-LD object describing the article (NewsArticle, Article, ...)."""
    for obj in page.jsonld:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
            return obj
    for obj in page.jsonld:
        if "datePublished" in obj or "headline" in obj:
            return obj
    return {}


def _names(value, people_only: bool = False) -> list[str]:
    """Names from a JSON-LD person/organisation value (string, object or list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if people_only and str(value.get("@type", "")).lower() == "organization":
            return []
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item, people_only)]
    return []


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO-8601-ish timestamp as an aware UTC datetime (naive ones are taken as UTC)."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_MOMENT.match(text)
    if not match:
        return written_date(text)
    year, month, day, hour, minute, second, zone = match.groups()
    if int(year) < EARLIEST_PLAUSIBLE_YEAR:
        return None
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:4]))
        moment = moment - timedelta(minutes=offset)
    return moment.replace(tzinfo=timezone.utc)


def stated_local_date(value: str | None) -> date | None:
    """The calendar day a timestamp names where it was written, when it states its offset.

    "2025-07-03T20:30:00-04:00" is July 3 in Washington though July 4 in UTC.
    Without an offset (or a time) the day is already published_at's: None.
    """
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_MOMENT.match(text)
    if not match:
        moment = written_moment(text)
        return moment[1] if moment and moment[2] else None
    if not match.group(7) or int(match.group(1)) < EARLIEST_PLAUSIBLE_YEAR:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def written_date(text: str) -> datetime | None:
    """A written date ("July 3, 2025"), at a stated time and zone if one follows, in UTC."""
    moment = written_moment(text)
    return moment[0] if moment else None


def written_moment(text: str) -> tuple[datetime, date, bool] | None:
    """(UTC moment, the day as written, whether a time zone was stated) for the
    first written date; a date without a time and zone is midnight UTC."""
    for pattern in (_WRITTEN_DATE, _DAY_FIRST_DATE):
        match = pattern.search(text)
        if match:
            month = _MONTHS.get(match.group("month").lower().rstrip("."))
            try:
                day = date(int(match.group("year")), month, int(match.group("day")))
            except (TypeError, ValueError):
                return None
            moment = _zoned_time_after(text, match.end(), day)
            if moment is not None:
                return moment, day, True
            return datetime(day.year, day.month, day.day, tzinfo=timezone.utc), day, False
    return None


def _zoned_time_after(text: str, position: int, day: date) -> datetime | None:
    """The UTC moment of "8:30 PM EDT" printed right after a date, or None."""
    match = _TIME_AFTER_DATE.match(text, position)
    if not match or not (match.group("minute") or match.group("ampm")):
        return None
    offset = utc_offset_hours(match.group("zone"), day)
    if offset is None:
        return None
    hour = int(match.group("hour"))
    ampm = (match.group("ampm") or "").lower()
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    local = datetime(day.year, day.month, day.day, hour, int(match.group("minute") or 0))
    return (local - timedelta(hours=offset)).replace(tzinfo=timezone.utc)


def utc_offset_hours(zone: str, day: date) -> int | None:
    """Hours east of UTC a zone abbreviation means on ``day`` (None if unknown)."""
    if zone in ZONE_OFFSETS:
        return ZONE_OFFSETS[zone]
    if zone in US_GENERIC_ZONES:
        return US_GENERIC_ZONES[zone] + (1 if in_us_daylight_saving(day) else 0)
    return None


def in_us_daylight_saving(day: date) -> bool:
    """US daylight saving: second Sunday of March to first Sunday of November."""
    march_first = date(day.year, 3, 1)
    starts = march_first + timedelta(days=(6 - march_first.weekday()) % 7 + 7)
    november_first = date(day.year, 11, 1)
    ends = november_first + timedelta(days=(6 - november_first.weekday()) % 7)
    return starts <= day < ends


def date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match or not match.group(3):
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)), tzinfo=timezone.utc)
    except ValueError:
        return None


def published_date(page: PageMeta, ld: dict, url: str | None,
                   top_text: list[str]) -> tuple[datetime | None, str | None, date | None]:
    """The publication moment (UTC), where it came from (jsonld | meta | time |
    url | text), and the publication's own calendar day when the source states
    its time zone (see ``stated_local_date``)."""
    value = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    found = parse_datetime(value)
    if found:
        return found, "jsonld", stated_local_date(value)
    for key in PUBLISHED_META:
        found = parse_datetime(page.meta.get(key))
        if found:
            return found, "meta", stated_local_date(page.meta.get(key))
    for time_tag in _ranked_times(page.times):
        stamp = time_tag.get("datetime")
        found = parse_datetime(stamp)
        if found:
            return found, "time", stated_local_date(stamp)
        shown = time_tag.get_text(" ", strip=True)
        found = written_date(shown)
        if found:
            return found, "time", stated_local_date(shown)
    found = date_from_url(url)
    if found:
        return found, "url", None
    for text in top_text:
        moment = written_moment(text)
        if moment:
            return moment[0], "text", moment[1] if moment[2] else None
    return None, None, None


def _ranked_times(times: list[Tag]) -> list[Tag]:
    """<time> elements marked as the publication time first, then in page order."""
    marked = [t for t in times if t.has_attr("pubdate") or (t.get("itemprop") or "").lower() == "datepublished"]
    return marked + [t for t in times if t not in marked]


def updated_date(page: PageMeta, ld: dict) -> datetime | None:
    value = ld.get("dateModified")
    found = parse_datetime(value if isinstance(value, str) else None)
    if found:
        return found
    for key in UPDATED_META:
        found = parse_datetime(page.meta.get(key))
        if found:
            return found
    for time_tag in page.times:
        if (time_tag.get("itemprop") or "").lower() == "datemodified":
            return parse_datetime(time_tag.get("datetime"))
    return None


# ---------------------------------------------------------------------------
# Title, publisher, language, section
# ---------------------------------------------------------------------------


def strip_site_suffix(title: str, site_name: str | None, guess: bool = False) -> str:
    """"Headline | Site" -> "Headline" (also "Site - Headline" and unknown short suffixes)."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        site = site_name.lower()
        if parts[-1].lower() == site or site in parts[-1].lower():
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
        if parts[0].lower() == site:
            return " - ".join(parts[1:]) if len(parts) > 2 else parts[1]
    if not guess:
        return title
    # an unnamed suffix on a <title>: keep the longest part when the rest is short
    longest = max(parts, key=len)
    if len(longest) > 2 * sum(len(p) for p in parts if p is not longest):
        return longest
    return title


def choose_title(page: PageMeta, ld: dict, site_name: str | None, h1: str | None) -> str | None:
    candidates = [
        page.meta.get("og:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        page.meta.get("twitter:title"),
        h1,
        page.title_tag,
    ]
    present = [(" ".join(c.split()), c is page.title_tag) for c in candidates if c and c.strip()]
    # a title left with literal escapes ("Trump\\u2019s") by a broken CMS
    # export loses to a clean candidate, or is decoded when none is clean
    clean = [(c, is_tag) for c, is_tag in present if not _LITERAL_ESCAPE.search(c)]
    if clean:
        return strip_site_suffix(clean[0][0], site_name, guess=clean[0][1])
    if present:
        return strip_site_suffix(decode_literal_escapes(present[0][0]), site_name, guess=present[0][1])
    return None


_LITERAL_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|\s)")


def decode_literal_escapes(text: str) -> str:
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return " ".join(re.sub(r"\\\s", " ", text).split())


def publisher_name(page: PageMeta, ld: dict) -> str | None:
    for candidate in (page.meta.get("og:site_name"), *_names(ld.get("publisher")),
                      page.meta.get("application-name"), page.meta.get("publisher")):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    if page.title_tag:
        parts = _TITLE_SEPARATORS.split(page.title_tag)
        if len(parts) >= 2 and len(parts[-1]) <= 40:
            return parts[-1]
    return None


def page_language(page: PageMeta, ld: dict) -> str | None:
    for candidate in (page.html_lang, ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
                      page.meta.get("content-language"), page.meta.get("og:locale"), page.meta.get("language")):
        if candidate and re.match(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$", candidate.strip()):
            return candidate.strip().replace("_", "-").split("-")[0].lower()
    return None


def page_section(page: PageMeta, ld: dict) -> str | None:
    value = ld.get("articleSection")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, str) and value.strip():
        return value.strip()
    for key in SECTION_META:
        if page.meta.get(key):
            return page.meta[key]
    return None


def canonical_url(page: PageMeta, url: str | None) -> str | None:
    href = page.canonical or page.meta.get("og:url")
    if not href:
        return None
    base = url or page.meta.get("og:url")  # a saved page may carry only a relative canonical
    return urljoin(base, href) if base else href


# ---------------------------------------------------------------------------
# Authors and wire agencies
# ---------------------------------------------------------------------------

# "By", "Posted by", "Analysis by Jane Doe": up to two words before "by".
_BY_PREFIX = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}?by[:\s]+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\||·)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\d|@|https?:|\bstaff\b|updated|published|minute|\bread\b|\bfollow", re.IGNORECASE)
# A job title or a weekday after a name in a byline: "Jane Doe Business Columnist", "Jane Doe Monday".
_TRAILING_ROLE = re.compile(
    r"(?:\s+(?:senior|chief|staff|business|political|foreign|contributing|special|guest|deputy|managing|"
    r"executive|opinion|sports|science|health|tech|technology|investigative))*"
    r"\s+(?:columnist|writer|correspondent|reporter|editor(?:-at-large)?|contributor|journalist|producer|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$",
    re.IGNORECASE,
)
_TRAILING_AGENCY = re.compile(rf"^(.+?)\s+({_AGENCY_ALTERNATION})$", re.IGNORECASE)
_TRAILING_LINK_TEXT = re.compile(r"\s+(?:view|see|read)\s+(?:all|more)\s+(?:articles|posts|stories)$", re.IGNORECASE)
# Credentials after a name: "Rachael Link, MS, RD".
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D|M\.?D|Jr|Sr|Esq)\.?$")
# Dates before this year are placeholders ("0001-01-01", "1970-01-01"), not publication dates.
EARLIEST_PLAUSIBLE_YEAR = 1990


def agency_name(text: str) -> str | None:
    """The wire agency a short credit names ("Reuters", "(AFP)"), or None."""
    key = text.strip(" ()-–—.").lower()
    return WIRE_AGENCIES.get(key)


def split_byline(byline: str, *, structured: bool = False) -> tuple[list[str], list[str]]:
    """"By Jane Doe and John Roe, Reuters" -> (["Jane Doe", "John Roe"], ["Reuters"]).

    ``structured`` names (JSON-LD, meta) are names; in a visible byline a lone
    word after a comma is usually a place ("By Reuters, Washington") and is dropped.
    """
    text = _BY_PREFIX.sub("", " ".join(byline.split()))
    pieces = [p.strip(" .") for p in _AUTHOR_SPLIT.split(text)]
    pieces = [p for p in pieces if p]
    people: list[str] = []
    agencies: list[str] = []
    for piece in pieces:
        agency = agency_name(piece)
        if agency:
            agencies.append(agency)
            continue
        trailing_agency = _TRAILING_AGENCY.match(piece)  # "ERIC TUCKER Associated Press"
        if trailing_agency:
            piece = trailing_agency.group(1)
            agencies.append(WIRE_AGENCIES[trailing_agency.group(2).lower()])
        name = re.split(r"\s+in\s+[A-Z]", piece)[0]  # "Jane Doe in Geneva"
        name = _TRAILING_LINK_TEXT.sub("", _TRAILING_ROLE.sub("", name))
        if not looks_like_name(name) or _CREDENTIAL.match(name):
            continue
        if name.isupper():  # wire bylines in capitals: "LISA MASCARO"
            name = name.title()
        if not structured and len(name.split()) == 1 and len(pieces) > 1:
            continue
        people.append(name)
    return people, agencies


def looks_like_name(text: str) -> bool:
    return 1 <= len(text.split()) <= 5 and text[:1].isupper() and not _NOT_A_NAME.search(text)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def authors_and_agencies(page: PageMeta, ld: dict, bylines: list[Tag]) -> tuple[list[str], list[str]]:
    """Authors from the most reliable source that names anyone: JSON-LD people,
    then author meta tags (often the copyright holder, hence second), then
    rel=author links and visible bylines. Agencies are gathered from all of them."""
    meta_names = [n for key in ("author", "dc.creator", "parsely-author") for n in page.meta_all.get(key, [])]
    tiers = (
        (_names(ld.get("author"), people_only=True), True),
        (meta_names, True),
        (page.author_links + [tag.get_text(" ", strip=True) for tag in bylines[:3]], False),
    )
    people: list[str] = []
    agencies: list[str] = []
    for lines, structured in tiers:
        found_here: list[str] = []
        for line in lines:
            if line.startswith("http"):
                continue
            found_people, found_agencies = split_byline(line, structured=structured)
            found_here += found_people
            agencies += found_agencies
        if not people:
            people = found_here
    return _unique(people), _unique(agencies)


@dataclass
class Dateline:
    place: str | None
    agency: str | None
    date_text: str | None


def find_dateline(first_paragraph: str) -> Dateline | None:
    """The dateline opening a story: place, and an agency in brackets if any."""
    match = _DATELINE.match(first_paragraph)
    if not match:
        match = _DATELINE_ALONE.match(first_paragraph) if len(first_paragraph) <= 100 else None
        if not match or not (match.group("dash") or match.group("date") or match.group("agency")):
            return None
    place = match.group("place").strip()
    if len(place) < 2 or len(place) > 80:
        return None
    agency = dateline_agency(match.group("agency")) if match.group("agency") else None
    return Dateline(place, agency, match.group("date"))


_AGENCY_LIKE = re.compile(r"^[A-Z][A-Za-z.&\-]*(?: [A-Z][A-Za-z.&\-]*){0,2}$")


def dateline_agency(text: str) -> str | None:
    """The agency in "CITY (Agency) -": a known one by its usual name, else any short proper name."""
    known = agency_name(text)
    if known:
        return known
    text = text.strip()
    return text if _AGENCY_LIKE.match(text) else None


def closing_agency(last_paragraphs: list[str]) -> str | None:
    for text in reversed(last_paragraphs):
        match = _CLOSING_CREDIT.match(text.strip())
        if match:
            return WIRE_AGENCIES.get(match.group(1).lower())
    return None
