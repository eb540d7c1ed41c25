"""Commitment extraction, round 14: the quantity a commitment carries.

Each class of wording is tested with several of its forms. Every sentence here is our own,
written for the rule it tests; countries, goods and figures are used only for their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 10, 5, 15, 0, tzinfo=timezone.utc)
AGREEMENT = "Agreement Between the United States of America and the Republic of Chile on Reciprocal Trade"
JOINT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"
ORDER = "Implementing the Agreement on Reciprocal Trade With the Republic of Chile"


def agreement(*texts, title=AGREEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-values-r14")


def order(*texts):
    return order_commitments(texts, published_at=PUBLISHED, title=ORDER, article_id="test-values-r14")


def tariff_levels(rows):
    return sorted(((r.actor, r.counterparty, r.action, r.value_from, r.value_to, r.unit)
                   for r in rows if r.category == "tariff"), key=repr)


# --- the level a new rate replaces, said after it ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The United States shall apply a reciprocal tariff rate of 12 percent to originating goods of Chile, "
    "in place of the 18 percent rate that applies to them now.",
    "The United States will apply a tariff of 12 percent on goods of Chile instead of the current 18 percent.",
    "The United States will charge a 12 percent tariff on Chilean goods, replacing the 18 percent rate set last year.",
    "The United States will set its tariff on goods of Chile at 12 percent (previously 18 percent).",
    "The United States will apply a 12 percent duty to goods of Chile, a rate that was formerly 18 percent.",
    "The United States shall apply a tariff of 12 percent to goods of Chile in lieu of the existing 18 percent tariff.",
])
def test_a_rate_set_in_place_of_an_earlier_one_is_a_cut_from_it(sentence):
    assert tariff_levels(agreement(sentence)) == [("USA", "CHL", "reduce", 18.0, 12.0, "percent")]


def test_a_rate_in_place_of_a_threatened_one_is_set_and_the_threat_is_its_own_row():
    # convention 16: a rate that never applied is no earlier level
    rows = agreement("The United States will apply a tariff of 12 percent on goods of Chile in lieu of the "
                     "25 percent rate announced in April.")
    assert sorted((r.action, r.value_from, r.value_to, r.status) for r in rows) == [
        ("impose", None, 12.0, "agreed"), ("impose", None, 25.0, "announced")]


# --- a count of goods, not their price ------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("Chile has signed a letter of offer and acceptance to buy 24 F-16 Block 70 fighter jets, with support "
     "valued at about $8 billion.", 24.0),
    ("Chile will acquire 12 Black Hawk utility helicopters for $1.2 billion.", 12.0),
    ("Chile will procure eight C-130J transport aircraft at a cost of $900 million.", 8.0),
    ("Chile agreed to purchase 36 Apache attack helicopters worth roughly $6 billion.", 36.0),
])
def test_a_purchase_counted_in_aircraft_takes_the_count(sentence, count):
    rows = [r for r in agreement(sentence, title=JOINT) if r.category == "purchase"]
    assert [(r.actor, r.action, r.amount, r.unit) for r in rows] == [("CHL", "purchase", count, "units")]


# --- a quota's zero in-quota rate ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chile shall open a tariff-rate quota of 40,000 metric tons per year for wheat of the United States, "
    "within which wheat shall enter free of duty.",
    "Chile shall open a tariff-rate quota of 40,000 metric tons per year for U.S. wheat, with a zero in-quota duty.",
    "Chile shall establish a tariff-rate quota of 40,000 tonnes annually for U.S. wheat at an in-quota rate of zero.",
    "Chile will open a quota of 40,000 tonnes a year for U.S. wheat, and wheat imported under that quota "
    "will enter duty-free.",
])
def test_a_quota_with_a_zero_in_quota_rate_removes_the_duty(sentence):
    assert tariff_levels(agreement(sentence)) == [("CHL", "USA", "remove", None, 0.0, "percent")]


def test_a_quota_opened_beside_duty_cuts_to_zero_stays_its_own_row():
    rows = agreement(
        "Chile shall eliminate its customs duty on U.S. pork, from 25 percent to zero, on entry into force.",
        "Chile shall open a tariff-rate quota of 40,000 metric tons per year for U.S. wheat, within which "
        "wheat shall enter free of duty.")
    assert tariff_levels(rows) == [("CHL", "USA", "remove", 25.0, 0.0, "percent"),
                                   ("CHL", "USA", "remove", None, 0.0, "percent")]


@pytest.mark.parametrize("sentence", [
    "Chile shall open a duty-free quota of 2,000 metric tons a year for U.S. beef and a second duty-free quota "
    "of 500 metric tons a year for U.S. pork.",
    "Chile will open a duty-free quota of 2,000 tonnes for U.S. beef and another duty-free quota of 500 tonnes "
    "for U.S. pork.",
    "Chile will create a duty-free quota of 2,000 tonnes for American beef and a separate duty-free quota of "
    "500 tonnes for American pork.",
    "Chile shall open duty-free quotas of 2,000 tons for beef of the United States and a new duty-free quota "
    "of 500 tons for pork of the United States.",
])
def test_two_quotas_in_one_sentence_are_two_rows(sentence):
    assert tariff_levels(agreement(sentence)) == [("CHL", "USA", "remove", None, 0.0, "percent")] * 2


# --- a quota enlarged: the new size -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(a) The in-quota quantity of the tariff-rate quota for beef that is a product of Chile, as provided for in "
    "additional U.S. note 3 to chapter 2 of the HTSUS, is increased from 10,000 metric tons to 30,000 metric "
    "tons in each calendar year.",
    "(b) The tariff-rate quota for beef of Chile shall be raised to 30,000 metric tons a year from 10,000 "
    "metric tons.",
    "(c) The United States shall increase the tariff-rate quota for Chilean beef from 10,000 tonnes to "
    "30,000 tonnes.",
    "(d) The quota for beef of Chile will be doubled to 30,000 metric tons.",
])
def test_a_quota_enlarged_is_a_tariff_cut_with_its_new_size(sentence):
    rows = [r for r in order(sentence) if r.category == "tariff"]
    assert [(r.actor, r.counterparty, r.action, r.amount, r.unit) for r in rows] == [
        ("USA", "CHL", "reduce", 30000.0, "tonnes")]


def test_a_purchase_raised_from_one_amount_to_another_takes_the_new_one():
    rows = agreement("Chile will increase its purchases of U.S. wheat from 1 million tonnes to 3 million "
                     "tonnes a year.", title=JOINT)
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows] == [("CHL", "purchase", 3e6, "tonnes")]
