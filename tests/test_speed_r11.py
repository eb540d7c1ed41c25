"""Round-11 speed work (issue 4) must not change what is extracted: the actor and cue scans
that read the character before a form find what the look-behind patterns find, and a
sentence's actor forms read from its paragraph's scan are the sentence's own scan."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import actors, commitments
from pipeline.parse import parse_document
from pipeline.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_paragraphs() -> list[str]:
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    return [p.text for path in paths for p in parse_document(path.read_bytes(), path.name).paragraphs if p.text]


PARAGRAPHS = _sample_paragraphs()
SENTENCES = [text[s:e] for text in PARAGRAPHS for s, e in split_sentences(text)]


def _reference_aliases(text: str) -> list[tuple[int, int, int, str]]:
    return [(m.start(), *m.span(1), m.group(1)) for m in actors.reference_pattern().finditer(text)]


def _reference_cues(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in commitments._lexicon().cue_pattern.finditer(text)]


def test_every_actor_and_cue_form_opens_with_a_word_character():
    # the fast scans read the character before a form as part of the match: a form opening
    # with another character (a quote, a bracket) could lose a match glued to the one before;
    # such a form needs the look-behind scans back (actors.reference_pattern, cue_pattern)
    forms = list(actors._lexicon().forms) + list(commitments._lexicon().forms)
    assert forms
    assert [form for form in forms if not (form[:1].isalnum() or form[:1] == "_")] == []


def test_actor_scan_finds_what_the_look_behind_pattern_finds_on_every_sample_text():
    for text in PARAGRAPHS + SENTENCES:
        assert actors.alias_matches(text) == _reference_aliases(text), text


def test_cue_scan_gives_the_cue_patterns_own_matches_on_every_sample_text():
    for text in PARAGRAPHS + SENTENCES:
        assert [(m.span(), m.group(1)) for m in commitments._scan_cues(text)] == _reference_cues(text), text


_ACTOR_FORMS = sorted(actors._lexicon().forms)[::7]
_CUE_FORMS = sorted(commitments._lexicon().forms)[::5]
_GLUE = st.sampled_from([" ", "", "-", "$", ".", ". ", ", ", "the ", " the ", "'s ", "\u2019", "(", ")", "\n", "x", "1"])


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_GLUE, st.sampled_from(_ACTOR_FORMS + _CUE_FORMS), _GLUE), min_size=1, max_size=6))
def test_both_scans_agree_with_their_patterns_on_forms_glued_every_way(parts):
    # forms back to back, glued by hyphens, "$", dots, letters: where the look-behind and
    # look-ahead decide
    text = "".join(before + form + after for before, form, after in parts)
    assert actors.alias_matches(text) == _reference_aliases(text)
    assert [(m.span(), m.group(1)) for m in commitments._scan_cues(text)] == _reference_cues(text)


def test_a_sentences_forms_read_from_its_paragraph_are_its_own_scan():
    read = 0
    for text in PARAGRAPHS:
        whole = actors.alias_matches(text)
        for start, end in split_sentences(text):
            within = actors.aliases_within(whole, text, start, end)
            if within is None:
                continue  # cut inside a word or a match: the sentence is scanned itself
            read += 1
            sentence = text[start:end]
            assert within == actors.alias_matches(sentence), sentence
            assert actors.find_actor_mentions(sentence, None, ("USA",), within) == \
                actors.find_actor_mentions(sentence, None, ("USA",)), sentence
    assert read > len(SENTENCES) // 2  # most sentences are read from their paragraph


def test_a_cut_inside_a_word_or_a_match_makes_the_sentence_scan_itself():
    text = "Officials met. The United States and Japan agreed."
    whole = actors.alias_matches(text)
    assert actors.aliases_within(whole, text, 15, len(text)) == actors.alias_matches(text[15:])
    assert actors.aliases_within(whole, text, 16, len(text)) is None  # "he United ...": inside a word
    assert actors.aliases_within(whole, text, 15, 26) is None  # "The United" cut off "States"
