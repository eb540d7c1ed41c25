"""Round 26: news tariff rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, tariff_levels

ON = datetime(2026, 11, 30)


story = partial(bylined_story, published_at=ON)
tariffs = tariff_levels


# A trade-remedy duty collected as a deposit (a provisional anti-dumping or countervailing finding): the importers
# post, lodge or pay it to their own government, which imposes it on the goods' country.
def test_importers_ordered_to_post_anti_dumping_deposits():
    rows = story("BEIJING - China on Monday ordered importers of Australian barley malt to post anti-dumping deposits "
                 "of up to 52.6 per cent from Thursday, after a preliminary finding of dumping.")
    assert tariffs(rows) == [("CHN", "AUS", "impose", None, 52.6)]


def test_importers_to_lodge_deposits():
    rows = story("SEOUL - South Korea's trade commission said importers of stainless pipe would have to lodge deposits "
                 "of 14.3% on Thai supplies from Friday.")
    assert tariffs(rows) == [("KOR", "THA", "impose", None, 14.3)]


def test_importers_ordered_to_pay_provisional_deposits_in_a_range():
    rows = story("ANKARA - Turkey launched a dumping case on Chinese glass on Monday.",
                 "It also ordered importers of polyester yarn from Vietnam to pay provisional deposits of between "
                 "6.4% and 19.9% from Saturday.")
    assert ("TUR", "VNM", "impose", None, 19.9) in tariffs(rows)


def test_customs_collecting_cash_deposits():
    rows = story("WASHINGTON - CBP has been collecting cash deposits of 11.35 percent on steel shelving from Malaysia "
                 "since April 3, the Commerce Department said.")
    assert tariffs(rows) == [("USA", "MYS", "impose", None, 11.35)]


# Importers ordered to pay a duty pay the government that orders them, not the goods' country.
def test_importers_ordered_to_pay_duties_pay_the_ordering_government():
    rows = story("OTTAWA - Canada on Friday ordered importers of Chinese steel wire to pay anti-dumping duties of up "
                 "to 30 per cent from next month.")
    assert tariffs(rows) == [("CAN", "CHN", "impose", None, 30.0)]


def test_deposits_outside_trade_stay_silent():
    # (negative) money deposits and the verbs' other senses name no duty
    rows = story("LONDON - Tenants lodged deposits of 10% of the rent with the council on Monday.",
                 "Banks collected deposits of 5% more than a year earlier, the central bank said.",
                 "The retailer posted a loss of 3% on sales and lodged a complaint with the regulator.",
                 "Buyers must pay a deposit of 10% on new homes.")
    assert tariffs(rows) == []


def test_a_deposit_with_no_rate_or_remedy_stays_silent():
    # (negative) a bare deposit, no rate and no trade remedy: not a duty
    rows = story("PARIS - Importers of wine will post deposits with their banks before the harvest, traders said.")
    assert tariffs(rows) == []
