"""Round 42 (issue 4), NTS: silent news sentences about tariffs.

The team's own sentences (never text from the shared or written pages).

- Goods that entered, or go / get in, free of duty: the entering form of `enter_free` (convention 13: the country
  entered levies no duty) had "enter", "enters", "entering" and "come in" but not the past "entered" nor "go in" /
  "get in": "Under the pact, Peruvian grapes entered Korea free of duty" → KOR `tariff` `remove` to 0.
- A rate paid or faced told as a range or as plural rates, with no tariff word: "Chinese shipments will pay between
  4.5% and 11.6%", "Thai exporters face rates of up to 35%", "Vietnamese producers face a punitive 82.5%" → the page's
  levying party `impose` at the top of the range (`_PAID_RATE`, which "face" now takes where the rate ends its clause).
- Not: a pact that "entered into force", goods that entered in volume, people who entered visa-free; a share faced
  ("a 30% drop in orders", "a 30% chance of closure"), interest rates, a range told as an extra cost ("pay between 4.5%
  and 11.6% more for freight"), plural rates of a loan.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 3, 1, tzinfo=timezone.utc)
_REMEDY_LEAD = "Chile imposed final anti-dumping duties on steel grinding balls from China on Monday."
_PACT_LEAD = "Egypt and Kenya signed a trade pact on Monday."


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted(((r.actor, r.category, r.action, r.value_to) for r in rows), key=str)


_ENTERED = [
    ("Under the pact, Peruvian grapes entered Korea free of duty for the first time on Monday.",
     ("KOR", "tariff", "remove", 0.0)),
    ("Before the war, Syrian olive oil entered Jordan free of any duty.", ("JOR", "tariff", "remove", 0.0)),
]


@pytest.mark.parametrize("sentence, expected", _ENTERED)
def test_goods_that_entered_free_of_duty(sentence, expected):
    assert expected in _rows(sentence)


def test_goods_that_go_in_duty_free_after_a_pact():
    assert ("EGY", "tariff", "remove", 0.0) in _rows(_PACT_LEAD, "Under it, Kenyan tea goes in duty-free from July 1.")


_PAID_OR_FACED = [
    ("Chinese shipments will pay between 4.5% and 11.6%, the ministry said.", ("CHL", "tariff", "impose", 11.6)),
    ("Chinese mills face combined rates of between 94% and 187%, the ministry said.", ("CHL", "tariff", "impose", 187.0)),
    ("Thai exporters face rates of up to 35%, the commission said.", ("CHL", "tariff", "impose", 35.0)),
    ("Vietnamese producers face a punitive 82.5%.", ("CHL", "tariff", "impose", 82.5)),
]


@pytest.mark.parametrize("sentence, expected", _PAID_OR_FACED)
def test_a_range_or_plural_rates_paid_or_faced(sentence, expected):
    assert expected in _rows(_REMEDY_LEAD, sentence)


_NOT_ENTERED_FREE = [
    "The agreement between Peru and Korea entered into force on Monday.",
    "Peruvian grapes entered Korea in record volumes last year.",
    "Tourists from Peru entered Japan visa-free.",
]


@pytest.mark.parametrize("sentence", _NOT_ENTERED_FREE)
def test_no_free_entry_without_a_duty(sentence):
    assert not any(category == "tariff" and action == "remove" for _, category, action, _ in _rows(sentence))


_NOT_A_RATE = [
    ("Chinese mills face a 30% drop in orders, the ministry said.", 30.0),
    ("Chinese mills face a 30% chance of closure.", 30.0),
    ("Chinese borrowers face interest rates of 7%, the bank said.", 7.0),
    ("Chinese shipments will pay between 4.5% and 11.6% more for freight.", 11.6),
    ("Chinese exporters face rates of between 31% and 46% in loan costs.", 46.0),
]


@pytest.mark.parametrize("sentence, level", _NOT_A_RATE)
def test_a_share_or_a_cost_faced_is_no_rate(sentence, level):
    assert not any(value == level for _, _, _, value in _rows(_REMEDY_LEAD, sentence))


# (round 43, NTS: the firms of a trade-remedy case paying their rate, _remedy_rate_paid; was a strict xfail)
def test_firms_with_no_country_paying_a_rate():
    assert ("CHL", "tariff", "impose", 22.4) in _rows(
        _REMEDY_LEAD, "Other producers that cooperated with the probe will pay 22.4 pct.")
