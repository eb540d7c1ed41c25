"""Round-18 speed work (issue 4) must not change what is extracted. find_quantities tries its count
and tonnage patterns only where the text holds what every match of them holds (the count nouns'
words, read from COUNTED_NOUNS itself, or what its wordless branches find; the tonnage units as
written): the same quantities on every text, and the sentences below give the rows they gave."""
from __future__ import annotations

import re
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import commitments, quantities
from pipeline.actors import fold_case
from pipeline.quantities import COUNTED_NOUNS, find_quantities
from tests.commitment_text import commitments_from, sample_sentences

PUBLISHED = datetime(2026, 5, 4)
_COUNT_ALTERNATION = re.compile(COUNTED_NOUNS)
_TONNES_GUARD = re.compile(r"ton|MT|mt")


def _count_guard(text: str) -> bool:
    return quantities.holds_one_of(quantities._COUNTED_WORDS, fold_case(text)) or bool(
        quantities._COUNTED_REST is not None and quantities._COUNTED_REST.search(text))


def test_the_count_guard_is_read_from_the_counted_nouns():
    # every branch of COUNTED_NOUNS gives a word or stays a pattern: a noun a colleague adds is in the guard
    assert "aircraft" in quantities._COUNTED_WORDS and "dreamliners" in quantities._COUNTED_WORDS
    assert quantities._COUNTED_REST is not None and quantities._COUNTED_REST.search("12 F-35s")
    for noun in ("Dreamliners", "aircraft", "airplane", "aeroplanes", "jets", "units", "unit cap", "tanks", "787s", "A350s"):
        assert _count_guard(f"buy 30 Boeing {noun} soon"), noun


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(_COUNT_ALTERNATION, fullmatch=False))
def test_every_text_the_count_nouns_match_passes_the_count_guard(text):
    assert _COUNT_ALTERNATION.search(text)
    assert _count_guard(text), text


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(quantities._TONNES, fullmatch=False))
def test_every_text_the_tonnage_pattern_matches_passes_its_words(text):
    assert quantities.holds_one_of(quantities._TONNES_WORDS, text) == bool(_TONNES_GUARD.search(text))


def test_guards_answer_as_the_patterns_on_every_sample_sentence():
    sentences = sample_sentences()
    assert len(sentences) > 300
    for sentence in sentences:
        for text in (sentence, sentence[len(sentence) // 2:], sentence[:40]):
            assert _count_guard(text) >= bool(_COUNT_ALTERNATION.search(text)), text
            assert quantities.holds_one_of(quantities._TONNES_WORDS, text) == bool(_TONNES_GUARD.search(text)), text


def test_quantities_behind_the_guards_are_found():
    assert [(q.value, q.unit) for q in find_quantities("a purchase of 30 Boeing 787s and 12 F-35s")] \
        == [(30.0, "units"), (12.0, "units")]
    assert [(q.value, q.unit) for q in find_quantities("buy 50 Airbus aircraft and 2.5 million metric tons of corn")] \
        == [(50.0, "units"), (2.5e6, "tonnes")]
    assert [(q.value, q.unit) for q in find_quantities("a 100,000 unit cap on cars")] == [(100000.0, "units")]
    assert find_quantities("the tonne of bricks and the units of measure") == []


def _rows(*texts):
    return commitments_from(list(texts), published_at=PUBLISHED)


def test_sentences_with_counts_and_tonnages_give_their_rows():
    rows = _rows("Indonesia will purchase 50 Boeing jets from the United States.")
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows] == [("IDN", "purchase", 50.0, "units")]
    rows = _rows("Japan will buy 2.5 million metric tons of U.S. corn.")
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows] == [("JPN", "purchase", 2.5e6, "tonnes")]
    assert _rows("The tonne of bricks fell on the units of measure.") == []


def _regex(pattern) -> re.Pattern[str]:
    return getattr(pattern, "regex", pattern)


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(_regex(commitments._FIRST_PERSON), fullmatch=False))
def test_every_text_the_first_person_pattern_matches_passes_its_test(text):
    # "I" or "my " in every match, as written: the pattern is tried only where one stands
    assert commitments._FIRST_PERSON.search(text)
    assert commitments._first_person(text), text


def test_the_first_person_test_answers_as_its_pattern_on_every_sample_sentence():
    for sentence in sample_sentences():
        for end in [index for index, char in enumerate(sentence) if char == " "] + [len(sentence)]:
            assert bool(commitments._first_person(sentence, 0, end)) == bool(commitments._FIRST_PERSON.search(sentence, 0, end))
            assert bool(commitments._first_person(sentence[:end])) == bool(commitments._FIRST_PERSON.search(sentence[:end]))
    assert commitments._first_person("Accordingly, I have decided to adjust the imports of trucks by ")
    assert commitments._first_person("and my Administration will ")
    assert not commitments._first_person("The Administration will ")


def test_the_count_patterns_rest_finds_the_same_with_its_start_set():
    plain = re.compile(quantities._COUNTED_REST.pattern.split(")", 1)[1]) if quantities._COUNTED_REST.pattern.startswith("(?=") \
        else re.compile(quantities._COUNTED_REST.pattern)
    for sentence in sample_sentences() + ["30 Boeing 787s", "12 F-35s", "20 Airbus A350s", "AB-123XYZs"]:
        assert [m.span() for m in quantities._COUNTED_REST.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


# (round 18) the number words as character tries: the patterns reading numbers find the same matches
_PLAIN_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(quantities._TENS, key=len, reverse=True)) + r")(?:[\s-](?:"
    + "|".join(k for k in sorted(quantities._UNITS, key=len, reverse=True) if k not in ("a", "an", "nil", "zero"))
    + r"))?|" + "|".join(sorted((k for k in quantities._UNITS if k not in ("a", "an")), key=len, reverse=True)) + r")")
_NUMBER_PATTERNS = ("_PERCENT", "_MONEY_BEFORE", "_MONEY_AFTER", "_TONNES", "_COUNT")
_NUMBER_WORDS_TEXT = st.lists(st.sampled_from(
    ["one", "seven", "seventeen", "seventy", "seventy-seven", "Seventy Seven", "eighteen", "eight", "eighty", "nil", "zero",
     "a", "an", "hundred", "million", "percent", "per cent", "%", "tons", "dollars", "$", "points", "twentyone",
     "nineteenth", "tenth", "Eleven", "THIRTEEN", "fourteen-", "4.5", "1,000", "jets", "-", "x"]), min_size=1, max_size=7)


def _with_plain_words(name: str) -> re.Pattern[str]:
    pattern = getattr(quantities, name)
    assert quantities._WORD_NUMBER in pattern.pattern, name
    return re.compile(pattern.pattern.replace(quantities._WORD_NUMBER, _PLAIN_WORD_NUMBER), pattern.flags)


def test_number_patterns_match_as_with_the_plain_word_lists_on_every_sample_sentence():
    plain = {name: _with_plain_words(name) for name in _NUMBER_PATTERNS}
    for sentence in sample_sentences():
        for name in _NUMBER_PATTERNS:
            assert [m.span() for m in getattr(quantities, name).finditer(sentence)] \
                == [m.span() for m in plain[name].finditer(sentence)], (name, sentence)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_NUMBER_WORDS_TEXT)
def test_number_patterns_match_as_with_the_plain_word_lists(words):
    text = " ".join(words)
    for name in _NUMBER_PATTERNS:
        assert [m.span() for m in getattr(quantities, name).finditer(text)] \
            == [m.span() for m in _with_plain_words(name).finditer(text)], (name, text)
