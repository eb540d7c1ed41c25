"""Round 23, fields of emitted rows (issue 4): the right sentence read with the right actor. Our own sentences only.

- The subject of a pledge: the place a story is filed from ("WASHINGTON - ") is no subject of the verb after
  it; a fronted source ("According to X, which ...,") tells the pledge and makes none; a country's own
  airline, refiner or firms named with the possessive ("Kenya's national carrier") buy for it.
"""
from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 4, 1)


def _pledges(texts, title):
    rows = commitments_from(texts, published_at=ON, title=title, authors=["A Reporter"], article_id="r23-nf")
    return [r for r in rows if r.category in ("purchase", "investment")]


@pytest.mark.parametrize("sentence, buyer, amount", [
    ("WASHINGTON - Kenya's national carrier will buy ten Boeing 737 jets, officials said on Monday.", "KEN", 10.0),
    ("WASHINGTON, May 4 (Reuters) - Peru's biggest airline agreed on Tuesday to purchase 12 Boeing 737 MAX jets.",
     "PER", 12.0),
    ("WASHINGTON — Ghana's state refiner will import $2 billion of U.S. crude oil over the next year.",
     "GHA", 2e9),
    ("NEW DELHI - India's state firms will buy $3 billion of American LNG a year under the pact.", "IND", 3e9),
    ("TOKYO, June 2 - Vietnam's flag carrier has ordered 20 Boeing 787 aircraft, the company said.", "VNM", 20.0),
    ("Under the deal, Morocco's national airline will buy eight Boeing Dreamliners.", "MAR", 8.0),
])
def test_the_buyer_is_the_country_whose_company_buys(sentence, buyer, amount):
    rows = _pledges([sentence], "US and partner strike trade deal on state visit")
    assert rows, sentence
    assert {(r.actor, r.counterparty) for r in rows} == {(buyer, "USA")}, [(r.actor, r.counterparty) for r in rows]
    assert any(r.amount == amount for r in rows), [(r.amount, r.unit) for r in rows]


@pytest.mark.parametrize("sentence, buyer", [
    ("According to a White House fact sheet, which Beijing has yet to confirm, China will also buy about "
     "$10bn of American liquefied natural gas over two years.", "CHN"),
    ("According to the U.S. Trade Representative, Peru will buy $500 million of American wheat a year.", "PER"),
    ("As reported by the White House, Indonesia will purchase 50 Boeing jets under the deal.", "IDN"),
    ("Citing a U.S. official, the paper said that Vietnam will buy $2 billion of American farm goods.", "VNM"),
])
def test_a_fronted_source_makes_no_pledge(sentence, buyer):
    rows = _pledges([sentence], "US and partner extend trade truce")
    assert rows and all(r.actor == buyer and r.category == "purchase" for r in rows), \
        [(r.actor, r.category) for r in rows]


def test_the_dateline_place_still_acts_when_it_is_the_subject():
    # a capital written in running text, not a dateline, stays the subject
    rows = commitments_from(["LONDON - Washington will cut its tariff on British beef to 10% from 20%."],
                            published_at=ON, title="US and UK trade deal", authors=["A Reporter"])
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == \
        [("USA", "reduce", 20.0, 10.0)]


def test_a_possessive_owner_of_a_measure_stays_an_owner():
    rows = commitments_from(["BEIJING - China's tariffs on American soybeans will fall to 10% from 25%."],
                            published_at=ON, title="US and China trade deal", authors=["A Reporter"])
    assert [(r.actor, r.counterparty, r.action) for r in rows if r.category == "tariff"] == [("CHN", "USA", "reduce")]


# Class 2: a pause kept is the pause prolonged (guide rule 19: the suspended rate is value_from)
@pytest.mark.parametrize("sentence, actor, category, value_from, change", [
    ("China will keep its 24% tariff on U.S. goods suspended for another year.", "CHN", "tariff", 24.0, None),
    ("Beijing kept the 15% duties on American farm goods suspended while talks continued, officials said.",
     "CHN", "tariff", 15.0, None),
    ("Brussels agreed to keep on hold for 90 days the 25% counter-tariffs on American whiskey and motorcycles.",
     "EUN", "tariff", 25.0, None),
    ("Beijing agreed to keep its export controls on gallium and germanium on hold for a further 12 months.",
     "CHN", "export_control", None, None),
    ("Washington also agreed to keep in abeyance until May 2028 the additional 24 percentage points of reciprocal "
     "tariff on Chinese goods.", "USA", "tariff", None, -24.0),
    ("Under the truce, the United States will keep the 34 per cent tariff on Chinese goods paused until November.",
     "USA", "tariff", 34.0, None),
])
def test_a_pause_kept_is_extended(sentence, actor, category, value_from, change):
    rows = commitments_from([sentence], published_at=ON, title="US and China extend trade truce",
                            authors=["A Reporter"], article_id="r23-nf-pause")
    got = [(r.actor, r.category, r.action, r.value_from, r.value_to, r.change) for r in rows]
    assert (actor, category, "extend", value_from, None, change) in got, got


@pytest.mark.parametrize("sentence, level", [
    ("Canada will keep its 25 per cent counter-tariffs on U.S. steel in place while the EU duties stay on hold.", 25.0),
    ("Japan will keep its tariff on U.S. rice at 10 percent until the suspended talks on beef resume.", 10.0),
])
def test_a_measure_kept_in_force_is_maintained(sentence, level):
    rows = commitments_from([sentence], published_at=ON, title="Trade truce talks", authors=["A Reporter"])
    kept = [r for r in rows if r.category == "tariff" and r.value_to == level]
    assert kept and all(r.action == "maintain" for r in kept), [(r.action, r.value_from, r.value_to) for r in rows]
