"""Round 25: news rows of the other categories (market access, investment, purchase) the extractor missed entirely.

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def rows(found, category: str | None = None) -> list[tuple]:
    """(actor, category, action, amount, unit) of each row, sorted; only ``category`` when given."""
    return sorted((r.actor or "", r.category, r.action, r.amount, r.unit) for r in found
                  if category is None or r.category == category)


# 1. Services suppliers' papers recognised and professionals let practise (guide rule 14: recognition is
#    market access relax); "each side" is a row per party.
def test_each_side_recognises_the_others_professional_qualifications():
    found = story("OSLO - Norway and Canada signed a services pact on Tuesday.",
                  "Under the pact each side will recognise the other's professional qualifications, so a nurse "
                  "trained in Bergen can work in Halifax.")
    assert ("NOR", "market_access", "relax", None, None) in rows(found)
    assert ("CAN", "market_access", "relax", None, None) in rows(found)


def test_a_pharmacopoeia_recognised_is_market_access():
    found = story("SEOUL - South Korea and Peru upgraded their trade agreement on Friday.",
                  "Lima also agreed to recognise Korea's pharmacopoeia, which lets Korean generic medicines be "
                  "registered in Peru within 60 days.")
    assert ("PER", "market_access", "relax", None, None) in rows(found)


def test_professionals_let_practise_under_home_titles():
    found = story("OSLO - Norway and Canada signed a services pact on Tuesday.",
                  "Each side will let the other's accountants and engineers practise under their home titles.")
    assert rows(found, "market_access") == [("CAN", "market_access", "relax", None, None),
                                            ("NOR", "market_access", "relax", None, None)]


def test_recognising_the_importance_of_services_is_no_row():
    found = story("OSLO - Norway and Canada signed a services pact on Tuesday.",
                  "Both ministers recognised the importance of services for their economies.")
    assert rows(found, "market_access") == []


def test_lawyers_let_keep_a_title_name_no_access():
    found = story("OSLO - Norway and Canada signed a services pact on Tuesday.",
                  "Canada will let Norwegian lawyers keep their titles on business cards.")
    assert rows(found, "market_access") == []


# 2. A firm's home told before its pledge (convention 3: its country's pledge), a plant built for a stated sum,
#    and money spent on a plant: investments.
def test_a_us_state_based_firm_invests_for_the_united_states():
    found = story("MAPUTO - Mozambique and the United States signed investment deals during a state visit.",
                  "Most of the money comes from Ohio-based Lakeshore Metals, which said it would invest $3 billion "
                  "in a smelter near Beira.")
    assert ("USA", "investment", "invest", 3e9, "usd") in rows(found)


def test_a_unit_of_a_named_countrys_group_invests_for_that_country():
    found = story("HANOI - Vietnam and the United States signed deals during a state visit on Monday.",
                  "Solar maker SunRiver, part of Vietnam's Hoa Binh group, said it would invest $800 million in a "
                  "plant in Georgia.")
    assert ("VNM", "investment", "invest", 8e8, "usd") in rows(found)


def test_a_plant_built_for_a_stated_sum_is_an_investment():
    found = story("PARIS - India and France signed deals during a state visit on Monday.",
                  "Voltara, the battery arm of India's Mehta group, said it would build a €2-billion cell plant "
                  "near Lille.")
    assert ("IND", "investment", "invest", 2e9, "eur") in rows(found)


def test_building_a_deal_is_no_investment():
    found = story("PARIS - India and France signed deals during a state visit on Monday.",
                  "The two sides will build a deal on wine next year.")
    assert rows(found, "investment") == []


def test_money_spent_on_a_new_mill_is_invested_not_bought():
    found = story("WASHINGTON - Turkey and the United States signed deals during a state visit on Monday.",
                  "Turkish companies will spend $600 million on a new mill near Houston.")
    assert rows(found, "investment") == [("TUR", "investment", "invest", 6e8, "usd")]
    assert rows(found, "purchase") == []


def test_money_spent_on_goods_stays_a_purchase():
    found = story("WASHINGTON - Turkey and the United States signed deals during a state visit on Monday.",
                  "Turkey will spend $2 billion on American wheat.")
    assert rows(found) == [("TUR", "purchase", "purchase", 2e9, "usd")]


def test_put_up_to_a_sum_into_plants_is_an_investment():
    found = story("LA PAZ - Bolivia and the United States signed a trade deal on Monday.",
                  "U.S. investors will put up to $900 million into three lithium plants in Bolivia.")
    assert ("USA", "investment", "invest", 9e8, "usd") in rows(found)


def test_put_up_tariffs_stays_a_levy():
    found = story("LA PAZ - Bolivia and the United States signed a trade deal on Monday.",
                  "Bolivia has put up tariffs on imported tyres.")
    assert rows(found, "investment") == []


# 3. Purchases a named firm makes: "Air India" is the airline (no person's name), a firm's possessive order,
#    a volume taken told in words.
def test_air_india_buys_for_india():
    found = story("WASHINGTON - India and the United States signed deals during a state visit on Monday.",
                  "Air India will buy 30 Boeing jets, the White House said.")
    assert rows(found) == [("IND", "purchase", "purchase", 30.0, "units")]


def test_a_firms_possessive_order_is_its_countrys_purchase():
    found = story("DOHA - Qatar and the United States signed deals during a state visit on Monday.",
                  "The visit, which the White House called historic, was capped by Qatar Airways' order for 40 "
                  "Boeing jets.")
    assert ("QAT", "purchase", "purchase", 40.0, "units") in rows(found)
    assert "USA" not in {r.actor for r in found if r.category == "purchase"}


def test_a_court_order_is_no_purchase():
    found = story("DOHA - Qatar and the United States signed deals during a state visit on Monday.",
                  "The company's order for 30 days of silence was lifted by the court.")
    assert rows(found, "purchase") == []


def test_a_volume_taken_told_in_words_is_a_purchase():
    found = story("WASHINGTON - Turkey and the United States signed deals during a state visit on Monday.",
                  "Turkey agreed to take four million barrels of American crude over the next year.")
    assert rows(found) == [("TUR", "purchase", "purchase", None, None)]


def test_taking_years_is_no_purchase():
    found = story("WASHINGTON - Turkey and the United States signed deals during a state visit on Monday.",
                  "Turkey said the approval could take two years.")
    assert rows(found, "purchase") == []


# 4. Import-side checks and papers eased (guide rule 13: `import_restriction` `relax`): checks named by their kind,
#    the papers a shipment needs to come in, goods let in without a permit; customs clearance stays market access.
def test_quarantine_checks_streamlined_are_an_import_requirement_eased():
    found = story("HANOI - Vietnam and Australia upgraded their trade pact on Monday.",
                  "Hanoi will streamline quarantine checks on Australian citrus, cutting the wait at its ports to "
                  "three days.")
    assert ("VNM", "import_restriction", "relax", None, None) in rows(found)


def test_paperwork_needed_to_bring_goods_in_is_import_side():
    found = story("SEOUL - South Korea and Canada held farm talks on Monday.",
                  "The agriculture ministry said it would streamline the paperwork needed to bring in Canadian hay.")
    assert ("KOR", "import_restriction", "relax", None, None) in rows(found)


def test_goods_let_in_without_an_import_permit():
    found = story("NAIROBI - Kenya and the United States signed a trade deal on Monday.",
                  "Kenya also agreed to let U.S. eggs in without the import permit it now requires.")
    assert ("KEN", "import_restriction", "relax", None, None) in rows(found)


def test_customs_clearance_sped_up_stays_market_access():
    found = story("NAIROBI - Kenya and the United States signed a trade deal on Monday.",
                  "Kenya will streamline customs clearance for shipments from the United States.")
    assert rows(found, "import_restriction") == []


def test_a_visitor_let_in_without_a_visa_is_no_trade_row():
    found = story("NAIROBI - Kenya and the United States signed a trade deal on Monday.",
                  "The band was let in without a visa check, the promoter said.")
    assert rows(found, "import_restriction") == []
