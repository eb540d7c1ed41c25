"""Numbers with their units in trade text: rates, money, tonnages, counts.

``find_quantities(text)`` returns every quantity with its span, normalised value
and unit (DESIGN.md units: percent, percentage_points, tonnes, units, or an ISO
4217 code in lower case). Numbers may be digits ("1,200.5", "2.3bn") or words
("thirty-five", "a hundred"). ``rate_levels`` reads the levels of a rate change
("to 47 per cent from 57 per cent", "from around 41% to 35%").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from pipeline.actors import regex_module_with_cache, fold_case, holds_one_of, put_behind_first_chars, put_behind_literals, required_literals, starting_with_one_of, trie_regex

re = regex_module_with_cache()  # noqa: F811 (speed: patterns read from the compiled-pattern cache, pipeline/actors.py)

_UNITS = {
    "zero": 0, "nil": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "mil": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12, "tr": 1e12, "t": 1e12,
    # (round 20) the Indian scale words, written after rupee sums in Indian news ("₹2,500 crore": 25 billion rupees)
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Scale words that are unambiguous after a number even when written apart ("2.3 bn").
_SCALE_WORD = r"(?:hundred|thousand|million|mln|mn|billion|bln|bn|trillion|tn|trn|crores|crore|lakhs|lakh)"
# Scale letters glued to digits ("2.3bn", "$50m", "$1.2T").
_SCALE_GLUED = r"(?:bn|mn|mln|bln|trn|tn|[kmbtKMBT])"

# Speed (round 18): each word list as a character trie (actors.trie_regex). The plain alternation,
# longest first, was tried word after word at every letter that can open a number (case-insensitive
# literals get no first-character test in the engine): 109,000 instructions a _PERCENT search. The
# trie tries the same words in the same order (a longer word before its prefix), so every match is
# the same (tests/test_speed_r18.py compares the patterns built either way).
_WORD_NUMBER = (
    r"(?:(?:" + trie_regex(sorted(_TENS, key=len, reverse=True)) + r")(?:[\s-](?:"
    + trie_regex([k for k in sorted(_UNITS, key=len, reverse=True) if k not in ("a", "an", "nil", "zero")])
    + r"))?|" + trie_regex(sorted((k for k in _UNITS if k not in ("a", "an")), key=len, reverse=True)) + r")"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUMBER = (
    r"(?:(?:" + _DIGITS + r")(?:" + _SCALE_GLUED + r"\b|(?:\s*|-)" + _SCALE_WORD + r"\b)?"  # "$600-billion"
    # a word number before its scale, the engine trying the words once for both shapes (speed, round 24: the two
    # shapes were two branches, each trying every word; the same matches in the same order, since one word at
    # most can be followed by either shape's blank)
    r"|(?:" + _WORD_NUMBER + r"|a|an)(?:"
    # (round 24) "three hundred and fifty million", "one hundred fifty billion": hundreds with their tens
    r"\s+hundred(?:\s+and)?[\s-]+" + _WORD_NUMBER + r"\b(?:\s+" + _SCALE_WORD + r"\b)*"
    r"|(?:\s+and\s+a\s+half)?(?:\s+" + _SCALE_WORD + r"\b)+)"  # "one and a half billion"
    r"|" + _WORD_NUMBER + r")"
)

# Hedges before a figure do not change its value ("around 41 per cent").
HEDGES = r"(?:around|about|roughly|nearly|almost|approximately|some|more than|over|up to|as much as|as high as|as low as|at least|at most|close to|just over|just under|an estimated|estimated|a total of)"

_PERCENT = re.compile(
    r"(?<![\w.])(?P<num>" + NUMBER + r")\s*(?:-\s*)?(?P<unit>%|per[\s-]?cent\b|percent\b|pct\b|pc\b|percentage[\s-]points?\b|basis points?\b|points?\b)",
    re.IGNORECASE,
)
_CURRENCY_SYMBOL = {
    "us$": "usd", "$": "usd", "usd": "usd", "u.s.$": "usd", "€": "eur", "eur": "eur", "£": "gbp",
    "gbp": "gbp", "¥": "jpy", "jpy": "jpy", "a$": "aud", "c$": "cad", "s$": "sgd", "hk$": "hkd",
    "rmb": "cny", "cny": "cny", "yuan": "cny", "krw": "krw", "₩": "krw", "chf": "chf", "inr": "inr",
    "₹": "inr",
    # (round 15) the other ISO 4217 codes written before a sum ("NOK 45 billion", "SEK 60 billion", "NZ$ 2 billion")
    "nok": "nok", "sek": "sek", "dkk": "dkk", "aud": "aud", "cad": "cad", "nzd": "nzd", "nz$": "nzd", "sgd": "sgd",
    "hkd": "hkd", "mxn": "mxn", "brl": "brl", "r$": "brl", "zar": "zar", "twd": "twd", "nt$": "twd", "thb": "thb",
    "myr": "myr", "idr": "idr", "vnd": "vnd", "kes": "kes", "php": "php", "₱": "php", "ils": "ils", "try": "try",
}
_CURRENCY_WORD = {
    "dollars": "usd", "dollar": "usd", "dlrs": "usd", "usd": "usd", "euros": "eur", "euro": "eur",
    "eur": "eur", "yen": "jpy", "jpy": "jpy", "pounds": "gbp", "pounds sterling": "gbp", "gbp": "gbp",
    "yuan": "cny", "renminbi": "cny", "rmb": "cny", "won": "krw", "rupees": "inr", "francs": "chf",
    "swiss francs": "chf", "chf": "chf", "ringgit": "myr", "baht": "thb", "rupiah": "idr",
    # (round 15) Nordic crowns by country ("Norwegian kroner", "Swedish kronor", "Danish kroner"); a bare
    # "kroner" is the Norwegian plural (the Danish one is the same word: the country's name decides when given);
    # "rupee" and "won" singular, "dong", "pesos" ("Mexican pesos"), "rand", "shillings" ("Kenyan shillings")
    "kroner": "nok", "krone": "nok", "norwegian kroner": "nok", "norwegian krone": "nok", "danish kroner": "dkk",
    "danish krone": "dkk", "swedish kronor": "sek", "swedish krona": "sek", "kronor": "sek", "krona": "sek",
    "rupee": "inr", "dong": "vnd", "mexican pesos": "mxn", "philippine pesos": "php", "rand": "zar",
    "kenyan shillings": "kes", "shillings": "kes", "reais": "brl", "nok": "nok", "sek": "sek", "dkk": "dkk",
    # (round 39) the crowns of the wire stories ("45 crowns a kilogram"): a bare one is the kroner's (nok), the
    # country's name decides when given
    "crowns": "nok", "norwegian crowns": "nok", "danish crowns": "dkk", "swedish crowns": "sek", "czech crowns": "czk",
}
# (round 44) every currency a sum is read in: an `amount` in one of them is money, not a quantity of goods
MONEY_UNITS = frozenset(_CURRENCY_SYMBOL.values()) | frozenset(_CURRENCY_WORD.values())
_MONEY_BEFORE = re.compile(
    r"(?<![\w$])(?P<cur>US\$|U\.S\.\$|A\$|C\$|S\$|HK\$|NZ\$|NT\$|R\$|\$|€|£|¥|₩|₹|₱|USD|EUR|GBP|JPY|RMB|CNY|CHF|INR|KRW"
    r"|NOK|SEK|DKK|AUD|CAD|NZD|SGD|HKD|MXN|BRL|ZAR|TWD|THB|MYR|IDR|VND|KES|PHP|ILS)\s?"
    r"(?P<num>" + NUMBER + r")",
)
_MONEY_AFTER = re.compile(
    r"(?<![\w.$])(?P<num>" + NUMBER + r")(?:\s+|-(?=[a-z]+-per-))(?:(?:U\.S\.|US|American|Hong Kong|Singapore|Australian|Canadian)\s+)?"
    r"(?P<cur>(?:norwegian |danish |swedish |czech )?crowns|swiss francs|pounds sterling|dollars|dollar|dlrs|USD|euros|euro|EUR|yen|JPY|pounds|GBP|yuan|renminbi|RMB|won|rupees|francs|CHF|ringgit|baht|rupiah"
    r"|(?:norwegian |danish )?kroner|(?:norwegian |danish )?krone|(?:swedish )?kronor|(?:swedish )?krona|rupee|dong|(?:mexican |philippine )pesos|rand|(?:kenyan )?shillings|reais)\b",
    re.IGNORECASE,
)
_WEIGHT_IN_POUNDS = re.compile(r"\s+of\b")
_SCALED = re.compile(_SCALE_WORD + r"\b|\d" + _SCALE_GLUED + r"\b", re.IGNORECASE)
_TONNES = re.compile(
    r"(?<![\w.$])(?P<num>" + NUMBER + r")(?:\s*|-)(?P<unit>million metric tons?|million metric tonnes?|million tonnes?|million tons?|MMT|metric tons?|metric tonnes?|tonnes?|tons?|\bMT\b|mt\b|m?mtpa\b|M?MTPA\b)",
)
# Things counted in units ("50 Airbus aircraft", "100 Boeing jets").
# (round 14: a model's plural names the counted things too: "30 Boeing 787s", "12 F-35s", "20 Airbus A350s")
COUNTED_NOUNS = r"(?:Dreamliners|aircraft|airplanes?|aeroplanes?|planes|jets|jetliners|airliners|helicopters|engines|vehicles|cars|trucks|ships|vessels|locomotives|turbines|reactors|satellites|units|unit(?= cap)|tanks|fighters|frigates|submarines|tractors|harvesters|railcars|buses|[Ff]reighters|cutters|icebreakers|carriers|widebodies|narrowbodies|(?:[A-Z]{1,2}-?)?\d{2,3}[A-Z]{0,3}s|(?:[A-Z]{1,2}-?)?\d{3}(?:-\d{1,4}|neo)s)"
# (round 39: a variant's plural after a dash or "neo", "787-10s", "A350-900s", "A321neos"; "widebodies")
# (round 15: a variant's single digit, "40 Boeing 737 MAX 8 jets")
# (round 40, RUP: two bodies joined by "and", "six more Boeing widebody and single-aisle jets")
# (round 14) the words of a type between a count and its noun: a model's number ("Block 70",
# "737"), a role ("24 F-16 fighter jets", "12 Black Hawk utility helicopters", "eight C-130J
# transport aircraft"), a body ("wide-body")
_COUNT = re.compile(
    r"(?<![\w.$])(?P<num>" + NUMBER + r")(?:\s+|-(?=unit\b))(?:(?:new|more|additional|[A-Z][\w.-]*|\d{1,4}[A-Z]{0,2}(?:-\d+)?|(?:and|&)(?=\s+(?:\d{3}|(?:wide-body|widebody|narrow-body|narrowbody|single-aisle|twin-aisle)\b))|wide-body|widebody|narrow-body|narrowbody|single-aisle|twin-aisle|commercial|passenger|cargo|freighter|military|used|electric"
    r"|attack|fighter|combat|transport|utility|patrol|tanker|trainer|training|multirole|multi-role|heavy-lift|surveillance|reconnaissance|maritime|regional|business|search-and-rescue|container|bulk|polar),?\s+){0,6}"
    r"(?P<noun>" + COUNTED_NOUNS + r")\b",
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str  # percent | percentage_points | tonnes | units | usd | eur | ...
    kind: str  # rate | points | money | tonnes | count
    text: str


# compiled once (speed: parse_number runs for every quantity found)
_HYPHEN_AFTER_DIGIT = re.compile(r"(?<=\d)-(?=[a-z])")
_DIGITS_AND_SCALE = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)?")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both ("2.3bn", "thirty-five")."""
    if not isinstance(text, str):
        return None
    cleaned = text.strip().lower().replace(",", "")
    if "-" in cleaned:  # (speed, round 36: every match of the pattern is a hyphen)
        cleaned = _HYPHEN_AFTER_DIGIT.sub(" ", cleaned)  # "600-billion"
    if not cleaned:
        return None
    match = _DIGITS_AND_SCALE.fullmatch(cleaned)
    if match:
        value = float(match.group(1))
        scale = match.group(2)
        if scale:
            if scale not in _SCALES:
                return None
            value *= _SCALES[scale]
        return value
    return _parse_word_number(cleaned)


