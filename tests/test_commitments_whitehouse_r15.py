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
