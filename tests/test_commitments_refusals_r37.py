"""Round 37: refusals told as the answer to a question (RF), our own sentences.

"Asked whether Ghana would cut its 20 per cent tariff on cement, an official said there were no plans": the step the
question names is the party's, and the answer refuses it. Convention 10 and Round 30's reading ("an answer to a demand
or a question is the refused step, `rejected`"). The base read nothing: a cue inside a "whether" clause is an
uncertainty (``_opinion_around``), so the question's step was dropped and the answer ("no plans", "not on the table")
has no verb of its own.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def rows_of(rows, text):
    """(actor, category, action, status) of the rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action, r.status) for r in rows if text in (r.evidence or ""))


# The question names the step, the answer refuses it: the step, `rejected` (tariffs, bans, quotas, curbs; "no plans",
# "no such plans", "no plan to review it", "not on the table", "not up for negotiation", "ruled it out").
ASKED_AND_REFUSED = [
    ('Asked whether Ghana would cut its 20 per cent tariff on Nigerian cement, a trade official said there were "no '
     'plans at this stage."', [("GHA", "tariff", "reduce", "rejected")]),
    ("Asked whether Kenya would lift its ban on Ugandan poultry, the minister said the government had no plan to review "
     "it this year.", [("KEN", "import_restriction", "remove", "rejected")]),
    ('Asked whether Hanoi would also drop the 10% duty it charges on Thai sugar, he said that question "is not on the '
     'table at this stage."', [("VNM", "tariff", "remove", "rejected")]),
    ("Asked if Chile would scrap its import quota on Argentine beef, a ministry spokeswoman said there were no such "
     "plans.", [("CHL", "import_restriction", "remove", "rejected")]),
    ("When asked whether Peru would ease its curbs on Bolivian milk, the minister said the matter was not up for "
     "negotiation.", [("PER", "import_restriction", "relax", "rejected")]),
    ("Asked whether Morocco would lower its duty on Egyptian textiles, the minister ruled it out.",
     [("MAR", "tariff", "reduce", "rejected")]),
]


@pytest.mark.parametrize("sentence,expected", ASKED_AND_REFUSED)
def test_step_asked_about_and_refused_is_rejected(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


def test_refused_cut_keeps_the_current_rate_as_value_from():
    # Round 31: a refused cut carries the current rate the sentence names as `value_from`, no `value_to`
    sentence = ('Asked whether Ghana would cut its 20 per cent tariff on Nigerian cement, a trade official said there '
                'were "no plans at this stage."')
    [row] = [r for r in story(sentence) if sentence[:30] in (r.evidence or "")]
    assert (row.value_from, row.value_to) == (20.0, None)


# Near-misses: an answer that accepts, defers or keeps (no refusal word), a question no one answers in the sentence,
# a whether-clause of doubt, a company's plans.
@pytest.mark.parametrize("sentence", [
    "Asked whether Ghana would cut its tariff on cement, the minister said it would do so in July.",
    "Asked whether Kenya would lift its ban on poultry, he said the government would look at it in the next review.",
    "Analysts asked whether Ghana would cut its tariff on cement; officials said there were no plans.",
    "Officials were unsure whether Ghana would cut its tariff on cement, though the minister said there were no plans.",
    "Asked whether the company would cut prices, its chief executive said there were no plans to do so.",
    "Asked whether exports to Ghana would recover, the minister said there were no plans for a new subsidy.",
])
def test_no_refused_row_without_a_refusing_answer_to_a_party(sentence):
    assert all(row[3] != "rejected" for row in rows_of(story(sentence), sentence[:30]))


@pytest.mark.parametrize("sentence", [
    "Asked whether Kenya would lift its ban on poultry, he said the government would look at it in the next review.",
    "Officials were unsure whether Ghana would cut its tariff on cement, though the minister said there were no plans.",
    "Asked whether the company would cut prices, its chief executive said there were no plans to do so.",
])
def test_no_row_at_all(sentence):
    assert rows_of(story(sentence), sentence[:30]) == []


# A raise taken back, the step's noun the object ("reverse the duty increase", "reversing the tariff hike"): `tariff`
# `reduce` (as "roll back"), `rejected` when refused. The base read nothing: "reverse" knew only a reversed easing.
@pytest.mark.parametrize("sentence,expected", [
    ("Turkey's trade minister said Ankara would not reverse the duty increase.",
     [("TUR", "tariff", "reduce", "rejected")]),
    ("Jakarta has no intention of reversing the tariff hike on Chinese steel.",
     [("IDN", "tariff", "reduce", "rejected")]),
    ("Kenya will reverse the recent duty increase on Ugandan sugar from July.",
     [("KEN", "tariff", "reduce", "announced")]),
])
def test_raise_reversed_is_a_reduction(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


def test_bare_increase_reversed_is_the_pages_last_tariff_raise():
    raised = "Ghana raised its duty on frozen chicken to 35% from 20% on Monday."
    refused = "Ghana said it had no intention of reversing the increase."
    assert rows_of(story(raised, refused), refused[:30]) == [("GHA", "tariff", "reduce", "rejected")]


@pytest.mark.parametrize("paragraphs", [
    # no tariff raise before the bare "increase": nothing to reverse
    ("Ghana cut its duty on rice to 10% from 20% on Monday.", "Ghana said it would not reverse the increase."),
    # an increase of prices, a utility's or a club's charge: no trade measure
    ("Ghana said it would not reverse the increase in bread prices.",),
    ("The council said it would reverse the water tariff rise next year.",),
    ("The club said it would reverse the increase in season-ticket prices.",),
])
def test_no_reversal_row(paragraphs):
    assert rows_of(story(*paragraphs), paragraphs[-1][:30]) == []


def test_reversed_easing_still_tightens_sanctions():
    # the entry "reverse" had before keeps its object test first
    sentence = "Ghana will reverse the previous administration's deal that eased sanctions on Togo."
    assert [row[1:3] for row in rows_of(story(sentence), sentence[:30])] == [("sanctions", "raise")]
