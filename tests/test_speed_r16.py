"""Round-16 speed work (issue 4) must not change what is extracted: each shortcut below gives
the answer of the reading it replaces, on the sample texts and on texts written to reach the
rules it skips."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import actors, commitments

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_texts() -> list[str]:
    from pipeline.parse import parse_document
    from pipeline.sentences import split_sentences
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    paragraphs = [p.text for path in paths for p in parse_document(path.read_bytes(), path.name).paragraphs if p.text]
    return paragraphs + [text[s:e] for text in paragraphs for s, e in split_sentences(text)]


# --- the object scan without the entries that can start at any word -------------------------------

def _object_patterns() -> list[str]:
    return [p for spec in commitments._cue_data().get("objects") or [] for p in spec["patterns"]]


def _spans(matches) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]


def test_the_narrow_object_scan_leaves_out_only_entries_that_start_at_any_word():
    narrow, words = commitments._lexicon().narrow_object_starts
    assert narrow is not None and words  # (an entry "(?:[\w-]+ ){0,3}?inspection systems" is in the lexicon)
    # (round 27: or whose first word may be any letters, "[A-Z]{2,5} safety marks": actors.starts_at_any_word)
    wide = [p for p in _object_patterns() if actors.starts_at_any_word(actors._start_characters(p))]
    assert wide and actors.required_literals(wide, re.IGNORECASE) == frozenset(words)
    assert narrow.pattern == actors.word_start_scan([p for p in _object_patterns() if p not in wide]).pattern


# texts where an entry that starts at any word matches, a word or three before its own word
_WIDE_OBJECTS = [
    "will recognize the U.S. food safety inspection systems as equivalent",
    "will recognize each other's meat inspection systems",
    "will accept U.S. vehicle safety standards as equivalent to its own",
    "will drop the new tax on imported cars",
    "will end its digital tax on imports",
    "will accept FMVSS rules as equivalent",
    "Food Safety Regimes",
]


def test_objects_that_start_at_any_word_are_still_found():
    objects = commitments._lexicon().objects
    for text in _WIDE_OBJECTS:
        found = _spans(commitments._object_finditer(text))
        assert found == _spans(objects.finditer(text)), text
    wide = [re.compile(p, re.IGNORECASE) for p in _object_patterns() if "\\w" in actors._start_characters(p)]
    assert all(any(pattern.search(text) for text in _WIDE_OBJECTS) for pattern in wide)


def test_the_narrow_scan_finds_the_full_scans_starts_in_every_sample_text_without_the_words():
    lexicon = commitments._lexicon()
    narrow, words = lexicon.narrow_object_starts
    used = 0
    for text in _sample_texts():
        if actors.holds_one_of(words, actors.fold_case(text)):
            continue
        used += 1
        padded = " " + text
        assert [m.span() for m in narrow.finditer(padded)] == [m.span() for m in lexicon.object_starts.finditer(padded)], text
        assert _spans(commitments._object_finditer(text)) == _spans(lexicon.objects.finditer(text)), text
    assert used > 300


_WORDS = ["tariff", "food safety", "inspection", "systems", "regimes", "certification", "standards", "as", "equivalent",
          "tax", "on", "imports", "imported", "FMVSS", "the", "U.S.", "soybeans", "rules", "-", ",", "ſ", "K", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=25).map(lambda words: " ".join(words)))
def test_object_scan_finds_what_the_lexicon_pattern_finds(text):
    objects = commitments._lexicon().objects
    assert _spans(commitments._object_finditer(text)) == _spans(objects.finditer(text))


# --- clause boundaries without the reporting verbs ---------------------------------------------------

def _boundaries(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_clause_boundaries_without_the_reporting_verbs_are_the_same_where_none_is_named():
    used = 0
    for text in _sample_texts():
        chosen = commitments._clause_boundary(text)
        assert _boundaries(chosen, text) == _boundaries(commitments._CLAUSE_BOUNDARY, text), text
        middle = len(text) // 2
        assert [m.span() for m in chosen.finditer(text, middle, len(text) - 3)] == \
            [m.span() for m in commitments._CLAUSE_BOUNDARY.finditer(text, middle, len(text) - 3)], text
        used += chosen is commitments._CLAUSE_BOUNDARY_MARKS
    assert used > 300


def test_reporting_verbs_still_open_a_clause():
    for text in ["Officials said that China will buy soybeans.", "He told reporters on Monday that Japan would cut tariffs.",
                 "The EU has been clear that it will retaliate.", "Beijing made it clear that it would lift the curbs.",
                 "The ministry announced on Tuesday that it will suspend the duties."]:
        assert commitments._clause_boundary(text) is commitments._CLAUSE_BOUNDARY
        assert _boundaries(commitments._clause_boundary(text), text) == _boundaries(commitments._CLAUSE_BOUNDARY, text)
        assert _boundaries(commitments._CLAUSE_BOUNDARY, text) != _boundaries(commitments._CLAUSE_BOUNDARY_MARKS, text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "says", "told", "that", "clear", "made", "is", "China", ",", ";", ":", "while",
                                 "(ii)", "—", "–", "if", "under which", "and", "as amended"]) | st.text(max_size=4),
                max_size=25).map(lambda words: " ".join(words)))
def test_clause_boundary_choice_finds_what_the_full_pattern_finds(text):
    assert _boundaries(commitments._clause_boundary(text), text) == _boundaries(commitments._CLAUSE_BOUNDARY, text)


# --- the conditions without the one that can start anywhere -----------------------------------------

def _starts(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_narrow_conditions_leave_out_only_the_should_opening():
    lexicon = commitments._lexicon()
    narrow, words = lexicon.narrow_conditional
    assert narrow is not None and words == ("hould",)
    entries = commitments._cue_data()["conditional"]
    assert [e for e in entries if commitments._starts_anywhere(e)] == [e for e in entries if "hould" in e]


def test_the_narrow_conditions_find_what_the_lexicon_pattern_finds_without_should():
    lexicon = commitments._lexicon()
    narrow, words = lexicon.narrow_conditional
    used = 0
    for text in _sample_texts():
        if actors.holds_one_of(words, actors.fold_case(text)):
            continue
        used += 1
        assert _starts(narrow, text) == _starts(lexicon.conditional, text), text
    assert used > 300


def test_conditions_told_by_should_are_still_conditions():
    for text in ["Should any trading partner retaliate, I may increase the duties.",
                 "(b) Should Ecuador fail to implement the terms, I may modify the rates.",
                 "Modification. (a) Should the Government of X respond by raising duties, I will act.",
                 '"[S]hould China retaliate, we will raise tariffs," he said.',
                 "The United States will lower its tariff if China buys soybeans.",
                 "Japan will cut tariffs once the deal enters into force."]:
        assert commitments._conditional_stated(text), text
    assert not commitments._conditional_stated("Japan will cut tariffs on U.S. beef to 9 percent.")


_CONDITION_WORDS = ["if", "once", "provided", "that", "subject to", "unless", "should", "Should", "[s]hould", "“", '"',
                    "(a)", "Modification.", "upon request", "on condition that", "in the event", "China", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONDITION_WORDS) | st.text(max_size=4), max_size=20).map(lambda words: " ".join(words)))
def test_conditional_stated_reads_what_the_lexicon_pattern_reads(text):
    lexicon = commitments._lexicon()
    cues = list(lexicon.conditional.finditer(text))
    ignored = commitments._non_conditions()
    spans = [m.span() for m in ignored.finditer(text)] if ignored is not None else []
    expected = any(not any(start <= cue.start() < end for start, end in spans) for cue in cues)
    assert commitments._conditional_stated(text) == expected
