"""Round 24: news rows the extractor missed entirely (no row on their sentence), our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def tariffs(rows) -> list[tuple]:
    """(government, goods' country, action, earlier level, new level) of each tariff row, sorted."""
    return sorted(((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows
                   if r.category == "tariff"), key=repr)


# 1. Goods "from A, B and C" under one measure: a row per origin (guide rule 11).
def test_a_measure_on_goods_from_a_list_of_countries_binds_each():
    rows = story("In 2019 the Commerce Department imposed countervailing duties on steel racks from Chile, Peru "
                 "and Colombia after a complaint by local makers.")
    assert [(a, c, act) for a, c, act, _, _ in tariffs(rows)] == [
        ("USA", "CHL", "impose"), ("USA", "COL", "impose"), ("USA", "PER", "impose")]


def test_a_rated_measure_on_goods_from_two_countries():
    rows = story("The Thai finance ministry imposed an anti-dumping duty of $88.20 a tonne on tinplate from "
                 "Japan and Korea for five years.")
    assert sorted((r.actor, r.counterparty, r.value_to, r.unit) for r in rows if r.category == "tariff") == [
        ("THA", "JPN", 88.2, "usd"), ("THA", "KOR", 88.2, "usd")]


def test_origins_of_something_else_are_no_partners_of_the_measure():
    # the countries a surge came from, after a clause break, are not the goods the safeguard is on
    rows = story("Chile will levy a safeguard duty of 14% on imported fridges for two years, the finance ministry "
                 "said, after a surge of cheap units from Mexico and Turkey.")
    assert [c for _, c, _, _, _ in tariffs(rows)] in ([""], ["MEX"])
    assert not any(r.counterparty == "TUR" for r in rows)


def test_a_range_of_rates_over_the_origins_is_not_split():
    # "up to" a top rate over two origins is one origin's rate: the story gives each its own figure later
    rows = story("Peru will impose anti-dumping duties of up to 41.5 per cent on glass jars from China and Vietnam "
                 "for five years.")
    assert len([r for r in rows if r.category == "tariff" and r.value_to == 41.5]) == 1


# 2. Rated conjuncts that share the first conjunct's verb (gapping): a row per rate.
def test_payers_then_their_rates_after_a_payer_verb():
    rows = story("MANILA - The Philippines will levy anti-dumping duties on ceramic tiles from China, the trade "
                 "department said on Monday.",
                 "Under the ruling, Chinese maker Foshan Tile will pay 11.2 per cent, Jinan Ceramics 17.5 per cent and all other "
                 "Chinese exporters 33.9 per cent.")
    assert {r.value_to for r in rows if r.category == "tariff" and r.actor == "PHL"} >= {11.2, 17.5, 33.9}


def test_goods_then_their_new_and_old_rates():
    rows = story("NEW DELHI - India will raise its import duties on a list of Australian goods from Monday, the "
                 "finance ministry said.",
                 "Under the notice, Australian lentils will pay 60% instead of 40%, almonds 35% in place of 30% and "
                 "barley 25%, up from 10%, while wool faces a new licence.")
    got = {(r.value_from, r.value_to, r.action) for r in rows if r.category == "tariff" and r.actor == "IND"}
    assert {(40.0, 60.0, "raise"), (30.0, 35.0, "raise"), (10.0, 25.0, "raise")} <= got


def test_a_rate_for_the_rest_after_a_with():
    rows = story("MANILA - The Philippines will levy anti-dumping duties on ceramic tiles from China, the trade "
                 "department said on Monday.",
                 "Thai makers fare better: Siam Tile faces a 4.1 per cent duty, with 9.6 per cent for the rest.")
    got = {(r.counterparty, r.value_to) for r in rows if r.category == "tariff" and r.actor == "PHL"}
    assert {("THA", 4.1), ("THA", 9.6)} <= got


def test_a_new_clause_ends_the_list():
    # "and exports fell 9%": a verb of its own, no rate of the measure
    rows = story("MANILA - The Philippines will levy anti-dumping duties on ceramic tiles from China, the trade "
                 "department said on Monday.",
                 "Under the ruling, Chinese maker Foshan Tile will pay 11.2 per cent, and its exports fell 9 per cent last year.")
    assert 9.0 not in {r.value_to for r in rows}


# 3. Goods past a quota's volume that keep paying a rate: the quota owner's rate kept (`maintain`).
def test_goods_above_the_quota_keep_paying_the_full_rate():
    rows = story("WASHINGTON - The United States will cut its tariff on Mexican steel to 25 per cent for a quota of "
                 "2 million tonnes, officials said.",
                 "Tonnage above the ceiling still pays the full 50 per cent.")
    assert ("USA", "MEX", "maintain", None, 50.0) in tariffs(rows)


def test_goods_beyond_that_volume_keep_the_usual_rate_after_said():
    rows = story("SEOUL - South Korea will cut its tariff on bananas to 10 percent for up to 150,000 tonnes, the "
                 "ministry said.",
                 "The ministry said shipments above that volume will still pay the usual 30 percent.")
    assert [(a, act, v) for a, _, act, _, v in tariffs(rows) if v == 30.0] == [("KOR", "maintain", 30.0)]


def test_a_price_above_a_level_is_no_over_quota_rate():
    rows = story("Chile will cut its tariff on Peruvian sugar to 5 per cent within a quota of 20,000 tonnes, "
                 "officials said.",
                 "Prices above that level pay 40 per cent more.")
    assert 40.0 not in {r.value_to for r in rows}


# 4. A quota told as a conjunct of its own beside another measure: a row of its own.
def test_a_volume_let_in_free_after_a_duty_phased_out():
    rows = story("Canberra agreed to phase out its 6% tariff on Korean tyres over four years and to let in 40,000 "
                 "tonnes of Korean pears a year free of duty.")
    assert ("AUS", "KOR", "remove", None, 0.0) in tariffs(rows)
    assert ("AUS", "KOR", "remove", 6.0, 0.0) in tariffs(rows) or ("AUS", "KOR", "remove", 6.0, None) in tariffs(rows)


def test_a_duty_free_quota_opened_by_the_bloc_after_while():
    rows = story("The European Union and Chile agreed on Monday that Santiago will phase out its duties of up to 25% "
                 "on European cheese over six years, while the bloc opens a duty-free quota of 9,000 tonnes a year "
                 "for Chilean honey.")
    assert ("EUN", "CHL", "remove", None, 0.0) in tariffs(rows)


def test_a_volume_let_in_at_a_lower_rate_instead_of_the_usual_one():
    rows = story("Canada kept its 4 per cent tariff on most Mexican goods but let up to 60,000 Mexican-built trucks "
                 "a year in at a combined rate of 4 per cent, instead of the 12 per cent other trucks paid.")
    assert ("CAN", "MEX", "reduce", 12.0, 4.0) in tariffs(rows)


def test_a_quota_already_read_gives_no_second_row():
    rows = story("Norway has committed to eliminate its remaining duties on Chilean fish feed, to admit 800 tonnes "
                 "a year of Chilean wine free of duty, and to bind its tariff on salmon.")
    assert len([r for r in rows if r.category == "tariff" and r.value_to == 0.0]) == 1


def test_money_let_in_free_is_no_quota():
    rows = story("Canberra agreed to phase out its 6% tariff on Korean tyres and let in $40 million of Korean pears "
                 "a year free of duty.")
    assert not any(r.subject and r.subject.startswith("quota") for r in rows)


# 5. A licence demanded of exporters, the goods a long phrase between: an export control.
def test_exporters_of_several_goods_required_to_obtain_government_licences():
    rows = story("HANOI - Vietnam will require exporters of tungsten and bismuth concentrates to obtain government "
                 "licences from April 1, the industry ministry said on Thursday.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("VNM", "export_control", "restrict")]


def test_importers_required_to_obtain_licences_are_no_export_control():
    rows = story("HANOI - Vietnam will require importers of tungsten and bismuth concentrates to obtain government "
                 "licences from April 1, the industry ministry said on Thursday.")
    assert not any(r.category == "export_control" for r in rows)


# 6. The wires' "pct" closes a rate the subject-rate reader reads, as "%" and "per cent" do.
def test_a_rate_held_told_in_pct():
    rows = story("JAKARTA, March 3 (Equator) - Indonesia cut import duties on fertiliser in its budget on Monday.",
                 "The import duty on roofing tiles will be held at 15 pct, disappointing builders who had hoped for a cut.")
    assert ("IDN", "", "maintain", None, 15.0) in tariffs(rows)


def test_a_pct_figure_of_no_measure_stays_silent():
    rows = story("JAKARTA, March 3 (Equator) - Indonesia cut import duties on fertiliser in its budget on Monday.",
                 "Inflation will be held at 3 pct this year, the central bank governor said.")
    assert 3.0 not in {r.value_to for r in rows}


def test_the_rate_past_the_quota_stays_in_place():
    rows = story("LIMA, May 4 (Wire) - Peru will cut its import tax on Chilean wine to 6 per cent, the trade ministry said.",
                 "The lower rate applies only to a quota of 2 million litres a year; above that volume the 18 per cent "
                 "rate stays in place.")
    assert [(a, act, v) for a, _, act, _, v in tariffs(rows) if v == 18.0] == [("PER", "maintain", 18.0)]


def test_a_definite_rate_with_no_quota_and_no_trade_word_stays_silent():
    rows = story("LIMA, May 4 (Wire) - Peru will cut its import tax on Chilean wine to 6 per cent, the trade ministry said.",
                 "Separately, the central bank said the 5 per cent rate would stay in place until June.")
    assert 5.0 not in {r.value_to for r in rows}


# 7. A ministry named by its portfolio acts for the dateline's government.
def test_a_ministry_of_portfolios_sets_rates():
    rows = story("LUSAKA, Feb 3 (Wire) - Zambia will impose retaliatory duties on European cheese and wine from "
                 "March 1.",
                 "In a notice in the Government Gazette, the Ministry of Commerce and Industry set the duty on wine at "
                 "35 percent and on cheese at 20 percent.")
    got = {(r.actor, r.value_to) for r in rows if r.category == "tariff"}
    assert {("ZMB", 35.0), ("ZMB", 20.0)} <= got


def test_the_finance_ministry_after_an_opening_adverbial():
    rows = story("OSLO, Oct 2 (Wire) - Norway will raise its tariff on imported lamb to 30 per cent, the farm ministry "
                 "said on Monday.",
                 "Separately, the Finance Ministry said it would waive the tariff on imported fish feed until the end "
                 "of June.")
    assert ("NOR", "", "remove", None, None) in tariffs(rows)


def test_a_portfolio_ministry_with_no_dateline_takes_no_party_named_before():
    rows = story("Shipments from Brazil, Paraguay and Uruguay will be hit hardest, traders said.",
                 "Separately, the Finance Ministry said it would waive the tariff on imported fish feed until June.")
    assert not any(r.actor in ("BRA", "PRY", "URY") for r in rows)
