"""Round 44 (issue 4), the lead: a ban's or a check's row takes no sum of money.

The team's own sentences (never text from the shared or written pages).

A restriction's `amount` is the quantity it lets through (convention 14); no gold row of any set gives an
`import_restriction` or `export_control` row a sum in a currency. A sum told beside a ban or a check is the goods'
worth or a threshold ("goods valued below $2,000", "shipments worth about $900 million a year"), not the measure's.
Purchases, investments and tariffs keep their sums.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 9, 14, tzinfo=timezone.utc)


def _rows(text):
    rows = commitments_from([text], published_at=WHEN, authors=["A Reporter"])
    return [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows]


@pytest.mark.parametrize("text", [
    "Chile said on Tuesday it would ban exports of raw lithium concentrate, shipments worth about $900 million a year.",
    "Kenya will stop requiring a pre-shipment inspection for consignments valued below $2,000, the revenue authority said.",
    "Vietnam banned imports of used tyres from Thailand, a trade worth some 40 million dollars last year.",
])
def test_a_restrictions_row_takes_no_sum_of_money(text):
    rows = [r for r in _rows(text) if r[1] in ("export_control", "import_restriction")]
    assert rows, _rows(text)
    assert all(r[3] is None and r[4] is None for r in rows), rows


@pytest.mark.parametrize("text, category", [
    ("Japan will buy $3 billion of American liquefied natural gas over two years, the trade ministry said.", "purchase"),
    ("South Korea will invest $5 billion in American shipyards under the deal, the finance ministry said.", "investment"),
])
def test_a_purchase_or_an_investment_keeps_its_sum(text, category):
    rows = [r for r in _rows(text) if r[1] == category]
    assert rows and all(r[3] is not None and r[4] == "usd" for r in rows), _rows(text)
