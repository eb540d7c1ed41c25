"""Round-15 speed work on the shared helpers (issue 4) must not change what is extracted:
the word before a cue read as one match on the reversed sentence, the case foldings kept in a
table emptied at each article, the actor forms read through one look-up table with a path for
texts whose forms each name one entry, and the one-argument memo. Each is checked against the
reading it replaces, on every sample sentence and on sentences of our own."""
from __future__ import annotations

import random
from datetime import date, datetime, timezone

import pytest

from pipeline import actors, commitments
from pipeline.model import Commitment
from tests.commitment_text import commitments_from, sample_sentences

SENTENCES = sample_sentences()
ON = date(2025, 9, 1)


# --- the word before a position -------------------------------------------------------------

def _odd_texts() -> list[str]:
    rng = random.Random(15)
    alphabet = "ab_1 -’'.,;()é\u00b2\u00a0ſ[]\"”"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]


def test_previous_word_reads_as_the_character_loops_on_every_sample_position():
    for text in SENTENCES + _odd_texts():
        for start in range(-2, len(text) + 3):
            assert commitments._previous_word(text, start) == commitments._previous_word_by_loops(text, start), (text, start)


@pytest.mark.parametrize("sentence, cue, expected", [
    ("Japan’s government will lower tariffs on rice.", "lower", "will"),
    ("The cars - now cheaper - face tariffs.", "face", "cheaper"),
    ("Exporters of rock-’n’-roll records face tariffs.", "face", "records"),
    ("We'll cut duties on beef.", "cut", "we'll"),
    ("India’s  cut of duties", "cut", "india’s"),
    ("...  reduce", "reduce", ""),
])
def test_previous_word_on_our_own_sentences(sentence, cue, expected):
    word, start = commitments._previous_word(sentence, sentence.index(cue))
    if expected == "":
        assert (word, start) == ("", -1)
    else:
        assert word == expected and sentence[start:].lower().startswith(expected)


# --- the case-folding table -------------------------------------------------------------------

def test_fold_case_table_gives_the_folding_and_is_emptied_per_article():
    actors.forget_folds()
    assert actors.fold_case("Talkſ on İMPORTS") == "talks on imports"
    assert actors.fold_case("Talkſ on İMPORTS") == "talks on imports"  # read from the table
    assert "Talkſ on İMPORTS" in actors._FOLDED
    commitments_from(["Japan will cut its tariff on rice to 5 percent."], published_at=datetime(2025, 9, 1, tzinfo=timezone.utc))
    assert "Talkſ on İMPORTS" not in actors._FOLDED  # extract_commitments starts with an empty table


def test_fold_case_table_is_bounded():
    actors.forget_folds()
    for number in range(actors._FOLDS_KEPT + 10):
        actors.fold_case(f"Text {number}")
    assert len(actors._FOLDED) <= actors._FOLDS_KEPT


def test_literal_guarded_search_answers_as_the_pattern_on_every_sample_sentence():
    import re
    pattern = re.compile(r"\b(?:tariffs?|duty|duties)\s+on\b", re.IGNORECASE)
    guarded = actors.behind_literals(pattern)
    assert isinstance(guarded, actors.LiteralGuarded)
    actors.forget_folds()
    for sentence in SENTENCES + ["TARIFFS ON steel", "a duty ON rice", "no levy here"]:
        for _ in range(2):  # the second time the folding comes from the table
            found, expected = guarded.search(sentence), pattern.search(sentence)
            assert (found and found.span()) == (expected and expected.span())


# --- actor mentions: the one look-up table and the single-entry path --------------------------

def _mentions_the_long_way(text, on, context=None):
    """find_actor_mentions with the single-entry path switched off (every form through _choose)."""
    lexicon = actors._lexicon()
    saved = lexicon.form_info
    lexicon.form_info = {alias: info[:3] + (None,) for alias, info in saved.items()}
    try:
        return actors.find_actor_mentions(text, on, context)
    finally:
        lexicon.form_info = saved


def test_actor_mentions_are_the_same_through_the_single_entry_path_on_every_sample_sentence():
    for sentence in SENTENCES:
        assert actors.find_actor_mentions(sentence, ON) == _mentions_the_long_way(sentence, ON), sentence
        assert actors.find_actor_mentions(sentence, ON, ("CHN",)) == _mentions_the_long_way(sentence, ON, ("CHN",))


