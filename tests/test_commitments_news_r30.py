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


def controls(rows):
    """(actor, action, amount) of the `export_control` rows, sorted."""
    return sorted((r.actor, r.action, r.amount) for r in rows if r.category == "export_control")


# A party allowing its own goods out: its export controls (guide rule 15). Allowed again or to resume, the ban ends
# (`remove`); allowed only up to a size, a cap (`restrict`); allowed with no such word, eased (`relax`).
def test_exports_allowed_to_resume_end_the_ban():
    rows = story("Ghana will allow cashew exports to resume on March 1 after a six-month ban, the trade ministry said.")
    assert controls(rows) == [("GHA", "remove", None)]


def test_exports_let_again_end_the_ban():
    rows = story("Vietnam will let rice exports resume next month, the trade ministry said on Friday.")
    assert controls(rows) == [("VNM", "remove", None)]


def test_exports_allowed_only_up_to_a_size_are_capped():
    rows = story("Zambia said it would allow exports of only 300,000 tonnes of maize next season, down from 500,000 tonnes.")
    assert controls(rows) == [("ZMB", "restrict", 300000.0)]


def test_exports_allowed_are_eased():
    rows = story("Pakistan will allow the export of 200,000 tonnes of sugar this season, the commerce ministry said.")
    assert controls(rows) == [("PAK", "relax", 200000.0)]


# Silent: firms allowed to sell abroad, and shipments whose destination is the party itself, are no export control.
def test_exporters_allowed_to_sell_are_no_export_control():
    rows = story("The deal will allow Chilean exporters to sell more cherries in Korea.")
    assert controls(rows) == []


def test_shipments_into_the_party_let_resume_are_no_export_control():
    rows = story("China will let shipments from 30 Chilean packing houses resume next month.")
    assert controls(rows) == []


# The country's full name without "the" before Congo is the Democratic Republic, not the Republic of the Congo.
def test_democratic_republic_of_congo_without_the():
    rows = story("The Democratic Republic of Congo said it would allow exports of only 50,000 tonnes of cobalt next year.")
    assert controls(rows) == [("COD", "restrict", 50000.0)]
