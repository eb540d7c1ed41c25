"""Round 40 (issue 4), the lead: a purchase that is the term of a memorandum is `purchase` `negotiate` with its
figure on official pages too (convention 12; the white-house Vietnam framework's "twenty memorandums" row aligned
in the round-40 review), and a memorandum signed "with U.S. companies" still reaches its "to purchase" term.

The team's own sentences: every party, good and amount is invented.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 10, 2, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Farm Purchases from Ghana"


def purchase_rows(*paragraphs: str) -> list[tuple]:
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=FACT_SHEET)
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows if r.category == "purchase")


@pytest.mark.parametrize("sentence, expected", [
    ("Ghanaian millers have signed twelve memorandums of understanding with U.S. exporters to purchase American "
     "wheat and soybeans, with a total estimated value of over $1.1 billion.",
     [("GHA", "purchase", "negotiate", 1100000000.0, "usd")]),
    ("Ghana's state cocoa board signed a memorandum of understanding to buy 40,000 tonnes of American fertilizer.",
     [("GHA", "purchase", "negotiate", 40000.0, "tonnes")]),
    # the purchase itself, with no memorandum, stays `purchase`
    ("Ghana will purchase $1.1 billion of American wheat and soybeans over three years.",
     [("GHA", "purchase", "purchase", 1100000000.0, "usd")]),
    # a memorandum in an earlier sentence does not make the next sentence's purchase a term of it
    ("Ghana and the United States signed a memorandum of understanding on port security. Ghana will also buy 12 "
     "American locomotives.",
     [("GHA", "purchase", "purchase", 12.0, "units")]),
])
def test_a_memorandum_purchase_on_an_official_page_is_negotiate(sentence, expected):
    assert purchase_rows(sentence) == expected
