"""Round 29 (N2): news rows missed entirely because the party was not found — a country's agency or company named
after its possessive ("Peru's Plant Health Authority", "Vietnam's state rice buyer", "Norway's NBIM has pledged").

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from tests.test_commitments_news2_r28 import rows, story


# 1. A country's agency by its head noun after the possessive acts for the country (as "X's ministry" does): its name
#    capitalised ("Peru's National Agrarian Health Service", "Chile's Livestock Service") or its field in lower case
#    ("Ghana's food and drugs authority").
def test_a_countrys_capitalised_authority_acts_for_it():
    text = "Peru's National Agrarian Health Authority suspended imports of Bolivian poultry on Tuesday."
    assert rows(story(text), text) == [("PER", "import_restriction", "restrict", None, None)]


def test_a_countrys_agency_in_lower_case_acts_for_it():
    text = "Ghana's food and drugs authority banned imports of Togolese frozen chicken last week."
    assert rows(story(text), text) == [("GHA", "import_restriction", "restrict", None, None)]


def test_a_countrys_purchasing_board_buys_for_it():
    text = "Egypt's Supply Commodities Board agreed to buy 400,000 tonnes of Romanian wheat this season."
    assert rows(story(text), text) == [("EGY", "purchase", "purchase", 400000.0, "tonnes")]


# 2. A buyer named by its trade in lower case before its role ("Vietnam's state rice buyer", "Japan's biggest LNG
#    importer") buys for its country; a company's own name after the possessive, subject of a pledge, pledges for it.
def test_a_state_buyer_named_by_its_trade_buys_for_its_country():
    text = "Vietnam's state rice buyer agreed to buy 200,000 tonnes of Cambodian paddy over two years."
    assert rows(story(text), text) == [("VNM", "purchase", "purchase", 200000.0, "tonnes")]


def test_a_company_named_after_its_countrys_possessive_invests_for_it():
    text = "Norway's NBIM will invest $900m in Kenyan solar farms over five years."
    assert rows(story(text), text) == [("NOR", "investment", "invest", 900000000.0, "usd")]


# negative cases: the possessive still marks an owner when no body or buyer heads the subject
def test_a_countrys_measure_is_no_agency():
    text = "Peru's health rules for Bolivian poultry were discussed at length by both delegations."
    assert rows(story(text), text) == []


def test_a_country_s_figures_from_an_agency_state_nothing():
    text = "Ghana's statistics service said cocoa exports fell by a tenth last year."
    assert rows(story(text), text) == []


# 3. The importing side clears the other side's plants to ship to it ("approved 9 more Uruguayan beef plants",
#    "will register 25 more Peruvian grape packhouses", "renew the export registrations of 60 Canadian pork plants"):
#    market access eased (guide rule 14), the plants' origin named by its adjective.
def test_plants_approved_to_ship_ease_market_access():
    text = "Vietnam approved nine more Uruguayan beef plants to ship chilled cuts from next month."
    assert rows(story(text), text) == [("VNM", "market_access", "relax", None, None)]


def test_packhouses_registered_ease_market_access():
    text = "Thailand's plant quarantine agency will register 25 more Peruvian grape packhouses, officials said."
    assert rows(story(text), text) == [("THA", "market_access", "relax", None, None)]


def test_export_registrations_renewed_ease_market_access():
    text = "Japan will renew the export registrations of 60 Canadian pork plants before their licences lapse."
    assert rows(story(text), text) == [("JPN", "market_access", "relax", None, None)]


def test_plants_of_no_named_origin_or_a_tariff_approved_stay_as_they_were():
    text = "The board approved two new plants for the company's expansion at home."
    assert rows(story(text), text) == []
    text = "Chile's Senate approved tariffs of up to 30% on Argentine steel."
    assert rows(story(text), text) == [("CHL", "tariff", "impose", None, "percent")]


# 4. A ban or restrictions on goods named only by another country's adjective ("its ban on Ugandan chicks", "its
#    remaining restrictions on Peruvian mangoes"): the banning side's import restriction (guide rule 13).
def test_restrictions_lifted_on_goods_named_by_their_origin_are_an_import_restriction():
    text = "Chile lifted its remaining restrictions on Peruvian mangoes on Monday."
    assert rows(story(text), text) == [("CHL", "import_restriction", "remove", None, None)]


def test_a_ban_on_goods_named_by_their_origin_kept_in_place_is_an_import_restriction():
    text = "Tanzania will lift its ban on Zambian chicks once the outbreak is contained."
    assert rows(story(text), text) == [("TZA", "import_restriction", "remove", None, None)]


def test_restrictions_on_a_countrys_investors_or_apps_are_no_import_restriction():
    text = "Chile eased restrictions on Peruvian investors in fishing."
    assert all(row[1] != "import_restriction" for row in rows(story(text), text))
    text = "Tanzania lifted its ban on Kenyan apps last week."
    assert rows(story(text), text) == []
