"""Round 22: rate changes narrated in the news, our own sentences (wire and newspaper register)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 20)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def changes(rows) -> list[tuple]:
    """(levier, goods' country, action, earlier level, new level) of each tariff change (raise or reduce), sorted."""
    return sorted(((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows
                   if r.category == "tariff" and r.action in ("raise", "reduce", "remove")), key=repr)


# 1. A measure named before, moved to a level: the object is a pronoun or a bare measure noun ("it", "the rate",
# "the levy"), the subject may be a deal or a described government, the clause may be an until-clause; the one
# rate the sentence named before the verb is the earlier level; "lift"/"drop" to a level above zero is a raise or
# a cut, not a removal.
@pytest.mark.parametrize("paragraphs, expected", [
    # newspaper register: a deal as subject in an until-clause, "the rate" down to a level
    (("Canada and the United States sparred over lumber tariffs.",
      "Washington put a 45 per cent duty on Canadian lumber in March, until an October deal brought the rate "
      "down to 20 per cent."),
     [("USA", "CAN", "reduce", 45.0, 20.0)]),
    # a deal as subject after "before", the pronoun standing for the rate
    (("Norway and the United States signed a deal.",
      "The United States hit Norwegian salmon with a 30% tariff last spring before a deal in June brought it "
      "down to 15%."),
     [("USA", "NOR", "reduce", 30.0, 15.0)]),
    # "the government" of the story, "lifted it" to a higher level: raised, no earlier level in its own sentence
    (("Ghana and the United States set out new terms.",
      "Ghana charged a 20 percent duty on American rice. The government lifted it to 35 percent in 2019 after "
      "a glut of imports."),
     [("GHA", "USA", "raise", None, 35.0)]),
    # wire register: perfect tense, an adverbial between the particle and the level
    (("Peru and the United States agreed new terms.",
      "LIMA - Peru cut its duty on American wheat to 6% in 2020 and has since brought it down in two steps "
      "to 2 per cent."),
     sorted([("PER", "USA", "reduce", 6.0, 2.0), ("PER", "USA", "reduce", None, 6.0)], key=repr)),
    # "dropped" to a level above zero is a cut, the goods named after the measure
    (("Kenya and the United States met this week.",
      "NAIROBI - Kenya dropped the levy on U.S. soybeans to 10 per cent on Monday."),
     [("KEN", "USA", "reduce", None, 10.0)]),
    # "its government" after a semicolon, "the levy" standing for the rate named before it
    (("Vietnam and the United States agreed a framework on tariffs.",
      "Hanoi had levied 18% on American pork; its government lowered the levy to 12% in March."),
     [("VNM", "USA", "reduce", 18.0, 12.0)]),
    # a threat: "lift" a rate named by its modifier to a level
    (("Mexico and the United States argued over steel tariffs on Sunday.",
      "U.S. officials warned that Washington could lift the over-quota rate to 60% if Mexico retaliated."),
     [("USA", "MEX", "raise", None, 60.0)]),
    # goods after the rate noun, new level first and the old one after it
    (("Pakistan and the United States talked about tariffs.",
      "A U.S. official said Washington could lift the rate on Pakistani rice and cotton to 25% from 19% if "
      "talks stalled."),
     [("USA", "PAK", "raise", 19.0, 25.0)]),
])
def test_measure_referred_back_moved_to_level(paragraphs, expected):
    assert changes(story(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    ("Chile and India signed a trade pact on tariffs.", "The bank lifted the interest rate to 6% on Tuesday."),
    ("Chile and India signed a trade pact on tariffs.", "Ankara lifted the policy rate to 45% last week."),
    ("Chile and India signed a trade pact on tariffs.", "The central bank brought the rate down to 3 per cent."),
    ("Chile and India signed a trade pact on tariffs.", "The government brought the price cap on fuel down to 90 pesos."),
    ("Energy prices soared in the winter.", "The regulator brought it down to 12 per cent below last year's level."),
])
def test_rates_that_are_no_tariffs_give_no_change(paragraphs):
    assert changes(story(*paragraphs)) == []


# 2. The measure as the subject of a passive change: a phrasal verb ("was brought down", "were phased out"), a
# relative clause closed by its comma before the verb (its rate the level in force), the noun after "for" as the
# subject of a passive infinitive. The levier is the government whose tariff it is, the goods' country the
# counterparty.
@pytest.mark.parametrize("paragraphs, expected", [
    (("Thailand and the European Union signed a trade pact.",
      "Duties on European cheese, which reach 60% today, will be lowered to 10% within five years."),
     [("THA", "EUN", "reduce", 60.0, 10.0)]),
    (("Thailand and the European Union signed a trade pact.",
      "The levy on European butter, which stood at 30 per cent, was cut to 5 per cent on Monday."),
     [("THA", "EUN", "reduce", 30.0, 5.0)]),
    (("Morocco and the United States signed a deal.",
      "The duty on American almonds was brought down to 8 per cent last year."),
     [("MAR", "USA", "reduce", None, 8.0)]),
    (("Morocco and the United States signed a deal.",
      "Tariffs on American beef have been brought down to 12%, the ministry said."),
     [("MAR", "USA", "reduce", None, 12.0)]),
    (("Jordan and the United States signed a deal.", "Jordan's duties on U.S. cars were phased out in 2010."),
     [("JOR", "USA", "remove", None, None)]),
])
def test_measure_as_passive_subject(paragraphs, expected):
    assert changes(story(*paragraphs)) == expected


def test_passive_infinitive_after_for_is_the_governments_measure():
    rows = story("RABAT - Morocco's cabinet on Monday approved the tariff schedule, clearing the way for duties on "
                 "goods from its partners to be phased out over eight years.")
    removals = [r for r in rows if r.category == "tariff" and r.action == "remove"]
    assert [r.actor for r in removals] == ["MAR"]


def test_past_phrasal_change_is_implemented():
    rows = story("Jordan and the United States signed a deal.", "Jordan's duties on U.S. cars were phased out in 2010.")
    assert [r.status for r in rows if r.action == "remove"] == ["implemented"]