def _parse_word_number(text: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    if "half" in text:
        text = text.replace("and a half", "and half")  # (round 20) "one and a half billion": 1.5 before the scale
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word == "half" and seen:
            current += 0.5
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES and len(word) > 1:
            scale = _SCALES[word]
            current = (current or 1) * scale
            if scale >= 1e3:
                total += current
                current = 0.0
        else:
            number = re.fullmatch(r"(\d+(?:\.\d+)?)", word)
            if not number:
                return None
            current += float(number.group(1))
        seen = True
    return total + current if seen else None


# Every number the patterns below can read holds a digit, a number word or a scale word:
# text without one has no quantity (a cheap test before the five patterns).
_NUMBER_WORDS = sorted((k for k in list(_UNITS) + list(_TENS) if k not in ("a", "an")), key=len, reverse=True) \
    + _SCALE_WORD[3:-1].split("|")


# (round 19) the same test with fewer words: a word holding another ("seventeen", "sixty") is found only
# where that one ("seven", "six") is. Speed: half the texts asked about hold no digit, and each
# then ran 40 ``in`` tests (31 now; 0.7 M instructions a sample pass)
_NUMBER_GUARD_WORDS = tuple(word for word in _NUMBER_WORDS
                            if not any(other != word and other in word for other in _NUMBER_WORDS))


_ANY_NUMBER = re.compile(
    r"\d|" + starting_with_one_of(_NUMBER_WORDS) + r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)

# Each pattern above needs its unit or currency word: a literal scan for that word (same
# flags, so every full match contains a guard match) skips the costly number reading at
# every position of text that has none.
_MONEY_BEFORE_GUARD = re.compile(r"[$€£¥₩₹₱]|USD|EUR|GBP|JPY|RMB|CNY|CHF|INR|KRW|NOK|SEK|DKK|AUD|CAD|NZD|SGD|HKD|MXN|BRL|ZAR|TWD|THB|MYR|IDR|VND|KES|PHP|ILS")
_MONEY_AFTER_WORDS = ["francs", "pounds", "dollar", "dlrs", "usd", "euro", "yen", "jpy", "gbp", "yuan", "renminbi",
                      "rmb", "won", "rupee", "chf", "ringgit", "baht", "rupiah", "kron", "dong",
                      "pesos", " rand", "shillings", "reais", "crowns"]  # (" rand": not "brand", "grand")
_MONEY_AFTER_GUARD = re.compile(starting_with_one_of(_MONEY_AFTER_WORDS) + "(?:" + "|".join(_MONEY_AFTER_WORDS) + ")",
                                re.IGNORECASE)
_PERCENT_WORDS = ("%", "per", "pc", "point")  # every unit _PERCENT reads holds one
_PERCENT_GUARD = re.compile("|".join(_PERCENT_WORDS), re.IGNORECASE)
_TONNES_GUARD = re.compile(r"ton|MT|mt")
_COUNT_GUARD = re.compile(COUNTED_NOUNS)
# (round 18) _TONNES_GUARD's words, tested as written (case-sensitive, as the guard)
_TONNES_WORDS = ("ton", "MT", "mt")


def _branch_guard(alternation: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """For a "(?:a|b|...)" pattern: the words one of which every match of a branch holds (folded),
    and the branches no word can be read from, as one pattern (None when there are none). A text
    holding none of the words where the pattern finds no rest has no match of the alternation."""
    branches, depth, start, escaped, in_class = [], 0, 3, False, False
    for index, char in enumerate(alternation[3:-1], 3):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternation[start:index])
            start = index + 1
    branches.append(alternation[start:-1])
    words, rest = set(), []
    for branch in branches:
        literals = required_literals([branch])
        if literals:
            words |= literals
        else:
            rest.append(branch)
    return tuple(sorted(words)), (re.compile("|".join(rest)) if rest else None)


# (round 18) what every COUNTED_NOUNS match holds: a noun's letters, or what the branches without
# a word find ("787s", "F-35s"): the same texts as a search of the whole alternation at every
# position, which cost 12 us a text
_COUNTED_WORDS, _COUNTED_REST = _branch_guard(COUNTED_NOUNS)
# (round 36) without the words holding another ("units", "railcars"): the same answer, as round 19's number words
_COUNTED_WORDS = tuple(word for word in _COUNTED_WORDS if not any(other != word and other in word for other in _COUNTED_WORDS))


def _matches(pattern: re.Pattern[str], guard: re.Pattern[str], text: str):
    """``pattern.finditer(text)``, or nothing when the guard word is absent."""
    return pattern.finditer(text) if guard.search(text) else ()


def _matches_folded(pattern: re.Pattern[str], words: tuple[str, ...] | list[str], folded: str, text: str):
    """``pattern.finditer(text)``, or nothing when ``folded`` (``text`` case-folded) holds none
    of ``words``: the answer of the case-insensitive guard regex of those words, found faster
    by ``in`` (actors.fold_case folds as the regex engine does)."""
    return pattern.finditer(text) if holds_one_of(words, folded) else ()


_DIGIT = re.compile(r"\d")


def _has_number(text: str, folded: str) -> bool:
    """``_ANY_NUMBER.search(text)``, sooner: a digit found by the engine's fast scan, else a
    number word (only run when one is in the folded text: the same answer, faster)."""
    if _DIGIT.search(text):
        return True
    return holds_one_of(_NUMBER_GUARD_WORDS, folded) and _ANY_NUMBER.search(text) is not None


def find_quantities(text: str) -> list[Quantity]:
    """Every rate, money amount, tonnage and count in ``text``, in text order, not overlapping."""
    if not isinstance(text, str) or not text:
        return []
    folded = fold_case(text)
    if not _has_number(text, folded):
        return []
    found: list[Quantity] = []
    for match in _matches(_MONEY_BEFORE, _MONEY_BEFORE_GUARD, text):
        _add(found, match, _CURRENCY_SYMBOL.get(match.group("cur").lower(), "usd"), "money")
    for match in _matches_folded(_MONEY_AFTER, _MONEY_AFTER_WORDS, folded, text):
        if _WEIGHT_IN_POUNDS.match(text, match.end()) and match.group("cur").lower() == "pounds" \
                and not _SCALED.search(match.group("num")):
            continue  # "66 pounds of fentanyl": a weight, not sterling
        _add(found, match, _CURRENCY_WORD.get(match.group("cur").lower(), "usd"), "money")
    for match in _matches_folded(_PERCENT, _PERCENT_WORDS, folded, text):
        unit_text = match.group("unit").lower()
        if unit_text.startswith("basis"):
            _add(found, match, "percentage_points", "points", factor=0.01)
        elif "point" in unit_text:
            _add(found, match, "percentage_points", "points")
        else:
            _add(found, match, "percent", "rate")
    if found and ("to" in text or "and" in text or "from" in text):
        _bare_rate_partners(text, found)
    for match in _matches_folded(_TONNES, _TONNES_WORDS, text, text):
        unit_text = match.group("unit").lower()
        # (round 39) "mtpa": million tonnes per annum, the LNG trade's size of a contract ("to take 4 mtpa")
        factor = 1e6 if unit_text.startswith("million") or unit_text in ("mmt", "mtpa", "mmtpa") else 1.0
        _add(found, match, "tonnes", "tonnes", factor=factor)
    for match in (_COUNT.finditer(text) if holds_one_of(_COUNTED_WORDS, folded)
                  or (_COUNTED_REST is not None and _COUNTED_REST.search(text)) else ()):
        _add(found, match, "units", "count")
    found.sort(key=_START)
    return found


_START = attrgetter("start")  # (speed: the sort key read in C, no Python call per quantity)


# (round 21) A bare number joined to a rate shares its unit: "from 10 to 25 per cent", "duties of 10 to
# 15 per cent", "between 5 and 8 percent" (the first number opens a movement or a range, by the preposition
# before it), and "to 8 per cent from 40" (the old level after the new one). Only after a preposition that
# makes it a level: "section 2 to 50 percent" stays a section number.
_BARE_BEFORE_RATE = re.compile(r"\b(?:from|of|between|at)\s+(?:" + HEDGES + r"\s+)?(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:to|and|-|–)\s*$",
                               re.IGNORECASE)
_BARE_FROM_AFTER_RATE = re.compile(r",?\s+(?:down\s+|up\s+)?from\s+(?:" + HEDGES + r"\s+)?(?P<num>\d{1,3}(?:\.\d+)?)"
                                   r"(?=\s*(?:[.,;)]|$|(?:now|currently|previously|before|earlier)\b))", re.IGNORECASE)
_LEVEL_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:" + HEDGES + r"\s+)?$", re.IGNORECASE)


