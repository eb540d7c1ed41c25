"""Round 28: news rows missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def tariff_rows(rows):
    """(actor, action, earlier level, new level) of the tariff rows, sorted."""
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


# Goods that enter a named country now, told in the present or the perfect: the entered country's tariff at that rate
# (a zero or a duty-free entry is `remove` to 0, the rate it replaced the earlier level).
def test_goods_enter_a_named_country_at_a_rate():
    rows = story("Growers are moving packing to a plant near Lima, where Peruvian asparagus enters Japan at a 3% rate.")
    assert tariff_rows(rows) == [("JPN", "impose", None, 3.0)]


def test_goods_enter_a_named_country_at_zero():
    rows = story("Chilean cherries, however, enter Korea at zero under the pact, along with a few fruits Korea cannot grow.")
    assert tariff_rows(rows) == [("KOR", "remove", None, 0.0)]


def test_goods_have_entered_free_of_duty_instead_of_a_rate():
    rows = story("Since January, Ghanaian cocoa butter has entered India free of duty instead of paying 12 per cent.")
    assert tariff_rows(rows) == [("IND", "remove", 12.0, 0.0)]


def test_rate_goods_used_to_face_is_no_rate_in_force():
    rows = story("Since January, Ghanaian cocoa butter has entered India free of duty instead of paying 12 per cent, and "
                 "cashews, which used to face a 30 per cent tariff, now pay nothing either.")
    assert tariff_rows(rows) == [("IND", "remove", 12.0, 0.0)]


def test_a_page_with_no_byline_reads_the_present_too():
    rows = commitments_from(["The firm will move assembly to a farm near Quito, where Ecuadorian roses enter the "
                             "United States at a 10% rate."], published_at=ON, title="Flower group trims outlook")
    assert tariff_rows(rows) == [("USA", "impose", None, 10.0)]


# Silent: the entry negated, a trade figure that enters, a quota's terms, and goods that "will enter ... duty-free"
# (a story restating its lead's cut).
def test_entry_no_longer_at_zero_stays_silent():
    assert tariff_rows(story("Chilean cherries no longer enter Korea at zero.")) == []


def test_trade_figure_entering_at_zero_stays_silent():
    assert tariff_rows(story("About $3 billion of Thai goods enter Australia at zero each year.")) == []


def test_quota_terms_give_no_zero_rate():
    # (the quota widened is its own row, as before; the goods entering under it are its terms, no rate of their own)
    rows = story("Tokyo will widen the quota under which Peruvian grapes enter Japan at zero.")
    assert tariff_rows(rows) == [("JPN", "reduce", None, None)]
