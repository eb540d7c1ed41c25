"""Round 31 (MT): a rate kept, and a change of a party's own measure refused.

Goods that go on paying a rate ("will keep paying", "continue to pay", "remain at") are the levier's `maintain` row
at that rate; a party that rules out a change of its own measure told by the change's noun ("ruled out any cut in
its 20% duty") gives that change as a `rejected` row of its own, the rate named its earlier level (convention 10).
Our own sentences; silent cases for each reader.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, levels_of, rows_of

ON = datetime(2027, 11, 30)

BUDGET = ("LUSAKA, Nov 3 (Wire) - Zambia raised the import duty on frozen chicken to 40 percent from 25 percent in "
          "its budget on Thursday.")


def story(*paragraphs: str):
    return bylined_story(*paragraphs, published_at=ON, title="Budget round-up")


def kept(found):
    return [r for r in rows_of(found) if r[2] == "maintain"]


# Goods that keep paying: "keep" + the paying gerund is the pay verb's row, kept.
def test_goods_that_will_keep_paying_a_bare_rate_keep_it():
    found = story(BUDGET, "Imported onions will keep paying 15 percent, the finance minister said.")
    assert kept(found) == [("ZMB", "tariff", "maintain", 15.0, None, "percent")]


def test_keeping_an_idiom_or_a_figure_is_no_row():
    found = story(BUDGET, "Importers will keep paying close attention to the exchange rate, the minister said.")
    assert kept(found) == []
    found = story(BUDGET, "Households will keep paying 15 percent more for bread this year, the minister said.")
    assert kept(found) == []


# Goods of a story of tariffs that still pay a bare rate, whatever the goods are called.
def test_goods_that_continue_to_pay_a_bare_rate_keep_it():
    found = story(BUDGET, "Assembled tricycles continue to pay 30 percent.")
    assert kept(found) == [("ZMB", "tariff", "maintain", 30.0, None, "percent")]


def test_firms_or_consumers_that_continue_to_pay_are_no_row():
    found = story(BUDGET, "Consumers continue to pay 30 percent.")
    assert kept(found) == []
    found = story(BUDGET, "Small traders continue to pay 30 percent.")
    assert kept(found) == []


def test_a_bare_rate_paid_in_a_story_of_no_tariff_is_no_row():
    found = story("LUSAKA, Nov 3 (Wire) - Zambia's central bank left its policy unchanged on Thursday.",
                  "Assembled tricycles continue to pay 30 percent.")
    assert kept(found) == []


# Goods that remain at a bare rate, in a story that told a tariff.
def test_goods_that_remain_at_a_bare_rate_keep_it():
    found = story("DODOMA, June 12 (Wire) - Tanzania will raise the import duty on crude edible oil to 35 percent from 25 "
                  "percent, the finance minister told parliament.",
                  "Industrial sugar pays 10 percent under the new schedule.", "Household sugar remains at 100 percent.")
    assert kept(found) == [("TZA", "tariff", "maintain", 100.0, None, "percent")]


def test_goods_at_a_bare_rate_in_a_story_of_no_tariff_are_no_row():
    found = story("LUSAKA, Nov 3 (Wire) - Zambia's central bank left its policy unchanged on Thursday.",
                  "Refined sugar remains at 60 percent.")
    assert kept(found) == []


# A change of the party's own measure refused, told by the change's noun.
def test_a_cut_ruled_out_in_its_own_rated_tariff_is_a_rejected_reduce_from_that_rate():
    found = story("JAKARTA, Nov 3 (Wire) - Indonesia and the EU opened a new round of trade talks on Monday.",
                  "Jakarta ruled out any cut in its 25% tariff on sugar during the talks.")
    rejected = [r for r in found if r.status == "rejected"]
    assert levels_of(rejected) == [("IDN", "EUN", "tariff", "reduce", 25.0, None)]


def test_an_increase_ruled_out_by_a_named_party_is_a_rejected_raise():
    found = story("NAIROBI, Nov 3 (Wire) - Kenya presented its budget on Thursday.",
                  "Kenya ruled out any increase in its import duty on wheat this year.")
    assert [(r.actor, r.category, r.action, r.status) for r in found if r.status == "rejected"] == [
        ("KEN", "tariff", "raise", "rejected")]


def test_a_refusal_of_another_partys_measure_or_of_a_non_trade_rate_is_no_rejected_row_of_this_reader():
    found = story("NAIROBI, Nov 3 (Wire) - Kenya presented its budget on Thursday.",
                  "The central bank ruled out a cut in interest rates.")
    assert [r for r in found if r.status == "rejected"] == []
    found = story("NAIROBI, Nov 3 (Wire) - Kenya presented its budget on Thursday.",
                  "Kenya ruled out any increase in the price of maize meal.")
    assert [r for r in found if r.status == "rejected"] == []