def _bare_rate_partners(text: str, found: list[Quantity]) -> None:
    """Add the bare numbers a stated rate lends its unit to (above)."""
    for rate in [q for q in found if q.kind == "rate"]:
        before = _BARE_BEFORE_RATE.search(text, max(0, rate.start - 40), rate.start)
        match = before or (_BARE_FROM_AFTER_RATE.match(text, rate.end)
                           if _LEVEL_TO_BEFORE.search(text, max(0, rate.start - 24), rate.start) else None)
        if match is None:
            continue
        start, end = match.span("num")
        if not any(q.start < end and start < q.end for q in found):
            found.append(Quantity(start, end, float(match.group("num")), "percent", "rate", match.group("num")))


def _add(found: list[Quantity], match: re.Match[str], unit: str, kind: str, factor: float = 1.0) -> None:
    start, end = match.start(), match.end()
    if any(q.start < end and start < q.end for q in found):
        return
    value = parse_number(match.group("num"))
    if value is None:
        return
    text = match.string
    if start >= 5 and text[start:start + 2].lower() in ("a ", "an"):
        fraction = _FRACTION_BEFORE.search(text, max(0, start - 24), start)
        if fraction is not None:
            # (round 27) a fraction of a scale word: "half a million tonnes" (500,000), "a quarter of a billion
            # dollars" (250 million), "three-quarters of a million"
            word = fraction.group("frac") or fraction.group("frac2") or fraction.group("frac3")
            value *= _FRACTIONS[word.lower().replace(" ", "-")]
            start = fraction.start()
    found.append(Quantity(start, end, value * factor, unit, kind, text[start:end]))


