"""Commitment extraction, round 13: the legal text of proclamations and executive orders.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, goods and figures are used only for
their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import order_commitments, levels_of as levels

PUBLISHED = datetime(2026, 10, 5, 15, 0, tzinfo=timezone.utc)
TITLE = "Adjusting Imports of Ceramic Tiles Into the United States"


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-orders-r13")


# --- a duty that "shall continue to apply" is kept ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(5) The duties imposed under section 301 on ceramic tiles of China shall continue to apply in addition to "
    "the duties imposed by this proclamation.",
    "(c) The section 301 tariffs on tiles of China will continue to apply.",
    "The existing duties on ceramic tiles of China continue to apply alongside the new duty.",
])
def test_a_duty_that_continues_to_apply_is_kept(sentence):
    rows = order(sentence)
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("USA", "CHN", "tariff", "maintain")]


@pytest.mark.parametrize("sentence", [
    "(g) Except as provided in this section, the terms of Executive Order 14500, as amended, shall continue to apply.",
    "(d) All other provisions of Proclamation 10990 shall continue to apply to tiles of Chile.",
])
def test_the_terms_of_an_order_that_continue_to_apply_are_no_measure(sentence):
    assert order(sentence) == []


# --- "dutiable at" a rate: the rate in force (kept, or set) ------------------------------------

@pytest.mark.parametrize("sentence", [
    "By my order of May 4, 2026, I suspended 10 percentage points of that duty for 90 days, and goods of Peru "
    "have been dutiable at 20 percent while the suspension lasts.",
    "Until the review ends, goods of Peru shall remain dutiable at 20 percent.",
    "Goods of Peru have been dutiable at 20 percent since the suspension began.",
])
def test_goods_kept_dutiable_at_a_rate_are_a_maintained_rate(sentence):
    kept = [r for r in order(sentence) if r.action == "maintain"]
    assert [(r.actor, r.counterparty, r.category, r.value_to, r.unit) for r in kept] == [
        ("USA", "PER", "tariff", 20.0, "percent")]


def test_goods_made_dutiable_at_a_rate_are_an_imposed_rate():
    rows = order("Beginning March 1, 2027, goods of Peru shall be dutiable at 18 percent.")
    assert levels(rows) == [("USA", "PER", "tariff", "impose", None, 18.0)]


@pytest.mark.parametrize("sentence", [
    "Such samples are dutiable at the port of entry.",
    "Goods of Peru have been dutiable at the rates in Column 1 since 1995.",
])
def test_dutiable_without_a_rate_is_no_row(sentence):
    assert order(sentence) == []


# --- "resume imports of" a partner's goods is a purchase resumed --------------------------------

@pytest.mark.parametrize("sentence, products", [
    ("Peru later offered to lower its duties on U.S. wheat and to resume imports of U.S. pork.", ["0203"]),
    ("Peru has agreed to resume imports of U.S. beef.", ["0201", "0202"]),
    ("Under the arrangement, Peru will restart imports of American poultry.", ["0207"]),
])
def test_imports_resumed_are_a_purchase_resumed(sentence, products):
    resumed = [r for r in order(sentence, title="Modifying the Reciprocal Tariff on Goods of Peru")
               if r.action == "resume"]
    assert [(r.actor, r.counterparty, r.category, r.products) for r in resumed] == [("PER", "USA", "purchase", products)]


def test_imports_that_resume_by_themselves_are_no_purchase():
    assert order("Imports of tiles from Peru resumed in March after the port reopened.") == []


# --- talks "to addressing" a concern: the concern is the talks' subject, not a figure -----------

@pytest.mark.parametrize("sentence", [
    "In the General Terms, the United States and Peru committed to adopt a structured, negotiated approach to "
    "addressing United States national security concerns about sectors under future section 232 investigations.",
    "The United States and Peru also committed to pursue a phased, negotiated approach to addressing United "
    "States economic security concerns about tile imports that may face section 232 investigations.",
])
def test_a_negotiated_approach_to_addressing_concerns_is_talks_of_both_parties(sentence):
    rows = order(sentence, title="Implementing the General Terms of the United States–Peru Agreement")
    assert sorted((r.actor, r.action) for r in rows) == [("PER", "negotiate"), ("USA", "negotiate")]


def test_a_figure_object_still_blocks_other_cues():
    assert order("The United States will cooperate with Peru to boost national security and economic growth.") == []


# --- "I may reinstate the duty": a duty held out to come back (round-13 review Q2) -------------

@pytest.mark.parametrize("sentence", [
    "(c) Should Peru fail to honor its commitments, I may reinstate the additional ad valorem duty on the "
    "goods listed in Annex II to this order.",
    "(c) Should Peru not carry out its commitments, I may reimpose the additional duty on goods of Peru.",
])
def test_a_duty_that_may_be_reinstated_is_a_threatened_conditional_resumption(sentence):
    rows = order(sentence, title="Modifying the Reciprocal Tariff on Goods of Peru")
    assert [(r.actor, r.category, r.action, r.status, r.conditional) for r in rows] == [
        ("USA", "tariff", "resume", "threatened", True)]


def test_an_item_marker_before_should_still_makes_a_condition():
    rows = order("(d) Should any trading partner retaliate against this action, I may further modify the HTSUS to "
                 "increase the duties imposed under this order.")
    assert [(r.action, r.status, r.conditional) for r in rows] == [("raise", "threatened", True)]


# --- a duty "shall be modified" / "adjusted" to a level: the passive's subject is the measure ---

@pytest.mark.parametrize("sentence, expected", [
    ("The additional ad valorem duty on goods of Peru shall be modified from 30 percent to 18 percent.",
     ("USA", "PER", "tariff", "reduce", 30.0, 18.0)),
    ("Effective October 1, 2026, the rate of duty applicable to tiles of Peru shall be adjusted from 10 percent to "
     "25 percent.", ("USA", "PER", "tariff", "raise", 10.0, 25.0)),
    ("The additional ad valorem duty on goods of Peru is hereby modified to 18 percent.",
     ("USA", "PER", "tariff", "impose", None, 18.0)),
])
def test_a_duty_modified_to_a_level_changes_the_duty(sentence, expected):
    assert levels(order(sentence)) == [expected]


@pytest.mark.parametrize("sentence", [
    "The current content threshold of 90 percent shall be modified to 80 percent.",
    "The reporting form shall be modified to reflect the new headings.",
])
def test_something_else_modified_is_no_tariff(sentence):
    assert [r for r in order(sentence) if r.category == "tariff"] == []


# --- goods that qualify under an agreement: the agreement says which goods, the tariff is the measure

@pytest.mark.parametrize("sentence", [
    "Goods of Peru that qualify under the Agreement shall be subject to an additional ad valorem duty of 10 percent.",
    "Originating goods of Peru under the Agreement shall be subject to a 10 percent tariff.",
])
def test_goods_qualifying_under_an_agreement_keep_the_tariff_and_its_rate(sentence):
    assert levels(order(sentence)) == [("USA", "PER", "tariff", "impose", None, 10.0)]


def test_an_agreement_entering_into_force_is_still_no_tariff():
    rows = order("The Agreement between the United States and Peru shall enter into force on January 1, 2027.")
    assert [r for r in rows if r.category == "tariff"] == []


# --- a duty "imposed by this order" is the signer's, whatever partner the title names -----------

@pytest.mark.parametrize("sentence, action", [
    ("The additional ad valorem duty imposed by section 2 of this order shall be suspended for 90 days.", "suspend"),
    ("The additional duty imposed by this proclamation shall be increased to 30 percent.", "raise"),
])
def test_a_duty_imposed_by_this_order_is_the_signers(sentence, action):
    rows = order(sentence, title="Modifying the Reciprocal Tariff Rates for Goods of Peru")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", action)]


# --- "I have decided to adjust the imports of X by imposing ...": the signer's means -----------

@pytest.mark.parametrize("sentence, expected", [
    ("Accordingly, I have decided to adjust the imports of tiles by imposing a 25 percent ad valorem tariff on "
     "such articles imported from all countries.", ("USA", "", "tariff", "impose", None, 25.0)),
    ("I have decided to further adjust the imports of tiles by increasing the tariff on tiles from 25 percent to "
     "50 percent.", ("USA", "", "tariff", "raise", 25.0, 50.0)),
])
def test_a_tariff_imposed_as_the_means_of_adjusting_imports_is_the_signers(sentence, expected):
    rows = order(sentence, title="Adjusting Imports of Tiles Into the United States")
    assert levels(rows) == [expected]


def test_imports_that_fall_are_still_no_party_acting():
    rows = order("The imports of tiles declined sharply by the end of the year.",
                 title="Adjusting Imports of Tiles Into the United States")
    assert rows == []


# --- a rate before a passive cut or rise and the new level after it: both levels ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("The 25 percent duty on tiles of Peru shall be reduced to 15 percent.", ("USA", "PER", "tariff", "reduce", 25.0, 15.0)),
    ("The 10 percent duty on tiles of Peru shall be increased to 20 percent.", ("USA", "PER", "tariff", "raise", 10.0, 20.0)),
    ("Peru's 25 percent tariff on U.S. tiles will be cut to 15 percent.", ("PER", "USA", "tariff", "reduce", 25.0, 15.0)),
])
def test_a_rate_before_the_passive_and_a_level_after_it_are_from_and_to(sentence, expected):
    assert levels(order(sentence)) == [expected]


def test_a_rate_before_the_passive_alone_stays_the_level_changed():
    assert levels(order("The 25 percent duty on tiles of Peru shall be suspended.")) == [
        ("USA", "PER", "tariff", "suspend", 25.0, None)]


# --- a percentage increase "of" a buyer's procurements is a purchase change (guide rule 25) -----

@pytest.mark.parametrize("sentence", [
    "Specifically, Peru is working toward an expedited implementation of a 40 percent increase of United States "
    "wheat procurements.",
    "Peru will implement a 40 percent increase of United States wheat procurements under its tender scheme.",
])
def test_a_percentage_increase_of_procurements_is_a_purchase_change(sentence):
    rows = order(sentence, title="Implementing the United States–Peru Agreement")
    assert [(r.actor, r.category, r.action, r.change, r.unit, r.products) for r in rows] == [
        ("PER", "purchase", "purchase", 40.0, "percent", ["1001"])]


def test_government_procurement_stays_procurement():
    rows = order("Peru will open its government procurements to United States suppliers.",
                 title="Implementing the United States–Peru Agreement")
    assert all(r.category != "purchase" for r in rows)


# --- "accept for sale" a partner's goods: the market opens to them (guide rule 14) -------------

@pytest.mark.parametrize("sentence", [
    "The Government of Peru is also working to accept for sale in Peru United States-manufactured and United "
    "States-certified tractors without additional testing.",
    "Exports of U.S.-built tractors are expected to grow as a result of Peru's commitment to accept for sale in Peru "
    "U.S. certified tractors without further inspection.",
])
def test_goods_accepted_for_sale_are_market_access_of_the_partner(sentence):
    rows = order(sentence, title="Implementing the United States–Peru Agreement")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows if r.category == "market_access"] == [
        ("PER", "USA", "market_access", "relax")]
