"""Commitment extraction, round 11: the legal text of proclamations and executive orders.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, goods and figures are used only for
their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 4, 14, 15, 0, tzinfo=timezone.utc)
TITLE = "Adjusting Duties on Imports of Household Appliances"


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-orders-r11")


def rates(rows):
    return sorted((r.actor or "", r.category, r.action, -1.0 if r.value_to is None else r.value_to, tuple(r.products))
                  for r in rows)


# --- the President's own memorandum ordering a review is procedure, not talks ------------------

@pytest.mark.parametrize("recital", [
    "On March 3, 2025, I signed the Fair Commerce Presidential Memorandum directing my Administration to "
    "examine the sources of the deficit in manufactured goods and to report on unfair practices abroad.",
    "On May 9, 2025, I signed a Presidential Memorandum entitled \u201cBalanced Trade in Appliances,\u201d that "
    "directed a further review of our partners' barriers to trade.",
    "In June 2025, I signed a National Security Presidential Memorandum (NSPM) to review the trade policy of "
    "the United States toward neighbouring markets.",
])
def test_signing_own_memorandum_that_orders_a_review_is_no_row(recital):
    assert order(recital) == []


def test_memorandum_of_understanding_with_a_partner_is_still_a_row():
    rows = order("The United States and Peru signed a memorandum of understanding on critical minerals "
                 "supply chains.")
    assert {r.actor for r in rows} == {"USA", "PER"}


# --- agencies told to carry the order out: the order's measure, no second row ------------------

@pytest.mark.parametrize("direction", [
    "The head of each agency shall immediately begin taking steps to effectuate this order and, as soon as "
    "practicable, terminate the collection of the additional duties described in section 1 of this order.",
    "The Secretary of Homeland Security is directed and authorized to take all necessary actions to implement "
    "this order, including ending the collection of the duties it terminates.",
    "The Secretary shall take such actions as may be necessary to carry out this proclamation and to stop "
    "collecting the duties it removes.",
])
def test_direction_to_carry_out_the_order_gives_no_row(direction):
    assert order(direction) == []


def test_the_measure_itself_before_the_direction_keeps_its_row():
    rows = order("The additional duties imposed on appliances of Ruritania under Executive Order 14999 shall "
                 "no longer be in effect.",
                 "The head of each agency shall take all appropriate steps to effectuate this order and end the "
                 "collection of those duties.")
    assert [(r.category, r.action) for r in rows] == [("tariff", "remove")]


# --- the duties just stated, named by where they are stated ------------------------------------

@pytest.mark.parametrize("reference", [
    "The duties described in this subsection shall apply in lieu of the additional duties previously imposed "
    "on products of Korea under Executive Order 14257.",
    "The rates of duty set forth in subsection (a) of this section shall apply retroactively to goods entered "
    "on or after March 1, 2026.",
    "The tariffs specified in this section shall apply only to the foreign content of a covered article.",
])
def test_duties_named_by_their_subsection_are_no_new_row(reference):
    rows = order("For a product of Korea, the additional ad valorem rate of duty pursuant to this order shall "
                 "be 12 percent.", reference)
    assert rates(rows) == [("USA", "tariff", "impose", 12.0, ())]


# --- sector rates of a deal's order stay apart from its general rates ---------------------------

def test_automobile_rates_are_rows_apart_from_the_general_rates():
    rows = order(
        "For a product of Korea with a Column 1 Duty Rate that is less than 15 percent, the sum of its Column 1 "
        "Duty Rate and the additional ad valorem rate of duty pursuant to this order shall be 15 percent.",
        "For a product of Korea with a Column 1 Duty Rate that is at least 15 percent, the additional rate of "
        "duty pursuant to this order shall be zero percent.",
        "Aircraft. With respect to civil aircraft of Korea, the tariffs imposed through Proclamation 10896 shall "
        "no longer apply.",
        "For a product of Korea with a Column 1 Duty Rate that is less than 15 percent, the sum of its Column 1 "
        "Duty Rate and the additional automobile or automobile part section 232 ad valorem rate of duty pursuant to "
        "this order shall be 15 percent. For a product of Korea with a Column 1 Duty Rate that is at least 15 "
        "percent, the additional automobile or automobile part section 232 ad valorem rate of duty imposed shall be "
        "zero percent.",
        title="Implementing the United States-Korea Agreement")
    assert rates(rows) == [
        ("USA", "tariff", "impose", 15.0, ()),
        ("USA", "tariff", "impose", 15.0, ("8703", "8708")),
        ("USA", "tariff", "remove", -1.0, ("8802",)),
        ("USA", "tariff", "remove", 0.0, ()),
        ("USA", "tariff", "remove", 0.0, ("8703", "8708")),
    ]


@pytest.mark.parametrize("sentence", [
    "Under the Agreement, the United States will apply a baseline 15 percent tariff on nearly all Korean imports, "
    "alongside separate treatment for automobiles and automobile parts.",
    "The order sets a 15 percent tariff on most goods of Korea, alongside sector rates for cars and steel.",
])
def test_goods_named_after_alongside_belong_to_another_measure(sentence):
    rows = order(sentence)
    assert [(r.value_to, r.products) for r in rows if r.category == "tariff"] == [(15.0, [])]


# --- goods brought under a rated category, or entering duty-free, are rows of their own --------

def test_goods_added_to_a_reduced_rate_category_are_their_own_row():
    rows = order("In particular, I imposed a duty of 40 percent on castings; and a temporarily-reduced duty of "
                 "12 percent on a subset of derivative products, namely forklifts.",
                 "I determine that garden tractors and certain irrigation pumps shall be included in the category of "
                 "derivative products subject to the temporarily-reduced 12 percent duty under this order.")
    assert sorted((r.action, r.value_to) for r in rows) == [("impose", 40.0), ("reduce", 12.0), ("reduce", 12.0)]


@pytest.mark.parametrize("comparison", [
    "Bicycles enter the United States duty-free, but not so in Brazil (35 percent) and Vietnam (20 percent).",
    "Pears enter the United States duty-free, while Egypt (40%) and India (30%) charge far more.",
])
def test_duty_free_entry_is_its_own_zero_rate_beside_another(comparison):
    rows = order("For routers, the United States imposes a 0 percent tariff, but for similar products, Brazil "
                 "(16 percent) levies a higher rate.", comparison)
    zero_rates = [r for r in rows if r.actor == "USA" and r.value_to == 0]
    assert len(zero_rates) == 2


# --- a total rate broken into its parts --------------------------------------------------------

FACT_SHEET = "Fact Sheet: President Donald J. Trump Holds Vietnam Accountable"


@pytest.mark.parametrize("total, parts, expected", [
    ("Vietnam now faces up to a 145% tariff on its exports to the United States because of its retaliation.",
     "This includes a 125% reciprocal tariff, a 20% tariff to counter the drug crisis, and Section 301 tariffs on "
     "listed goods, between 7.5% and 100%.", [20.0, 100.0, 125.0, 145.0]),
    ("The United States now charges a combined 60 percent tariff on goods from Vietnam.",
     "That total comprises a 25 percent Section 232 duty and a 35 percent reciprocal tariff.", [25.0, 35.0, 60.0]),
])
def test_parts_of_a_total_rate_are_rows_of_the_same_party(total, parts, expected):
    rows = commitments_from([total, parts], published_at=PUBLISHED, title=FACT_SHEET)
    assert sorted(r.value_to for r in rows) == expected
    assert {(r.actor, r.counterparty, r.category) for r in rows} == {("USA", "VNM", "tariff")}


def test_a_single_rate_restated_is_no_breakdown():
    rows = commitments_from(["The United States now charges a combined 60 percent tariff on goods from Vietnam.",
                             "This includes a 60 percent tariff on steel."], published_at=PUBLISHED, title=FACT_SHEET)
    assert [r.value_to for r in rows] == [60.0]


# --- the bracketed title of a cited instrument names no party and no goods of this measure -----

UK_TITLE = "Implementing the General Terms of the United States-United Kingdom Deal"


@pytest.mark.parametrize("sentence", [
    "Imports of tractors within the quota that would otherwise be subject to a 25 percent tariff under Proclamation "
    "10999 of March 2, 2026 (Adjusting Imports of Tractors Into the United States), shall instead be subject to a "
    "7.5 percent tariff.",
    "Goods within the quota that would otherwise be subject to the duties of Executive Order 14999 of May 4, 2026 "
    "(Addressing Trade With the United Kingdom and Cars Into the United States) shall instead be subject to a 7.5 "
    "percent tariff.",
])
def test_cited_title_names_no_party_or_goods(sentence):
    rows = order("Sec. 2. Quota. (a) I hereby establish an annual tariff-rate quota for tractors that are products "
                 "of the United Kingdom. " + sentence, title=UK_TITLE)
    rated = [r for r in rows if r.value_to == 7.5]
    assert [(r.actor, r.counterparty, r.products) for r in rated] == [("USA", "GBR", [])]


# --- a rate stated with the sum it makes is the sum ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Tractors of the United Kingdom shall instead be subject to a 7.5 percent tariff, in addition to the "
     "most-favored-nation rate of 2.5 percent, for a combined tariff of 10 percent.", 10.0),
    ("Mowers of the United Kingdom shall be subject to a 12 percent duty, in addition to the general rate of 3 "
     "percent, for a total duty of 15 percent.", 15.0),
    ("Mowers of the United Kingdom shall be subject to a 12 percent duty.", 12.0),
])
def test_rate_stated_with_its_sum_is_the_sum(sentence, expected):
    rows = order(sentence, title=UK_TITLE)
    assert [(r.actor, r.value_to) for r in rows] == [("USA", expected)]


# --- an order's boilerplate on trade zones and non-stacking is no measure ------------------------

@pytest.mark.parametrize("clause", [
    "(g) Covered articles, which are subject to the duty specified in section 2 of this order and are admitted into a "
    "foreign trade zone on or after May 1, 2026, must be admitted as privileged foreign status.",
    "(e) Any rate of duty on articles of Chile under the terms of this order shall not apply in addition to the rate "
    "of duty specified by the existing orders described in subsection (d).",
    "(c) The duties imposed under this order shall not be imposed in addition to any duty under Proclamation 10999.",
])
def test_trade_zone_and_non_stacking_clauses_give_no_row(clause):
    assert order(clause) == []


# --- trading partners in general, as an order's background, are no party ------------------------

@pytest.mark.parametrize("background", [
    "Trading partners have repeatedly blocked plurilateral solutions, including in new rounds of tariff negotiations.",
    "At the same time, U.S. trading partners have had few incentives to provide reciprocal treatment to U.S. exports.",
    "Our trading partners routinely impose higher tariffs on American farm goods.",
])
def test_trading_partners_in_general_are_background(background):
    assert order(background) == []


def test_a_named_partner_blocking_access_is_still_a_row():
    rows = order("Canada has repeatedly blocked access for U.S. dairy.")
    assert [(r.actor, r.category) for r in rows] == [("CAN", "market_access")]



# --- a level change told of the measure itself --------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("(2) The ad valorem duty on upholstered furniture shall increase from 25 percent to 30 percent on January 1, "
     "2027.", ("raise", 25.0, 30.0)),
    ("The duty on sofas shall decrease from 30 percent to 25 percent.", ("reduce", 30.0, 25.0)),
    ("The tariff rate for trucks will decrease to 10 percent.", ("reduce", None, 10.0)),
])
def test_measure_as_subject_of_increase_or_decrease(clause, expected):
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in order(clause)] == [
        ("USA", "tariff", *expected)]


def test_quantities_that_increase_are_no_tariff():
    assert order("Imports of sofas shall increase from 2 million units to 3 million units.") == []


# --- percentage points of a rate are a tariff's ---------------------------------------------------

def test_points_of_a_rate_suspended_are_a_tariff_change():
    rows = order("This rate of duty of 10 percent reflects the modification of the additional rate of duty on "
                 "articles of Vietnam, by suspending 36 percentage points of that rate for an initial period of 90 days.")
    assert [(r.category, r.action, r.change, r.unit) for r in rows] == [
        ("tariff", "suspend", -36.0, "percentage_points")]


# --- an official named by office acts for the government -----------------------------------------

@pytest.mark.parametrize("clause", [
    "(a) The Trade Representative shall impose an additional duty of 15 percent on all goods of Brazil.",
    "The Secretary of Commerce shall impose an additional duty of 15 percent on all goods of Brazil.",
    "The Secretary of Homeland Security (Secretary) shall impose an additional duty of 15 percent on all goods of "
    "Brazil.",
])
def test_official_named_by_office_acts_for_the_signer(clause):
    rows = order(clause, title="Imposing Duties Under Section 301 With Respect to Brazil")
    assert [(r.actor, r.counterparty, r.action, r.value_to) for r in rows] == [("USA", "BRA", "impose", 15.0)]


def test_a_statistic_as_subject_stays_no_party():
    assert order("Imports of steel from Brazil will increase by 15 percent this year.") == []
