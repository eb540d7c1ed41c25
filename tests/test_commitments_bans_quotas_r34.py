"""Round 34 (IR): a minimum export price set, raised or removed is the level of an export control; a ban told as a
prohibition, an embargo or a closure can be extended.

The team's own sentences (guide: "a minimum export price raised is `export_control` `restrict` with the price as its
level", Round 23; a measure removed keeps its level as `value_from`)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, rows_of, triples

ON = datetime(2026, 9, 15, tzinfo=timezone.utc)


def _rows(sentence: str):
    return bylined_story(sentence, published_at=ON)


def _floor(sentence: str):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount, r.unit) for r in _rows(sentence))


# the variation battery: verbs, word orders, the actor as country / capital / ministry / adjective, an aside
@pytest.mark.parametrize("sentence, expected", [
    ("Nairobi set a minimum export price of $3 a kilogram for tea.",
     [("KEN", "export_control", "restrict", None, 3.0, None, "usd")]),
    ("Kenya's agriculture ministry raised the minimum export price for macadamia nuts to $4.10 a kilogram from $3.60, "
     "effective immediately.",
     [("KEN", "export_control", "restrict", 3.6, 4.1, None, "usd")]),
    ("Pakistan will raise its minimum export price for rice to $700 a tonne.",
     [("PAK", "export_control", "restrict", None, 700.0, None, "usd")]),
    ("The Indian government removed the $950 a tonne minimum export price on basmati rice.",
     [("IND", "export_control", "remove", 950.0, None, None, "usd")]),
    ("In a bid to keep onions at home, New Delhi imposed a minimum export price of $800 a tonne.",
     [("IND", "export_control", "restrict", None, 800.0, None, "usd")]),
    ("Vietnam has abolished its export floor price for rice.",
     [("VNM", "export_control", "remove", None, None, None, None)]),
    ("Ghana set an export floor price of $2,100 a tonne for raw cashew nuts.",
     [("GHA", "export_control", "restrict", None, 2100.0, None, "usd")]),
    ("Kenya has introduced a minimum export price of $3 a kilogram for tea.",
     [("KEN", "export_control", "restrict", None, 3.0, None, "usd")]),
    ("Egypt's trade ministry doubled the minimum export price for sugar.",
     [("EGY", "export_control", "restrict", None, None, None, None)]),
    ("Myanmar's commerce ministry will scrap the minimum export prices it set on rice last year.",
     [("MMR", "export_control", "remove", None, None, None, None)]),
    ("India lifted the minimum export price on basmati rice.",
     [("IND", "export_control", "remove", None, None, None, None)]),
])
def test_minimum_export_price_is_the_controls_level(sentence, expected):
    assert _floor(sentence) == expected


def test_a_price_rise_that_is_not_a_floor_stays_a_tariff_or_nothing():
    # a price of goods, not a floor under exports: no export control row
    rows = _rows("Kenya's tea prices rose to $3.20 a kilogram from $2.90 at the Mombasa auction.")
    assert not [r for r in rows if r.category == "export_control"]


def test_an_import_price_floor_is_no_export_control():
    rows = _rows("India kept the minimum import price of $0.60 a kilogram on apples.")
    assert not [r for r in rows if r.category == "export_control"]


def test_a_floor_named_in_a_tariff_sentence_keeps_the_tariff_row():
    rows = _rows("Indonesia raised its export levy on crude palm oil to 12 percent.")
    assert rows_of(rows) == [("IDN", "tariff", "raise", 12.0, None, "percent")]


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya has extended the prohibition on maize imports by six months.", [("KEN", "import_restriction", "extend")]),
    ("Seoul extended by six months its prohibition on imports of Brazilian chicken.",
     [("KOR", "import_restriction", "extend")]),
    ("India has extended the prohibition on exports of rice bran.", [("IND", "export_control", "extend")]),
])
def test_a_prohibition_is_extended_as_a_ban_is(sentence, expected):
    assert triples(_rows(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The ministry extended the store closures until Friday.",
    "India extended the deadline for comments on the prohibition.",
])
def test_what_is_no_ban_stays_silent_when_extended(sentence):
    assert not [r for r in _rows(sentence) if r.category in ("import_restriction", "export_control")]
