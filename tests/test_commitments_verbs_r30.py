"""Round 30: a duty stretched over new goods is imposed on them, our own sentences (VB)."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def tariff_rows(rows):
    """(actor, category, action, value_to) of the tariff rows, sorted."""
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if r.category == "tariff")


# "extend <a duty> to <goods>": the duty now covers goods it did not cover (`impose` on them), as round 20 read
# "extend its export curbs to two more metals" (`restrict`); a term prolonged ("to 2029", "to the end of") stays
# `extend`.
def test_duty_extended_to_goods_told_by_their_origin():
    rows = story("Peru said on Monday it would extend its 18% anti-dumping duty to Thai ceramic tiles from March.")
    assert tariff_rows(rows) == [("PER", "tariff", "impose", 18.0)]


def test_surtax_on_goods_extended_to_more_product_categories():
    rows = story("Canada will extend its 25% surtax on steel and aluminium to another 90 categories of products "
                 "containing the metals from June 23, the finance department said.")
    assert tariff_rows(rows) == [("CAN", "tariff", "impose", 25.0)]


def test_surtax_extended_to_lowercase_goods():
    rows = story("Ottawa will extend its 20% surtax to steel wire and nails next month, the minister said.")
    assert tariff_rows(rows) == [("CAN", "tariff", "impose", 20.0)]


def test_surtax_prolonged_to_a_year_stays_extend():
    rows = story("Ottawa will extend its 20% surtax on Chinese steel wire to 2029, the minister said.")
    assert [r.action for r in rows if r.category == "tariff"] == ["extend"]


def test_surtax_prolonged_to_a_date_stays_extend():
    rows = story("Ottawa will extend the 20% surtax to December 31, the minister said.")
    assert [r.action for r in rows if r.category == "tariff"] == ["extend"]


def test_rate_extended_by_months_is_no_new_goods():
    rows = story("Ottawa will extend the 20% surtax to 30 June 2028, the minister said.")
    assert "impose" not in [r.action for r in rows]
