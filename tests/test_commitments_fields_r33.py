"""Round 33: wrong fields on paired rows (issue 4). Our own sentences only.

A new rate told beside the rate the goods pay now, joined by a comparison that says the second rate is the standing
one, is a cut or a raise from that rate (convention 4; guide Round 33 review: the verb's direction, the sentence's
values), not a levy put in place at the new rate:

- "compared with / versus / against" followed by the standing measure named ("the standard tariff of 35%", "the MFN
  tariff of 30 per cent", "the basic rate of 20 percent");
- the same followed by what the goods pay now ("the 20 percent they pay today", "the 25 per cent charged outside the
  quota", "the 16 percent applied since March 2025", "the 10 percent levied until now");
- a multiple of it ("half the 14 percent it pays now", "twice the current 20 per cent").

A rate compared with another party's or another place's ("compared with a 10 percent tariff Mexico charges", "compared
with 35 percent in Nigeria") stays a separate measure.

The battery's shapes not read yet (left for a later round): a multiple led by "a third of the" after a passive with the
country after the rate ("will be taxed at 4% in Pakistan, a third of the 12% it pays today"), and a bare "charge 9
percent on ..." followed by "half the current 18 percent".
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 6, 1)


def fact_sheet(text):
    return commitments_from([text], published_at=ON, title="Fact Sheet: A Reciprocal Trade Deal",
                            article_id="r33-fields-sheet")


def story(text):
    return bylined_story(text, published_at=ON, title="Trade pact signed")


def levels(rows):
    """(category, action, earlier level, new level) of each row, sorted."""
    return sorted((r.category, r.action, r.value_from, r.value_to) for r in rows)


def both_registers(text):
    return levels(fact_sheet(text)), levels(story(text))


# --- compared with the standing measure named ----------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="round 41: the retrained silent detector scores this sentence under both registers' "
                   "thresholds (rounds 26-40's passed it); the guide's row is tariff reduce 35 -> 10")
def test_compared_with_the_standard_tariff_is_a_cut_from_it():
    text = "Under the deal, Kenya will let in Vietnamese rice at a duty of 10%, compared with the standard tariff of 35%."
    assert both_registers(text) == ([("tariff", "reduce", 35.0, 10.0)],) * 2


def test_versus_the_basic_rate_after_a_reported_levy_is_a_cut():
    text = ("Ghana's finance minister said the country would levy a duty of 9 percent on Nigerian cement, versus the "
            "basic rate of 20 percent.")
    assert both_registers(text) == ([("tariff", "reduce", 20.0, 9.0)],) * 2


def test_compared_to_the_mfn_tariff_gives_one_row_not_two_levies():
    text = "Vietnam agreed to apply a duty of 15 per cent to American ethanol, compared to the MFN tariff of 30 per cent."
    rows = story(text)
    assert levels(rows) == [("tariff", "reduce", 30.0, 15.0)]
    assert {r.actor for r in rows} == {"VNM"}


# --- compared with what the goods pay now ----------------------------------------------------------------------------

def test_compared_with_what_the_goods_pay_today_is_a_cut():
    text = "Chilean cherries will be charged a tariff of 8 percent, compared with the 20 percent they pay today."
    assert both_registers(text) == ([("tariff", "reduce", 20.0, 8.0)],) * 2


def test_against_the_rate_charged_outside_a_quota_is_a_cut():
    text = ("Peru will open a quota of 5,000 tonnes a year for U.S. pork at a duty of 6 per cent, against the 25 per cent "
            "charged outside the quota.")
    assert both_registers(text) == ([("tariff", "reduce", 25.0, 6.0)],) * 2


def test_a_zero_in_quota_rate_against_the_rate_charged_above_it_is_a_removal():
    text = ("Indonesia, for its part, will open a tariff-rate quota of 3,000 tonnes for Australian butter at a zero "
            "in-quota rate, against the 5% charged above it.")
    assert both_registers(text) == ([("tariff", "remove", 5.0, 0.0)],) * 2


def test_compared_with_the_rate_applied_since_a_date_is_a_cut():
    text = ("From next month, goods from Chad will be charged a reciprocal tariff of 12 percent, compared with the 16 "
            "percent applied since March 2025.")
    assert both_registers(text) == ([("tariff", "reduce", 16.0, 12.0)],) * 2


def test_compared_with_the_rate_levied_until_now_is_a_cut():
    text = "Kenyan tea entering Egypt will attract a 2 percent duty, compared with the 10 percent levied until now."
    assert both_registers(text) == ([("tariff", "reduce", 10.0, 2.0)],) * 2


# --- a multiple of the standing rate ---------------------------------------------------------------------------------

def test_half_the_rate_the_goods_pay_now_is_a_cut():
    text = "Canned tuna from Ecuador will face a reciprocal tariff of 7 percent, half the 14 percent it pays now."
    assert both_registers(text) == ([("tariff", "reduce", 14.0, 7.0)],) * 2


def test_twice_the_current_rate_is_a_raise():
    text = "Jordan will charge a duty of 40 per cent on imported cement, twice the current 20 per cent."
    assert both_registers(text) == ([("tariff", "raise", 20.0, 40.0)],) * 2


# --- negatives: another party's or another place's rate --------------------------------------------------------------

def test_a_rate_compared_with_another_countrys_tariff_stays_a_levy():
    text = "Brazil will impose a 20 percent tariff on U.S. ethanol, compared with a 10 percent tariff Mexico charges."
    assert both_registers(text) == ([("tariff", "impose", None, 20.0)],) * 2


def test_a_rate_compared_with_a_rate_elsewhere_stays_a_levy():
    text = "Ghana will levy a 15 percent duty on imported poultry, compared with 35 percent in Nigeria."
    assert both_registers(text) == ([("tariff", "impose", None, 15.0)],) * 2


def test_against_a_rate_another_country_charges_keeps_both_levies():
    text = "Peru will charge a 10 percent duty on Chinese tyres, against the 25 percent Chile charges."
    rows = story(text)
    assert levels(rows) == [("tariff", "impose", None, 10.0), ("tariff", "impose", None, 25.0)]