@pytest.mark.parametrize("text, countries", [
    ("Japan and the United States agreed to cut tariffs.", ["JPN", "USA"]),
    ("Tokyo will lower its duties on American rice.", ["JPN", "USA"]),
    ("The European Union and Mexico signed the deal in Brussels.", ["EUN", "MEX", "EUN"]),
    ("Chad Bown, an economist, said the tariff would stay.", []),  # a name, not the country
    ("Georgia will sign the agreement.", []),  # needs confirmation: the US state, unless told
    ("The United States and Georgia will sign the agreement.", ["USA", "GEO"]),
])
def test_actor_mentions_of_our_own_sentences(text, countries):
    found = [m.actor.country for m in actors.find_actor_mentions(text, ON) if m.actor.country]
    assert found == countries
    assert actors.find_actor_mentions(text, ON) == _mentions_the_long_way(text, ON)


def test_form_info_holds_every_actor_form_and_its_guards():
    lexicon = actors._lexicon()
    assert {alias for alias, candidates in lexicon.forms.items() if candidates} == set(lexicon.form_info)
    candidates, name_like, needs_confirmation, only = lexicon.form_info["Georgia"]
    assert needs_confirmation and candidates
    assert lexicon.form_info["Chad"][1]  # name-like
    entry, form = lexicon.form_info["Japan"][3]
    assert entry.country == "JPN" and form == "name"


# --- the memo and the row helpers -------------------------------------------------------------

def test_one_argument_memo_shares_the_memo_of_memoised():
    calls = []

    def count(text):
        calls.append(text)
        return [text]

    commitments._ARTICLE_MEMO.table = {}
    try:
        first = commitments._memoised_text(count, "a tariff")
        first.append("changed")  # a caller's change stays its own
        assert commitments._memoised(count, "a tariff") == ["a tariff"]
        assert commitments._memoised_text(count, "a tariff") == ["a tariff"]
        assert calls == ["a tariff"]
    finally:
        commitments._ARTICLE_MEMO.table = None
    assert commitments._memoised_text(count, "outside") == ["outside"] and calls[-1] == "outside"


def _row(**values) -> Commitment:
    base = dict(actor="JPN", category="tariff", action="reduce", subject="tariffs on rice",
                evidence="Japan will reduce tariffs on rice.", paragraph_index=0, char_start=0, char_end=34)
    base.update(values)
    return Commitment(**base)


@pytest.mark.parametrize("values, has_figure", [
    ({}, False), ({"value_to": 5.0}, True), ({"value_from": 0.0}, True), ({"change": -2.5}, True),
    ({"amount": 1e9}, True), ({"unit": "percent"}, False),
])
def test_has_figure_and_row_key(values, has_figure):
    row = _row(**values)
    assert commitments._has_figure(row) is has_figure
    key = commitments._row_key(row)
    assert key[:9] == ("JPN", "tariff", "reduce", row.value_from, row.value_to, row.change, row.amount, row.unit, ())
    # without figures, unit or products the words of the subject tell two rows apart
    figureless = not values
    assert (len(key) > 9) is figureless


def test_rows_of_our_own_sentences_through_the_helpers():
    rows = commitments_from([
        "Japan will cut its tariff on U.S. rice from 20 percent to 5 percent from January 1, 2026.",
        "Korea agreed to buy $25 billion of American liquefied natural gas over four years.",
        "The President said the city council would vote on the stadium next week.",
    ], published_at=datetime(2025, 9, 1, tzinfo=timezone.utc))
    got = {(r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows}
    assert ("JPN", "tariff", "reduce", 20.0, 5.0, None) in got
    assert any(r.actor == "KOR" and r.amount == 25e9 for r in rows)
    assert all("council" not in (r.evidence or "") for r in rows)


# --- the literal test of the guards -------------------------------------------------------------

@pytest.mark.parametrize("words, text, expected", [
    (("tariff", "duty"), "a 10% tariff on rice", True),
    (("tariff", "duty"), "the council voted on the stadium", False),
    ((), "anything", False),
    (["per", "%", "pct"], "5 pct", True),
])
def test_holds_one_of_answers_as_any(words, text, expected):
    assert actors.holds_one_of(words, text) is expected
    assert actors.holds_one_of(words, text) == any(word in text for word in words)


def test_guards_answer_as_any_on_every_sample_sentence():
    from pipeline import quantities
    for sentence in SENTENCES:
        folded = actors.fold_case(sentence)
        for words in (quantities._PERCENT_WORDS, quantities._MONEY_AFTER_WORDS, quantities._NUMBER_WORDS):
            assert actors.holds_one_of(words, folded) == any(word in folded for word in words)
