"""The speed work must not change what is extracted: a pattern put behind its
first-character lookahead finds exactly the matches it found before, and the
per-article memo hands every caller its own list."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import commitments, products, quantities, timeexpr
from pipeline.actors import starting_with_first_chars, with_first_chars
from pipeline.model import Article, Paragraph
from pipeline.parse import parse_document

# Text made of what the patterns look for: words of the lexicons, digits, signs,
# capitals and punctuation, so that matches are frequent.
_WORDS = ["tariff", "Tariffs", "duty", "per cent", "%", "$", "billion", "for", "over", "a", "90", "days",
          "year", "export controls", "soybeans", "until", "March 3, 2026", "if", "the", "U.S.", "China",
          "will", "cut", "to", "from", ",", ";", ":", "-", "(", ")", "talks", "agreement", "ſ", "K", "İ"]
_TEXT = st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=40).map(" ".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(match.span(), match.lastgroup) for match in pattern.finditer(text)]


def _listed_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(name, pattern as written, pattern in use) for every pattern the modules put behind a lookahead."""
    found = []
    for module in (commitments, quantities, timeexpr):
        for name in module._FAST_START_PATTERNS:
            fast = getattr(module, name, None)
            fast = getattr(fast, "regex", fast)  # behind a LiteralGuarded
            if fast is None:
                continue  # renamed
            source = fast.pattern
            if source.startswith("(?=["):
                plain = re.compile(source[source.index("])(?:") + 5:-1], fast.flags)
            elif fast != re.compile(source, fast.flags):
                plain = re.compile(source, fast.flags)  # round 13: its start set in the compiled code instead
            else:
                continue  # rewritten so that no first character can be told
            found.append((f"{module.__name__}.{name}", plain, fast))
    lexicon = commitments._lexicon()
    for name, pattern in [("objects", lexicon.objects), ("conditional", lexicon.conditional),
                          ("products", products._products()[1])]:
        source = pattern.pattern
        if source.startswith("(?=["):
            inner = source[source.index("])") + 2:]
            inner = inner[3:-1] if inner.startswith("(?:") and name != "products" else inner
            found.append((name, re.compile(inner, pattern.flags), pattern))
    return found


LISTED = _listed_patterns()


def test_the_listed_patterns_are_in_use_with_their_lookahead():
    assert len(LISTED) > 100


def test_a_lookahead_changes_no_match_in_the_sample_corpus():
    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.text for path in sorted(samples.iterdir()) if path.suffix in (".html", ".txt")
             for p in parse_document(path.read_bytes(), path.name).paragraphs]
    assert len(texts) > 200
    for name, plain, fast in LISTED:
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), name


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_a_lookahead_changes_no_match(text):
    for name, plain, fast in LISTED:
        assert _spans(fast, text) == _spans(plain, text), name


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w-])(?:tariffs?|dut(?:y|ies))", "(?=[dt])"),
    (r"\d+%", r"(?=[\d])"),
    (r"(?:a|b)?c", "(?=[abc])"),
    (r"[^a]b", ""),  # a negated class: anything may start
    (r"(?i:abc)", ""),  # a scoped flag the lookahead would not share
    (r"a|", ""),  # can match nothing
    (r".x", ""),
])
def test_first_characters_are_read_from_the_regex(pattern, expected):
    assert starting_with_first_chars(pattern, re.IGNORECASE) == expected


def test_a_lookahead_keeps_case_insensitive_variants():
    fast = with_first_chars(re.compile(r"(?<![\w-])(?:sanctions|kelvin)", re.IGNORECASE))
    # the long s and the Kelvin sign fold to "s" and "k" under IGNORECASE
    for text in ("SANCTIONS", "ſanctions", "\u212aelvin", "Kelvin"):
        assert fast.search(text), text


def test_the_memo_gives_each_caller_its_own_list():
    sentence = "China will cut tariffs on U.S. soybeans to 10% from 25% for 90 days."
    article = Article(body=sentence, paragraphs=[Paragraph(0, sentence, 0, len(sentence))])
    first = commitments.extract_commitments(article)
    second = commitments.extract_commitments(article)
    assert [r.to_dict() for r in first] == [r.to_dict() for r in second]
    assert first and first[0].value_to == 10.0
    commitments._ARTICLE_MEMO.table = {}  # as inside extract_commitments
    try:
        commitments.find_quantities(sentence).clear()  # a caller changing its list changes nobody else's
        assert [q.value for q in commitments.find_quantities(sentence)] == [10.0, 25.0]
    finally:
        commitments._ARTICLE_MEMO.table = None
