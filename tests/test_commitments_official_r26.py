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


# 2. A fact sheet's bullets on a signed action adjusting imports: a rate moved between two levels with no owner
# named is the signing government's ("the general rate on ... will step up from 25% to 40%"), and a rate followed
# by a participle of movement ("will pay 50%, rising to 75% in 2028") is the rate and its later step.
ADJUSTS = "Fact Sheet: President Donald J. Trump Adjusts Imports of Graphite Electrodes to Protect National Security"
SIGNED = ("Today, President Donald J. Trump signed a Proclamation that places tariffs on imports of graphite electrodes "
          "and products made from them, using his authority under Section 232 of the Trade Expansion Act of 1962.")


def bullets(*entries):
    return rows_of([SIGNED, *entries], ADJUSTS, kinds=["paragraph", *["list_item"] * len(entries)],
                   levels=[0, *[1] * len(entries)])


def steps(rows) -> list[tuple]:
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows
                  if r.category == "tariff" and r.value_to is not None)


def test_general_rate_stepped_up_is_the_signers_raise():
    rows = bullets("The general rate on electrodes and pins will step up from 25% to 40% at the start of 2029, giving "
                   "buyers time to find other suppliers.")
    assert steps(rows) == [("USA", "raise", 25.0, 40.0)]


def test_rates_stepped_up_for_two_goods():
    rows = bullets("On March 1, 2029, the rates step up from 25% to 35% for electrodes and from 20% to 30% for pins, "
                   "a plain signal to build furnaces at home.")
    assert steps(rows) == [("USA", "raise", 20.0, 30.0), ("USA", "raise", 25.0, 35.0)]


def test_rate_paid_then_rising_is_the_rate_and_its_step():
    rows = bullets("Graphite electrodes for arc furnaces will pay 45%, rising to 60% at the start of 2029.")
    assert ("USA", "impose", None, 45.0) in steps(rows)
    assert ("USA", "raise", 45.0, 60.0) in steps(rows)


def test_tariff_faced_then_climbing_is_no_second_rate():
    rows = bullets("Graphite pins will face a 20% tariff, climbing to 35% in 2029.")
    assert ("USA", "raise", 20.0, 35.0) in steps(rows)
    assert ("USA", "impose", None, 35.0) not in steps(rows)


def test_a_statistic_moved_between_levels_stays_silent():
    rows = bullets("The unemployment rate in steel towns fell from 9% to 6% over the past year.")
    assert [r for r in rows if r.value_from is not None] == []


def test_a_share_rising_is_no_tariff_step():
    rows = bullets("Imports took 40% of the market, rising to 55% by last year.")
    assert [r for r in rows if r.action == "raise"] == []
