"""Round 17 (news): reported speech and restatement read as structure — a government named by its
office without its country, the dateline before a clause, an opening phrase naming the deal, and rows
no party acts in. Our own sentences (facts such as rates are real-world-like, wordings are ours)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from, levels_of, triples

ON = datetime(2026, 8, 12, 14, tzinfo=timezone.utc)


def _story(*paragraphs, title="Chile to change import duties"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["Ana Reyes"])


# --- 1. a government named by its office, and the dateline, in reported speech ---------------------

@pytest.mark.parametrize("sentence, expected", [
    # wire register, reporting verb between the office and the embedded clause
    ("SANTIAGO, Aug 12 (Andes Wire) - The finance ministry said it would cut the tariff on Chinese buses to 2% from 6%.",
     ("CHL", "CHN", "tariff", "reduce", 6.0, 2.0)),
    # the office as the clause's own subject, no reporting verb
    ("SANTIAGO, Aug. 12 (Andes Wire) - Authorities will raise the tariff on Chinese tyres to 15 per cent.",
     ("CHL", "CHN", "tariff", "raise", None, 15.0)),
    # the country's possessive before the office, the verb far from its object
    ("SANTIAGO, 12 August (Andes Wire) - The country's trade minister told reporters on Tuesday that the government "
     "would, after weeks of review, lower its duty on Argentine wheat to 3% from 6%.",
     ("CHL", "ARG", "tariff", "reduce", 6.0, 3.0)),
    # an opening adverb before the office, passive-free official register
    ("SANTIAGO (Andes Wire) - Separately, the cabinet will scrap the 6% import tariff on Peruvian urea.",
     ("CHL", "PER", "tariff", "remove", 6.0, None)),
    # a spokesperson as the speaker, the measure in the embedded clause
    ("SANTIAGO, Aug 12 - A finance ministry spokeswoman said the government will cut tariffs on Brazilian "
     "beef to 4 pct from 6 pct.",
     ("CHL", "BRA", "tariff", "reduce", 6.0, 4.0)),
    # "officials" as the subject of the measure, numbers in words
    ("SANTIAGO, Aug 12 (Andes Wire) - Officials will lower the duty on Bolivian quinoa to two per cent from six per cent.",
     ("CHL", "BOL", "tariff", "reduce", 6.0, 2.0)),
])
def test_an_office_without_its_country_acts_for_the_dateline_government(sentence, expected):
    assert expected in levels_of(_story(sentence))


def test_an_office_of_another_named_country_is_still_that_country():
    # the owner named with the office keeps it ("China's commerce ministry")
    rows = _story("China's commerce ministry said on Tuesday it would remove its 10% duty on Chilean cherries.")
    assert triples(rows) == [("CHN", "tariff", "remove")]


def test_an_office_on_a_page_about_no_country_gives_no_party():
    # a council's or a club's "finance department" names no government: no country invented
    rows = commitments_from(["The finance department said it would cut the parking charge by 10 per cent."],
                            published_at=ON, title="Council budget vote", authors=["Ana Reyes"])
    assert all(r.actor is None for r in rows) or rows == []


# --- 2. an opening phrase naming the deal is not the clause's subject -----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Under the framework the two governments signed in October, Washington agreed to lower the tariff on most "
     "Kenyan goods to 10 per cent from 15 per cent.", [("USA", "KEN", "tariff", "reduce", 15.0, 10.0)]),
    ("Under the deal both sides signed last year, Nairobi will remove its 25 per cent duty on US wheat.",
     [("KEN", "USA", "tariff", "remove", 25.0, None)]),
    ("As part of the pact the two countries struck in May, the United States will cut its tariff on Kenyan tea to zero.",
     [("USA", "KEN", "tariff", "remove", None, 0.0)]),
    ("Under the terms of the accord both capitals reached after months of talks, Kenya will scrap the 35% levy "
     "on American poultry.", [("KEN", "USA", "tariff", "remove", 35.0, None)]),
    ("In the agreement the two sides concluded on Friday, Washington committed to halving its 20 per cent "
     "tariff on Kenyan coffee.", [("USA", "KEN", "tariff", "reduce", 20.0, 10.0)]),
    ("Through the arrangement both governments announced, the US will trim its levy on Kenyan flowers to 8% from 12%.",
     [("USA", "KEN", "tariff", "reduce", 12.0, 8.0)]),
])
def test_the_deal_named_before_the_clause_does_not_act(sentence, expected):
    rows = commitments_from([sentence], published_at=ON, title="Kenya and US trade pact", authors=["Ana Reyes"])
    assert levels_of(rows) == expected


def test_the_two_countries_as_the_clause_subject_still_act_together():
    rows = commitments_from(["Under the framework the two governments signed in October, the two countries will cut "
                             "tariffs on each other's farm goods."],
                            published_at=ON, title="Kenya and US trade pact", authors=["Ana Reyes"])
    assert sorted(r.actor for r in rows) == ["KEN", "USA"]


# --- 3. a row no party acts in, on a page that names parties ------------------------------------

@pytest.mark.parametrize("paragraphs", [
    ["BANGKOK (Test Wire) - Thailand will scrap its 20 per cent tariff on U.S. feed corn, the ministry said.",
     "\"We give access for corn and soy, and our growers get relief,\" a negotiator said."],
    ["Vietnam will cut its tariff on U.S. pork to 5 per cent.",
     "Some producers will lower prices on frozen goods to stay competitive."],
])
def test_rows_no_party_acts_in_are_dropped_on_a_page_with_parties(paragraphs):
    rows = commitments_from(paragraphs, published_at=ON, title="Farm trade", authors=["Ana Reyes"])
    assert rows and all(r.actor is not None for r in rows)


def test_a_lone_sentence_naming_no_country_keeps_its_row():
    rows = commitments_from(["Officials will cut the tariff to 10 per cent."], published_at=ON)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [(None, "tariff", "reduce", 10.0)]
