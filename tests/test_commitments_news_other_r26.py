"""Round 26: news rows of the other categories (purchase, export control) the extractor missed entirely.

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def rows(found, category: str | None = None) -> list[tuple]:
    """(actor, category, action, amount, unit) of each row, sorted; only ``category`` when given."""
    return sorted((r.actor or "", r.category, r.action, r.amount, r.unit) for r in found
                  if category is None or r.category == category)


LIMA_LEAD = "LIMA, Nov 3 (Wire) - Peru will raise its import duty on Chilean wine to 25% from 15%, the trade ministry said."
CANBERRA_LEAD = ("CANBERRA, Nov 3 (Wire) - Australia and Peru agreed on Tuesday to cut tariffs on wool and copper "
                 "concentrate, the Australian government said.")


# 1. A state buyer named by its role, not its country, buys for the government of the story's dateline (guide:
#    state companies act for their country): "its state buying agency", "the state-owned X Company", "State buyers
#    X and Y"; a tonnage booked is bought.
def test_a_state_buying_agency_named_by_its_role_buys_for_the_dateline_government():
    found = story(CANBERRA_LEAD,
                  "Its state buying agency will also take at least 80,000 tonnes of Peruvian quinoa a year, the "
                  "statement said.")
    assert ("AUS", "purchase", "purchase", 80000.0, "tonnes") in rows(found, "purchase")


def test_a_state_owned_company_with_a_long_name_in_a_reported_clause():
    found = story(LIMA_LEAD,
                  "The minister said the state-owned Andes Grain and Milling Company would import 120,000 tonnes of "
                  "Argentine maize by March.")
    assert rows(found, "purchase") == [("PER", "purchase", "purchase", 120000.0, "tonnes")]


def test_state_buyers_named_before_their_names_book_a_tonnage():
    found = story(LIMA_LEAD,
                  "State buyers Agroperu and Granosur booked about 310,000 tonnes of Bolivian soy meal last month, "
                  "two traders said.")
    assert rows(found, "purchase") == [("PER", "purchase", "purchase", 310000.0, "tonnes")]


def test_the_kingdoms_authority_buys_for_the_kingdom_named_before():
    found = story("Thailand agreed on Monday to open its market to Peruvian blueberries during a visit by Peru's "
                  "foreign minister.",
                  "The kingdom's Rice Reserve Authority also agreed to buy 90,000 tonnes of Peruvian maize over two "
                  "years.")
    assert ("THA", "purchase", "purchase", 90000.0, "tonnes") in rows(found, "purchase")


def test_a_company_not_named_as_the_states_stays_silent():
    # no "state": a firm of no known country, no government's pledge
    found = story(LIMA_LEAD, "The Andes Grain and Milling Company would import 120,000 tonnes of maize by March.")
    assert rows(found, "purchase") == []


def test_booked_without_a_tonnage_is_no_purchase():
    found = story(LIMA_LEAD, "State miner Minsur booked a profit of $40 million last quarter, traders said.")
    assert rows(found, "purchase") == []


def test_traders_giving_a_view_still_silence_the_sentence():
    # a forecast, not a trade booked: the outside voice's view stays no row
    found = story(LIMA_LEAD, "Peru will buy about 200,000 tonnes of wheat next year, traders said.")
    assert rows(found, "purchase") == []


# 2. A country's own exports stopped, the goods named before the noun or sent to a named place: an export control
#    `restrict` (guide: a ban or a halt of exports restricts them), not an import ban nor `other` `suspend`.
def test_goods_exports_banned_are_an_export_control():
    found = story(LIMA_LEAD, "Peru last banned potato exports in March 2022, when frost cut the harvest.")
    assert rows(found, "export_control") == [("PER", "export_control", "restrict", None, None)]
    assert rows(found, "import_restriction") == []


def test_goods_exports_halted_for_a_term_are_restricted_not_suspended():
    found = story(LIMA_LEAD, "Peru will halt fishmeal exports for 60 days to rebuild anchovy stocks.")
    assert rows(found, "export_control") == [("PER", "export_control", "restrict", None, None)]
    assert [r for r in found if r.category == "other"] == []


def test_the_government_last_banned_under_a_dateline():
    found = story(LIMA_LEAD, "The government last banned avocado exports in 2021.")
    assert ("PER", "export_control", "restrict", None, None) in rows(found)


def test_goods_sent_to_a_named_country_stopped_are_an_export_control():
    found = story(LIMA_LEAD, "Peru halted sales of copper cathodes and zinc to Bolivia in May, the ministry said.")
    assert rows(found, "export_control") == [("PER", "export_control", "restrict", None, None)]


def test_goods_of_a_named_origin_stopped_stay_the_import_side():
    found = story(LIMA_LEAD, "Peru banned shipments of Chilean apples last year.")
    assert rows(found, "export_control") == []


def test_exports_as_a_modifier_are_not_stopped_goods():
    found = story(LIMA_LEAD, "Peru will limit fishmeal exports revenue transfers abroad, the ministry said.")
    assert rows(found, "export_control") == []


# 3. Goods let in by the importing side's approval: "allow / approve imports of X (from Y)" is market access eased
#    (guide rule 14), the importing government's row.
def test_imports_of_goods_allowed_are_market_access_eased():
    found = story(LIMA_LEAD, "Peru will also allow imports of fresh, chilled lamb from Uruguay from next year.")
    assert rows(found, "market_access") == [("PER", "market_access", "relax", None, None)]


def test_imports_approved_from_named_plants():
    found = story(LIMA_LEAD, "Weeks earlier, Peru approved imports of powdered milk from three more Bolivian dairies.")
    assert rows(found, "market_access") == [("PER", "market_access", "relax", None, None)]


def test_allow_without_imports_keeps_its_old_reading():
    # "allow" alone is no goods let in: nothing new here
    found = story(LIMA_LEAD, "Peru will allow its importers more time to file customs papers, the ministry said.")
    assert rows(found, "market_access") == []
