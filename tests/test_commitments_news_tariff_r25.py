"""Round 25: news tariff rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, tariff_levels

ON = datetime(2026, 11, 30)


story = partial(bylined_story, published_at=ON)
tariffs = tariff_levels


# A rate told in passing that tells another fact than the row already at its level (convention 15; guide rule 4).
def test_a_passing_rate_with_its_own_earlier_level_is_its_own_change():
    rows = story("LIMA - Peru and the United States signed a trade pact on Friday.",
                 "The pact also put a ceiling of 15 per cent on U.S. tariffs on Peruvian medicines.",
                 "Peru's side of the bargain was the costliest: $40 billion in investment, $10 billion of it set aside "
                 "for mining, in return for a 15 per cent U.S. tariff on Peruvian cars, down from 25 per cent.")
    assert ("USA", "PER", "reduce", 25.0, 15.0) in tariffs(rows)
    assert ("USA", "PER", "impose", None, 15.0) in tariffs(rows)


def test_a_level_put_in_place_in_a_past_year_beside_the_level_kept():
    rows = story("KINGSTON - Jamaica and the United States signed a trade framework in Washington on Friday.",
                 "Under the framework, the American side will hold the additional tariff on Jamaican goods at 10 percent.",
                 "Jamaica first felt the tariffs in April 2025, when Washington placed it on the 10 percent baseline "
                 "along with most of its Caribbean neighbours.")
    found = tariffs(rows)
    assert ("USA", "JAM", "maintain", None, 10.0) in found
    assert ("USA", "JAM", "impose", None, 10.0) in found


def test_a_kept_level_told_again_is_no_second_row():
    # (negative) "The 10% reciprocal tariff sets a fair baseline" after the rate kept: the same level, no row
    rows = story("WASHINGTON - The United States extended its pause on higher tariffs on Chinese goods on Monday.",
                 "The current 10% reciprocal tariff on Chinese goods remains in effect during the pause.",
                 "The 10% reciprocal tariff sets a fair baseline to encourage domestic production, officials said.")
    assert [t for t in tariffs(rows) if t[4] == 10.0] == [("USA", "CHN", "maintain", None, 10.0)]


def test_a_rate_on_goods_the_other_row_never_names():
    rows = story("OTTAWA - Canada will slap 25-per-cent tariffs on $2-billion worth of U.S. goods, from sofas to bourbon, "
                 "Finance Minister Jean Tremblay said on Tuesday.",
                 "When the government first floated retaliation in September, its draft also proposed a 25-per-cent surtax "
                 "on U.S. steel fasteners, nuts and bolts.")
    assert [t for t in tariffs(rows) if t[:3] == ("CAN", "USA", "impose")] == [
        ("CAN", "USA", "impose", None, 25.0), ("CAN", "USA", "impose", None, 25.0)]


# A rate phrase's own predicate past its goods: "... would stay in place" (convention 15).
def test_a_levy_already_charged_would_stay_in_place():
    rows = story("MEXICO CITY - Mexico will hold off for six months on a plan to levy duties of up to 40% on Chinese auto "
                 "parts, the economy ministry said on Monday.",
                 "The ministry said the pause would give officials time, but that Mexico's 40 per cent levy already charged "
                 "on Chinese pickup trucks would stay in place.")
    assert ("MEX", "CHN", "maintain", None, 40.0) in tariffs(rows)


def test_the_rate_of_a_tariff_told_before_would_stay_in_place():
    rows = story("LIMA - Talks on a trade pact between Peru and the United States stalled on Monday.",
                 "Under a framework the two governments unveiled in May, Washington was to cut its 24% tariff on Peruvian "
                 "goods to 18%.",
                 "The U.S. Trade Representative said in a statement that the 24% rate would stay in place until an "
                 "agreement is signed.")
    found = tariffs(rows)
    assert ("USA", "PER", "maintain", None, 24.0) in found
    assert ("USA", "PER", "reduce", 24.0, 18.0) in found


def test_a_rate_told_before_that_only_hurt_is_no_kept_level():
    # (negative) no predicate that keeps it: no `maintain` row
    rows = story("LIMA - Talks on a trade pact between Peru and the United States stalled on Monday.",
                 "Under a framework the two governments unveiled in May, Washington was to cut its 24% tariff on Peruvian "
                 "goods to 18%.",
                 "Exporters said the 24% rate had hurt sales of asparagus this year.")
    assert not [t for t in tariffs(rows) if t[2] == "maintain"]


# Goods told entering free are a measure apart from a change on other goods (convention 8 only for the same goods).
def test_goods_entering_free_are_not_an_earlier_change_on_other_goods():
    rows = story("ASUNCION - Paraguay and the United States signed a trade deal on Friday.",
                 "For its part, Asuncion will do away with its 12 per cent duty on US wheat and flour.",
                 "Roughly eight in ten US farm exports will enter Paraguay free of duty, officials said.")
    found = tariffs(rows)
    assert ("PRY", "USA", "remove", None, 0.0) in found
    assert any(t[:3] == ("PRY", "USA", "remove") and t[3] == 12.0 for t in found)


def test_the_same_goods_entering_free_stay_the_change():
    # (negative) the wheat the change named, told again entering free: one row
    rows = story("ASUNCION - Paraguay and the United States signed a trade deal on Friday.",
                 "For its part, Asuncion will do away with its 12 per cent duty on US wheat.",
                 "US wheat will enter Paraguay free of duty, officials said.")
    assert len([t for t in tariffs(rows) if t[:3] == ("PRY", "USA", "remove")]) == 1


# A levy put or added on goods, no rate after the verb (guide rule 4: a measure recounted is a historical row).
def test_duties_put_on_goods_in_a_past_year_that_only_date_a_dispute_give_no_row():
    # (round 37) the duties only date the dispute the sentence names: a past measure told in a temporal clause is a
    # passing mention, no row (annotation guide, Round 35 review (lead)); this test kept the row until then
    rows = story("BEIJING - China opened an anti-dumping probe into European pork on Monday.",
                 "The probe is the latest turn in a dispute that began when Brussels put duties on Chinese-made solar "
                 "panels in 2013.")
    assert not [r for r in tariffs(rows) if r[0] == "EUN"]


def test_duties_put_on_goods_in_a_past_year_told_in_their_own_sentence():
    rows = story("BEIJING - China opened an anti-dumping probe into European pork on Monday.",
                 "Brussels put duties on Chinese-made solar panels in 2013.")
    assert ("EUN", "CHN", "impose", None, None) in tariffs(rows)


def test_duties_first_put_on_goods_at_rates_reaching_a_level():
    rows = story("WASHINGTON - The United States widened its anti-dumping case on garlic on Monday.",
                 "Washington first put anti-dumping duties on Chinese garlic in 1994, at rates that reached as high as "
                 "376 per cent.")
    assert ("USA", "CHN", "impose", None, 376.0) in tariffs(rows)


def test_duties_added_on_goods_from_a_list_of_countries():
    rows = story("WASHINGTON - The United States widened its anti-dumping case on garlic on Monday.",
                 "Two decades later the Commerce Department went further, adding anti-dumping duties on garlic from "
                 "Spain and Peru in 2019.")
    found = tariffs(rows)
    assert ("USA", "ESP", "impose", None, None) in found
    assert ("USA", "PER", "impose", None, None) in found


def test_put_and_added_without_a_levy_on_goods_are_no_tariff():
    # (negative) pressure put on someone, a remark added: no levy
    rows = story("WASHINGTON - The United States widened its anti-dumping case on garlic on Monday.",
                 "The ministry put pressure on importers to buy local garlic, and officials added that duties on garlic "
                 "were under review.")
    assert not [t for t in tariffs(rows) if t[2] == "impose"]
