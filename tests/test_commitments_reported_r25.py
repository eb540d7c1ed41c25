"""Round 25: commitments in reported speech (news), our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def pledges(rows) -> list[tuple]:
    """(actor, counterparty, category, action, amount, unit) of each purchase or investment row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.amount, r.unit)
                  for r in rows if r.category in ("investment", "purchase"))


# --- a firm's pledge told in its own words: its home named beside it, not in the clause -----------------

def test_a_firm_based_in_a_named_state_pledges_for_its_country():
    rows = story("MAPUTO - Mozambique and the United States signed a package of energy and farm deals on Monday.",
                 "Much of the money comes from Ohio-based Lakeshore Gas, which said it would invest $3 billion in a "
                 "terminal at Nacala, with a final decision due next year.")
    assert ("USA", "MOZ", "investment", "invest", 3e9, "usd") in pledges(rows)


def test_a_firm_named_as_part_of_a_foreign_group_pledges_for_that_country():
    rows = story("HANOI - Vietnam and the United States signed deals worth $20 billion during a state visit.",
                 "Shipping line Halong Marine, part of Vietnam's Bach Dang group, said it would invest $400 million "
                 "in a container depot in Georgia.")
    assert ("VNM", "USA", "investment", "invest", 4e8, "usd") in pledges(rows)


def test_a_firm_whose_home_no_country_name_gives_is_the_partners_in_a_us_story():
    rows = story("ANKARA - Turkey and the United States announced a string of deals during a state visit.",
                 "Separately, Ege Cable, an Izmir-based maker of copper wire, said it would spend $300 million on a new "
                 "plant in South Carolina.")
    assert ("TUR", "USA", "investment", "invest", 3e8, "usd") in pledges(rows)


def test_money_spent_on_goods_stays_a_purchase():
    rows = story("ANKARA - Turkey and the United States announced a string of deals during a state visit.",
                 "Turkey's flag carrier will spend $2 billion on 12 Boeing jets.")
    assert not [r for r in rows if r.category == "investment"]


def test_a_firm_investing_in_its_own_country_gives_no_partner_pledge():
    rows = story("HANOI - Vietnam and the United States signed deals worth $20 billion during a state visit.",
                 "Ohio-based Lakeshore Gas said on Monday that it would invest $3 billion in a terminal in Louisiana.")
    assert ("VNM", "USA", "investment", "invest", 3e9, "usd") not in pledges(rows)
