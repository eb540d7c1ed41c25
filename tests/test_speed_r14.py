"""Round-14 speed work (issue 4) must not change what is extracted: a pattern that opens with a
class the engine tests through the Unicode database ([^\\w-], \\s, \\d, a class holding "’")
is searched with a table of the Latin-1 characters its matches can start with, and every
character above 255 (actors._table_charset). Every pattern of the rule modules and lexicons
must find, on every sample sentence and on text full of characters above 255, the very
matches the pattern compiled from its source finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import actors, commitments, products, quantities, sentences, timeexpr
from tests.commitment_text import sample_sentences

SENTENCES = sample_sentences()


def _opens_with_engine_set(pattern: re.Pattern[str]) -> bool:
    """Whether re.compile gives this source a start set of its own (what round 14 changes)."""
    from re import _compiler, _constants as sre, _parser
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return code[0] == sre.INFO and code[2] == sre.SRE_INFO_CHARSET


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern of the rule modules and the lexicon scans, as used, whose
    source opens with a class."""
    found = []
    for module in (commitments, quantities, timeexpr, products, actors, sentences):
        for name, value in sorted(vars(module).items()):
            value = getattr(value, "regex", value)  # behind a LiteralGuarded
            if isinstance(value, re.Pattern) and _opens_with_engine_set(value):
                found.append((f"{module.__name__}.{name}", value))
    lexicon = commitments._lexicon()
    for name in ("cue_scan", "object_starts", "objects", "conditional", "non_government", "commentary"):
        value = getattr(lexicon, name)
        if isinstance(value, re.Pattern) and _opens_with_engine_set(value):
            found.append((f"lexicon.{name}", value))
    found.append(("actors.scan", actors._lexicon().scan))
    return found


PATTERNS = _patterns()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_scans_that_open_with_a_negated_class_carry_a_table():
    # the cue, object and actor scans ([^\w-], [^\w$]): their start set is a table now
    for name in ("lexicon.cue_scan", "lexicon.object_starts", "actors.scan"):
        pattern = dict(PATTERNS)[name]
        assert pattern != re.compile(pattern.pattern, pattern.flags), name
    assert sum(pattern != re.compile(pattern.pattern, pattern.flags) for _, pattern in PATTERNS) >= 10


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_table_start_set_finds_the_plain_matches(name, pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    for sentence in SENTENCES:
        assert _spans(pattern, sentence) == _spans(plain, sentence), (name, sentence)
        middle = len(sentence) // 2
        found, expected = pattern.search(sentence, middle), plain.search(sentence, middle)
        assert (found and found.span()) == (expected and expected.span()), (name, sentence)


# characters above 255 a class may or may not hold: dashes, quotes, an em space (\s), Arabic
# and Devanagari digits (\d), CJK and a mathematical letter outside the BMP (\w), the long s
_WIDE = "\u2014\u2013\u201c\u201d\u2019\u2003\u0663\u0967\u4e2d\U0001d400\u017f\u212a\u0130\u00a0\u00e9\u00d7"


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_table_start_set_finds_the_plain_matches_beside_wide_characters(name, pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    for sentence in SENTENCES[::7]:
        for char in _WIDE:
            text = sentence.replace(" ", char, 3)
            assert _spans(pattern, text) == _spans(plain, text), (name, text)
            text = char + sentence.replace(", ", "," + char)
            assert _spans(pattern, text) == _spans(plain, text), (name, text)


@pytest.mark.parametrize("source, probe", [(r"[^\w-]x", "x"), (r"\s+x", "x"), (r"\d+%", "%"), (r"\w+ly", "ly"),
                                           (r"[’'\"]\w", "a"), (r"[^\w$]The", "The"), (r"\W\d", "5")])
def test_the_table_holds_what_the_class_holds(source, probe):
    plain = re.compile(source)
    fast = actors.with_start_charset(plain)
    assert fast != plain and fast.pattern == plain.pattern and fast.groups == plain.groups
    # a character of every code point below 0x3000 (and beyond the BMP) where a match may start
    for code in list(range(0x3000)) + [0x1D400, 0x1D7D8, 0x10FFFF]:
        text = "ab" + chr(code) + probe
        assert _spans(fast, text) == _spans(plain, text), (source, hex(code))


def test_sets_of_latin1_literals_keep_the_engine_own_test():
    # "[Tt]ariffs", "[;:]": a few literals below 256 cost no more than a table
    for source in (r"[Tt]ariffs", r"[;:]\s"):
        plain = re.compile(source)
        assert actors.with_start_charset(plain) is plain


_ALPHABET = list("abcdefiknstuwyzABIKST0123456789 ,.;:()-%$\n") + list(_WIDE)
_WORDS = ["tariff", "Tariffs", "duty", "per cent", "%", "$", "billion", "for", "a", "90", "days", "said",
          "export controls", "soybeans", "until", "if", "the", "U.S.", "China", "will", "cut", "to", "(i)",
          "agreement", "impose", "lower", "quotas", "\u201cwill\u201d", "\u2014", "25\u00a0percent"]


@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(_WORDS) | st.text(alphabet=_ALPHABET, max_size=6), max_size=30).map(" ".join))
def test_a_table_start_set_finds_the_plain_matches_in_any_text(text):
    for name, pattern in PATTERNS:
        assert _spans(pattern, text) == _spans(re.compile(pattern.pattern, pattern.flags), text), name
