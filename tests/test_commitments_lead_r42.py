"""Round 42 (issue 4), the lead: readings round 41 noticed and left, and the one the retrained silent reader needed.

The team's own sentences (never text from the shared or written pages).

- A rate its owner says it will not change is kept (`maintain`), the category from the measure: "will not change its
  duties on X" (the cue's own "not" is its meaning, not a refusal). Round 38 read it only through the old news pair of
  the learned reader, which round 42's retrain removes.
- A ban on sales or shipments sent to a named country is the seller's export control: "lifted its ban on sales of
  drones to India" is the United States' `export_control` `remove`, and India buys nothing.
- A share of a party's exports told before them ("nearly all rice exports") is still its exports: `export_control`.
- An end date with no year that a measure still runs to is the next such date: "until November 10" in a December
  story is next November's.
"""
from datetime import date, datetime, timezone

import pytest

from pipeline.timeexpr import read_time
from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)


def _rows(text, when=WHEN):
    rows = commitments_from([text], published_at=when, authors=["A Reporter"])
    return sorted((r.actor, r.counterparty, r.category, r.action, r.status) for r in rows)


@pytest.mark.parametrize("text, expected", [
    ("Jordan will not change its duties on sugar or rice, which stay at zero to hold down food prices.",
     ("JOR", None, "tariff", "maintain", "announced")),
    ("Seoul said it would not change its tariffs on imported beef this year.", ("KOR", None, "tariff", "maintain", "announced")),
    ("Jakarta will not alter its export ban on nickel ore.", ("IDN", None, "export_control", "maintain", "announced")),
])
def test_a_measure_its_owner_will_not_change_is_kept(text, expected):
    assert _rows(text) == [expected]


def test_a_rate_kept_unchanged_takes_the_level_its_clause_tells():
    rows = commitments_from(["Jordan will not change its duties on sugar or rice, which remain zero-rated."],
                            published_at=WHEN, authors=["A Reporter"])
    assert [(r.action, r.value_to) for r in rows] == [("maintain", 0.0)]


@pytest.mark.parametrize("text", [
    "Seoul will not change its position on beef.",
    "Hanoi said the tariffs would not change the outlook for its exporters.",
    "The agreement does not change the tariff on steel.",
])
def test_a_change_denied_of_no_measure_or_by_no_party_gives_no_row(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Washington lifted its ban on sales of drones to India.", [("USA", "IND", "export_control", "remove", "implemented")]),
    ("Tokyo eased its ban on machine-tool shipments to Russia.", [("JPN", "RUS", "export_control", "relax", "implemented")]),
    ("Beijing lifted its ban on the sale of graphite to Sweden.", [("CHN", "SWE", "export_control", "remove", "implemented")]),
])
def test_a_ban_on_sales_sent_to_a_country_is_the_sellers_export_control(text, expected):
    assert _rows(text) == expected


def test_a_ban_on_sales_at_home_is_no_export_control():
    assert _rows("The ban on sales of alcohol to minors stays.") == []


@pytest.mark.parametrize("text, expected", [
    ("India banned nearly all rice exports in 2023.", ("IND", None, "export_control", "restrict", "implemented")),
    ("Ghana halted almost all of its exports of cocoa beans.", ("GHA", None, "export_control", "restrict", "implemented")),
    ("Argentina curbed virtually all beef exports for 30 days.", ("ARG", None, "export_control", "restrict", "implemented")),
])
def test_a_share_of_a_partys_exports_stopped_is_an_export_control(text, expected):
    assert _rows(text) == [expected]


DECEMBER = date(2027, 12, 1)


@pytest.mark.parametrize("text, end", [
    ("Beijing will suspend the curbs until November 10.", date(2028, 11, 10)),
    ("Beijing suspended the curbs until November 10.", date(2028, 11, 10)),
    ("The truce held until November 10, when the duties rose again.", date(2027, 11, 10)),
    ("Beijing will suspend the curbs until December 20.", date(2027, 12, 20)),
    ("Beijing will suspend the curbs until November 10, 2027.", date(2027, 11, 10)),
])
def test_an_end_date_without_a_year_is_the_next_one_unless_told_as_over(text, end):
    assert read_time(text, DECEMBER).end_date == end


def test_a_start_date_without_a_year_a_few_weeks_back_stays_in_the_past():
    assert read_time("The curbs took effect on November 10.", DECEMBER).start_date == date(2027, 11, 10)