# (round 27) the fraction before "a million", "a billion": "half a", "a quarter of a", "three-quarters of a"
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three-quarters": 0.75, "two-thirds": 2 / 3}
_FRACTION_BEFORE = re.compile(r"\b(?:(?P<frac>half)|(?:a|one)\s+(?P<frac2>quarter|third)\s+of|(?P<frac3>three[- ]quarters|two[- ]thirds)\s+of)\s+$",
                              re.IGNORECASE)


# Words right before a rate that say which level it is.
# (round 14) the level a new rate replaces, said after it: "a rate of 10 percent, in place of the
# 15 percent rate", "instead of the current 15 percent", "replacing the 15% rate", "in lieu of",
# "(previously 15 percent)", "a rate that was formerly 15%" (read as "from")
_FROM_CUE = re.compile(
    r"(?:\bfrom|\bin\s+place\s+of|\binstead\s+of|\bin\s+lieu\s+of|\breplac(?:e|es|ed|ing)|\bpreviously|\bformerly"
    r"|\bsupersed(?:e|es|ed|ing))\s+(?:" + HEDGES + r"\s+)?"
    # ((round 27) also a schedule's standing rate: "reduced from the basic rate of 3% to 0%", "from the base rate of 8%")
    r"(?:(?:the|a|an|its|their)\s+)?(?:(?:current|existing|previous|prior|earlier|former|old|present|standard|basic|base|general|MFN|applied)\s+)?"
    r"(?:(?:level|rate)\s+of\s+)?$"  # ("from its current level of 25 percent")
    # (round 21) "down from rates of up to 25 percent", "from duties of as much as 40%": the top of the rates replaced
    r"|\bfrom\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:levels|rates|tariffs|duties|levies)\s+of\s+(?:" + HEDGES + r"\s+)?$"
    # ("its tariff on pork, now 25 percent, to 10 percent", "(currently 25%)", "which stands at 25%"): the
    # level in force told in an aside (not "will now be 25 percent": the verb stands between)
    r"|(?:,|\(|\bwhich)\s*(?:is\s+|stands\s+at\s+|standing\s+at\s+)?(?:now|currently|presently|at\s+present|today)\s+(?:at\s+)?$"
    # (round 34) the same aside told with its participle or the goods' verb: ", currently levied at 30 percent", ", now
    # charged at 4 percent of value", "which now pays an 8 percent tariff", "which until now paid 20 per cent"
    r"|(?:,|\bwhich)\s*(?:now|currently|presently|at\s+present|until\s+now|still)\s+(?:(?:levied|charged|set|taxed|applied|"
    r"collected)\s+at|pays?|paid|faces?|attracts?)\s+(?:an?\s+|the\s+)?$"
    # (round 27) the level in force told in a relative clause of the present, before or after its verb: "its tariffs on
    # machinery, which today run as high as 20 percent, to no more than 4 percent", "its duties on fruit, which are now
    # as high as 35 percent" (a time word or a top said, not "which is 10 percent", a level the clause may be giving)
    r"|\b(?:which|that)\s+(?:(?:now|currently|presently|today|still)\s+)?(?:runs?|are|is|stands?|reach(?:es)?|go(?:es)?\s+up)\s+"
    r"(?:(?:now|currently|presently|today|still)\s+)?(?:as\s+high\s+as|as\s+much\s+as|up\s+to)\s+$"
    r"|\b(?:which|that)\s+(?:now|currently|presently|today|still)\s+(?:runs?|are|is|stands?|reach(?:es)?)\s+(?:at\s+)?$"
    # (round 27) an agreement schedule's base rate before the reduction it states: "Customs duties on apples, base rate
    # 40 percent, shall be reduced to 10 percent" (not "subject to the base rate of 15 percent", the rate that applies)
    r"|,\s*base\s+rate\s+$"
    r"|\b(?:which|that)\s+(?:now\s+|currently\s+)?stands?\s+at\s+$"
    # (round 21) the level a tariff had reached, told in a relative clause: "lower tariffs that had reached 145%"
    # ((round 25) not the rates a measure was put in place at: "put duties on X in 2001, at rates that reached as high as 183.8%")
    r"|(?<!at rates )(?<!at rate )\b(?:which|that)\s+(?:had\s+|have\s+|has\s+)?(?:reached|hit|stood\s+at|climbed\s+to|risen\s+to|rose\s+to)\s+(?:" + HEDGES + r"\s+)?$",
    re.IGNORECASE)
