"""Round 29 (O2): official rows missed entirely, second pass; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
PERU = "Joint Statement on a United States-Peru Framework for Agricultural Trade"
HONDURAS = "Agreement between the United States of America and the Republic of Honduras on Reciprocal Trade"
ESTONIA = "Joint Statement on a United States-Estonia Framework for Transport Cooperation"


def rows_of(texts, title):
    return commitments_from(texts, published_at=ON, title=title, article_id="r29-o2")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, counterparty, category, action, rate, amount and unit."""
    return sorted(((r.actor, r.counterparty, r.category, r.action, r.value_to, r.amount, r.unit) for r in rows), key=repr)


# 1. Goods entering "free of" a named duty: the place entered and the duty's name may run past 40 characters; the
#    verb's category (a duty) holds whatever the goods' description names; such goods are their own row.

def test_goods_that_continue_to_enter_free_of_reciprocal_duties_keep_their_zero():
    # (round 37) kept free of the named reciprocal duty: no zero, so no unit (the written gold's Round 34 pass, the
    # lead's round-37 unit alignment; Round 29 read 0)
    rows = rows_of(["Peruvian blueberries will continue to enter the United States free of reciprocal duties."], PERU)
    assert seen(rows) == [("USA", "PER", "tariff", "maintain", None, None, None)]


def test_goods_meeting_rules_of_origin_that_enter_free_of_a_duty_are_a_tariff_row():
    rows = rows_of(["Knitwear of Honduras that satisfies the rules of origin shall enter free of the additional duty, up "
                    "to an annual volume of 90 million square meter equivalents."], HONDURAS)
    # (round 37) free of the named additional duty: no zero and no unit (guide, Round 33)
    assert seen(rows) == [("USA", "HND", "tariff", "remove", None, None, None)]


def test_goods_entering_free_of_a_duty_waived_before_on_other_goods_are_their_own_row():
    rows = rows_of(["The United States shall waive that additional duty for the goods of Honduras listed in Annex II.",
                    "Apparel of Honduras that meets the rules of origin of the agreement shall enter the United States "
                    "free of the additional duty."], HONDURAS)
    # (round 37) free of the named additional duty: no zero and no unit (guide, Round 33)
    assert seen(rows) == [("USA", "HND", "tariff", "remove", None, None, None),
                          ("USA", "HND", "tariff", "remove", None, None, None)]


def test_a_price_free_of_control_stays_silent():
    rows = rows_of(["Peruvian blueberries will continue to enter the United States market free of any seasonal "
                    "price controls."], PERU)
    assert rows == []


# 2. A count read over a hyphenated adjective: "120 American-built railcars" is 120, not a later count of the object.

def test_count_after_a_hyphenated_origin_is_the_amount_bought():
    rows = rows_of(["Estonia intends to procure at least 60 American-made passenger railcars and three locomotives "
                    "for its national rail operator."], ESTONIA)
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows][:1] == \
        [("EST", "purchase", "purchase", 60.0, "units")]


def test_a_counted_noun_first_keeps_its_count():
    rows = rows_of(["Estonia will buy 30 Boeing 787s and 40 U.S.-made buses."], ESTONIA)
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows][:1] == \
        [("EST", "purchase", "purchase", 30.0, "units")]
