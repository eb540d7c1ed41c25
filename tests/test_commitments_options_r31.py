"""Round 31 (lead, from round 30 O2's dropped patch): aircraft options beside a counted order; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, rows_of

ON = datetime(2027, 12, 1)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Aircraft and Energy Purchases from Moldova"


def extracted(texts, title=FACT_SHEET):
    return commitments_from(texts, published_at=ON, title=title, article_id="r31-options")


# 1. Options on further aircraft beside a counted order (guide, "aircraft options": `purchase` `negotiate` with their
# count): the buyer of the order gets a second row for the options.
def test_options_for_more_aircraft_beside_an_order():
    rows = extracted(["Air Moldova will buy nine Boeing 737-8 jets, with options for three more, in a deal worth "
                      "roughly $1.1 billion."])
    assert rows_of(rows) == [("MDA", "purchase", "negotiate", None, 3.0, "units"),
                             ("MDA", "purchase", "purchase", None, 9.0, "units")]


def test_options_on_another_count_in_digits_at_the_sentence_end():
    rows = extracted(["Air Moldova intends to purchase 16 Boeing 787-10 widebodies, valued at about $4 billion, "
                      "with options on another 8."])
    assert rows_of(rows) == [("MDA", "purchase", "negotiate", None, 8.0, "units"),
                             ("MDA", "purchase", "purchase", None, 16.0, "units")]


def test_options_without_a_counted_order_stay_silent():
    # no order counted in units beside the options: nothing to attach them to
    assert [r for r in extracted(["Air Moldova is weighing options for ten more regional jets."])
            if r.action == "negotiate"] == []


def test_options_kept_open_are_no_row():
    rows = extracted(["Air Moldova will buy nine Boeing 737-8 jets and keeps its options open on the rest of its "
                      "fleet."])
    assert rows_of(rows) == [("MDA", "purchase", "purchase", None, 9.0, "units")]
