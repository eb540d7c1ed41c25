"""Round 42 (issue 4), PXN: news rows the gold does not have — a right to suspend concessions, the asker given the
measure it asks another party to change, "lift" that raises a level or loads a cargo, a service's price list for homes
and shops.

- **A right to suspend concessions** (guide rule 2: announced retaliation with no named measure): WTO arbitrators that
  "authorised" a party to suspend concessions or "ruled" that it could, and a party that "reserved the right to suspend
  concessions", give no row. Kept: a party that "could suspend concessions on" named goods if talks fail (a threat).
- **The asker given the asked party's measure** (guide, News set: a negotiating demand is a row of the measure's
  owner): "X wants Y to lower its duty", "X would press Y, a member of ..., to open its market" give Y's row only.
  Kept: the asked party's row.
- **"lift" that raises or loads**: "plans to lift the share of ... to 40%", "no crusher has lifted a cargo" remove
  nothing. Kept: "will lift its ban on", "will lift its 20 per cent duty on".
- **A service's price list** (guide rule 1: domestic utility and company prices): "its standard variable tariff",
  "the overall tariff for a typical home", "the existing tariff for shops and offices". Kept: "the import tariff for
  Brazilian machinery".
- **Buying told by the share a source gives** (guide rule 2: statistics; round 26's trade flows): "mills mostly buy
  Canadian product", "which import nearly all their gallium from China", "who import almost all of their raw material
  from", "that farms buy mostly from Chile". Kept: a purchase pledged with its tonnage, "mostly from" a port.
- **A visit made or under way** (guide: a leader's visit is a `diplomatic` `visit` row only as a step of a trade deal;
  the measures announced during it are the rows): "as President X wrapped up a state visit to", "made his first state
  visit to", "when its sultan visited Tokyo", an invitation "at a mutually convenient date". Kept: a state visit to
  come.

Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import bylined_story, triples

ON = datetime(2027, 6, 8)


def story(title: str, paragraphs: list[str], sentence: str):
    """The rows ``bylined_story`` reads from ``sentence``, told after ``paragraphs``."""
    return [r for r in bylined_story(*paragraphs, sentence, published_at=ON, title=title) if r.evidence == sentence]


# (title, paragraphs before, sentence): a right to suspend concessions — no row
RIGHTS_TO_SUSPEND = [
    ("Peru, Ecuador shrimp dispute", ["Peru said on Monday it would go ahead with duties on Ecuadorian shrimp."],
     "A WTO arbitrator last month authorised Lima to suspend concessions on up to $220 million of Ecuadorian goods a "
     "year, the first such award in the region."),
    ("Kenya, Uganda dairy dispute", ["Kenya and Uganda remain at odds over dairy levies."],
     "The arbitrators ruled in May that Uganda could suspend concessions worth up to $95 million a year, far below what "
     "Kampala had sought."),
    ("Chile, Argentina wine row", ["Chile protested on Tuesday against Argentina's new levy on bottled wine."],
     "Santiago told the WTO on Friday that it reserved the right to suspend concessions of equivalent value."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", RIGHTS_TO_SUSPEND)
def test_a_right_to_suspend_concessions_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


def test_a_threat_to_suspend_concessions_on_named_goods_keeps_its_row():
    rows = story("Norway, Iceland fish row", ["Norway accused Iceland of breaking their fisheries deal."],
                 "Oslo could suspend concessions on Icelandic lamb and wool worth the trade affected if the talks fail, "
                 "an official said.")
    assert [(r.actor, r.action) for r in rows] == [("NOR", "suspend")]


# (title, paragraphs before, sentence, the rows expected): the asked party's rows only
ASKERS = [
    ("Indonesia, Philippines talks", ["Indonesia and the Philippines wrapped up a round of trade talks on Wednesday."],
     "In return, Jakarta wants Manila to lower the basic duty on crude coconut oil to 5% from 10% and to scrap the 20 "
     "percent duty on refined coconut oil, Trade Minister Budi Santoso told reporters after the talks.",
     [("PHL", "tariff", "reduce"), ("PHL", "tariff", "remove")]),
    ("France, Kenya aviation deal", ["France and Kenya signed an aviation deal in Nairobi on Tuesday."],
     "He said Paris would also press Kenya, a member of the East African Community, to open its market to French "
     "cheese, though no date was set.",
     [("KEN", "market_access", "relax")]),
    ("Spain, Morocco fisheries deal", ["Spain and Morocco signed a fisheries deal in Rabat on Tuesday."],
     "She said Madrid would also press Morocco, its largest African partner, to open its market to Spanish pork, "
     "though no date was set.",
     [("MAR", "market_access", "relax")]),
    # kept: the asked parties' rows where no asker's row was read
    ("Vietnam presses its neighbours", ["Vietnam and Thailand held trade talks in Hanoi on Monday."],
     "Vietnam will use the talks to press Thailand and Cambodia to drop the 10 per cent duty they charge on Vietnamese "
     "cement, Trade Minister Nguyen Hong Dien told reporters.",
     [("KHM", "tariff", "remove"), ("THA", "tariff", "remove")]),
]


@pytest.mark.parametrize("title, paragraphs, sentence, expected", ASKERS)
def test_the_asker_is_not_given_the_asked_partys_measure(title, paragraphs, sentence, expected):
    assert triples(story(title, paragraphs, sentence)) == expected


# (title, paragraphs before, sentence): "lift" that raises a level or loads a cargo — no removal
LIFTS_AS_RISES = [
    ("Malaysia biodiesel", ["Malaysia's palm oil futures rose on Monday."],
     "Kuala Lumpur also plans to lift the mandatory share of palm-based fuel in diesel to 30 per cent next year, a move "
     "traders say could cut exports."),
    ("Thailand, Qatar energy accord", ["Thailand and Qatar signed an energy accord on Monday."],
     "Thailand plans to lift the share of gas-fired plants in its power mix to about 40% by 2032."),
    ("China canola", ["China has charged a 25 per cent tariff on Canadian canola since March 2025."],
     "Beijing has kept the duty since then, and no Chinese crusher has lifted a cargo from Vancouver this year."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", LIFTS_AS_RISES)
def test_lift_that_raises_or_loads_removes_nothing(title, paragraphs, sentence):
    assert [t for t in triples(story(title, paragraphs, sentence)) if t[2] == "remove"] == []


@pytest.mark.parametrize("title, paragraphs, sentence, expected", [
    ("Egypt, Sudan border trade", ["Egypt and Sudan agreed on Monday to expand border trade."],
     "Egypt will lift its ban on Sudanese cattle from July 1, the agriculture ministry said.",
     [("EGY", "import_restriction", "remove")]),
    ("Turkey, Georgia protocol", ["Turkey and Georgia signed a trade protocol on Monday."],
     "Turkey will lift its 20 per cent duty on Georgian hazelnuts from January, the trade ministry said.",
     [("TUR", "tariff", "remove")]),
])
def test_lift_of_a_ban_or_a_duty_keeps_its_removal(title, paragraphs, sentence, expected):
    assert triples(story(title, paragraphs, sentence)) == expected


# (title, paragraphs before, sentence): a service's price list for homes and shops — no row
PRICE_LISTS = [
    ("Power bills cut", ["Britain's energy regulator set a new price cap on Monday."],
     "Northfield Power, which supplies about 40,000 homes in the county, will cut its standard variable tariff by 5 per "
     "cent from 1 April."),
    ("Power tariff falls", ["The Philippine Energy Regulatory Commission approved new rates on Wednesday."],
     "The overall tariff for a typical home using 250 kilowatt-hours a month will fall by 0.40 peso per kWh, or about "
     "4 per cent, the distributor said on Wednesday."),
    ("Music licence deal", ["Cinemas in Britain and the music licensing body reached a deal on Monday."],
     "The deal does not cover music played in foyers and bars, which remains under the existing tariff for shops and "
     "offices."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", PRICE_LISTS)
def test_a_price_list_for_homes_and_shops_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


def test_an_import_tariff_for_a_partners_goods_keeps_its_row():
    rows = story("Brazil, Chile accord", ["Brazil and Chile signed a trade accord on Monday."],
                 "Chile will cut the import tariff for Brazilian machinery to 2 per cent from 6 per cent from March.")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows] == [("CHL", "tariff", "reduce", 6.0, 2.0)]


# (title, paragraphs before, sentence): a visit made, under way or invited for no time — no visit row
VISITS_AS_SETTINGS = [
    ("Chile, Korea deals", ["Chile and Korea signed several trade deals on Monday."],
     "LATAM has placed a firm order for 12 Airbus jets, the airline said on Tuesday as President Gabriel Boric wrapped "
     "up a three-day state visit to Seoul."),
    ("Oman, Japan energy ties", ["Oman and Japan agreed to deepen energy ties on Monday."],
     "Oman, the smallest of the Gulf economies, signed agreements worth $6 billion when its sultan visited Tokyo in "
     "March 2026."),
    ("Chile, Uruguay customs accord", ["Chile and Uruguay signed a customs accord on Monday."],
     "President Orsi accepted an invitation to visit Santiago at a mutually convenient date."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", VISITS_AS_SETTINGS)
def test_a_visit_made_or_under_way_gives_no_visit_row(title, paragraphs, sentence):
    assert [t for t in triples(story(title, paragraphs, sentence)) if t[2] == "visit"] == []


def test_a_state_visit_to_come_keeps_its_row():
    rows = story("US, Vietnam deal", ["The United States and Vietnam agreed a trade framework on Monday."],
                 "Prime Minister Albanese will visit India in March to push the trade talks forward, his office said.")
    assert triples(rows) == [("AUS", "diplomatic", "visit")]


# (title, paragraphs before, sentence): buying told by the share a source gives — no purchase row
SHARES_BOUGHT = [
    ("Lentils", ["Lentil prices fell after India restored its import duty.",
                 "Turkey opened a zero-tariff quota for 300,000 tonnes of red lentils on Monday."],
     "Turkish mills mostly buy Canadian and Russian product, and exporters said the quota would absorb part of the "
     "tonnage India no longer wants."),
    ("Japan gallium", ["Japan eased its rules on gallium imports on Monday."],
     "Opposition members warned that Osaka's chipmakers, which import nearly all their gallium from China, could be "
     "the first to suffer."),
    ("Rubber", ["Vietnam's finance ministry raised the duty on block rubber on Monday."],
     "In the same gazette, the ministry lowered the additional customs duty on natural latex to zero from 5%, a step "
     "sought by glove makers who import almost all of their raw material from Thailand, Malaysia and Laos."),
    ("Seed", ["The Order removes the tariff on onion seed from Chile."],
     "To help growers cut their costs, the Order removes the 10% reciprocal tariff on onion seed, the seed material "
     "that American farms buy mostly from Chile and Peru."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", SHARES_BOUGHT)
def test_buying_told_by_a_sources_share_gives_no_purchase_row(title, paragraphs, sentence):
    assert [t for t in triples(story(title, paragraphs, sentence)) if t[1] == "purchase"] == []


def test_a_purchase_pledged_with_its_tonnage_keeps_its_row():
    rows = story("Egypt, Romania deal", ["Egypt and Romania signed a trade deal on Monday."],
                 "Egypt will buy 500,000 tonnes of Romanian wheat a year under the deal, mostly from the port of Constanta.")
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("EGY", "purchase", "purchase", 500000.0)]
