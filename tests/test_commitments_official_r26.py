"""Round 26: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 10, 1)
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Kiribati"


def rows_of(texts, title=AGREEMENT, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r26-om")


def parties(rows) -> list[tuple]:
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows)


# 1. A bilateral safeguard: the duty a party may bring back on surging imports. The verb's object may follow a
# phrase set off by commas, the party may be named by its role ("the importing Party", whichever it is), and the
# verb may be coordinated with ending the Agreement.
def test_reinstated_duty_after_a_phrase_set_off_by_commas():
    rows = rows_of(["Where imports of an originating good of the other Party rise so sharply that they seriously harm a "
                    "domestic industry, either Party may reinstate, for that good, the duty it charged before this "
                    "Agreement."])
    assert parties(rows) == [("KIR", "USA", "tariff", "resume"), ("USA", "KIR", "tariff", "resume")]


def test_duty_restored_by_the_importing_party():
    rows = rows_of(["Where an originating good enters in quantities that seriously harm a domestic industry, the importing "
                    "Party may restore the customs duty that applied to that good before this Agreement took effect."])
    assert parties(rows) == [("KIR", "USA", "tariff", "resume"), ("USA", "KIR", "tariff", "resume")]


def test_duties_reimposed_with_ending_the_agreement():
    rows = rows_of(["If Kiribati signs a free trade agreement with a country that threatens essential United States "
                    "interests, the United States may terminate this Agreement on sixty days' notice and reimpose the "
                    "additional duties that applied to goods of Kiribati before this Agreement."])
    assert ("USA", "KIR", "tariff", "resume") in parties(rows)
    assert ("USA", "KIR", "diplomatic", "remove") in parties(rows)


def test_a_phrase_set_off_by_commas_before_no_measure_stays_silent():
    rows = rows_of(["Either Party may restore, for greater certainty, the confidence of its traders through joint outreach."])
    assert [r for r in rows if r.category == "tariff"] == []


def test_the_importing_party_notifying_states_no_measure():
    rows = rows_of(["The importing Party shall notify the other Party in writing of any safeguard investigation it opens."])
    assert [r for r in rows if r.action == "resume"] == []


def test_a_deal_that_opens_markets_stays_the_deals_aim():
    rows = rows_of(["The Agreement will open markets and eliminate barriers for American ranchers."])
    assert rows == []
