"""Round 25 (second wave): rows an article-level merge took away that were commitments of their own; our own
sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import order_commitments


def levies(rows, level: float, goods: str = "") -> list[tuple]:
    """(actor, action, whether the sentence names ``goods``) of each `tariff` row at ``level``, sorted."""
    return sorted((r.actor or "", r.action, goods in r.evidence) for r in rows
                  if r.category == "tariff" and r.value_to == level)


# One rate, two goods, two sentences: each sentence puts the rate on goods the other never names, so two measures at
# one level (convention 8 merges a measure told again, not other goods at the same rate).
def test_other_goods_at_the_same_rate_in_an_order_are_their_own_row():
    rows = order_commitments([
        "Sec. 2. Imposition of Duties. (a) Imported ferry hulls shall be subject to an additional ad valorem duty of "
        "20 percent.",
        "(b) Marine diesel engines designed for passenger vessels shall be dutiable at an additional 20 percent ad "
        "valorem.",
    ], published_at=datetime(2027, 4, 1), title="Adjusting Imports of Ferries and Ferry Parts Into the United States",
        article_id="t-ferries")
    assert levies(rows, 20.0, "diesel") == [("USA", "impose", False), ("USA", "impose", True)]


def test_other_goods_at_the_same_rate_in_a_fact_sheet_are_their_own_row():
    rows = order_commitments([
        "Today, President Donald J. Trump signed a Proclamation that puts a 30% tariff on imported snowplows.",
        "Imported salt spreaders will face the same 30% tariff as snowplows.",
    ], published_at=datetime(2027, 4, 1), title="Fact Sheet: President Donald J. Trump Adjusts Imports of Snowplows",
        article_id="t-snowplows")
    assert levies(rows, 30.0, "spreaders") == [("USA", "impose", False), ("USA", "impose", True)]


# What stays one row: the same goods at the same rate told again, and a subject pointing back to the rate.
def test_the_same_goods_at_the_same_rate_told_again_stay_one_row():
    rows = order_commitments([
        "Sec. 2. Imposition of Duties. (a) Imported ferry hulls shall be subject to an additional ad valorem duty of "
        "20 percent.",
        "(b) The additional duty of 20 percent on ferry hulls shall apply to goods entered on or after May 1, 2027.",
    ], published_at=datetime(2027, 4, 1), title="Adjusting Imports of Ferries Into the United States",
        article_id="t-ferries-2")
    assert len(levies(rows, 20.0)) == 1


def test_a_rate_pointed_back_to_stays_one_row():
    rows = order_commitments([
        "Today, President Donald J. Trump signed a Proclamation that puts a 30% tariff on imported snowplows.",
        "That 30% tariff takes effect on May 1.",
    ], published_at=datetime(2027, 4, 1), title="Fact Sheet: President Donald J. Trump Adjusts Imports of Snowplows",
        article_id="t-snowplows-2")
    assert len(levies(rows, 30.0)) == 1
