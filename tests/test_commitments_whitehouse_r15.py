"""Round 15, real White House pages: the operative clauses of orders and proclamations (our own sentences)."""
from datetime import datetime, timezone

import pytest

from commitment_text import order_commitments

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Adjusting Imports of Industrial Machinery Into the United States"


def rows_for(sentence):
    rows = order_commitments([sentence], published_at=PUBLISHED, title=TITLE, article_id="test-whitehouse-r15")
    return [r for r in rows if r.evidence == sentence]


def shapes(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_to, r.status) for r in rows)


# --- class 1: a measure named before its rate is the subject of "shall apply" -----------------------

@pytest.mark.parametrize("sentence, partner, rate", [
    ("For goods of Brazil, an additional duty of 40 percent shall apply to all entries on or after August 6, 2026.",
     "BRA", 40.0),
    ("A rate of duty of 15 percent shall apply to passenger vehicles of the European Union.", "EUN", 15.0),
    ("Tariffs of 20 percent will apply to goods from Vietnam beginning August 1, 2026.", "VNM", 20.0),
    ("On imports of Japanese cars, a tariff of 15% will apply.", "JPN", 15.0),
    ("The reciprocal tariff of 19 percent shall apply to products of Indonesia.", "IDN", 19.0),
    ("An ad valorem rate of duty of 12 percent shall apply to articles of Mexico that do not qualify under USMCA.",
     "MEX", 12.0),
])
def test_rate_named_after_its_measure_applies(sentence, partner, rate):
    assert shapes(rows_for(sentence)) == [("USA", partner, "tariff", "impose", rate, "implemented")]


def test_rate_without_a_country_still_applies():
    rows = rows_for("Under this proclamation, a duty of 50 percent ad valorem shall apply to copper pipes.")
    assert shapes(rows) == [("USA", None, "tariff", "impose", 50.0, "implemented")]


@pytest.mark.parametrize("sentence", [
    "A fee of 10 percent shall apply to late applications.",
    "The interest rate of 5 percent shall apply to the loan.",
])
def test_a_rate_that_is_no_trade_measure_gives_no_row(sentence):
    assert rows_for(sentence) == []


# --- class 1b: an order's passive levy ("shall be assessed on", "shall be collected on") ------------

@pytest.mark.parametrize("sentence, partner, rate", [
    ("An ad valorem duty of 10 percent shall be assessed on imports of lumber from Canada.", "CAN", 10.0),
    ("An additional ad valorem duty of 35 percent shall be collected on articles of Brazil.", "BRA", 35.0),
    ("A tariff of 25 percent will be assessed on trucks of Mexico.", "MEX", 25.0),
])
def test_rated_duty_assessed_or_collected_is_imposed(sentence, partner, rate):
    assert shapes(rows_for(sentence)) == [("USA", partner, "tariff", "impose", rate, "implemented")]


@pytest.mark.parametrize("sentence", [
    "Processing fees shall be collected on each entry.",
    "Penalties shall be assessed on importers who misstate the country of origin.",
    "Data shall be collected on imports of steel from all countries.",
    "This duty shall be assessed on the value of each package.",
])
def test_fees_penalties_data_or_a_duty_already_named_give_no_row(sentence):
    assert rows_for(sentence) == []


# --- class 1c: a change the order delegates ("is authorized/directed to modify ...") ---------------

@pytest.mark.parametrize("sentence, action, rate", [
    ("The Secretary is authorized to modify the reciprocal tariff rate to zero percent for products of Japan.",
     "remove", 0.0),
    ("The Secretary is hereby authorized to reduce the reciprocal tariff rate to zero percent for products of Japan.",
     "remove", 0.0),
    ("The Secretary is authorized to impose a tariff of 10 percent on products of Japan.", "impose", 10.0),
])
def test_an_authorized_change_is_announced(sentence, action, rate):
    # the order permits the change; it is still to be made (the guide's note on the Japan order)
    assert shapes(rows_for(sentence)) == [("USA", "JPN", "tariff", action, rate, "announced")]


@pytest.mark.parametrize("sentence, partner, action, rate", [
    ("The Secretary is directed to modify the reciprocal tariff rate to zero percent for products of Japan.",
     "JPN", "remove", 0.0),
    ("The Secretary of Commerce is authorized and directed to impose an additional duty of 25 percent on "
     "articles of Brazil.", "BRA", "impose", 25.0),
    ("The United States Trade Representative is directed to suspend the tariff on products of Vietnam.",
     "VNM", "suspend", None),
])
def test_a_directed_change_is_the_orders_own(sentence, partner, action, rate):
    assert shapes(rows_for(sentence)) == [("USA", partner, "tariff", action, rate, "implemented")]


