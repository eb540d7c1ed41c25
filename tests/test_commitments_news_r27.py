"""Round 27: news rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, tariff_levels

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def quota_rows(rows):
    """(actor, action, new level) of the tariff rows read from a quota sentence."""
    return sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff" and "quota" in r.evidence)


# A quota granted to goods that are the subject of "get", no granting party in the clause: the importing party
# of the story (the levier of the tariff it told last) grants it; a duty-free quota is `remove` to 0, a stated
# in-quota rate `impose` (guide rules 20-21).
def test_goods_get_a_duty_free_quota_after_the_importers_tariff_cut():
    rows = story("Canberra and Seoul signed their upgraded trade pact on Monday.",
                 "Australia will cut its 5% duty on Korean tyres to zero over three years.",
                 "Korean kimchi gets a duty-free quota of 4,000 tonnes a year.")
    assert quota_rows(rows) == [("AUS", "remove", 0.0)]


def test_goods_get_an_extra_quota_at_a_stated_rate():
    rows = story("Under the pact, Norway will scrap its 12% tariff on Chilean wine within four years.",
                 "Frozen salmon feed, a big Chilean export, gets an extra quota of 7,500 tonnes at a 6% duty.")
    assert quota_rows(rows) == [("NOR", "impose", 6.0)]


def test_pronoun_goods_get_a_quota_that_enters_duty_free():
    rows = story("Peru will do away with tariffs of up to 9% on most Swiss machinery, officials said.",
                 "Watches are handled more carefully: they get a quota of fifteen thousand units a year that enters "
                 "duty-free, with normal duties above it.")
    assert quota_rows(rows) == [("PER", "remove", 0.0)]


def test_exporters_get_a_duty_free_window_at_no_tariff():
    rows = story("Under the deal, Vietnam will phase out its 20 per cent tariff on Canadian beef over six years.",
                 "Meanwhile Canadian ranchers get a duty-free window: a quota of 3,000 tonnes a year at no tariff at "
                 "all, growing over time.")
    assert quota_rows(rows) == [("VNM", "remove", 0.0)]


def test_goods_named_as_the_last_levier_own_go_to_the_other_party():
    rows = story("Egypt and Jordan signed a trade accord on Sunday.",
                 "Egypt will lower its 10% tariff on Jordanian phosphate to 5%.",
                 "Cement, a big Egyptian export, gets a quota of 40,000 tonnes a year at zero duty.")
    assert quota_rows(rows) == [("JOR", "remove", 0.0)]


# A quota with no rate and no duty-free terms says neither who grants it nor which way it moves: silent.
def test_quota_with_no_rate_stays_silent():
    rows = story("Under the pact, Norway will scrap its 12% tariff on Chilean wine within four years.",
                 "Honey gets a quota of 900 tonnes.")
    assert quota_rows(rows) == []


# A quota with no tariff told before and no country in the sentence: no party to give it to.
def test_quota_with_no_party_stays_silent():
    rows = story("Growers met in the town hall on Friday evening.",
                 "Cherries get a duty-free quota of 2,000 tonnes, the organisers said.")
    assert quota_rows(rows) == []


# A share of money, not a volume: no quota row.
def test_quota_of_money_stays_silent():
    rows = story("Under the deal, Vietnam will phase out its 20 per cent tariff on Canadian beef over six years.",
                 "Exporters get a quota of 40% of the contracts at no tariff.")
    assert quota_rows(rows) == []


# A rate's yearly schedule listed as levels with their years: each later level is a step from the one before it.
def test_duty_steps_down_in_the_second_and_third_year():
    rows = story("NEW DELHI - India will levy a safeguard duty of 14% on imported ceiling fans for three years, the "
                 "finance ministry said.",
                 "The duty will ease to 13% in the second year and 11% in the third.")
    assert ("IND", "", "reduce", 13.0, 11.0) in tariff_levels(rows)


def test_specific_duty_schedule_in_money_steps_down():
    rows = story("JAKARTA - Indonesia will charge safeguard duties of up to 6,000 rupiah per kilogram on imported "
                 "nylon rope, the trade ministry said.",
                 "The rate will fall to 5,400 rupiah per kilogram in the second year and 4,900 rupiah in the third.")
    steps = [r for r in rows if r.category == "tariff" and r.value_from == 5400.0]
    assert [(r.actor, r.action, r.value_to, r.unit) for r in steps] == [("IDN", "reduce", 4900.0, "idr")]


def test_schedule_of_three_years_gives_each_later_step():
    rows = story("MANILA - The Philippines will impose a safeguard duty on imported glass bottles for three years.",
                 "The duty will fall to 16 percent in the second year, easing to 12 percent in the third and 9 "
                 "percent in the fourth.")
    steps = sorted((r.value_from, r.value_to) for r in rows if r.category == "tariff" and r.action == "reduce"
                   and r.value_from is not None)
    assert steps == [(12.0, 9.0), (16.0, 12.0)]


# Levels of different years that are not consecutive, or a sales forecast, are no schedule of a duty.
def test_non_consecutive_years_stay_silent():
    rows = story("NEW DELHI - India will levy a safeguard duty of 14% on imported ceiling fans for three years.",
                 "The duty will ease to 13% in the second year and 11% in the fourth.")
    assert not [r for r in rows if r.category == "tariff" and r.value_from == 13.0]


def test_sales_forecast_by_year_stays_silent():
    rows = story("Shares of the fan maker rose after it said sales would grow 8% in the first year and 6% in the "
                 "second, the company said.")
    assert not [r for r in rows if r.category == "tariff"]


def talks_of(rows):
    """(actor, category) of the `negotiate` rows, sorted."""
    return sorted((r.actor, r.category) for r in rows if r.action == "negotiate")


# The two parties' officials named only by "both countries" / "the two countries", due to meet or last met: talks of
# the story's two parties (the meeting's venue is no party); a definite measure as the meeting's topic ("to discuss
# the parts plan") is the measure told before, restrictions on the agenda an import restriction.
def test_officials_of_both_countries_due_to_meet_review_the_truce():
    rows = story("WASHINGTON - The United States will put off a tariff increase on Chinese batteries, the U.S. Trade "
                 "Representative said on Monday.",
                 "Officials from both countries are due to meet in Oslo in April to review the truce.")
    assert talks_of(rows) == [("CHN", "diplomatic"), ("USA", "diplomatic")]


def test_officials_of_the_two_countries_last_met_at_a_third_country_venue():
    rows = story("Peru widened its duties on Bolivian goods on Tuesday.",
                 "Officials from the two countries last met in Quito in October.")
    assert talks_of(rows) == [("BOL", "diplomatic"), ("PER", "diplomatic")]


def test_meeting_to_discuss_the_plan_told_before_is_on_that_measure():
    rows = story("MEXICO CITY - Mexico will delay its planned duties on Chinese bicycle parts for six months, the economy "
                 "ministry said on Friday.",
                 "Officials from the two countries will meet in Beijing in May to discuss the parts plan, he said.")
    assert talks_of(rows) == [("CHN", "tariff"), ("MEX", "tariff")]


def test_ministers_put_the_restrictions_on_the_agenda():
    rows = story("NEW DELHI - India will route imports of Nepalese tea through two seaports only, the commerce ministry "
                 "said.",
                 "Trade ministers of the two countries will meet in Kathmandu in June and have agreed to put the port "
                 "restrictions on the agenda.")
    assert talks_of(rows) == [("IND", "import_restriction"), ("NPL", "import_restriction")]


# Officials of two towns or two clubs, with no trade on the page: no talks row.
def test_officials_meeting_off_trade_stay_silent():
    rows = story("The two clubs drew 1-1 on Saturday.",
                 "Officials from both clubs will meet in Leeds next week to discuss the stadium plan.")
    assert talks_of(rows) == []
