"""Round 16: rates named in passing in news stories, and who levies them (our own sentences)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 5, 4)


def story(*paragraphs: str, title: str = "Trade round-up", byline: bool = True):
    """Rows of a bylined news story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"] if byline else None)


def tariffs(rows) -> list[tuple]:
    return sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff")


# 1. A rate in force named as a noun phrase, with no commitment verb: one row, levied by the
# country the goods enter; `maintain` when the text says the rate stays.
@pytest.mark.parametrize("text, expected", [
    # rate first, owner inside the phrase, a time clause around it
    ("CHENNAI, May 3 - Shipments of frozen shrimp have dropped by a third since the 50% U.S. tariff on Indian "
     "goods took hold in August, the association said.", ("USA", "impose", 50.0)),
    # the levier named by a place after the phrase, a hedge before the rate
    ("OTTAWA, May 3 - Softwood lumber from British Columbia faces a combined duty of about 45 per cent in the "
     "United States, the industry council said.", ("USA", "impose", 45.0)),
    # "rate" as the head, goods of the dateline's country: the other side levies
    ("LONDON, May 3 - The 10% rate has applied to most British goods since April 5, 2025, and exporters say "
     "they have adjusted.", ("USA", "impose", 10.0)),
    # noun first, the dateline's government levies
    ("BRUSSELS, May 3 - Tesla's cars built in Shanghai got a lower provisional rate of 7.8 per cent, while "
     "SAIC was hit hardest.", ("EUN", "impose", 7.8)),
    ("SEOUL, May 3 - Officials pointed to a narrower 15 per cent surtax on U.S. pickups as the next item on "
     "the table.", ("KOR", "impose", 15.0)),
    # a participle, the country entered named after it
    ("TOKYO, May 3 - Australian beef is now taxed at 38.5 per cent when it enters Japan, a level farmers' "
     "groups want cut.", ("JPN", "impose", 38.5)),
    # far from any verb, inside a participial aside
    ("WASHINGTON, May 3 - Kitchenware makers, already squeezed by a 25 per cent levy on imported steel, are "
     "cutting shifts, the union said.", ("USA", "impose", 25.0)),
    # the rate stays: "still", "separate"
    ("SAO PAULO, May 3 - Brazilian coffee still bears a separate 10 per cent duty in the United States, "
     "roasters said.", ("USA", "maintain", 10.0)),
])
def test_rate_named_in_passing(text, expected):
    assert tariffs(story(text)) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a range: its top (guide, News set)
    ("MEXICO CITY, May 3 - Importers said the tariffs of 10% to 35% on Asian footwear have cut shipments by half.",
     [("MEX", "impose", None, 35.0)]),
    # a hyphenated figure
    ("DHAKA, May 3 - Garment makers said their shirts face a 25-per-cent U.S. tariff from August.",
     [("USA", "impose", None, 25.0)]),
    # rates listed after the measure's own, with their goods and no noun
    ("TORONTO, May 3 - Parts makers said U.S. duties of 25% on cars and 50% on steel and aluminium have squeezed margins.",
     [("USA", "impose", None, 25.0), ("USA", "impose", None, 50.0)]),
    # the earlier level after the phrase decides the action
    ("TOKYO, May 3 - Japanese automakers said the 15% U.S. tariff, down from 27.5%, still weighs on profits.",
     [("USA", "reduce", 27.5, 15.0)]),
    # a rate with no levier of its own takes the sentence's other tariff's
    ("HANOI, May 3 - Garment exporters, who pay a 20% U.S. duty, said a 40% rate on transshipped goods worries buyers.",
     [("USA", "impose", None, 20.0), ("USA", "impose", None, 40.0)]),
])
def test_rate_phrases_in_several_styles(text, expected):
    rows = story(text)
    assert sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff") == sorted(expected)


