"""Commitment extraction, round 12: the legal text of proclamations and executive orders.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, goods and figures are used only for
their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments, levels_of as levels

PUBLISHED = datetime(2026, 6, 3, 15, 0, tzinfo=timezone.utc)
TITLE = "Modifying Duties on Imports of Garden Furniture"


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-orders-r12")


# --- "set out in" / "set forth in" say where a text states a thing; no rate is set -------------

@pytest.mark.parametrize("sentence", [
    "The additional ad valorem duty on footwear of Peru that meets the criteria set out in Annex II to this "
    "order shall be reduced from 18 percent to 8 percent.",
    "The additional duty on footwear of Peru that satisfies the criteria set forth in section 3 of this order "
    "shall be reduced from 18 percent to 8 percent.",
    "The duty on footwear of Peru covered by the criteria set out below shall be reduced from 18 percent to "
    "8 percent.",
])
def test_criteria_set_out_in_an_annex_leave_the_reduction_its_own_subject(sentence):
    assert levels(order(sentence)) == [("USA", "PER", "tariff", "reduce", 18.0, 8.0)]


# --- names listed after a preposition are all its objects --------------------------------------

@pytest.mark.parametrize("sentence", [
    "This ad valorem rate of duty of 10 percent reflects (i) the modification of the additional ad valorem rate "
    "of duty on articles of Chile (including articles of Bolivia and Paraguay) set forth in Executive Order "
    "14900, by suspending 20 percentage points of that rate for an initial period of 90 days.",
    "This rate of 12 percent reflects the modification of the additional duty on goods of Chile (including goods "
    "of Bolivia or Paraguay) set out in Executive Order 14900, by suspending 20 percentage points of that rate "
    "for 90 days.",
])
def test_names_listed_after_of_are_not_the_subject(sentence):
    rows = order(sentence)
    assert [(r.actor, r.action, r.change) for r in rows] == [("USA", "suspend", -20.0)]


# --- a pause as the subject of a passive "extended" is prolonged ------------------------------

@pytest.mark.parametrize("sentence", [
    "The suspension described in section 2 of this order shall be extended for a further 60 days, until "
    "12:01 a.m. eastern standard time on January 15, 2027.",
    "The pause set out in section 1 of this order is hereby extended until 12:01 a.m. eastern standard time on "
    "January 15, 2027.",
])
def test_suspension_shall_be_extended_is_an_extension_by_the_signer(sentence):
    rows = order(sentence, title="Further Extending the Suspension of Part of the Additional Duty on Goods of Peru")
    assert [(r.actor, r.category, r.action, str(r.end_date)) for r in rows] == [
        ("USA", "tariff", "extend", "2027-01-15")]


def test_extending_something_that_is_no_pause_gives_no_row():
    assert order("The consultation period described in section 2 of this order shall be extended for a further "
                 "60 days.") == []


# --- goods exempted from a duty: the duty is removed for them ---------------------------------

@pytest.mark.parametrize("sentence", [
    "The same order exempted fresh grapes of Peru from the additional duty during the harvest season.",
    "Executive Order 14300 of March 2, 2026, exempted Peruvian asparagus from the additional ad valorem duty.",
    "The products listed in Annex II to this order, among them raw cotton, shall be added to the list of "
    "excepted goods and shall therefore be exempt from the additional duty, effective July 1, 2026.",
])
def test_goods_exempted_from_a_duty_are_a_removal(sentence):
    rows = order("Goods of Peru are subject to an additional ad valorem duty of 20 percent.", sentence,
                 title="Modifying the Additional Duty on Goods of Peru")
    assert ("USA", "tariff", "remove") in [(r.actor, r.category, r.action) for r in rows]


def test_exempting_firms_from_other_rules_stays_an_easing():
    rows = commitments_from(["Peru will address barriers to U.S. exports, including by exempting U.S. firms and "
                             "their goods from local content requirements."], published_at=PUBLISHED,
                            title="Joint Statement on a Framework for a United States-Peru Agreement")
    assert [(r.actor, r.category, r.action) for r in rows] == [("PER", "market_access", "relax")]


# --- talks continued "with" a partner are the partner's talks too ------------------------------

@pytest.mark.parametrize("sentence", [
    "Sec. 4. Negotiations. (a) The Trade Representative shall continue negotiations with Peru with a view to "
    "concluding an agreement on reciprocal trade before the suspension ends.",
    "(a) The Trade Representative shall resume negotiations with Peru on the remaining barriers to trade.",
])
def test_talks_continued_with_a_partner_are_a_row_per_party(sentence):
    rows = order(sentence, title="Further Extending the Suspension of the Additional Duty on Goods of Peru")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("PER", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


# --- a snap-back told as the rate going back up -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(b) Unless an agreement is concluded by March 1, 2027, the additional duty on goods of Peru shall go back "
    "up from 10 percent to 25 percent on that date.",
    "If no agreement is signed, the duty on goods of Peru goes back up from 10 percent to 25 percent.",
])
def test_duty_going_back_up_is_a_conditional_raise(sentence):
    rows = order(sentence, title="Further Extending the Suspension of the Additional Duty on Goods of Peru")
    assert [(r.actor, r.action, r.value_from, r.value_to, r.conditional) for r in rows] == [
        ("USA", "raise", 10.0, 25.0, True)]


# --- a negative inside the subject's relative clause does not negate the main verb -------------

@pytest.mark.parametrize("sentence", [
    "Goods of Peru that do not meet the origin criteria are subject to an additional duty of 20 percent.",
    "Goods of Peru which do not satisfy the origin criteria remain subject to an additional duty of 20 percent.",
])
def test_goods_that_do_not_qualify_are_still_subject_to_the_rate(sentence):
    rows = order(sentence, title="Modifying the Additional Duty on Goods of Peru")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "PER", 20.0)]


# --- amending the tariff schedule to carry the order out is no tariff measure ------------------

@pytest.mark.parametrize("sentence", [
    "The Secretary of Homeland Security, acting through U.S. Customs and Border Protection, shall amend the "
    "Harmonized Tariff Schedule of the United States as set out in the Annexes to this order.",
    "The Secretary of Homeland Security shall modify the Harmonized Tariff Schedule of the United States as "
    "provided in Annex I to this order.",
])
def test_amending_the_tariff_schedule_as_annexed_gives_no_row(sentence):
    assert order(sentence) == []


# --- an order's policy section states no measure of its own ------------------------------------

@pytest.mark.parametrize("sentence", [
    "It is the policy of the United States to rebalance trade in furniture by imposing an additional duty on "
    "imports from all trading partners except as otherwise provided herein.",
    "Sec. 2. Policy. It shall be the policy of my Administration to protect American growers by imposing "
    "duties on subsidized imports of garden furniture.",
])
def test_policy_section_gives_no_row(sentence):
    assert order(sentence) == []


def test_policy_line_with_a_stated_rate_keeps_its_row():
    rows = order("It is the policy of the United States to impose a duty of 20 percent on goods of Peru.")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "PER", 20.0)]


# --- "agreed to V1 X and to V2 Y": the second infinitive is the same party's second pledge -------

@pytest.mark.parametrize("sentence", [
    "Peru has since agreed to remove its tariffs on U.S. ethanol and to buy 40 Boeing aircraft.",
    "Peru offered to cut its duties on U.S. wheat and to purchase 40 Boeing aircraft.",
])
def test_second_infinitive_of_a_pledge_is_its_own_row(sentence):
    rows = order(sentence, title="Modifying the Additional Duty on Goods of Peru")
    assert ("PER", "purchase", "purchase") in [(r.actor, r.category, r.action) for r in rows]
    assert [r.products for r in rows if r.category == "purchase"] == [["8802"]]


def test_infinitive_of_purpose_after_a_measure_stays_no_pledge():
    rows = order("In 2018, the United States imposed duties on steel of Peru to protect its mills and to "
                 "preserve jobs.", title="Modifying the Additional Duty on Goods of Peru")
    assert [(r.actor, r.action) for r in rows] == [("USA", "impose")]


# --- a pause kept going to a new date; a suspended duty that resumes ---------------------------

@pytest.mark.parametrize("sentence", [
    "Sec. 2. Continued Suspension. The suspension set forth in section 2 of Executive Order 14400 shall "
    "continue until 12:01 a.m. eastern daylight time on August 30, 2026.",
    "The pause on the additional duty described in section 1 will continue until August 30, 2026.",
])
def test_pause_continuing_until_a_date_is_its_extension(sentence):
    rows = order(sentence, title="Further Extending the Suspension of the Additional Duty on Goods of Peru")
    assert [(r.actor, r.category, r.action, str(r.end_date)) for r in rows] == [
        ("USA", "tariff", "extend", "2026-08-30")]


def test_duty_continuing_until_a_date_is_no_extension():
    rows = order("The additional duty on goods of Peru shall continue until August 30, 2026.",
                 title="Further Extending the Suspension of the Additional Duty on Goods of Peru")
    assert [r.action for r in rows] == []


@pytest.mark.parametrize("sentence", [
    "If Peru has not concluded an agreement by August 30, 2026, the suspended rate of 20 percentage points "
    "shall resume on that date.",
    "The additional duty on goods of Peru will resume on March 1, 2027.",
])
def test_suspended_duty_that_resumes_is_a_resumption(sentence):
    rows = order(sentence, title="Further Extending the Suspension of the Additional Duty on Goods of Peru")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "resume")]


def test_resuming_purchases_keeps_its_purchase_row():
    rows = commitments_from(["Peru shall resume purchases of U.S. soybeans on March 1."], published_at=PUBLISHED,
                            title="Joint Statement on a Framework for a United States-Peru Agreement")
    assert [(r.actor, r.category, r.action) for r in rows] == [("PER", "purchase", "resume")]


# --- "the actions taken by the Government of X to implement ...": what the actions were for ----

@pytest.mark.parametrize("sentence", [
    "The Secretary shall also consider the actions taken by the Government of Peru to implement its "
    "commitments under the Agreement.",
    "The Trade Representative shall report on the steps taken by the Government of Peru to implement its "
    "commitments.",
])
def test_purpose_of_steps_taken_by_a_named_government_is_no_row(sentence):
    assert order(sentence, title="Implementing the United States-Peru Agreement") == []


# --- phrasal removals: "take away", "do away with", "get rid of" a measure -----------------------

@pytest.mark.parametrize("sentence, products", [
    ("Peru will take away its tariffs on most U.S. industrial goods.", []),
    ("Peru will do away with its duties on U.S. wheat.", ["1001"]),
])
def test_phrasal_removal_of_a_tariff(sentence, products):
    rows = commitments_from([sentence], published_at=PUBLISHED,
                            title="Joint Statement on a Framework for a United States-Peru Agreement")
    assert [(r.actor, r.category, r.action, r.products) for r in rows] == [("PER", "tariff", "remove", products)]


def test_phrasal_removal_of_no_measure_is_no_row():
    rows = commitments_from(["The new plant in Lima will take away jobs from Ohio."], published_at=PUBLISHED,
                            title="Joint Statement on a Framework for a United States-Peru Agreement")
    assert rows == []


# --- an exemption ended: goods again subject to the duty, or no longer exempt from it -----------

@pytest.mark.parametrize("sentence, rate", [
    ("Beginning October 1, 2026, fresh grapes of Peru shall again be subject to the additional ad valorem duty, "
     "at the rate of 15 percent that applies to other goods of Peru.", 15.0),
    ("Fresh grapes of Peru will once again be subject to the 15 percent duty.", 15.0),
    ("Fresh grapes of Peru shall no longer be exempt from the additional duty.", None),
])
def test_exemption_ended_raises_the_duty(sentence, rate):
    rows = order(sentence, title="Modifying the Additional Duty on Goods of Peru")
    assert [(r.actor, r.counterparty, r.action, r.value_to) for r in rows] == [("USA", "PER", "raise", rate)]
