"""Round 43 (issue 4), ACN: paired rows right in actor and category but wrong in their action.

The team's own sentences (never text from the shared or written pages).

- A party that "has kept" its own measure named with its rate ("has kept its 40 percent tariff on X", "has kept the duty
  on X at 7.5%") keeps it: `maintain`, the rate in `value_to` (guide: the verb of keeping decides; Round 29), not rule
  4's standing fact (`impose`), which stays for a rate told of a party in general ("has long maintained duties of more
  than 35%", "has kept a 35% duty on rice since 2019", "some of the highest tariffs").
- A zero kept ("has kept Thai shrimp free of duty") is duty-free access kept, `maintain` (never an `impose` at 0); goods
  kept "free of its reciprocal tariff" take no `value_to` (the duty named by its regime, as "free of the reciprocal
  tariff").
- The measure kept recounted in a relative clause ("..., which it imposed in 2025") is the same measure: no `impose` row.
- A rate that "stays at" a level beside another clause's change ("..., which stays at 30%", "while X will stay at 4 per
  cent") keeps the level after the verb, not the levels the earlier clause moved its own duty between.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)


def _rows(text):
    rows = commitments_from([text], published_at=WHEN, authors=["A Writer"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# a party's own measure kept, named with its rate: `maintain`
@pytest.mark.parametrize("text, expected", [
    ("Peru has kept its 40 percent tariff on Chilean sugar despite the talks.",
     ("PER", "tariff", "maintain", None, 40.0)),
    ("Hanoi has kept the 18% duty on Thai motorcycles since January.",
     ("VNM", "tariff", "maintain", None, 18.0)),
    ("Egypt has retained its 30 per cent levy on Turkish steel rebar.",
     ("EGY", "tariff", "maintain", None, 30.0)),
    ("Jakarta has kept the duty on Malaysian palm kernel oil at 7.5% for two years.",
     ("IDN", "tariff", "maintain", None, 7.5)),
    ("Seoul has maintained its 12 pct tariff on Chilean wine through the whole dispute.",
     ("KOR", "tariff", "maintain", None, 12.0)),
])
def test_a_named_measure_kept_so_far_is_maintained(text, expected):
    rows = _rows(text)
    assert rows == [expected], rows


# the kept measure recounted in a relative clause is no second row
@pytest.mark.parametrize("text, expected", [
    ("Chile has kept its 12 percent tariff on Argentine flour, which it imposed in 2025.",
     ("CHL", "tariff", "maintain", None, 12.0)),
    ("Ankara has kept its 60 percent duty on Chinese tyres, which it imposed in 2024 after a dumping probe.",
     ("TUR", "tariff", "maintain", None, 60.0)),
])
def test_the_kept_measure_recounted_in_a_relative_clause_is_one_row(text, expected):
    rows = _rows(text)
    assert rows == [expected], rows


# a zero kept: `maintain`; free of a duty named by its regime, no level
@pytest.mark.parametrize("text, expected", [
    ("Japan has kept Thai shrimp free of duty since 2008.", ("JPN", "tariff", "maintain", None, 0.0)),
    ("The United States has kept Peruvian asparagus and coffee free of its reciprocal tariff since late 2025.",
     ("USA", "tariff", "maintain", None, None)),
])
def test_a_zero_kept_so_far_is_maintained(text, expected):
    rows = _rows(text)
    assert rows == [expected], rows


# a rate that stays at a level beside another clause's change keeps the level after its verb
@pytest.mark.parametrize("text, change, kept", [
    ("Ghana's duty on imported hybrid vans will go to 30% from 20% in March, matching the rate for diesel vans, "
     "which stays at 30%.",
     ("GHA", "tariff", "raise", 20.0, 30.0), ("GHA", "tariff", "maintain", None, 30.0)),
    ("Ghana's duty on imported hybrid vans will go to 30% from 20% in March, while the rate for diesel vans will "
     "stay at 30%.",
     ("GHA", "tariff", "raise", 20.0, 30.0), ("GHA", "tariff", "maintain", None, 30.0)),
])
def test_a_rate_staying_at_a_level_beside_a_change_is_kept(text, change, kept):
    rows = _rows(text)
    assert rows == sorted([change, kept]), rows


# negatives: a rate told of a party in general stays rule 4's `impose`; a keeping only imagined; a kept measure beside
# a new one keeps both rows; a change to a rate the next clause names is no keeping
@pytest.mark.parametrize("text, expected", [
    ("Nigeria has kept a 35% duty on imported rice since 2019.", [("NGA", "tariff", "impose", None, 35.0)]),
    ("Brazil has long maintained duties of more than 35% on imported cars.", [("BRA", "tariff", "impose", None, 35.0)]),
    ("India has maintained the highest tariffs of any major economy, at 50% on farm goods.",
     [("IND", "tariff", "impose", None, 50.0)]),
    ("Chile will keep its 12 percent tariff on Argentine flour and impose a 20% tariff on Argentine wheat.",
     [("CHL", "tariff", "impose", None, 20.0), ("CHL", "tariff", "maintain", None, 12.0)]),
    ("Kenya's tariff on Tanzanian cement will rise to 25% from 10% next year, while the rate on clinker stays at 10%.",
     [("KEN", "tariff", "maintain", None, 10.0), ("KEN", "tariff", "raise", 10.0, 25.0)]),
    ("Indonesia's export tax on crude palm oil will stay at 8% in July.", [("IDN", "tariff", "maintain", None, 8.0)]),
])
def test_near_misses_keep_their_reading(text, expected):
    rows = _rows(text)
    assert rows == expected, rows


# left in round 43 (a strict xfail), read in round 44 (TAC): a duty-free quota opened in the passive, or granted after a
# rate the party charged, is the in-quota duty removed (guide rules 20-21)
@pytest.mark.parametrize("text, expected", [
    ("A duty-free quota of 8,000 tonnes a year will be opened by Korea for Chilean cherries, the ministry said.",
     ("tariff", "remove", None, 0.0)),
    ("Jordan, which had charged 6% on Egyptian sugar, granted Egyptian sugar a duty-free quota of 12,000 tonnes a year.",
     ("tariff", "remove", 6.0, 0.0)),
])
def test_a_duty_free_quota_opened_in_the_passive_or_granted_is_a_removal(text, expected):
    assert expected in [row[1:] for row in _rows(text)]
