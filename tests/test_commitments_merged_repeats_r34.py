"""Round 34 (MR): a figureless lead naming several objects under one verb, then a sentence giving one object's figure:
the row is anchored at the figure's sentence (guide rule 7), not the lead (convention 8 holds for a lead of one object,
or for a removal, whose figure, zero, is every object's).

The team's own sentences; each story is a lead paragraph, then the figure's paragraph."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 5, 12, tzinfo=timezone.utc)


def _figure_rows(lead: str, figure: str):
    """(actor, category, action, value_from, value_to, amount, anchored at the figure's sentence) of the rows with a
    figure."""
    rows = bylined_story(lead, figure, published_at=ON)
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount, r.evidence == figure)
                  for r in rows if r.value_to is not None or r.amount is not None)


# the variation battery: verbs (raise, lift, buy, order, hike, increase), the actor as country / capital / ministry /
# adjective / leader, a clause before the subject, an aside, passive figures, numbers in words
BATTERY = [
    pytest.param("Peru will raise import duties on cheap shoes and handbags from Asia, the trade ministry said on Tuesday.",
                 "Shoes declared under $8 a pair will pay 30 per cent, up from 10 per cent.",
                 ("PER", "tariff", "raise", 10.0, 30.0, None), marks=pytest.mark.xfail(reason="left: the figure's row")),
    ("Vietnam agreed to buy American cotton and wheat under the accord.",
     "Vietnamese mills will purchase 400,000 tonnes of cotton this year.",
     ("VNM", "purchase", "purchase", None, None, 400000.0)),
    ("Ghana has increased the duty on imported rice and sugar to protect local farmers.",
     "Rice now pays 25%, up from 15%.",
     ("GHA", "tariff", "raise", 15.0, 25.0, None)),
    pytest.param("Indonesia pledged to buy U.S. jets and soybeans as part of the pact.",
                 "Garuda will order 20 Boeing 737 MAX planes.",
                 ("IDN", "purchase", "purchase", None, None, 20.0), marks=pytest.mark.xfail(reason="left: the figure's row")),
    ("Under the decree, Egypt will raise tariffs on imported furniture and ceramics.",
     "Finished furniture will be charged 40 per cent, up from 30 per cent, officials said.",
     ("EGY", "tariff", "raise", 30.0, 40.0, None)),
    ("Kenya will hike duties on imported steel and paper, the Treasury said.",
     "Steel bars will pay 35% instead of 25%.",
     ("KEN", "tariff", "raise", 25.0, 35.0, None)),
    ("Bangladesh agreed on Monday to buy American wheat and liquefied natural gas.",
     "State buyers will purchase 700,000 tonnes of wheat a year.",
     ("BGD", "purchase", "purchase", None, None, 700000.0)),
    ("Morocco, facing a flood of cheap imports, will raise customs duties on tiles and textiles.",
     "The duty on ceramic tiles will go to 40% from 25%.",
     ("MAR", "tariff", "raise", 25.0, 40.0, None)),
    ("Pakistan will raise import duties on used cars and mobile phones, Finance Minister Aurangzeb said.",
     "Used cars will pay 50 per cent, up from 35 per cent.",
     ("PAK", "tariff", "raise", 35.0, 50.0, None)),
    ("The Philippines will buy American jets and corn, Manila said.",
     "Philippine Airlines will order nine Airbus-rival Boeing 787 jets.",
     ("PHL", "purchase", "purchase", None, None, 9.0)),
    ("Nigeria's finance ministry said it would lift import duties on frozen fish and poultry.",
     "Frozen fish will be charged 20 per cent, up from 10 per cent.",
     ("NGA", "tariff", "raise", 10.0, 20.0, None)),
    ("Thailand will increase duties on imported steel wire and cables.",
     "Steel wire will face a 30% duty, up from 20%.",
     ("THA", "tariff", "raise", 20.0, 30.0, None)),
]


@pytest.mark.parametrize("lead, figure, expected", BATTERY)
def test_a_lead_of_several_objects_is_anchored_at_the_figure(lead, figure, expected):
    assert expected + (True,) in _figure_rows(lead, figure)


# what keeps the lead's anchor (convention 8)
@pytest.mark.parametrize("lead, figure, expected", [
    # one object: the figure completes the lead
    ("Ghana will raise its import duty on rice to protect local farmers.",
     "Rice will pay 25 per cent, up from 15 per cent.",
     ("GHA", "tariff", "raise", 15.0, 25.0, None)),
    # the figure's sentence names both objects
    ("Kenya will raise duties on steel and paper, the Treasury said.",
     "Duties on steel and paper will rise to 35% from 25%.",
     ("KEN", "tariff", "raise", 25.0, 35.0, None)),
])
def test_a_lead_keeps_its_anchor_otherwise(lead, figure, expected):
    assert expected + (False,) in _figure_rows(lead, figure)


def test_an_investment_lead_over_several_places_is_anchored_at_the_figure():
    lead = "Norway is investing in factories and shipyards across Ohio, Texas and Louisiana."
    figure = "Norway's Equinor will invest $2 billion in a new plant near Houston."
    assert ("NOR", "investment", "invest", None, None, 2000000000.0, True) in _figure_rows(lead, figure)


def test_a_clause_run_on_after_the_lead_is_no_second_object():
    lead = "Qatar has invested in American gas terminals, directly supporting jobs and energy security."
    figure = "QatarEnergy put $10 billion into the Golden Pass terminal in Texas."
    assert ("QAT", "investment", "invest", None, None, 10000000000.0, False) in _figure_rows(lead, figure)
