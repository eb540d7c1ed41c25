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
