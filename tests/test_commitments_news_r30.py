"""Round 30: news rows missed entirely, our own sentences (NS)."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, levels_in

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def resumed(rows):
    """(actor, category, action, value_to, status) of the `resume` rows, sorted."""
    return sorted((r.actor, r.category, r.action, r.value_to, r.status) for r in rows if r.action == "resume")


# A measure put back with the particle after its object ("put the 20% surcharge back"): the separable form of
# "put back", a measure brought back (`resume`), as "reinstate" or "bring back".
def test_rated_duty_put_back_on_a_partners_goods():
    rows = story("Kenya's cabinet voted on Monday to put a 35 percent duty back on Ugandan sugar from March 1.")
    assert resumed(rows) == [("KEN", "tariff", "resume", 35.0, "announced")]
    assert levels_in(rows, "put a 35 percent duty back") == [("KEN", "tariff", "resume", None, 35.0)]


def test_surcharge_put_back_on_a_condition_is_held_out():
    rows = story("Peru's trade minister said Lima would put the 20% surcharge on Chilean wine back if Santiago "
                 "kept its new quota on Peruvian grapes.")
    assert resumed(rows) == [("PER", "tariff", "resume", 20.0, "threatened")]


def test_duties_put_back_with_no_rate():
    rows = story("Ecuador said on Friday it would put duties back on Colombian rice next month.")
    assert resumed(rows) == [("ECU", "tariff", "resume", None, "announced")]


# A reinstatement a modal holds out on a condition is `threatened` (guide: a reinstatement held out is `resume`
# `threatened`, conditional), for the contiguous "bring back" too; a date set with no condition stays announced.
def test_contiguous_bring_back_on_a_condition_is_held_out():
    rows = story("Canada could bring back its 25% duty on U.S. aluminium if Washington failed to lift its own "
                 "duties by June, the finance minister said.")
    assert resumed(rows) == [("CAN", "tariff", "resume", 25.0, "threatened")]


def test_reinstatement_with_no_condition_stays_announced():
    rows = story("Canada will bring back its 25% duty on U.S. aluminium on June 1, the finance minister said.")
    assert resumed(rows) == [("CAN", "tariff", "resume", 25.0, "announced")]


# Silent: a date put back is a delay, goods or people put back are no measure.
def test_a_date_put_back_is_no_measure_resumed():
    rows = story("Ghana's finance ministry agreed to put the start of the cocoa levy back by three months.")
    assert resumed(rows) == []


def test_goods_put_back_on_shelves_are_no_measure():
    rows = story("Ontario will put Californian wine back on the shelves of its liquor stores next week.")
    assert resumed(rows) == []