def test_rate_changed_between_two_phrases_is_one_row():
    rows = story("BRUSSELS, May 3 - Under the arrangement, the countervailing duties of up to 35.3% that apply to "
                 "battery cars will give way to a single rate of 12% from January, officials said.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == \
        [("EUN", "reduce", 35.3, 12.0)]


def test_official_page_rates_in_passing_are_read_too():
    # (round 17) no byline: the reader runs on every register, official pages included
    rows = story("WASHINGTON, May 3 - Kitchenware makers, already squeezed by a 25 per cent levy on imported steel, "
                 "are cutting shifts.", byline=False)
    assert tariffs(rows) == [("USA", "impose", 25.0)]


# 2. Who levies: the country the goods enter, not their origin nor their payer
@pytest.mark.parametrize("paragraphs, expected", [
    # a retailer's goods pay the regime's rate: the regime's country
    (["LONDON, May 3 - Brightway, the British lighting retailer, said its lamps made in China pay the 20 percent "
      "reciprocal rate when they reach American stores."], ("USA", "impose", 20.0)),
    # "the government" with the goods' country named and no other: the dateline's country
    (["SANTIAGO, May 3 - Chinese mills have flooded the market, and prices of Chinese bars fell. China's exports "
      "rose again. The government raised the duty on Chinese steel bars to 33.5% from 24.9%, officials said."],
     ("CHL", "raise", 33.5)),
    # the clause's own subject ("The bloc") beats the party of the sentence before
    (["BRUSSELS, May 3 - Beijing agreed to buy more aircraft from Airbus, China's commerce ministry said. The bloc, "
      "for its part, will hold its standard 10% tariff on imported cars."], ("EUN", "maintain", 10.0)),
    (["HANOI, May 3 - Vietnamese sofas still pay a 20% duty at the U.S. border."], ("USA", "maintain", 20.0)),
    (["PRETORIA, May 3 - American chicken has flooded in before. The government will maintain anti-dumping duties "
      "of 62.9% on U.S. chicken, the trade department said."], ("ZAF", "maintain", 62.9)),
    (["LIMA, May 3 - Fertiliser from Russia and China has grown cheaper. The ministry said it would keep a 6% levy "
      "on imported urea until December."], ("PER", "maintain", 6.0)),
])
def test_who_levies(paragraphs, expected):
    assert tariffs(story(*paragraphs)) == [expected]


def test_a_ministry_that_speaks_is_no_subject_of_the_clause_after_its_verb():
    rows = story("SEOUL, May 3 - The United States agreed to lower tariffs on Korean cars to 15%. The trade ministry "
                 "said the 15% rate would take effect in November.")
    assert {r.actor for r in rows if r.category == "tariff"} == {"USA"}


# 3. Precision: statistics and business figures give no rows; a rate a row already carries, none twice
@pytest.mark.parametrize("text", [
    "SINGAPORE, May 3 - Inflation of 3 per cent and a 20% share of exports going to China were cited.",
    "SINGAPORE, May 3 - Margins fell 15 per cent, and a 10% discount failed to help.",
    "SINGAPORE, May 3 - The central bank kept its interest rate at 4 per cent for a third meeting.",
    "SINGAPORE, May 3 - Profits were taxed at 17 per cent, the company's filing showed.",
    "SINGAPORE, May 3 - The average tariff of 3.4 per cent on imports is among the lowest in Asia.",
    "WASHINGTON, May 3 - She would impose a 4 percent surcharge on top of the normal income tax for the richest households.",
    'OTTAWA, May 3 - "A 25% tariff would wreck us," said Jane Roe, an economist at Maple Bank.',
    "DUBLIN, May 3 - Tariffs of 5% to 50% were discussed by the panel, which reports next year, analysts said.",
])
def test_statistics_and_comment_give_no_rate_row(text):
    assert tariffs(story(text)) == []


def test_rate_carried_by_the_verbs_row_is_not_read_again():
    rows = story("BANGKOK, May 3 - U.S. pork producers have pushed for access for years. Officials said Thailand "
                 "would cut its 30% tariff on U.S. pork to 10%.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == \
        [("THA", "reduce", 30.0, 10.0)]


def test_rate_restated_later_in_the_story_is_one_row():
    rows = story("MEXICO CITY, May 3 - Mexico raised its tariff on Chinese cars to 50% on Thursday.",
                 "Dealers said the 50% tariff on Chinese cars would lift prices by spring.")
    assert [(r.actor, r.value_to) for r in rows if r.category == "tariff"] == [("MEX", 50.0)]
