"""Round-13 speed work (issue 4) must not change what is extracted: a pattern whose compiled
code tells the engine the characters its matches start with (actors.with_start_charset)
finds every match the pattern compiled from its source finds, on every sample sentence and
on text drawn from the pattern itself. The set is read from each pattern, so a rule a
colleague adds or edits gets its own set; a pattern whose set would miss a start fails here."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import actors, commitments, quantities, timeexpr
from tests.commitment_text import sample_sentences

SENTENCES = sample_sentences()


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The listed fast-start patterns of the rule modules and the lexicon patterns, as used."""
    found = []
    for module in (commitments, quantities, timeexpr):
        for name in getattr(module, "_FAST_START_PATTERNS", ()):
            pattern = getattr(module, name, None)
            pattern = getattr(pattern, "regex", pattern)  # behind a LiteralGuarded
            if isinstance(pattern, re.Pattern):
                found.append((f"{module.__name__}.{name}", pattern))
    lexicon = commitments._lexicon()
    for name in ("objects", "conditional", "non_government", "commentary"):
        pattern = getattr(lexicon, name)
        if isinstance(pattern, re.Pattern):
            found.append((f"lexicon.{name}", pattern))
    found.extend((f"lexicon.status.{name}", pattern) for name, pattern in lexicon.status)
    return found


PATTERNS = _module_patterns()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


def test_most_rule_patterns_carry_a_start_set():
    # the speed of this round: a listed pattern is searched with its start set (the
    # compiled code differs from re.compile's of the same source); a few cannot have one
    with_set = [name for name, pattern in PATTERNS if pattern != re.compile(pattern.pattern, pattern.flags)]
    assert len(with_set) > 0.8 * len(PATTERNS)


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_start_set_finds_the_matches_the_plain_pattern_finds(name, pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    for sentence in SENTENCES:
        assert _spans(pattern, sentence) == _spans(plain, sentence), (name, sentence)
        # a search from inside the text, as the rules search windows before a cue
        middle = len(sentence) // 2
        found, expected = pattern.search(sentence, middle), plain.search(sentence, middle)
        assert (found and found.span()) == (expected and expected.span()), (name, sentence)


def _variants(text: str) -> list[str]:
    # the cases a case-insensitive pattern matches, and the characters the engine folds
    # onto ASCII letters (long s, Kelvin sign, dotted and dotless i)
    return [text, text.upper(), text.lower(), text.swapcase(), text.replace("s", "\u017f"),
            text.replace("k", "\u212a").replace("K", "\u212a"), text.replace("i", "\u0131").replace("I", "\u0130")]


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_start_set_finds_every_case_of_the_sample_matches(name, pattern):
    # each sample match in every case and fold, after other text: a start character
    # missing from the set (a case variant, a class) would lose the match
    plain = re.compile(pattern.pattern, pattern.flags)
    found = {m.group(0) for sentence in SENTENCES for m in plain.finditer(sentence)}
    for matched in sorted(found)[:40]:
        for variant in _variants(matched):
            for text in (variant, "The deal: " + variant + " and more.", "(a) " + variant, "\u201c" + variant):
                assert _spans(pattern, text) == _spans(plain, text), (name, text)


_ALPHABET = list("abcdefiknstuwyzABIKST0123456789 ,.;:()-%$\u201c\u201d\u2019\u2014\u2013\u017f\u212a\u0130\u0131\u00e9\n")
_WORDS = ["tariff", "Tariffs", "duty", "per cent", "%", "$", "billion", "for", "over", "a", "90", "days", "said",
          "year", "export controls", "soybeans", "until", "March 3, 2026", "if", "the", "U.S.", "China",
          "will", "cut", "to", "from", "(i)", "talks", "agreement", "impose", "lower", "quotas"]


@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(_WORDS) | st.text(alphabet=_ALPHABET, max_size=6), max_size=30).map(" ".join))
def test_a_start_set_finds_the_plain_matches_in_any_text(text):
    for name, pattern in PATTERNS:
        assert _spans(pattern, text) == _spans(re.compile(pattern.pattern, pattern.flags), text), name


@pytest.mark.parametrize("source, flags, texts", [
    (r"(?<![\w-])(?:sanctions|kelvin)", re.IGNORECASE, ["SANCTIONS", "\u017fanctions", "\u212aelvin", "a Kelvin"]),
    (r"\b(?:said|told)\s|;|\((?<![\w)]\()\s*[ivx]+\)", 0, ["he said it", "a;b", "x (ii) y", "told me"]),
    (r"\bby\s+\$", 0, ["paid by $5", "by  $"]),
    (r"(?:\d+|ten) per ?cent", re.IGNORECASE, ["TEN PERCENT", "25 per cent"]),
])
def test_start_sets_keep_case_variants_and_classes(source, flags, texts):
    plain = re.compile(source, flags)
    fast = actors.with_start_charset(plain)
    assert fast != plain and fast.pattern == plain.pattern and fast.flags == plain.flags
    for text in texts:
        assert _spans(fast, text) == _spans(plain, text) != [], text


@pytest.mark.parametrize("source, flags", [
    (r"tariffs?", 0),  # a literal prefix: the engine's own fast scan
    (r"[Tt]ariffs", 0),  # a class first: the engine's own set
    (r"a|", 0),  # can match nothing
    (r"^\s*Japan will", 0),  # tried at the start only
    (r"(?<!\w)\u00e9lan", re.IGNORECASE),  # a cased letter outside ASCII: its variants are not listed
    (r"\b.x", 0),  # any character
])
def test_no_start_set_where_it_cannot_help_or_be_told(source, flags):
    plain = re.compile(source, flags)
    assert actors.with_start_charset(plain) is plain


def test_every_cached_start_set_is_computed_anew_the_same():
    commitments.extract_commitments(_article())
    derived = [(key, value) for key, value in actors._PATTERNS.used.items() if key[:2] == ("derived", "start_charset")]
    assert derived
    for key, value in derived:
        assert actors._start_charset_parts(key[2], key[3]) == value, key[2][:80]


def _article():
    from pipeline.model import Article, Paragraph
    sentence = "China will cut tariffs on U.S. soybeans to 10% from 25% for 90 days."
    return Article(body=sentence, paragraphs=[Paragraph(0, sentence, 0, len(sentence))])


def test_no_character_folds_onto_an_uncased_one_outside_ascii():
    # a start set lists an uncased character outside ASCII ("“", "—") alone under IGNORECASE:
    # right only while no other character's lower case is that character
    import _sre
    def uncased(char):
        return char.lower() == char == char.upper() == char.casefold()
    onto = [code for code in range(0x110000)
            if _sre.unicode_tolower(code) != code and not chr(_sre.unicode_tolower(code)).isascii()
            and uncased(chr(_sre.unicode_tolower(code)))]
    assert onto == []
