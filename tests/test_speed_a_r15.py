"""Round-15 speed work on the rule chains (issue 4) must not change what is extracted: a rule of
_cue_commitments or _sentence_commitments whose pattern is tried only when the sentence holds one
of its trigger words (commitments._trigger, read from the pattern) or one literal character it
needs still fires on every text the pattern matches, and the sentences below give the rows they
gave before the triggers."""
from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import commitments
from pipeline.actors import fold_case, required_literals
from tests.commitment_text import commitments_from, sample_sentences

# every trigger of the chains by the pattern it was read from
TRIGGERED = ("_ANAPHORIC_OBJECT", "_CRIMINAL_SUBJECT", "_DEAL_HINT", "_DEAL_RELATIVE", "_DEALS_OPEN", "_DEMAND_BEFORE",
             "_EFFORT_TOWARD", "_IMPORTANCE_OF", "_PAPER_OBJECT", "_PLEDGE_AS_TOPIC", "_RECORD_HINT", "_SPEECH_VERB",
             "_SPENT_TIME", "_WISH_HINT")
TRIGGERS = [(name, getattr(commitments, name), getattr(commitments, f"{name}_WORDS")) for name in TRIGGERED] + [
    ("_SPEAKER_AFTER_VERB_HINT", commitments._SPEAKER_AFTER_VERB_HINT, commitments._SPEAKER_AFTER_VERB_WORDS),
    ("lexicon statistics", commitments._lexicon().statistics, commitments._statistics_words())]
# patterns tried only where a literal character or word they need stands (written at the rule)
LITERAL_NEEDED = [("_QUESTION", ("?",)), ("_PREAMBLE_ITEM", (";",)), ("_AIM_OPENING", ("To",)),
                  ("_SECTION_TITLE", ("(",)), ("_TITLE_LABEL", (":",)), ("_SAID_ON_DAY", ("day",)),
                  ("_RIGHTS_AND_OBLIGATIONS", ("obligations",)), ("_THAT_CLAUSE", ("that",)),
                  ("_MISSION_HINT", ("advanc", "action", "by"))]
PUBLISHED = datetime(2026, 5, 4)


def _regex(pattern) -> re.Pattern[str]:
    return getattr(pattern, "regex", pattern)


def test_each_trigger_is_read_from_its_pattern():
    for name, pattern, words in TRIGGERS:
        # a pattern that lost its required words gives no trigger (always run: slower, never wrong)
        assert words, name
        assert set(words) == set(required_literals([_regex(pattern).pattern], _regex(pattern).flags)), name
    assert commitments._statistics_words() == commitments._trigger(commitments._lexicon().statistics)


def test_a_trigger_passes_folded_text_holding_a_word_and_stops_the_rest():
    words = commitments._CRIMINAL_SUBJECT_WORDS
    assert commitments._may(fold_case("Drug CARTELS will"), words)
    assert not commitments._may(fold_case("Drug makers will"), words)
    assert commitments._may("anything", ())  # no trigger read: the pattern always runs


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_every_text_a_triggered_pattern_matches_passes_its_trigger(data):
    # a word a colleague adds to one of these patterns is read into its trigger when the module
    # loads: a phrase drawn from the pattern as it now stands is never skipped
    name, pattern, words = data.draw(st.sampled_from(TRIGGERS))
    phrase = data.draw(st.from_regex(_regex(pattern), fullmatch=False))
    assert _regex(pattern).search(phrase) is not None
    assert commitments._may(fold_case(phrase), words), (name, phrase)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_every_text_a_pattern_with_a_literal_test_matches_holds_the_literal(data):
    name, literals = data.draw(st.sampled_from(LITERAL_NEEDED))
    pattern = _regex(getattr(commitments, name))
    phrase = data.draw(st.from_regex(pattern, fullmatch=False))
    match = pattern.search(phrase)
    assert match is not None
    text = fold_case(phrase) if pattern.flags & re.IGNORECASE else phrase
    assert any(literal in text for literal in literals), (name, phrase)


def test_triggers_answer_as_the_patterns_on_every_sample_sentence():
    sentences = sample_sentences()
    assert len(sentences) > 300
    for name, pattern, words in TRIGGERS:
        for sentence in sentences:
            if _regex(pattern).search(sentence) is not None:
                assert commitments._may(fold_case(sentence), words), (name, sentence)


def _rows(*texts, **kwargs):
    return commitments_from(list(texts), published_at=PUBLISHED, **kwargs)


def test_guarded_rejections_still_reject():
    # each sentence reaches a rule behind a trigger that turns it away; its twin without the
    # trigger word gives its row
    assert _rows("Will China lower its tariffs on U.S. soybeans?") == []
    assert [(r.actor, r.category, r.action) for r in _rows("China will lower its tariffs on U.S. soybeans.")] \
        == [("CHN", "tariff", "reduce")]
    assert _rows("Nothing in this Agreement shall prevent a Party from imposing tariffs on steel.") == []
    assert _rows("Drug cartels will continue to impose a tax on avocado growers in Mexico.") == []
    assert _rows("Promises to buy American soybeans under the 2020 deal fell well short.") == []
    assert _rows("In 2024, Japan maintained a large trade surplus with the United States.") == []


def test_guarded_readings_still_read():
    # a day the measure was announced is no date of it (_SAID_ON_DAY, tried only where "day" stands)
    rows = _rows("China's commerce ministry said on Tuesday it would remove tariffs on U.S. corn from June 1.")
    assert [(r.actor, r.action, str(r.start_date)) for r in rows] == [("CHN", "remove", "2026-06-01")]
    # possessive partners: a row per partner (tried only where "'s" stands)
    rows = _rows("The United States imposed tariffs over Mexico's, Canada's, and China's failure to stop the drugs.")
    assert sorted(r.counterparty for r in rows) == ["CAN", "CHN", "MEX"]
    # a bullet's title label before its clause is no subject (tried only where ":" stands)
    rows = _rows("Rules of Origin: The United States and Indonesia will remove tariffs on U.S. apples.")
    assert {(r.actor, r.action) for r in rows} >= {("IDN", "remove")}


CHAPEAU_TEXT = st.text(alphabet=st.sampled_from(":\u2500\u2014\u2013 \t\n\u00a0\u2003\u3000a.;"), max_size=8)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.tuples(CHAPEAU_TEXT, CHAPEAU_TEXT))
def test_the_chapeau_end_test_answers_as_its_pattern(parts):
    # "Malaysia shall facilitate ..., including by:" (or a dash) with any whitespace after it
    text = "Malaysia shall facilitate trade" + parts[0] + parts[1]
    assert text.rstrip().endswith(commitments._CHAPEAU_ENDS) == bool(commitments._CHAPEAU_END.search(text)), repr(text)


def test_the_chapeau_end_test_answers_as_its_pattern_on_every_sample_paragraph():
    from pathlib import Path

    from pipeline.parse import parse_document
    texts = [paragraph.text or "" for path in sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.html"))
             for paragraph in parse_document(path.read_bytes(), path.name).paragraphs]
    assert len(texts) > 250 and any(text.rstrip().endswith(":") for text in texts)
    for text in texts:
        assert text.rstrip().endswith(commitments._CHAPEAU_ENDS) == bool(commitments._CHAPEAU_END.search(text)), text
