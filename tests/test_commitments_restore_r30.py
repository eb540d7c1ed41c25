"""Round 30 (RS): a rate brought back after a modal, named only by its level or as "higher".

`restore_measure`'s object test took "the rate of duty ...", "the rate previously applicable", "the
rate on its goods"; a bare "the 20 percent rate", "the higher rate" or "the rate of 12 percent" closing the
clause (or before "if" / "before" / "should") was refused. The guide: "restore the rate" is `resume` with
`value_to` only. Our own sentences.
"""
from datetime import datetime, timezone

from tests.commitment_text import commitments_from, rows_of

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _rows(text):
    return rows_of(commitments_from([text], published_at=WHEN))


def test_percent_rate_restored_if_partner_fails():
    rows = _rows("Washington could reinstate the 28 percent rate if Manila does not honour its pledges.")
    assert ("USA", "tariff", "resume", 28.0, None, "percent") in rows


def test_percent_rate_closing_the_clause():
    rows = _rows("Should Peru fall short of these commitments, the United States may restore the 20 per cent rate.")
    assert ("USA", "tariff", "resume", 20.0, None, "percent") in rows


def test_percent_sign_rate_before_a_date():
    rows = _rows("If transshipment goes on, the United States may reinstate the 35% rate before the pause ends.")
    assert ("USA", "tariff", "resume", 35.0, None, "percent") in rows


def test_rate_as_a_feed_in_tariff_stays_silent():
    assert not [r for r in _rows("The opposition would restore the higher feed-in rate for rooftop panels.")
                if r[2] == "resume"]


def test_rate_of_growth_stays_silent():
    assert not [r for r in _rows("The central bank hopes to restore the 5 percent growth rate next year.")
                if r[2] == "resume"]
