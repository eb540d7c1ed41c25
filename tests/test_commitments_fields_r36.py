"""Round 36 (issue 4), WF: tariff rows paired with the gold but wrong in a value field.

The team's own sentences (never text from the shared or written pages).

- A zero rate granted to goods "which currently face / now pay" a rate: that rate is where the duty stands, the
  row's `value_from` (guide rule 20, convention 13; Round 30's review: a current rate beside a change is that
  change's value_from), also for a zero told as a duty-free quota, a possessive rate ("now pays Peru's 9 percent
  tariff") and a range ("duties of between 5 and 20 percent": the top, as "up to").
- A cut "by half" or "in half" computes the level the sentence does not state (guide, "halving the tariff to 15%":
  convention 5), whichever end it gives.
- A removal whose zero is told later in its own clause ("phase out its 40 per cent tariff ..., until the rate reaches
  zero", "scrap the 15 per cent duty ..., taking the rate to zero", "will fall in equal steps to zero") is `remove`
  with `value_to` 0 (convention 8: the zero is stated); with no zero stated `value_to` stays empty (Round 17 Q2).
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _tariff_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


# a zero rate for goods that currently pay a rate: that rate is the value_from
@pytest.mark.parametrize("text, expected", [
    ("Vietnam will open a duty-free quota of 40,000 tonnes a year for Australian barley, which currently faces an 8% "
     "tariff.", ("VNM", "remove", 8.0, 0.0)),
    ("Under the deal, Peru will open a duty-free quota of 5,000 tonnes for Korean kimchi, which now pays Peru's 9 "
     "percent tariff.", ("PER", "remove", 9.0, 0.0)),
    ("Egypt will apply a zero tariff to Jordanian olive oil from 2028, which currently faces duties of between 5 and 20 "
     "percent.", ("EGY", "remove", 20.0, 0.0)),
])
def test_a_zero_rate_for_goods_that_currently_pay_a_rate_starts_from_it(text, expected):
    assert expected in _tariff_rows(text)


@pytest.mark.parametrize("text, expected", [
    # no current rate named: the zero only
    ("Kenya will open a duty-free quota of 10,000 tonnes for Ugandan maize.", [("KEN", "remove", None, 0.0)]),
    # a share of imports is no rate the goods pay
    ("Ghana will open a duty-free quota of 2,000 tonnes for Togolese yams, which currently make up 5 percent of its "
     "imports.", [("GHA", "remove", None, 0.0)]),
])
def test_a_zero_rate_with_no_current_rate_keeps_value_from_empty(text, expected):
    assert _tariff_rows(text) == expected


# a cut by half computes the other end
@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka will cut the duty on Indian onions by half, from 30 percent.", ("LKA", "reduce", 30.0, 15.0)),
    ("Chad will cut its 24 percent tariff on American flour in half.", ("TCD", "reduce", 24.0, 12.0)),
    ("Bolivia will cut its levy on Peruvian quinoa by half, to 6 per cent.", ("BOL", "reduce", 12.0, 6.0)),
])
def test_a_cut_by_half_computes_the_level_not_stated(text, expected):
    assert _tariff_rows(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # half of the imports, not half of the rate
    ("Jordan will cut tariffs on half of its imports from Iraq to 5 percent.", ("JOR", "reduce", None, 5.0)),
    # the half names another duty of the sentence, coordinated after the rate
    ("Ghana cut its tariff on Ivorian cocoa to 10 percent and its levy on Ivorian rubber by half.",
     ("GHA", "reduce", None, 10.0)),
    # a half of the year is a time
    ("Tunisia will cut its 30 percent duty on Algerian dates in the second half of the year.",
     ("TUN", "reduce", 30.0, None)),
])
def test_half_of_something_else_computes_nothing(text, expected):
    assert expected in _tariff_rows(text)


# a removal whose zero is told later in its own clause
@pytest.mark.parametrize("text, expected", [
    ("Vietnam will phase out its 40 per cent tariff on Chilean wine over eight years, until the rate reaches zero.",
     ("VNM", "remove", 40.0, 0.0)),
    ("Malaysia agreed to scrap the 15 per cent duty it charges on Thai rice, taking the rate to zero from March.",
     ("MYS", "remove", 15.0, 0.0)),
    ("Egypt's 12 per cent tariff on Moroccan sardines will fall in equal steps to zero over six years.",
     ("EGY", "remove", 12.0, 0.0)),
])
def test_a_zero_told_later_in_the_clause_is_the_value_to(text, expected):
    assert _tariff_rows(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # no zero stated (Round 17 Q2)
    ("Ukraine will scrap its 10 per cent duty on Polish pork.", ("UKR", "remove", 10.0, None)),
    ("Kenya will phase out its 25 per cent tariff on Tanzanian rice over five years.", ("KEN", "remove", 25.0, None)),
    # the zero belongs to another duty, in a clause of its own
    ("Paraguay scrapped its 8% tariff on Chilean apples and will cut its duty on Chilean pears to zero by 2030.",
     ("PRY", "remove", 8.0, None)),
])
def test_no_zero_in_the_clause_leaves_value_to_empty(text, expected):
    rows = _tariff_rows(text)
    assert expected in rows
    assert not any(r[2] is not None and r[3] == 0.0 for r in rows)


def _purchase_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.action, r.amount, r.unit) for r in rows if r.category == "purchase")


# purchase rights beside a counted order are options: `purchase` `negotiate` with their count (guide, Round 31 review,
# "aircraft options"), not a purchase of "rights"
@pytest.mark.parametrize("text, expected", [
    ("Kenya Airways placed a firm order for 12 Boeing 787-9 jets and holds purchase rights on eight more.",
     [("KEN", "negotiate", 8.0, "units"), ("KEN", "purchase", 12.0, "units")]),
    ("Royal Air Maroc placed a firm order for 10 Boeing 737-8 jets, with purchase rights for five more.",
     [("MAR", "negotiate", 5.0, "units"), ("MAR", "purchase", 10.0, "units")]),
])
def test_purchase_rights_beside_an_order_are_options(text, expected):
    assert _purchase_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rights with no order beside them and no count: no purchase
    ("Ethiopian Airlines said it retains purchase rights on its leased cargo fleet.", []),
    # rights denied: the order only
    ("Saudia placed a firm order for 20 Airbus A321neo jets and said it had no purchase rights on further aircraft.",
     [("SAU", "purchase", 20.0, "units")]),
])
def test_purchase_rights_with_no_count_make_no_row(text, expected):
    assert _purchase_rows(text) == expected


def test_purchase_rights_told_after_the_order_add_to_it():
    # the order in one paragraph, the rights on "6 more aircraft" in the next: the buyer's options row, anchored there
    rows = commitments_from(["Air Serbia has placed a firm order for 9 Airbus A220 jets, the carrier said on Monday.",
                             "The contract, signed in Belgrade, also gives Air Serbia purchase rights on 6 more aircraft."],
                            published_at=WHEN, title="Trade news", authors=["A Writer"])
    assert sorted((r.actor, r.action, r.amount, r.evidence[:12]) for r in rows if r.category == "purchase") == [
        ("SRB", "negotiate", 6.0, "The contract"), ("SRB", "purchase", 9.0, "Air Serbia h")]


def test_purchase_rights_after_no_order_make_no_row():
    # no counted order told just before: the rights stand alone, no options row
    rows = commitments_from(["Serbia will cut its tariff on Hungarian wine to 5 percent, the ministry said.",
                             "The airline also holds purchase rights on 6 more aircraft from an earlier deal."],
                            published_at=WHEN, title="Trade news", authors=["A Writer"])
    assert [r for r in rows if r.category == "purchase"] == []
