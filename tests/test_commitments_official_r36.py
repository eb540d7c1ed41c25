"""Round 36 (issue 4), OS: a partner's rate or ceiling on an official page told with no tariff verb the readers knew —
"For <partner>, the rate will be N%", "<partner> will see a N% rate", goods that "remain" / "stay" / "are" capped at a
rate, goods that "will not be charged more than" a rate, goods that go on entering "at the all-inclusive N percent
tariff rate", and a partner's rate at the level of a rate the page gave its own firms (not that row again).

Guide rule 11 (a row per partner whose goods the rate covers), rule 23 (a cap is the rate set: `impose`), convention 2
(a ceiling kept: `maintain`). The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 3)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Garden Tractors into the United States"
LEAD = "Beginning July 1, 2027, garden tractors will be charged a 25% tariff when they enter the United States."


def fact_sheet(*texts: str):
    return commitments_from([LEAD, *texts], published_at=ON, title=TITLE, article_id="r36-os")


def tariff_rows(text: str, *before: str) -> list[tuple]:
    """(actor, counterparty, action, value_to) of the tariff rows whose evidence is ``text``."""
    return sorted(((r.actor, r.counterparty or "", r.action, r.value_to)
                   for r in fact_sheet(*before, text) if r.category == "tariff" and r.evidence == text), key=str)


BATTERY = [
    # a partner's rate named by "For <partner>," and a copula (fact sheets: the partner's own rate, not a restatement)
    ("For Switzerland, the rate will be 12%.", [("USA", "CHE", "impose", 12.0)]),
    ("For goods of the Republic of Korea, the tariff will be 15 percent.", [("USA", "KOR", "impose", 15.0)]),
    # the partner that "will see" a rate
    ("Canada, under its 2026 arrangement, will see a 12% rate.", [("USA", "CAN", "impose", 12.0)]),
    ("Australia will see a 10 percent tariff on its tractors.", [("USA", "AUS", "impose", 10.0)]),
    # a ceiling kept ("remains", "stays"), or stated in the present ("is capped")
    ("Tractors from New Zealand remain capped at 10 percent, consistent with the 2025 deal.",
     [("USA", "NZL", "maintain", 10.0)]),
    ("The tariff on most Danish goods entering the United States stays capped at 15 percent.",
     [("USA", "DNK", "maintain", 15.0)]),
    ("Under the framework, the U.S. tariff on Swedish trucks is capped at 15 percent.", [("USA", "SWE", "impose", 15.0)]),
    # the deal's partner named before the tariff is no partner of the goods the tariff is on
    ("Under the framework agreed with the European Union in 2025, the tariff on most Finnish goods entering the United "
     "States stays capped at 15 percent.", [("USA", "FIN", "maintain", 15.0)]),
    # the ceiling told by a negated passive charge
    ("Imports from Korea and Japan will not be charged more than 15 percent in total.",
     [("USA", "JPN", "impose", 15.0), ("USA", "KOR", "impose", 15.0)]),
    ("Mowers from Norway remain capped at 10 percent, and imports from Iceland will not be charged more than 12 percent.",
     [("USA", "ISL", "impose", 12.0), ("USA", "NOR", "maintain", 10.0)]),
    # goods that go on entering at a rate with a word before its figure
    ("Goods from Cyprus will continue to enter the United States at the all-inclusive 15 percent tariff rate agreed "
     "with the European Union.", [("USA", "CYP", "maintain", 15.0)]),
]


@pytest.mark.parametrize("text,expected", BATTERY, ids=[t[:40] for t, _ in BATTERY])
def test_a_partners_rate_without_a_tariff_verb(text, expected):
    assert tariff_rows(text) == expected


def test_a_partners_rate_at_the_level_of_the_firms_rate_is_its_own_row():
    """The page's own firms pay 10% (no partner); a partner that pays 10% too is its own row, not that row again."""
    firms = "Makers that commit to build tractor plants in the United States will pay 10% on complete tractors for two years."
    partner = "Tractors from the United Kingdom will pay 10%."
    rows = fact_sheet(firms, partner)
    got = sorted((r.evidence[:8], r.value_to) for r in rows if r.category == "tariff" and r.value_to == 10.0)
    assert got == [("Makers t", 10.0), ("Tractors", 10.0)]
    assert [r.counterparty for r in rows if r.evidence == partner] == ["GBR"]


NEGATIVES = [
    # "For ..." that names no partner: a period, a product
    "For the first two years, the rate will be 10%.",
    "For spare parts, the rate will be 10%.",
    # "see" a figure that is no rate
    "Consumers in Canada will see a 10% rise in prices.",
    "Exporters in Vietnam will see a 20 percent increase in orders.",
    # "capped" for what is no tariff
    "Interest on the loans to Danish buyers is capped at 5 percent.",
    # "For <partner>," with a figure that is no rate
    "For Japan, the deal will be worth $5 billion.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_partner_rate(text):
    assert tariff_rows(text) == []


def test_a_volume_capped_is_no_rate():
    rows = fact_sheet("Shipments from Mexico remain capped at 50,000 tonnes a year.")
    assert not [r for r in rows if r.category == "tariff" and r.value_to == 50000]