_TO_CUE = re.compile(
    r"\b(?:to|at|of|down to|up to|into|as low as|as high as|reaching)\s+(?:(?:" + HEDGES + r")\s+)?(?:a\s+|the\s+)?(?:new\s+|lower\s+|higher\s+|reduced\s+|maximum\s+|flat\s+|baseline\s+)?$",
    re.IGNORECASE,
)
# (round 14) "compared with 15 percent previously", "versus the current 15%": an earlier level only
# when the words say it is one (not "3 percent compared with 15 percent in Chile", two parties' rates)
# (round 33) also a comparison that names the standing measure or says what the goods pay now: "at 10%, compared with
# the basic tariff of 50%", "15 percent, against the 40 percent charged outside the quota", "a tariff of 5 percent,
# half the 10 percent they pay today", "40 per cent, double the current 20 per cent" (the multiple says the earlier
# level is the goods' own: "half the Section 232 tariff of 50 percent")
_COMPARED_CUE = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+against)|,\s*against)\s+(?:(?:the|a|an|its)\s+)?"
                           r"(?P<earlier>(?:current|existing|previous|prior|earlier|former|present|old)\s+)?"
                           r"(?P<named>(?:standard|basic|normal|general|regular|usual|applied|MFN|out-of-quota)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:tariff|duty|rate|levy)\s+(?:rate\s+)?of\s+)?$"
                           r"|,\s*(?P<times>half|double|twice|triple|three\s+times|four\s+times|(?:a|one)[\s-](?:third|quarter)\s+of)\s+(?:of\s+)?(?:the|its|their|today['’]s)\s+"
                           r"(?:(?:current|existing|present|standard|basic|[\w-]+\s+[\w-]+\s+(?:tariff|duty|rate)\s+of|(?:tariff|duty|rate)\s+of)\s+)?$",
                           re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:previously|before|earlier|formerly|now|currently|at\s+present|today|in\s+force|last\s+year)\b"
                            # (round 33) "the 20 percent they pay today", "the 25 per cent charged outside the quota"
                            r"|\s*(?:(?:they|it)\s+(?:now\s+|currently\s+)?(?:pay|pays|face|faces|attract|attracts)"
                            r"|(?:charged|applied|levied|paid|in\s+force)\s+(?:now|today|currently|at\s+present|outside|above|beyond|since|until\s+now|so\s+far))\b",
                            re.IGNORECASE)
