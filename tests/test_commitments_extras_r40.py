"""Round 40 (issue 4), PX: extra rows (emitted, no gold row) that the guide says are no rows.

- A market opened in general ("has agreed to open its market to American farmers and manufacturers", "will provide
  preferential market access for U.S. goods, including by ...", "committed to dismantle barriers that kept American
  products out"): no goods and no measure named, a summary of the terms the page's items give (guide rule 6; Round
  34: a summary the items break down). Kept: a market opened to named goods ("to American pork"), a refusal of a
  named market, a lead with goods in its examples.
- A market-access lead that closes on a colon ("Morocco commits to address non-tariff barriers that affect U.S.
  exports, including by:", "... will open their markets to American producers:"): the items after it are the rows
  (guide rule 6). Kept: a tariff lead with its rate closing on a colon, the items themselves.
- An ``other`` row beside a row of a named category of the same sentence, party and action, whose own object names
  nothing (a place, a date, "the rest"): the same measure told again, split in two (convention 8). Kept: two
  measures of one sentence ("customs duties on electronic transmissions" and "digital services taxes").

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2028, 3, 1)


def _official(country: str, *paragraphs: str, kinds=None):
    title = f"Fact Sheet: The United States and {country} Reach Agreement on Reciprocal Trade"
    lead = f"Today, the United States and {country} announced a framework for an Agreement on Reciprocal Trade."
    found = commitments_from([lead, *paragraphs], published_at=ON, title=title, article_id="r40-px",
                             kinds=["paragraph", *kinds] if kinds else None)
    return found


def _news(*paragraphs: str):
    return commitments_from(list(paragraphs), published_at=ON, title="Trade news", authors=["A Writer"],
                            article_id="r40-px-news")


def _of(rows, sentence):
    return sorted((r.actor, r.category, r.action) for r in rows if r.evidence == sentence)


# --- a market opened in general: no row; the items after it keep theirs
GENERAL = [
    ("Peru", "In exchange, Peru has agreed to open its market to American farmers, ranchers and manufacturers.",
     "Peru will eliminate its tariffs on U.S. pork and poultry.", ("PER", "tariff", "remove")),
    ("Senegal", "Under the Agreement, Senegal has committed to open Senegal's market to U.S. producers on fair terms.",
     "Senegal will accept vehicles built to U.S. Federal Motor Vehicle Safety Standards without further testing.",
     ("SEN", "market_access", "relax")),
    ("Bhutan", "Bhutan will provide preferential market access for U.S. goods, including by eliminating tariffs on "
               "U.S. machinery and by cutting its duty on U.S. apples.",
     "Bhutan will also recognize the U.S. meat inspection system as equivalent to its own.",
     ("BTN", "market_access", "relax")),
    ("Fiji", "Under the Agreement, Fiji has committed to dismantle barriers that kept American products out of its "
             "market for years.",
     "Fiji will eliminate its import licensing requirement for U.S. poultry.", ("FJI", "import_restriction", "remove")),
]


@pytest.mark.parametrize("country, lead, item, item_row", GENERAL)
def test_a_market_opened_in_general_is_no_row(country, lead, item, item_row):
    rows = _official(country, lead, item)
    assert not [r for r in _of(rows, lead) if r[1] == "market_access"], _of(rows, lead)
    assert item_row in _of(rows, item), _of(rows, item)


@pytest.mark.parametrize("country, sentence, expected", [
    # goods named: a market opened to them is a row
    ("Peru", "Peru will open its market to American pork and beef from plants inspected by USDA.",
     ("PER", "market_access", "relax")),
    # a lead whose examples name goods
    ("Bhutan", "Bhutan will provide preferential market access for U.S. agricultural products, including pork, "
               "dairy products and almonds.", ("BTN", "market_access", "relax")),
])
def test_a_market_opened_to_named_goods_keeps_its_row(country, sentence, expected):
    assert expected in _of(_official(country, sentence), sentence)


def test_a_refused_named_market_keeps_its_row():
    sentence = "Officials said Iceland would not open its lamb market to Argentine exporters under the deal."
    assert ("ISL", "market_access", "relax") in _of(_news(sentence), sentence)


# --- a market-access lead closing on a colon: the items are the rows
@pytest.mark.parametrize("country, lead, item, item_row", [
    ("Morocco", "Morocco commits to address non-tariff barriers that affect U.S. exports, including by:",
     "accepting vehicles built to U.S. Federal Motor Vehicle Safety Standards without additional testing;",
     ("MAR", "market_access", "relax")),
    ("Norway", "Norway and Iceland, which negotiate together, will open their markets to American exporters:",
     "Norway will eliminate tariffs on U.S. frozen fish fillets.", ("NOR", "tariff", "remove")),
])
def test_a_market_access_lead_closing_on_a_colon_is_no_row(country, lead, item, item_row):
    rows = _official(country, lead, item, kinds=["paragraph", "list_item"])
    assert not _of(rows, lead), _of(rows, lead)
    assert item_row in _of(rows, item), _of(rows, item)


def test_a_tariff_lead_with_its_rate_closing_on_a_colon_keeps_its_row():
    lead = "Zambia has already removed its 20 percent duty on U.S. corn, and it has agreed to:"
    rows = _official("Zambia", lead, "eliminate its tariffs on U.S. tractors;", kinds=["paragraph", "list_item"])
    assert ("ZMB", "tariff", "remove") in _of(rows, lead), _of(rows, lead)


# --- an `other` row that repeats a named row of its sentence with an object that names nothing
@pytest.mark.parametrize("before, sentence, kept", [
    ("Indonesia raised its duty on yarn to 30 percent.",
     "Raw wool will stay duty-free, a ministry official told reporters, in a bid to keep weavers supplied.",
     ("IDN", "tariff", "maintain")),
    ("Chile and Peru signed the deal on Monday.",
     "Peru will also hold off on the 15 percent levies it placed on Chilean wine, which likewise stay suspended.",
     ("PER", "tariff", "suspend")),
])
def test_an_other_row_repeating_a_named_row_is_dropped(before, sentence, kept):
    rows = _of(_news(before + " " + sentence), sentence)
    assert kept in rows, rows
    assert not any(r[1] == "other" for r in rows), rows


@pytest.mark.parametrize("country, sentence, other_kept", [
    # the moratorium told again at a place: one measure
    ("Qatar", "Qatar will not impose customs duties on electronic transmissions and will support a permanent "
              "moratorium at the World Trade Organization.", False),
    # two measures of one sentence: both rows
    ("Tonga", "Tonga will not impose customs duties on electronic transmissions and will refrain from imposing "
              "digital services taxes that discriminate against U.S. companies.", True),
])
def test_an_other_row_beside_a_named_row_of_its_sentence(country, sentence, other_kept):
    rows = _of(_official(country, sentence), sentence)
    assert any(r[1:] == ("tariff", "maintain") for r in rows), rows
    assert any(r[1:] == ("other", "maintain") for r in rows) == other_kept, rows


# --- "keep" of an aim or an outcome: goods, plants or a market kept in a state, pressure kept on: no measure kept
@pytest.mark.parametrize("sentence", [
    "The two countries will work together to keep rare earth oxides flowing to allied manufacturers.",
    "Ceylon Electricity Board will purchase 2 million tonnes of U.S. coal over the next four years to keep its older "
    "power plants running while new solar capacity is built.",
    "The order builds on the President's pledge to keep pressure on Hanoi's state subsidies to its shipyards.",
])
def test_keep_of_an_aim_is_no_maintained_measure(sentence):
    rows = _of(_official("Sri Lanka", sentence), sentence)
    assert not [r for r in rows if r[1:] == ("other", "maintain")], rows


@pytest.mark.parametrize("sentence", [
    "Korea will keep its screen quota for domestic films in place.",
    "Thailand will keep its import licensing requirement for used engines.",
])
def test_a_measure_kept_keeps_its_row(sentence):
    rows = _of(_news("Thailand and Korea signed a trade deal on Monday.", sentence), sentence)
    assert any(r[2] == "maintain" for r in rows), rows


# --- "import" as a facility's modifier: no purchase
@pytest.mark.parametrize("sentence", [
    "The Ghanaian Ministry of Energy will take 3 million tonnes of American LNG over eight years through a new "
    "floating import terminal at Takoradi.",
    "Shortages forced Montevideo to build two LNG import terminals on the River Plate in 2012.",
    "Oman has said it intends to invest in German ammonia import terminals, though no sum was announced.",
])
def test_an_import_terminal_is_no_purchase(sentence):
    rows = _official("Ghana", sentence)
    assert not [r for r in rows if r.evidence == sentence and r.category == "purchase" and r.amount is None
                and (r.subject or "").startswith("terminal")], [(r.actor, r.category, r.subject) for r in rows]


def test_a_purchase_through_an_import_terminal_keeps_its_row():
    sentence = ("Ghanaian power producers have agreed to buy 900,000 tonnes of U.S. liquefied natural gas a year for "
                "ten years, to be delivered through a planned import terminal at Tema.")
    rows = _official("Ghana", sentence)
    assert any(r.category == "purchase" and r.amount == 900000 for r in rows if r.evidence == sentence), \
        [(r.actor, r.category, r.amount) for r in rows]


# --- a partner's duties told only as what exporters have long faced, with no rate: no row
@pytest.mark.parametrize("country, sentence", [
    ("Laos", "Two-way trade reached $900 million last year, but American exporters have long faced high duties and "
             "slow customs clearance in Laos."),
    ("Belize", "The deal gives American ranchers a foothold in a fast-growing market, where American goods have long "
               "faced steep tariffs and red tape."),
])
def test_duties_only_faced_are_no_row(country, sentence):
    rows = _of(_official(country, sentence), sentence)
    assert not [r for r in rows if r[1] == "tariff"], rows


@pytest.mark.parametrize("country, sentence, expected", [
    ("Laos", "American exporters have long faced high duties, and under the Agreement Laos will eliminate its tariffs "
             "on U.S. machinery.", ("LAO", "tariff", "remove")),
    ("Belize", "American poultry exporters have faced a 40 percent duty in Belize since 2019.",
     ("BLZ", "tariff", "impose")),
])
def test_a_change_or_a_rate_beside_duties_faced_keeps_its_row(country, sentence, expected):
    rows = _of(_official(country, sentence), sentence)
    assert expected in rows or any(r[:2] == expected[:2] for r in rows), rows
