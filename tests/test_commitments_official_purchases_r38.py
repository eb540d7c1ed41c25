"""Round 38 (issue 4), OP: official sentences where nothing was read — a party's or its firm's counted order or
acquisition of goods whose noun the counted-goods readers (`acquire`, `order_counted` in commitment_cues.yaml) did not
know: fighters, freighters, cutters, icebreakers, carriers (ships), harvesters, tractors, combines, railcars, and a
count followed by two adjectives with a comma ("ten U.S.-built, U.S.-flagged container vessels"). A counted purchase
takes the count in `units` (guide rule 25); the buyer is the partner of a deal document (convention 3).

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)
TITLE = "Fact Sheet: President Donald J. Trump Secures Energy, Aviation and Farm Commitments from Norway"


def purchases(sentence: str, title: str = TITLE) -> list[tuple]:
    rows = commitments_from([sentence], published_at=ON, title=title)
    return sorted((r.actor, r.counterparty, r.category, r.action, r.amount, r.unit) for r in rows
                  if r.category == "purchase")


POSITIVE = [
    ("Norway will acquire fourteen additional F-35A fighters to replace its older jets.",
     [("NOR", "USA", "purchase", "purchase", 14.0, "units")]),
    ("Norway's Ministry of Agriculture will acquire 240 combine harvesters and tractors from American manufacturers "
     "over four years.", [("NOR", "USA", "purchase", "purchase", 240.0, "units")]),
    ("Norway intends to acquire three polar icebreakers built in American shipyards.",
     [("NOR", "USA", "purchase", "purchase", 3.0, "units")]),
    ("Fjordline Cargo will order nine Boeing 777-8 Freighters for its cargo hub.",
     [("NOR", "USA", "purchase", "purchase", 9.0, "units")]),
    pytest.param("Fjordline Cargo will order nine Boeing 777-8 Freighters for its Oslo hub.",
                 [("NOR", "USA", "purchase", "purchase", 9.0, "units")],
                 marks=pytest.mark.xfail(reason="a partner's place after the goods (where they go) is read as their "
                                                "origin, so the named firm is taken for a buyer of the partner's goods",
                                         strict=True)),
    ("Nordvik Shipping will place orders for seven LNG carriers at American yards by 2031.",
     [("NOR", "USA", "purchase", "purchase", 7.0, "units")]),
    ("Nordvik Bulk will place orders for twelve U.S.-built, U.S.-flagged bulk vessels by 2032.",
     [("NOR", "USA", "purchase", "purchase", 12.0, "units")]),
    ("Norway's coast guard will acquire five Arctic patrol cutters from a Mississippi yard.",
     [("NOR", "USA", "purchase", "purchase", 5.0, "units")]),
    ("Norway's rail operator has ordered 60 American railcars for its freight network.",
     [("NOR", "USA", "purchase", "purchase", 60.0, "units")]),
]


@pytest.mark.parametrize("sentence,expected", POSITIVE, ids=[(p.values[0] if hasattr(p, "values") else p[0])[:40] for p in POSITIVE])
def test_a_counted_order_or_acquisition_of_goods_is_a_purchase_by_count(sentence, expected):
    assert purchases(sentence) == expected


NEGATIVE = [
    # a carrier that is an airline, not a ship: nothing is bought
    "Norway welcomed orders from two new carriers serving its northern airports.",
    # acquiring a firm is no counted purchase of goods
    "Nordvik Shipping will acquire two American tractor dealers over the next year.",
    # a count of fighters flown, not bought
    "Norway already flies 52 F-35A fighters from its base at Orland.",
    # an executive order numbered, no goods counted
    "The President ordered 90 days of consultations on tractors and harvesters.",
]


@pytest.mark.parametrize("sentence", NEGATIVE, ids=[s[:40] for s in NEGATIVE])
def test_near_misses_give_no_counted_purchase(sentence):
    assert [row for row in purchases(sentence) if row[5] == "units"] == []


def rows_of(text: str, title: str = TITLE) -> list[tuple]:
    rows = commitments_from([text], published_at=ON, title=title)
    return sorted((r.actor, r.counterparty, r.category, r.action, r.amount) for r in rows)


def test_a_partners_makers_after_a_us_purchase_pledge_for_their_country():
    # the makers named by their country's adjective are the subject, not the United States of the sentence before
    text = ("The United States intends to acquire three polar icebreakers built in Norwegian yards. Norwegian "
            "shipbuilders and maritime equipment companies intend to invest $1.4 billion in yards in the United States.")
    assert rows_of(text) == [("NOR", "USA", "investment", "invest", 1.4e9), ("USA", "NOR", "purchase", "purchase", 3.0)]

