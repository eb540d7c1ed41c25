"""Round-9 speed work (issue 4) must not change what is extracted: the object scan read only
as far as a rule asks gives the regex's own matches in the regex's order, however its readers
interleave, and the document context counts the same countries as the mentions name."""
from __future__ import annotations

import inspect
import re
from datetime import date
from pathlib import Path

from pipeline import commitments
from pipeline.actors import find_actor_mentions, mention_countries
from pipeline.parse import parse_document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_texts() -> list[str]:
    return [p.text for path in sorted(SAMPLES.iterdir()) if path.suffix in (".html", ".txt")
            for p in parse_document(path.read_bytes(), path.name).paragraphs]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.lastgroup) for m in matches]


def test_an_object_scan_read_in_turns_gives_the_patterns_matches_in_order():
    objects = commitments._lexicon().objects
    texts = _sample_texts()
    assert len(texts) > 200
    many = 0
    commitments._ARTICLE_MEMO.table = {}  # one shared scan per text, as inside an article
    try:
        for text in texts:
            expected = _spans(objects.finditer(text))
            many += len(expected) > 2
            first = commitments._first_object(text)  # reads one match
            reader = commitments._object_scan(text).matches()
            head = next(reader, None)  # a second reader, started before the rest is read
            assert _spans(commitments._object_matches(text)) == expected  # a third reads them all
            assert _spans([m for m in [head] if m] + list(reader)) == expected
            assert _spans([first] if first else []) == expected[:1]
    finally:
        commitments._ARTICLE_MEMO.table = None
    assert many > 10  # texts where reading stops early leave matches behind


def test_the_head_category_is_the_first_object_unless_a_later_one_can_overrule_it():
    cue = commitments._lexicon().forms["impose"]
    # a head that no later rule looks past: the first object decides
    assert commitments._category(cue, "export controls on chips and tariffs on steel") == "export_control"
    # a topic before a tariff: the tariff is the measure (the rules read on past the head)
    assert commitments._category(cue, "fentanyl tariffs on Chinese goods") == "tariff"


def test_document_countries_are_those_of_the_mentions():
    on = date(2025, 5, 12)
    for text in _sample_texts()[:120] + ["Georgia and the U.S.-Georgia talks", "Chad Bown, an economist"]:
        mentions = find_actor_mentions(text, on)
        assert mention_countries(text, on) == [(m.actor.country, m.form) for m in mentions]


def test_every_head_category_a_category_rule_reads_past_is_in_the_speed_guard():
    # _category stops at the head object unless its category is in _HEADS_READ_ON: a rule that
    # tests the head (matches[0]) for another category would never see the objects after it
    source = inspect.getsource(commitments._category)
    tested = set(re.findall(r'matches\[0\]\s*(?:==|!=)\s*"(\w+)"', source))
    for name in re.findall(r"matches\[0\]\s+(?:not\s+)?in\s+([A-Z_]+)", source):
        tested |= set(getattr(commitments, name))
    assert tested and tested <= commitments._HEADS_READ_ON
    assert "matches[0]" not in source.split("found = [head, *kept]")[0]  # no head test before the scan goes on
