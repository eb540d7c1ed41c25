"""Round 31 (FB): firms and state companies as buyers and investors, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
NORWAY = "Fact Sheet: President Donald J. Trump Secures Energy and Investment Commitments from Norway"
PERU = "Fact Sheet: President Donald J. Trump Secures Billions in Deals During Visit to Peru"


def rows_of(texts, title=NORWAY, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r31-fb")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, amount, unit."""
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows)


# 1. Supply contracts signed in the plural after their kind, no article: the signers' purchase of the quantity
# (guide rule 25, convention 3: a partner's companies buy for it).
def test_long_term_contracts_in_the_plural_are_a_purchase():
    rows = rows_of(["Norwegian utilities will sign long-term contracts for 2 million tonnes of American liquefied "
                    "natural gas a year, delivered through the Oslofjord terminal."])
    assert seen(rows) == [("NOR", "purchase", "purchase", 2_000_000.0, "tonnes")]


def test_offtake_contracts_for_a_yearly_quantity():
    rows = rows_of(["Norwegian battery makers have signed offtake contracts for at least 8,000 tonnes a year of "
                    "American graphite."])
    assert seen(rows) == [("NOR", "purchase", "purchase", 8_000.0, "tonnes")]


def test_leasing_or_cooperation_agreements_buy_nothing():
    rows = rows_of(["Fjordfly purchased four Boeing 737-8 aircraft and signed long-term leasing agreements for "
                    "additional aircraft valued at $300 million.",
                    "The two governments signed agreements for cooperation on offshore wind."])
    assert not [r for r in rows if r.category == "purchase" and r.amount == 300_000_000.0]
    assert not [r for r in rows if "offshore wind" in (r.evidence or "") and r.category == "purchase"]


# 2. A firm named by its own name (one to three capitalised words, after a legal prefix) spending on, building or
# putting money into a plant in the United States: the partner's investment (convention 3, guide rule 1).
def test_a_named_firm_spending_on_a_us_plant_invests_for_the_partner():
    rows = rows_of(["Nordvik will spend $400 million to expand its valve production in Greenville, South Carolina, "
                    "creating 500 jobs."])
    assert seen(rows) == [("NOR", "investment", "invest", 400_000_000.0, "usd")]


def test_a_firm_of_three_words_building_a_us_plant():
    rows = rows_of(["PT Sumber Baja Raya intends to build a $2.5 billion steel plant on the Texas Gulf Coast."],
                   title="Fact Sheet: President Donald J. Trump Secures Billions in Deals During Visit to Indonesia")
    assert seen(rows) == [("IDN", "investment", "invest", 2_500_000_000.0, "usd")]


def test_a_firm_named_with_initials_and_a_dash_invests_for_the_partner():
    rows = rows_of(["K.B. Lund – Nordfrakt will invest $600 million to expand a container terminal in Louisiana."])
    assert seen(rows) == [("NOR", "investment", "invest", 600_000_000.0, "usd")]


def test_a_firm_named_by_its_acronym_buys_for_the_partner():
    rows = rows_of(["To that end, NGK intends to sign long-term contracts for 1 million tonnes a year of liquefied "
                    "natural gas from the United States.",
                    "NGK will also buy $300 million worth of Westinghouse fuel assemblies for its research reactor."])
    assert seen(rows) == [("NOR", "purchase", "purchase", 1_000_000.0, "tonnes"),
                          ("NOR", "purchase", "purchase", 300_000_000.0, "usd")]


def test_an_agency_acronym_is_no_partners_firm():
    rows = rows_of(["USAID will purchase 50,000 tonnes of American wheat for food aid in East Africa."])
    assert [r for r in rows if r.actor == "NOR"] == []


def test_a_firm_spending_at_home_or_an_office_holder_makes_no_row():
    assert rows_of(["Nordvik will spend $400 million on a new plant in Bergen."]) == []
    assert [r for r in rows_of(["Prime Minister Haugen will spend $400 million on a new plant in Ohio."])
            if r.category == "investment" and r.actor == "NOR"] == []
