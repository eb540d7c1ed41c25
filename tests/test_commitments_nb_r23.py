"""Round 23: rates in passing in the news (whose a rate is when the sentence names no owner), our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 12)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story with no dateline (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def rates(rows) -> list[tuple]:
    """(government, goods' country, action, new level) of each tariff row with a level, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.action, r.value_to) for r in rows
                  if r.category == "tariff" and r.value_to is not None)


EU_STORY = "The European Union imposed a 35 per cent duty on Chinese electric bicycles in March."
US_STORY = "The United States raised its tariff on Brazilian steel pipes to 40 per cent on Monday."


# 1. A rate phrase that names no owner, in a story with no dateline, continues the levier of the tariff the story
# told last: the measure told before is the context a definite rate refers to (not the goods' own country).
@pytest.mark.parametrize("paragraphs, expected", [
    # wire register, the rate as the subject of a present perfect
    ((EU_STORY, "Dealers say the 35 per cent duty on Chinese e-bikes has halved imports since the spring."),
     [("EUN", "CHN", "impose", 35.0)]),
    # newspaper register, a different rate on other goods of the same partner, the verb far after the phrase
    ((EU_STORY, "A separate 12% levy on Chinese bicycle frames, which importers had hoped would go, is also in force."),
     [("EUN", "CHN", "impose", 35.0), ("EUN", "CHN", "maintain", 12.0)]),
    # "pct" and a rate told inside a "because" clause
    ((US_STORY, "Shipments fell by half because the 40 pct tariff on Brazilian pipes made them dearer than local ones."),
     [("USA", "BRA", "raise", 40.0)]),
    # a passive: the rate named with "of", as the subject
    ((US_STORY, "Duties of 25 per cent on Brazilian steel slabs were also confirmed by customs officials."),
     [("USA", "BRA", "impose", 25.0), ("USA", "BRA", "raise", 40.0)]),
])
def test_an_unowned_rate_continues_the_story_levier(paragraphs, expected):
    assert rates(story(*paragraphs)) == expected


# 2. The fallback does not override an owner the sentence names, nor a possessive that makes the rate the clause's
# own, nor give a government a tariff on its own goods.
def test_an_owner_named_before_the_modifiers_levies():
    rows = story(US_STORY, "At home, mills are shielded by European Union anti-dumping duties of 48.5 per cent on bicycles "
                           "from China.")
    assert ("EUN", "CHN", "impose", 48.5) in rates(rows)
    assert all(r.value_to != 48.5 or r.actor == "EUN" for r in rows)


def test_a_possessive_rate_is_its_clause_owner():
    rows = story(US_STORY, "India will phase its 110% duty on European cars down to 10% over five years.")
    assert all(r.actor != "USA" for r in rows if r.category == "tariff" and r.value_from == 110.0)


def test_no_levier_taxes_its_own_goods():
    rows = story(US_STORY, "Farmers worry about the 10% duty on American wheat.")
    assert all(not (r.actor == "USA" and r.value_to == 10.0) for r in rows)


def test_a_company_comment_keeps_only_owned_rates():
    rows = story(EU_STORY, "Analysts at a Lisbon broker said the 20% duty on frames would squeeze margins this year.")
    assert all(r.value_to != 20.0 for r in rows)

