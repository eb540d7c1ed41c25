"""Round 34: extra rows — a duty told again, purchases told as trade history.

A duty the story gave before, told again by a definite noun with no figure of its own ("The duties, published in the
gazette, take effect on March 10"; "Companies that did not cooperate will pay the top rate") is the same measure
mentioned again (convention 8: one row, the first evidence; guide rule 3: which exporters pay which rate is the duty's
scope). Purchases told for a past year, as a flow's breakdown or as a habit ("bought 1.8 million tonnes in the year to
June 2026", "the bulk of it Kenyan purchases of ...", "mills mostly buy Russian wheat") are trade statistics, no
party's purchase (guide rule 2). Our own sentences; silent cases and kept rows.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 3, 1)
LEAD = "Chile will impose anti-dumping duties of 12% to 31% on steel pipes from China, the finance ministry said on Monday."


def story(sentence: str, lead: str = LEAD):
    """Rows of a two-paragraph story (a byline: the news register) whose second paragraph is ``sentence``."""
    return [r for r in commitments_from([lead, sentence], published_at=ON, title="Chile sets pipe duties",
                                        authors=["A Writer"]) if r.evidence == sentence]


# the battery of the duty told again: these read a row on a7e5e58
DUTY_TOLD_AGAIN = [
    "The duties, published in the official journal on Friday, take effect on March 10.",
    "The final duty takes effect immediately.",
    "The levy, which was published in the Diario Oficial, will take effect next week and will apply for five years.",
    "Companies that did not cooperate with the investigation will pay the top rate.",
    "The highest rate falls on exporters that declined to answer the questionnaire.",
    "Tianjin Pipe Corp was assigned the lowest rate, while all other Chinese producers face the highest duty.",
    "Exporters that did not cooperate with the Chilean probe will face the steepest rate, the ministry said.",
]
# the rest of that battery, which a7e5e58 already left silent (kept silent)
DUTY_TOLD_AGAIN_SILENT = [
    "That duty comes into force on April 1, according to the decree.",
    "The provisional duties, announced late on Friday, took effect on Saturday.",
    "The new tariffs will enter into force once the decree is published.",
    "Chinese mills that refused to cooperate face the maximum rate.",
    "The lowest duty goes to Baosteel, which answered every question from investigators.",
    "According to the ministry, the heaviest rate applies to firms that did not take part in the probe.",
]


@pytest.mark.parametrize("sentence", DUTY_TOLD_AGAIN + DUTY_TOLD_AGAIN_SILENT)
def test_a_duty_told_again_without_a_figure_is_no_row(sentence):
    assert story(sentence) == []


def test_the_lead_keeps_its_row():
    rows = commitments_from([LEAD, DUTY_TOLD_AGAIN[0]], published_at=ON, title="Chile sets pipe duties",
                            authors=["A Writer"])
    assert ("CHL", "tariff", "impose") in triples(rows)


def test_a_duty_told_again_with_a_figure_of_its_own_keeps_its_row():
    rows = story("The duty on Chinese wire rod will also rise to 25% from 10%, officials said.")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows] == [
        ("CHL", "tariff", "raise", 10.0, 25.0)]


def test_a_duty_put_in_force_as_the_first_telling_keeps_its_row():
    # no earlier sentence gave the duty: this one is the first evidence
    sentence = "The safeguard duty of 18% on Chinese steel pipes takes effect on March 10, the ministry said."
    rows = commitments_from(["Chile's copper output rose in January.", sentence], published_at=ON,
                            title="Chile pipes", authors=["A Writer"])
    assert ("CHL", "tariff", "impose") in triples(rows)


KENYA_LEAD = "Kenya will cut its import duty on American wheat to 10% from 35% under a deal signed on Monday, the ministry said."


def kenya_story(sentence: str):
    return [r for r in commitments_from([KENYA_LEAD, sentence], published_at=ON, title="Kenya cuts wheat duty",
                                        authors=["A Writer"]) if r.evidence == sentence]


# the battery of purchases told as trade history: these read a row on a7e5e58
PURCHASE_HISTORY = [
    "Kenya bought about 1.8 million tonnes of wheat in the marketing year to June 2026, most of it from Russia.",
    "Two-way trade stood at $1.2 billion in 2026, the bulk of it Kenyan purchases of American aircraft parts and wheat.",
    "Kenyan flour mills mostly buy Russian and Argentine wheat.",
    "Kenyan processors still buy most of their soybean meal from Tanzania.",
    "Purchases of American wheat by Kenyan millers reached 600,000 tonnes in the year to March 2026.",
]
# the rest of that battery, which a7e5e58 already left silent (kept silent)
PURCHASE_HISTORY_SILENT = [
    "Nairobi imported 900,000 tonnes of American corn in 2025, according to customs data.",
    "Kenyan millers purchased $310 million worth of U.S. grain in 2026, up from $250 million a year earlier.",
    "In 2025, Kenya was the third-largest buyer of U.S. sorghum in Africa, buying about 80,000 tonnes.",
    "The country's state grain board bought roughly 400,000 tonnes of Ukrainian wheat during 2026.",
    "Kenya's tea auctions mainly sell to Pakistan, which typically buys about a third of the crop.",
    "Uganda usually imports its wheat through the port of Mombasa.",
    "Local bakers largely source their flour from Egyptian millers.",
]


@pytest.mark.parametrize("sentence", PURCHASE_HISTORY + PURCHASE_HISTORY_SILENT)
def test_purchases_told_as_trade_history_are_no_row(sentence):
    assert kenya_story(sentence) == []


@pytest.mark.parametrize("sentence, amount", [
    ("Kenya will buy 500,000 tonnes of U.S. wheat a year in 2027 and 2028.", 500000.0),
    ("Kenyan millers agreed to purchase $200 million of American wheat, the ministry said.", 200000000.0),
    ("Kenya still plans to buy 20 Boeing jets for its national carrier.", 20.0),
    ("Kenya bought 12 Boeing jets in 2026 as part of its deal with Washington.", 12.0),
])
def test_a_purchase_pledged_or_tied_to_a_deal_keeps_its_row(sentence, amount):
    rows = kenya_story(sentence)
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("KEN", "purchase", "purchase", amount)]
