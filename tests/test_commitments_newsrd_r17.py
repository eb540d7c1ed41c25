"""Round 17 (news): rows no party acts in, on a page that names parties, are dropped; guards for reported
speech and for an opening phrase naming the deal (read by the parties work merged this round). Our own
sentences (facts such as rates are real-world-like, wordings are ours)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from, levels_of, triples

ON = datetime(2026, 8, 12, 14, tzinfo=timezone.utc)


def _story(*paragraphs, title="Chile to change import duties"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["Ana Reyes"])


# --- reported speech: the owner named with the speaking office keeps the measure ------------------

def test_an_office_of_another_named_country_is_still_that_country():
    # the owner named with the office keeps it ("China's commerce ministry")
    rows = _story("China's commerce ministry said on Tuesday it would remove its 10% duty on Chilean cherries.")
    assert triples(rows) == [("CHN", "tariff", "remove")]


def test_an_office_on_a_page_about_no_country_gives_no_party():
    # a council's or a club's "finance department" names no government: no country invented
    rows = commitments_from(["The finance department said it would cut the parking charge by 10 per cent."],
                            published_at=ON, title="Council budget vote", authors=["Ana Reyes"])
    assert all(r.actor is None for r in rows) or rows == []


# --- an opening phrase naming the deal is not the clause's subject (guards) -----------------------------

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


# --- a row no party acts in, on a page that names parties ------------------------------------

NO_PARTY = [
    # a pattern across deals, told with no party acting (official and news register, list-like)
    "Several agreements include commitments to cooperate on combatting duty evasion.",
    "Many of the deals include pledges to strengthen export controls.",
    "A number of the frameworks contain commitments to remove non-tariff barriers.",
    "Most of the agreements also include commitments to combat forced labor.",
]


@pytest.mark.parametrize("sentence", NO_PARTY)
def test_a_lone_sentence_without_a_country_keeps_its_row_with_no_actor(sentence):
    # the documented behaviour: with no country on the page, the row stays, actor None
    rows = commitments_from([sentence], published_at=ON)
    assert rows and all(r.actor is None for r in rows)


@pytest.mark.parametrize("sentence", NO_PARTY)
@pytest.mark.parametrize("lead", [
    "Vietnam will cut its tariff on U.S. pork to 5 per cent.",
    "HANOI (Test Wire) - The United States agreed to lower its tariff on Vietnamese shrimp to 15 percent from 20 percent.",
])
def test_on_a_page_with_parties_a_row_no_party_acts_in_is_dropped(sentence, lead):
    rows = commitments_from([lead, sentence], published_at=ON, title="Vietnam and US trade", authors=["Ana Reyes"])
    assert [r for r in rows if r.paragraph_index == 1] == []
    assert rows and all(r.actor is not None for r in rows)  # the lead's own row stays


def test_the_presidents_act_keeps_its_row_though_no_party_is_read():
    # rounds 7 and 8: "He ..." / "The President may ..." keep their rows, whose they are stays open
    rows = commitments_from(["President Trump has cut red tape for American energy producers.",
                             "He paused the expansion of export restrictions on smelting equipment."],
                            published_at=ON, title="Fact Sheet: President Donald J. Trump Protects American Smelters")
    assert "export_control" in [r.category for r in rows]


def test_a_lone_sentence_naming_no_country_keeps_its_row():
    rows = commitments_from(["Officials will cut the tariff to 10 per cent."], published_at=ON)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [(None, "tariff", "reduce", 10.0)]
