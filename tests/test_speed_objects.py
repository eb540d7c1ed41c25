"""The object lexicon, with each entry's patterns dispatched on their first character
(speed, issue 4), finds exactly the matches and categories of the plain alternation."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import commitments
from pipeline.parse import parse_document


def _plain_objects() -> re.Pattern[str]:
    specs = yaml.safe_load(commitments.CUES_PATH.read_text(encoding="utf-8"))["objects"]
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(rf"(?P<c{i}>{'|'.join(spec['patterns'])})" for i, spec in enumerate(specs))
        + r")(?![\w-])", re.IGNORECASE)


PLAIN = _plain_objects()
FAST = commitments._lexicon().objects
_WORDS = ["tariff", "Tariffs", "duty", "rates on", "imports", "export controls", "Export-Controls", "import bans",
          "forced labor", "Global Forum", "discussions", "Discussions", "bond requirements", "“good standing”",
          "10% rate", "1,000-unit caps on", "tax on imports", "ſ", "K", "İ", "-", ",", "the", "on", "of"]
_TEXT = st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=30).map(" ".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_entries_are_dispatched_on_their_first_character():
    assert "(?=t)(?:" in FAST.pattern  # most entries could be dispatched
    assert "(?-i:discussions)" in FAST.pattern  # a case-sensitive pattern keeps its flags


def test_dispatch_changes_no_match_in_the_sample_corpus():
    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.text for path in sorted(samples.iterdir()) if path.suffix in (".html", ".txt")
             for p in parse_document(path.read_bytes(), path.name).paragraphs]
    assert len(texts) > 200
    assert sum(len(_found(PLAIN, text)) for text in texts) > 100
    for text in texts:
        assert _found(FAST, text) == _found(PLAIN, text), text


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_dispatch_changes_no_match(text):
    assert _found(FAST, text) == _found(PLAIN, text)


def test_a_class_or_a_non_ascii_start_keeps_the_plain_alternation():
    assert commitments._dispatched_on_first_char([r"\d+ ?% rates?", "rates on"]) is None
    assert commitments._dispatched_on_first_char(["[“\"]?good standing"]) is None
    assert commitments._dispatched_on_first_char(["tariff", "(?:market )?duty", "trade"]) \
        == "(?=t)(?:tariff|trade)|(?=d)(?:(?:market )?duty)|(?=m)(?:(?:market )?duty)"
