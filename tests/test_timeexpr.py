"""Durations, absolute and relative dates, year lists, start and end dates."""
from datetime import date

import pytest

from pipeline.timeexpr import find_dates, find_duration, find_years, read_time

PUBLISHED = date(2025, 10, 30)  # a Thursday


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("suspends the curbs for a year", 365),
        ("for one year", 365),
        ("for an initial period of 60 days", 60),
        ("for 90 days", 90),
        ("a 90-day pause", 90),
        ("for six months", 180),
        ("over three years", 1095),
        ("extended it by another 90 days", 90),
    ],
)
def test_durations(text, days):
    assert find_duration(text) == days


def test_absolute_dates_with_and_without_year():
    dates = find_dates("effective March 3, 2026 and reviewed by Sept 14", PUBLISHED)
    assert [d.value for d in dates] == [date(2026, 3, 3), date(2025, 9, 14)]


def test_relative_dates_count_from_publication():
    assert find_dates("will take effect on Monday", PUBLISHED)[0].value == date(2025, 11, 3)
    assert find_dates("talks resume next month", PUBLISHED)[0].value == date(2025, 11, 1)
    # "in April" is the next April after an October article
    assert find_dates("purchases start in April", PUBLISHED)[0].value == date(2026, 4, 1)
    # no publication date: relative expressions stay empty rather than guessed
    assert find_dates("on Monday") == []


def test_year_lists():
    assert find_years("25 million tonnes in each of 2026, 2027 and 2028") == [2026, 2027, 2028]
    assert find_years("from 2026 through 2028") == [2026, 2027, 2028]


def test_start_and_end_dates():
    info = read_time("the pause runs from November 10, 2025 until November 10, 2026", PUBLISHED)
    assert (info.start_date, info.end_date) == (date(2025, 11, 10), date(2026, 11, 10))
    computed = read_time("suspended for 90 days starting May 14, 2025", PUBLISHED)
    assert (computed.duration_days, computed.start_date, computed.end_date) == (90, date(2025, 5, 14), date(2025, 8, 12))


def test_date_of_an_earlier_measure_is_not_a_start():
    info = read_time("will suspend the tariff imposed on April 2, 2025 for 90 days", PUBLISHED)
    assert info.start_date is None and info.duration_days == 90


def test_dates_at_the_ends_of_the_calendar_do_not_raise():
    from datetime import date as _date
    early = read_time("Tariffs were suspended on March 3 and again on Thursday next month.", _date(1, 1, 1))
    late = read_time("The pause starts on March 3 for 90 days, next week.", _date(9999, 12, 30))
    assert early.start_date is None or early.start_date.year == 1
    assert late.end_date is None or late.end_date.year == 9999


def test_a_decade_is_ten_years_of_days():
    from pipeline.timeexpr import find_duration
    assert find_duration("will invest $500 billion over the next decade") == 3650
    assert find_duration("the decade's biggest deal") is None
