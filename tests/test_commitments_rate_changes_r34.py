"""Round 34 (RC): a new rate told with the rate in force as a multiple of it.

The team's own sentences. ", double today's 25 per cent", ", half its current rate": the aside names the level in
force, so the row is a `raise` or `reduce` between the two levels (guide: "doubled to 50%" gives its 25; a multiple
computes the level not stated, Round 34), not an `impose` of the new rate alone."""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from, levels_of

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _tariff_levels(text):
    rows = commitments_from([text], published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


@pytest.mark.parametrize("text, expected", [
    ("Above the quota, Britain will charge 40 per cent, double today's 20 per cent.", ("GBR", "raise", 20.0, 40.0)),
    ("Chile will charge 30% on imported tyres from March, triple the current rate.", ("CHL", "raise", 10.0, 30.0)),
    ("Under the decree, Ecuador will apply a 10 percent duty to Peruvian rice, half its current rate.",
     ("ECU", "reduce", 20.0, 10.0)),
    ("From July, Brazilian exporters will pay a 6% levy on raw hides, double the 3% they pay now.",
     ("BRA", "raise", 3.0, 6.0)),
    ("Indonesia's finance ministry said it would charge a 20 per cent export duty on nickel pig iron, four times the "
     "existing 5 per cent levy.", ("IDN", "raise", 5.0, 20.0)),
    ("Seoul will set the duty on Thai durian at 15 percent, half of today's 30 percent, the ministry said.",
     ("KOR", "reduce", 30.0, 15.0)),
    ("Rice from Cambodia will pay 5%, half the present rate, under the new schedule.", ("KHM", "reduce", 10.0, 5.0)),
    ("India will impose a 40% duty on gold bars, double the 20% charged now, the finance minister said.",
     ("IND", "raise", 20.0, 40.0)),
    ("The United States will let up to 80,000 tonnes a year of Omani steel enter at a 20% tariff, half the 40% rate "
     "that applies to most foreign steel.", ("USA", "reduce", 40.0, 20.0)),
    ("Fresh limes and avocados will face a reciprocal tariff of 4 percent, half the 8 percent they pay today.",
     ("USA", "reduce", 8.0, 4.0)),
])
def test_a_rate_told_as_a_multiple_of_the_one_in_force(text, expected):
    assert _tariff_levels(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the battery's sentences already read before this round (kept as guards)
    ("The European Union will levy 50% on steel above the new quotas, twice the 25% rate of the safeguard it replaces.",
     [("EUN", "raise", 25.0, 50.0)]),
    ("Vietnamese shrimp will face a U.S. tariff of 8 percent, half the 16 percent it pays today.",
     [("USA", "reduce", 16.0, 8.0)]),
    ("Tokyo will cut the tariff on U.S. beef to 9 per cent, a third of the current 27 per cent.",
     [("JPN", "reduce", 27.0, 9.0)]),
    # negatives: a multiple of another rate is no level in force of this one
    ("Mexico will charge 20% on Chinese shoes, double the rate it applies to Vietnamese footwear.",
     [("MEX", "impose", None, 20.0)]),
    ("Exports rose to $4 billion, double the $2 billion of last year.", []),
])
def test_guards_and_negatives(text, expected):
    assert _tariff_levels(text) == expected


def test_double_as_a_verb_in_a_list_stays_a_verb():
    # ", double the duty-free quota": a verb of its own, not an aside on the rate before
    rows = commitments_from(["Korea will cut its tariff on U.S. cherries to 8 percent, double the duty-free quota for "
                             "American beef and buy more wheat."], published_at=WHEN, title="Trade news",
                            authors=["A Writer"])
    assert ("KOR", "tariff", "reduce", None, 8.0) in [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows]


@pytest.mark.parametrize("text, expected", [
    ("The Bahamas will phase out its duty on U.S. frozen chicken, currently levied at 30 percent, over four years.",
     [("BHS", "remove", 30.0, None)]),
    ("Fiji will scrap its import tax on American rice, now charged at 6 percent of value.",
     [("FJI", "remove", 6.0, None)]),
    ("Peru will cut its tariff on Korean cars, currently set at 9 per cent, to 3 per cent.",
     [("PER", "reduce", 9.0, 3.0)]),
    ("Under the deal, Jordan will lower its duty on American almonds, now levied at 20 percent, to 5 percent.",
     [("JOR", "reduce", 20.0, 5.0)]),
])
def test_the_level_in_force_told_in_an_aside_with_its_participle(text, expected):
    # ", currently levied at 30 percent,": the participle tells the level in force, not a measure of its own
    assert _tariff_levels(text) == expected