def test_opening_purpose_clause_gives_no_row_of_its_own():
    sentence = ("(a) To implement the terms of the Agreement, the Secretary is authorized to modify the reciprocal "
                "tariff rate to zero percent for products of Japan that are generic pharmaceuticals.")
    assert shapes(rows_for(sentence)) == [("USA", "JPN", "tariff", "remove", 0.0, "announced")]


@pytest.mark.parametrize("sentence", [
    "The club is authorized to raise ticket prices for the new season.",
    "The council is directed to review parking fees at the harbour.",
    "To implement this order, the Secretary shall take all necessary actions.",
])
def test_delegations_outside_trade_give_no_row(sentence):
    assert rows_for(sentence) == []


def test_permitted_change_is_not_merged_into_the_orders_own_zero():
    own = "For a product of Japan with a duty rate of at least 15 percent, the additional rate of duty shall be zero percent."
    permitted = ("The Secretary is authorized to modify the reciprocal tariff rate to zero percent for products of "
                 "Japan that are generic pharmaceuticals.")
    rows = order_commitments([own, permitted], published_at=PUBLISHED, title=TITLE, article_id="test-whitehouse-r15")
    zeros = sorted((r.action, r.value_to, r.status) for r in rows if r.counterparty == "JPN")
    assert zeros == [("remove", 0.0, "announced"), ("remove", 0.0, "implemented")]


# --- class 1d: a new duty with its own rate for a class of goods, "only to the non-U.S. content" -------

@pytest.mark.parametrize("sentence, partners, rate", [
    ("For products of Canada and Mexico that qualify for preferential tariff treatment under the USMCA, a duty of "
     "25 percent shall apply only to the non-U.S. content of the product.", ["CAN", "MEX"], 25.0),
    ("For goods of Brazil that contain U.S. parts, an additional duty of 40 percent shall apply only to the value of "
     "the non-U.S. parts.", ["BRA"], 40.0),
])
def test_new_rated_duty_on_part_of_the_value_is_a_row_per_partner(sentence, partners, rate):
    assert shapes(rows_for(sentence)) == [("USA", p, "tariff", "impose", rate, "implemented") for p in partners]


@pytest.mark.parametrize("sentence", [
    "The 50% tariff will apply only to the steel content of the product.",
    "The tariffs will apply only to the steel content.",
])
def test_content_scope_of_a_rate_told_before_gives_no_row(sentence):
    assert rows_for(sentence) == []  # guide rule 3


# --- class 2: a measure that waits on a future event is announced, not in force --------------------

@pytest.mark.parametrize("sentence, partner, action, rate", [
    ("If the border orders are terminated, articles of Mexico shall be subject to an additional duty of 12 percent.",
     "MEX", "impose", 12.0),
    ("In the event that the suspension expires, goods of China shall be subject to an additional duty of 34 percent.",
     "CHN", "impose", 34.0),
    ("Should the agreement be terminated, products of Japan shall be subject to a 25 percent tariff.",
     "JPN", "impose", 25.0),
    ("If such orders are revoked, articles of Canada not qualifying under USMCA shall be subject to an ad valorem "
     "rate of duty of 12 percent.", "CAN", "impose", 12.0),
])
def test_duty_after_a_future_event_is_announced_and_conditional(sentence, partner, action, rate):
    rows = rows_for(sentence)
    assert shapes(rows) == [("USA", partner, "tariff", action, rate, "announced")]
    assert all(r.conditional for r in rows)


def test_no_tariff_for_those_who_decide_to_build_here_is_announced():
    rows = rows_for("There will be no tariff if companies decide to build or manufacture products in the United States.")
    assert [(r.category, r.action, r.value_to, r.status, r.conditional) for r in rows] == [
        ("tariff", "remove", 0.0, "announced", True)]


def test_if_that_classifies_goods_stays_in_force():
    # guide rule 28: "if" sorting goods by origin is no condition
    rows = rows_for("If the product is from the United Kingdom, a tariff of 10 percent shall apply.")
    assert [(r.counterparty, r.value_to, r.status, r.conditional) for r in rows] == [("GBR", 10.0, "implemented", False)]
