"""Round-21 speed work (issue 4): branches of words are compiled grouped by their opening
character (actors._alternatives_by_opening). The rewritten patterns must find what the
stdlib's patterns find, groups included, and the rows must stay as they were."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from pipeline import actors
from tests.commitment_text import commitments_from

PUBLISHED = datetime(2026, 5, 4, 12, 0)


def _ours(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return actors._pattern_from_parts(source, actors._compiled_parts(source, flags))


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.lastgroup, m.lastindex) for m in pattern.finditer(text)]


_CASES = [
    # words sharing their opening letters, then a tail every alternative shares
    (r"\b(?:(?:trade\s+)?waste|water|wage|tourist|tourism|ticket|tax)\s+(?:fees?|tariffs?)\b",
     ["Water tariffs rose again", "TOURISM FEES and tourist fees", "the trade  waste fees", "a wage tariff",
      "tax fees, ticket tariffs", "ſewerage tariffs", "waterfees", "wastewater fees"]),
    # a word that is the start of another: the first written is tried first, as before
    (r"(?:ab|abc|abd)(c)?", ["abc", "ABCD", "abd", "xab"]),
    (r"(?:abc|ab)(c)?", ["abc", "ABCD", "ab"]),
    # named groups inside the alternatives: the same group closes last
    (r"(?P<water>water)|(?P<waste>waste)|(?P<wage>wage)", ["wage water WASTE", "wastewater"]),
    # folded letters the engine matches to ASCII ones (Kelvin sign, long s, dotted and dotless i)
    (r"\b(?:kiwi|kimchi|steel|soy|iron|import)s?\b", ["\u212aIWIS and ſteel", "İMPORTS of ıron", "soy, Steel"]),
]


@pytest.mark.parametrize("source,texts", _CASES)
def test_grouped_branches_find_what_the_stdlib_finds(source, texts):
    for flags in (re.IGNORECASE, 0):
        ours, plain = _ours(source, flags), re.compile(source, flags)
        for text in texts + [t.upper() for t in texts] + [t.lower() for t in texts]:
            assert _found(ours, text) == _found(plain, text), (source, flags, text)


def test_words_sharing_an_opening_are_grouped_and_others_left_alone():
    from re import _constants as sre, _parser as parser

    def grouped(source: str):
        branch = next(av for op, av in parser.parse(source, re.IGNORECASE).data if op is sre.BRANCH)
        return actors._alternatives_by_opening(branch[1], True, sre, parser)

    assert len(grouped(r"water|waste|Wage|tax|ticket|fee")) == 3  # w..., t..., fee
    assert grouped(r"water|tax|fee") is None  # no two share an opening
    assert grouped(r"water|[Ww]aste|wage") is None  # an alternative opening with a class: left as written


def test_case_sensitive_scopes_keep_their_cases_apart():
    # in a (?-i:...) scope "W" and "w" are two openings; outside it they are one
    source = r"(?-i:Water|water|Wage)|(?:tax|Tariff|toll)"
    ours, plain = _ours(source), re.compile(source, re.IGNORECASE)
    for text in ("Water water WATER Wage wage", "TAX tariff Toll"):
        assert _found(ours, text) == _found(plain, text), text


def _rows(*texts):
    return [(r.actor, r.category, r.action, r.value_to, r.amount)
            for r in commitments_from(list(texts), published_at=PUBLISHED)]


@pytest.mark.parametrize("sentence,expected", [
    # a charge of no trade (its words behind a grouped branch): no row
    ("The city will raise water tariffs by 5 percent next year.", []),
    ("The council will cut tourist fees for visitors in June.", []),
    # trade measures told with words of the same branches: the rows as before
    ("Japan will cut its tariffs on U.S. beef to 9 percent.", [("JPN", "tariff", "reduce", 9.0, None)]),
    ("Vietnam agreed to remove tariffs on U.S. pork.", [("VNM", "tariff", "remove", None, None)]),
    ("Korea will invest $350 billion in the United States.", [("KOR", "investment", "invest", None, 350000000000.0)]),
    ("Tariffs on Chinese steel will be raised to 50 percent by the United States.",
     [("USA", "tariff", "raise", 50.0, None)]),
])
def test_rows_through_grouped_branches(sentence, expected):
    assert _rows(sentence) == expected