# "to 15 per cent": a new level, as opposed to "a tariff of up to 15 per cent" (a rate in force).
_NEW_LEVEL_CUE = re.compile(r"(?<!\bup )\b(?:to|down to|into)\s+(?:(?:" + HEDGES + r")\s+)?$", re.IGNORECASE)
# a rate written before the measure it names ("its 50% tariffs", "the 30 percent additional duty"; round 35: "its 1
# per cent cess", "its 10% export tax")
NAMES_ITS_MEASURE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|cess|royalty|royalties|surcharges?|tax|taxes)\b", re.IGNORECASE)
# (round 43) a rate written after its owner's measure, as where that measure stands ("its customs duty of 54 percent",
# "the tariff of 24 percent that it applies"; not a rate granted, "a tariff of 25 percent", nor "to the rate of")
OWN_MEASURE_OF = re.compile(r"(?<!\bto )(?:\b(?:its|their|the)|['’]s)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:tariffs?|duty|duties|levy|levies|cess|surcharges?|tax|taxes)\s+of\s+$", re.IGNORECASE)
# "tariffs ranging from 5 percent to 25 percent": the low end of a range of rates over a list
# of goods is no earlier level; the top is the row's rate (annotation guide, News set)
# (round 14: "tariffs of between 10% and 35%" is the same range without the verb)
_RANGE_START = re.compile(r"\b(?:rang(?:e|es|ed|ing)\s+(?:from|between)|between)\s+(?:(?:" + HEDGES + r")\s+)?$", re.IGNORECASE)
# (round 15) a range said without "ranging": "tariffs of 5% to 50%", "duties at 10 to 25 percent", "face
# levies of 7.8% to 35.3%" (not "from 5% to 50%", a change of level)
_RANGE_OF = re.compile(r"\b(?:of|at|face|faces|facing|pay|pays|paying|charged)\s+(?:(?:" + HEDGES + r")\s+)?$", re.IGNORECASE)
_RANGE_UPPER = re.compile(r"\s*(?:to|–)\s*(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pct)", re.IGNORECASE)
# ("move their tariffs down 115%": "down" without "to" states the difference, as "by" does)
_BY_CUE = re.compile(r"\b(?:by|down)\s+(?:(?:" + HEDGES + r")\s+)?(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)


# "cutting duties on ethanol to zero", "zero tariffs", "a duty-free quota": a stated level of 0
# ("a zero reciprocal tariff rate", "zero additional duties": one modifier between, round 10).
_ZERO_LEVEL = re.compile(
    r"\b(?:to|at)\s+zero\b|(?<!\bnext\s)(?<!\bamounts\s)(?<!\bamount\s)\bto\s+nothing\b|\bzero(?:[\s-](?:(?:reciprocal|additional|MFN|customs|import|ad\s+valorem|in-quota|applied|preferential)\s+)?(?:tariffs?|dut(?:y|ies)|rates?))\b|\bno\s+(?:tariffs?|dut(?:y|ies))\b"
    # (round 14) "an in-quota rate of zero", "a duty of zero"
    r"|\b(?:rate|duty|tariff)\s+of\s+zero\b"
    # (round 38) "staples that remain zero-rated"
    r"|\bzero[- ]rated\b"
    r"|\b(?:duty|tariff)[- ]free\b"
    # (round 15) "enter free of any reciprocal duty", "free of all customs duties", "free of the additional tariff"
    r"|\bfree\s+of\s+(?:any|all|the)?\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies))\b"
    # "the additional duty shall be zero", "the rate will be zero percent", "set at zero"
    r"|\b(?:tariffs?|dut(?:y|ies)|rates?)\s+(?:shall|will|would|is\s+to)\s+be\s+(?:set\s+at\s+|reduced\s+to\s+)?(?:zero|0\s*(?:%|percent|per\s+cent))",
    re.IGNORECASE,
)


# ("30% of their value", "25% of the customs value": an ad valorem rate, not a share; (round 40) also the value a levy
# on exports is told against, "7% of gross value", "12.5 per cent of the reference price", "5 per cent of their
# free-on-board value", "1.5 pct to 5 pct of the shipment value")
_SHARE_FOLLOWS = re.compile(
    r"\s+of\s+(?!(?:(?:the|their|its)\s+)?(?:(?:customs|declared|appraised|entered|full|gross|reference|free[- ]on[- ]board|"
    r"FOB|f\.o\.b\.|shipment|invoice|transaction)\s+)?(?:value|price)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class RateLevels:
    value_from: float | None
    value_to: float | None
    change: float | None  # unsigned as written; the caller signs it from the verb
    unit: str | None
    used: tuple[int, ...]  # indexes into the quantities list that were read
    to_marked: bool = False  # value_to was introduced by "to", "at", "of"... (a new level)


def rate_levels(text: str, quantities: list[Quantity]) -> RateLevels:
    """Read the from/to levels or the stated change among the rates of one clause."""
    value_from = value_to = change = None
    unit = None
    to_marked = False
    to_end = range_top = 0
    to_owned = False
    used: list[int] = []
    for index, quantity in enumerate(quantities):
        if quantity.kind not in ("rate", "points"):
            continue
        if quantity.kind == "rate" and _SHARE_FOLLOWS.match(text, quantity.end):
            continue  # "99 percent of tariff lines" is a share, not a rate
        before = text[max(0, quantity.start - 40):quantity.start]
        if quantity.kind == "points" or _BY_CUE.search(before):
            if change is None:
                change = quantity.value
                unit = "percentage_points"
                used.append(index)
            continue
        if _RANGE_START.search(before):
            continue
        if "to" in text[quantity.end:quantity.end + 5] and _RANGE_OF.search(before):
            upper = _RANGE_UPPER.match(text, quantity.end)
            if upper and float(upper.group(1)) > quantity.value:
                range_top = upper.start(1)  # (the top's "to" closes the range: no new level, round 21)
                continue  # (round 15) "tariffs of 5% to 50%": the low end of a range; the top is the rate
        if value_from is not None and value_to is None and before.endswith("and ") and text.startswith(" on ", quantity.end):
            continue  # (round 21) "that had reached 145% on Chinese goods and 125% on American goods": a parallel level
        compared = _COMPARED_CUE.search(before) if ("ompared" in before or "vs" in before or "versus" in before
                                                    or "against" in before or "half" in before or "ouble" in before
                                                    or "twice" in before or "triple" in before or "third" in before or "times" in before
                                                    or "quarter" in before) else None
        if _FROM_CUE.search(before) or compared and (compared.group("earlier") or compared.group("named")
                                                     or compared.group("times")
                                                     or _EARLIER_AFTER.match(text, quantity.end)):
            if value_from is None:
                value_from = quantity.value
                used.append(index)
        elif value_to is None:
            value_to, to_end = quantity.value, quantity.end
            to_marked = bool(_NEW_LEVEL_CUE.search(before)) and quantity.start != range_top
            to_owned = " of " in before and OWN_MEASURE_OF.search(before) is not None
            used.append(index)
        elif value_from is None and not to_marked and _NEW_LEVEL_CUE.search(before) \
                and (to_owned or NAMES_ITS_MEASURE.match(text, to_end)):
            # "reduce its 30 percent tariff on cloth to 10 percent": the rate naming the tariff
            # is where it stands, the rate after "to" where it goes
            # ((round 43) as "lower its customs duty of 35 percent to 15 percent")
            value_from, value_to, to_marked = value_to, quantity.value, True
            used.append(index)
        if unit is None:
            unit = "percent"
    if value_to is None and _ZERO_LEVEL.search(text):
        value_to = 0.0
        to_marked = True
    if value_from is not None or value_to is not None:
        unit = "percent"
    return RateLevels(value_from, value_to, change, unit, tuple(used), to_marked)


# (round 39) a sum in cents of a dollar ("4.4 cents", "eight cents"): not read by ``find_quantities`` (a price in cents
# is rarely a measure's level), read by the specific-duty reader when a measure follows (commitments)
_CENTS = re.compile(r"(?<![\w.$])(?P<num>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+cents?\b", re.IGNORECASE)


def cents_amounts(text: str) -> list[Quantity]:
    """The sums in cents of ``text``, as dollar amounts (kind money, unit usd)."""
    found = []
    for match in _CENTS.finditer(text):
        value = parse_number(match.group("num"))
        if value is not None:
            found.append(Quantity(match.start(), match.end(), round(value / 100, 6), "usd", "money", match.group(0)))
    return found

# Speed (issue 4): the patterns below are searched in most sentences; each is put behind a
# lookahead on the characters its matches can start with (actors.with_first_chars), which
# finds the same matches 20-80% faster. Chosen by measurement
# (`python -m bench.bench_commitments_speed --patterns`): a pattern that opens with a
# literal keeps the regex engine's own fast scan and is left as it is.
_FAST_START_PATTERNS = (
    "_BY_CUE", "_FROM_CUE", "_MONEY_AFTER", "_MONEY_BEFORE", "_MONEY_BEFORE_GUARD",
    "_NEW_LEVEL_CUE", "_PERCENT", "_PERCENT_GUARD", "_RANGE_START", "_SCALED", "_TO_CUE",
    "_ZERO_LEVEL", "_COUNTED_REST",
)
put_behind_first_chars(globals(), _FAST_START_PATTERNS)
# (speed, round 43) and behind the test of its words (actors.LiteralGuarded, as commitments' list): a zero level is
# named in few of the texts it is searched in
put_behind_literals(globals(), ("_ZERO_LEVEL",))
