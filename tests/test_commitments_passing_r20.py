"""Round 20: rates named in passing (noun phrases, relative clauses, predicates, lists), our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 5, 4)


def story(*paragraphs: str, title: str = "Trade round-up", byline: bool = True):
    """Rows of a story made of ``paragraphs`` (a bylined one is in the news register)."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"] if byline else None)


def tariffs(rows) -> list[tuple]:
    """(levier, goods' country, action, earlier level, new level) of each tariff row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


# 1. The owner of a rate is the subject of the relative clause after it (the government whose verb levies
# it), never the goods' nationality the clause names.
@pytest.mark.parametrize("text, expected", [
    # wire register, no "that", a past verb, the goods' nationality after the verb
    ("Growers have lost a third of their sales since the 30 per cent tariff Beijing imposed on Australian barley in 2020.",
     [("CHN", "AUS", "impose", None, 30.0)]),
    # "that" and a full name, present tense, official-sounding
    ("The 25% levy that the European Union applies to American motorcycles was raised last month.",
     [("EUN", "USA", "impose", None, 25.0)]),
    # the dateline is the goods' country; the owner is named by the clause ("has imposed")
    ("SEOUL, May 3 (Wire) - Shipments of Korean pears have slumped under the 25% duty the United States has "
     "imposed since August.", [("USA", "KOR", "impose", None, 25.0)]),
    # "from" after a word of harm names the cause, not an earlier level; a "government" noun in the clause
    ("Shrimp exporters said losses stemmed from the 50 per cent tariff that the U.S. government had imposed on "
     "Indian goods in August.", [("USA", "IND", "impose", None, 50.0)]),
    # official register, "charges" in the present
    ("The Secretary noted the harm that the 10 percent ad valorem duty the United Kingdom charges on American beef has "
     "done to ranchers.", [("GBR", "USA", "impose", None, 10.0)]),
])
def test_rate_owned_by_relative_clause(text, expected):
    assert tariffs(story(text)) == expected


def test_company_comment_names_the_owner_and_the_cut():
    # a company's comment: the rate it names with its owner is a measure in force; "the rate was cut to"
    # refers back to it, its earlier level is the one the sentence named (the verb's own row takes it)
    rows = story("Finance director Tom Hale said sales had yet to recover from the 35 per cent duty Washington slapped "
                 "on Norwegian salmon last year, even though the rate was cut to 20 per cent in March.")
    assert tariffs(rows) == [("USA", "NOR", "impose", None, 35.0), ("USA", "NOR", "reduce", 35.0, 20.0)]
    rows = story("Chief executive Ana Ruiz said the company had yet to recover from the 41 per cent duty Washington "
                 "slapped on Chilean wine, although the rate was lowered to 15 per cent in June.")
    assert tariffs(rows) == [("USA", "CHL", "impose", None, 41.0), ("USA", "CHL", "reduce", 41.0, 15.0)]


def test_bare_rate_with_relative_owner():
    # no measure noun: the relative clause's government and a tariff told in the sentence make it a rate
    rows = story("Importers in Hanoi have planned around the 20 per cent tariff, not the 46% that Washington announced in April.")
    assert ("USA", "", "impose", None, 46.0) in tariffs(rows)


@pytest.mark.parametrize("text", [
    # the goods' nationality is never the owner; no owner named, no guess
    "Analysts said the price of Swiss chocolate rose after the 39 per cent duty on Swiss goods took effect.",
    # a rate of prices, not of a levy
    "She said a 50% hike in prices that Canada announced would hurt consumers.",
    # a bare rate a government wants, no levy named
    "Dairy officials said the 15% that Ottawa wants is too high.",
    # a comment with a rate whose owner the phrase does not name
    "Chief executive Ana Ruiz said the 25 per cent duty on furniture had cost the company $4 million.",
])
def test_no_owner_no_row(text):
    assert tariffs(story(text)) == []


# 2. "baseline" and "ceiling" are measure nouns beside a trade word; the goods' destination levies.
@pytest.mark.parametrize("text, expected", [
    # the U.S. regime's name levies, whoever the goods' country is
    ("KUALA LUMPUR, May 3 - Its goods have paid the 10 per cent baseline since April, officials said.",
     [("USA", "", "impose", None, 10.0)]),
    ("Most Ghanaian goods stay at the 15 percent baseline, the trade ministry said.", [("USA", "GHA", "maintain", None, 15.0)]),
    # a ceiling, the destination of the exports levies (not the accepting country)
    ("TOKYO, May 3 - Japan accepted a 15 per cent ceiling on most of its exports to the United States.",
     [("USA", "JPN", "impose", None, 15.0)]),
    ("The deal sets an all-in ceiling of 15% on European cars exported to the United States.",
     [("USA", "EUN", "impose", None, 15.0)]),
])
def test_baseline_and_ceiling(text, expected):
    assert tariffs(story(text)) == expected


@pytest.mark.parametrize("text", [
    "The central bank's 2 per cent baseline scenario assumes slower growth next year.",
    "Lawmakers agreed to lift the debt ceiling by 5 per cent.",
])
def test_baseline_and_ceiling_outside_trade(text):
    assert tariffs(story(text)) == []


# 3. A rate a party accepts, settles for or agrees to is what it pays: its partner levies it.
DEAL = "Japan and the United States reached a trade deal in July after months of talks, officials said."


@pytest.mark.parametrize("paragraphs, expected", [
    # a pronoun subject: the U.S. of a story about it levies
    ((DEAL, "Under the deal it accepted a 15 per cent ceiling on most of its exports."), ("USA", "", 15.0)),
    # a capital as subject
    ((DEAL, "Tokyo accepted a 15 per cent ceiling on most of its exports."), ("USA", "JPN", 15.0)),
    # a payer outside the story's two parties: the U.S. levies, not the story's other party
    ((DEAL, "Seoul settled for a flat 15% tariff on its cars, officials said."), ("USA", "KOR", 15.0)),
    # the verb far from its subject
    (("Vietnam, after weeks of talks in Washington, accepted a 20% tariff on most of its shipments.",),
     ("USA", "VNM", 20.0)),
    # official register, "agreed to"
    (("The European Union and the United States issued a joint statement on Monday.",
      "The European Union agreed to the same 15 percent tariff on most of its goods."), ("USA", "EUN", 15.0)),
])
def test_accepted_rate_is_levied_by_the_partner(paragraphs, expected):
    rows = [r for r in story(*paragraphs) if r.category == "tariff"]
    assert [(r.actor, r.counterparty or "", r.value_to) for r in rows] == [expected]


def test_accepted_rate_outside_trade():
    assert tariffs(story("Nurses accepted a 3 per cent pay rise after a week of strikes.")) == []
