"""Round 38 (issue 4), ACT: tariff rows paired with the gold but with the wrong action.

The team's own sentences (never text from the shared or written pages).

- A duty-free volume resized: goods let in free of duty in a larger volume than before ("let in a quarter more X free
  of duty", "admit twice as much X free of duty", "an additional 40,000 tonnes ... in free of duty", "30,000 tonnes ...
  duty-free, up from 20,000 tonnes", "the quantity of X that can enter Japan free of duty will double") are a duty-free
  quota enlarged: `reduce` with no values, the size in subject (guide, Round 27: "a tariff-rate quota enlarged is
  `reduce`, tightened `raise`, both with no values"; the Round 22 review and Round 10 (b): the in-quota rate was zero
  already, so zero is no new rate). A volume cut ("cut the volume of X that can enter tariff-free by a third", "the
  amount of X that can enter Britain free of duty will be reduced") is the quota tightened: `raise`, no values, one row
  (the cut's own verb is the same measure). A duty-free volume opened, or growing by a schedule from its opening
  ("rising by 1,000 tonnes each year"), keeps its zero (guide rules 20-21); a duty-free access kept stays `maintain`.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _story_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


# a duty-free volume enlarged: `reduce`, no values
@pytest.mark.parametrize("text, expected", [
    ("Canada will let in a quarter more Chilean blueberries free of duty from April.", ("CAN", "reduce", None, None)),
    ("Norway will admit twice as much Icelandic lamb free of duty under the revised protocol.",
     ("NOR", "reduce", None, None)),
    ("Egypt agreed to let an additional 40,000 tonnes of Ukrainian wheat in free of duty each year.",
     ("EGY", "reduce", None, None)),
    ("Chilean growers will be able to ship 30,000 tonnes of cherries to Korea duty-free this season, up from 20,000 "
     "tonnes last year.", ("KOR", "reduce", None, None)),
    ("Vietnam will import 80,000 tonnes of Cambodian rice a year tariff-free, up from 50,000 tonnes.",
     ("VNM", "reduce", None, None)),
    ("Under the protocol, the quantity of Peruvian asparagus that can enter Japan free of duty will double.",
     ("JPN", "reduce", None, None)),
])
def test_a_duty_free_volume_enlarged_is_a_reduce_with_no_values(text, expected):
    assert _story_rows(text) == [expected]


def test_a_duty_free_volume_enlarged_between_two_parties_is_a_row_each():
    rows = _story_rows("Argentina and Uruguay agreed to let an extra 5,000 buses a year cross between them without "
                       "tariffs.")
    assert sorted(rows) == [("ARG", "reduce", None, None), ("URY", "reduce", None, None)]


# a duty-free volume cut: `raise`, no values, one row
@pytest.mark.parametrize("text, expected", [
    ("The European Union will cut the volume of Turkish aluminium that can enter tariff-free by a third.",
     ("EUN", "raise", None, None)),
    ("From January, the amount of Indian steel that can enter Britain free of duty will be reduced by a quarter.",
     ("GBR", "raise", None, None)),
])
def test_a_duty_free_volume_cut_is_a_raise_with_no_values(text, expected):
    assert _story_rows(text) == [expected]


def test_a_duty_free_volume_cut_beside_an_over_quota_rate():
    rows = _story_rows("The European Union will cut the volume of Turkish aluminium that can enter tariff-free by a "
                       "third and charge 30 per cent on shipments above the quota.")
    assert ("EUN", "raise", None, None) in rows
    assert not any(action == "remove" for _, action, _, _ in rows)


# near misses: a duty-free volume opened (or growing on a schedule from its opening), access kept, a rate cut to zero
@pytest.mark.parametrize("text, expected", [
    ("Kenya will let in 20,000 tonnes of Tanzanian maize free of duty this year.", ("KEN", "remove", None, 0.0)),
    ("Panama will let in 12,000 tonnes of American pork a year free of duty, rising by 1,000 tonnes each year.",
     ("PAN", "remove", None, 0.0)),
    ("Mauritius will continue to let South African sugar in duty-free.", ("MUS", "maintain", None, 0.0)),
    ("Ghana will cut the duty on Nigerian cement to zero from 10 percent.", ("GHA", "remove", 10.0, 0.0)),
    ("Colombia will let Ecuadorian bananas in duty-free.", ("COL", "remove", None, 0.0)),
])
def test_a_duty_free_volume_opened_or_kept_keeps_its_zero(text, expected):
    assert _story_rows(text) == [expected]


# a quota told with its earlier size in a story: enlarged, no values (guide, Round 27); an order's clause keeps its size
@pytest.mark.parametrize("text", [
    "Under the protocol, the duty-free quota for Bolivian quinoa will rise to 8,000 tonnes from 5,000 tonnes next year.",
    "Morocco set next year's tariff-rate quota for maize at 900,000 tonnes, up from 750,000 tonnes this year.",
])
def test_a_quota_resized_from_its_earlier_size_has_no_amount(text):
    rows = commitments_from([text], published_at=WHEN, title="Trade news", authors=["A Writer"])
    assert [(r.action, r.value_to, r.amount) for r in rows if r.category == "tariff"] == [("reduce", None, None)]


def test_a_duty_free_volume_compared_with_its_earlier_size_gives_one_row():
    # the volume let in is the quota enlarged, not a second zero beside it
    rows = _story_rows("Jordan will let in 6,000 tonnes of Lebanese apples a year free of duty, up from 2,500 tonnes.")
    assert rows == [("JOR", "reduce", None, None)]


# a rate that "stands at" a level: the level told as a fact, `impose` (guide rule 4), not a hold; "stays at", "remains
# at" keep `maintain`
@pytest.mark.parametrize("text, expected", [
    ("Peru's tariff on Bolivian onions currently stands at 12 percent.", ("PER", "impose", None, 12.0)),
    ("Vietnamese tariffs on most Indian goods stand at 8%, though rice is exempt.", ("VNM", "impose", None, 8.0)),
    ("Kenya's duty on imported sugar stood at 25 per cent when the new government took office.",
     ("KEN", "impose", None, 25.0)),
])
def test_a_rate_that_stands_at_a_level_is_imposed(text, expected):
    assert expected in _story_rows(text)


@pytest.mark.parametrize("text, expected", [
    ("Peru's tariff on Bolivian onions will stay at 12 percent until the talks end.", ("PER", "maintain", None, 12.0)),
    ("Kenya's duty on imported sugar remains at 25 per cent, the ministry said.", ("KEN", "maintain", None, 25.0)),
])
def test_a_rate_that_stays_or_remains_at_a_level_is_kept(text, expected):
    assert expected in _story_rows(text)
