"""Round 43 (issue 4), VAL: paired rows right in actor, category and action but wrong in their values.

The team's own sentences (never text from the shared or written pages).

- A standing level written after its duty ("its customs duty of 54 percent", "the tariff of 24 percent that it
  applies"): the owner's duty "of" a rate names where the duty stands, as "its 54 percent duty" does (round 14): "halve
  its customs duty of 40 percent" is 40 -> 20 (not 80 -> 40), "lower its customs duty of 35 percent to 15 percent" is
  35 -> 15 (not a lone value_to 35), "reduce the levy of 12 percent" is value_from 12.
- A new level told as a multiple of the level its levier charged before, named by a clause (", double the level it
  charged during 2026", ", twice the rate they applied last year"): the earlier level is computed, as round 34's
  ", double the current rate" does.
- Left alone: a duty "of" a rate granted or set ("impose a tariff of 25 percent", "apply a duty of 10 percent"), a new
  level told "to a rate of", a rate of another measure.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and Its Partners"


def _rows(*paragraphs, title=AGREEMENT, news=False):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=title,
                            authors=["A Writer"] if news else None)
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to, r.unit) for r in rows), key=repr)


# the owner's duty "of" a rate, halved, lowered to a level or cut: the rate is where the duty stands
@pytest.mark.parametrize("text, expected, news", [
    ("Under the agreement, Norway shall halve its customs duty of 40 percent on apples of the United States.",
     ("NOR", "tariff", "reduce", 40.0, 20.0, "percent"), False),
    ("(c) Iceland shall halve its customs duty of 30 percent on frozen turkey of the United States.",
     ("ISL", "tariff", "reduce", 30.0, 15.0, "percent"), False),
    ("Kenya will halve the tariff of 24 percent that it applies to American wheat.",
     ("KEN", "tariff", "reduce", 24.0, 12.0, "percent"), True),
    ("(a) for fresh grapes of heading 0806, Chile shall lower its customs duty of 35 percent to 15 percent on the date "
     "this Agreement enters into force;",
     ("CHL", "tariff", "reduce", 35.0, 15.0, "percent"), False),
    ("Morocco will cut its import levy of 17.5 per cent on American almonds to 5 per cent next year.",
     ("MAR", "tariff", "reduce", 17.5, 5.0, "percent"), True),
    ("Ecuador agreed to reduce its ad valorem duty of 20 percent on United States pork to 10 percent.",
     ("ECU", "tariff", "reduce", 20.0, 10.0, "percent"), True),
    ("Paraguay will lower its customs tariff of 12 percent on American cheese.",
     ("PRY", "tariff", "reduce", 12.0, None, "percent"), True),
    ("Jordan will raise its customs duty of 10 percent on Turkish cement to 20 percent.",
     ("JOR", "tariff", "raise", 10.0, 20.0, "percent"), True),
])
def test_an_owned_duty_of_a_rate_is_where_it_stands(text, expected, news):
    rows = _rows(text, news=news)
    assert expected in rows, rows


# near-misses: a rate granted or set ("a tariff of", "a duty of"), a new level "to a rate of", a level told by "its
# 50 percent duty" as before, a duty "of" a rate raised to a new level
@pytest.mark.parametrize("text, expected, news", [
    ("The United States will impose a tariff of 25 percent on steel wire from Vietnam.",
     ("USA", "tariff", "impose", None, 25.0, "percent"), True),
    ("Ghana will apply a duty of 10 percent to frozen poultry from Brazil.",
     ("GHA", "tariff", "impose", None, 10.0, "percent"), True),
    ("Peru will halve its 30 percent tariff on American pears.",
     ("PER", "tariff", "reduce", 30.0, 15.0, "percent"), True),
    ("India will cut the duty on American walnuts to a rate of 50 percent.",
     ("IND", "tariff", "reduce", None, 50.0, "percent"), True),
])
def test_a_rate_granted_or_already_read_stays(text, expected, news):
    rows = _rows(text, news=news)
    assert expected in rows, rows


# a new level told as a multiple of the level charged before, named by a clause: the earlier level is computed
@pytest.mark.parametrize("text, expected", [
    ("In March, Ghana raised the levy on imported rice to 30 percent, double the level it charged last year.",
     ("GHA", "tariff", "raise", 15.0, 30.0, "percent")),
    ("Bolivia lifted its duty on Chilean wine to 24 per cent, twice the rate it charged in 2025.",
     ("BOL", "tariff", "raise", 12.0, 24.0, "percent")),
    ("In January, Peru lifted the duty that its price-band system applies to Bolivian wheat to 30 percent, double the "
     "level it charged during 2026, in breach of its obligations.",
     ("PER", "tariff", "raise", 15.0, 30.0, "percent")),
])
def test_a_multiple_of_the_level_charged_before_gives_the_earlier_level(text, expected):
    rows = _rows(text, news=True)
    assert expected in rows, rows


# near-misses: a multiple of another goods' rate, not the level charged before
def test_a_multiple_of_another_rate_gives_no_earlier_level():
    rows = _rows("In March, Ghana raised the levy on imported rice to 30 percent, double the rate applied to wheat.",
                 news=True)
    assert ("GHA", "tariff", "raise", None, 30.0, "percent") in rows, rows
