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


def talks_rows(rows):
    """(actor, action) of the `diplomatic` rows, sorted."""
    return sorted((r.actor, r.action) for r in rows if r.category == "diplomatic")


# A deal's approval still ahead, told as the text put through a legislature, a second step coordinated by "and be",
# a council or a group of governments that approves, a legislature that "has yet to debate" it, or "It then needs":
# the approving party's `diplomatic` `negotiate` row (guide rule 1a).
def test_pact_still_has_to_pass_parliament_and_a_second_chamber():
    rows = story("The accord still has to pass Parliament in Wellington and be concurred in by the Peruvian Senate.")
    assert talks_rows(rows) == [("NZL", "negotiate"), ("PER", "negotiate")]


def test_pact_needs_a_council_of_ministers():
    rows = story("The pact still needs approval from Oman's Council of Ministers, expected in the spring.")
    assert talks_rows(rows) == [("OMN", "negotiate")]


def test_deal_must_be_approved_by_eu_governments():
    rows = story("The protocol must be approved by EU governments before it takes effect, officials said.")
    assert talks_rows(rows) == [("EUN", "negotiate")]


def test_it_then_needs_the_approval_of_governments_and_a_parliament():
    # ("It" is the deal when the sentence before names it: the merge with TK's reader of round 28)
    rows = story("Negotiators finished the legal text of the agreement on Monday. "
                 "It then needs the approval of EU governments, and ratification by Vietnam's parliament.")
    assert talks_rows(rows) == [("EUN", "negotiate"), ("VNM", "negotiate")]


def test_it_with_no_deal_before_it_is_not_read_as_the_deal():
    rows = story("Exporters expect more orders. It then needs the approval of EU governments, officials said.")
    assert talks_rows(rows) == []


def test_legislature_has_yet_to_debate_the_agreement():
    rows = story("Kuwait's Majlis al-Umma has yet to debate the agreement, officials said.")
    assert talks_rows(rows) == [("KWT", "negotiate")]


def test_approval_already_given_stays_silent():
    assert talks_rows(story("The accord was signed and approved by Chile's Congress in May.")) == []


def test_a_bill_passing_parliament_with_no_deal_stays_silent():
    assert talks_rows(story("The budget still has to pass Parliament in Ottawa before the summer.")) == []
