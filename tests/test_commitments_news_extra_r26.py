"""Round 26: news rows that state no commitment (precision).

Our own sentences; each mechanism has cases that must stay silent and cases whose rows must stay.
"""
from __future__ import annotations

from datetime import datetime

from pipeline.commitments import extract_commitments
from pipeline.model import article_from_paragraphs
from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def paper_page(*paragraphs: str, title: str, publisher: str):
    """Rows of a newspaper's page whose byline was not read: only its publisher tells it is a story."""
    article = article_from_paragraphs(list(paragraphs), published_at=ON, title=title)
    article.publisher = publisher
    article.article_id = "test-article"
    return extract_commitments(article)


def rows(found) -> list[tuple]:
    """(actor, category, action, value_from, value_to) of each row, sorted."""
    return sorted(((r.actor or "", r.category, r.action, r.value_from, r.value_to) for r in found), key=repr)


# 1. A story's row no party acts in (a council's, a club's, a utility's charge): no party's commitment.
def test_a_council_story_gives_no_row_without_a_party():
    found = story("Millbrook councillors voted 22 to 9 on Tuesday to ban lorries from the market square, raise "
                  "the household water tariff by 7 per cent from May and cut bus fares for pensioners.",
                  title="Millbrook council passes budget")
    assert rows(found) == []


def test_a_utility_tariff_in_a_paper_without_a_read_byline_gives_no_row():
    found = paper_page("Separately, Greyfield Water confirmed that its household tariff will rise by 5.5% from May, "
                       "which the regulator approved last month as part of a four-year investment plan.",
                       title="Council budget vote", publisher="Greyfield Courier")
    assert rows(found) == []


def test_market_pitch_fees_give_no_row():
    found = paper_page("From July, stallholders at the Sunday market will be banned from selling single-use cups, "
                       "and their pitch fees will rise by 4 per cent.",
                       title="Council budget vote", publisher="Greyfield Courier")
    assert rows(found) == []


def test_a_story_with_a_party_keeps_its_row():
    found = story("LIMA, Nov 3 (Wire) - Peru will cut its import duty on Chilean wine to 10% from 15%, the trade "
                  "ministry said.")
    assert rows(found) == [("PER", "tariff", "reduce", 15.0, 10.0)]


def test_an_official_lone_sentence_keeps_its_row_with_no_actor():
    # rounds 7 and 17: outside a story, a lone sentence naming no country keeps its row (whose it is stays open)
    found = commitments_from(["Officials will cut the tariff to 10 per cent."], published_at=ON)
    assert [(r.actor, r.category, r.action, r.value_to) for r in found] == [(None, "tariff", "reduce", 10.0)]


# 2. A country the story names only as a named person's nationality acts in nothing.
def test_a_players_nationality_is_no_party_to_the_leagues_quota():
    found = paper_page("Riverside United have signed the Senegalese midfielder Amadou Ba on a three-year deal, the "
                       "club said on Monday.",
                       "The league confirmed that the quota on foreign imports in matchday squads will stay at seven "
                       "players next season.",
                       title="Riverside land Ba on three-year deal", publisher="Riverside Evening News")
    assert rows(found) == []


def test_a_players_nationality_is_no_party_to_the_clubs_seat_quota():
    found = paper_page("Riverside United have signed the Senegalese midfielder Amadou Ba on a three-year deal, the "
                       "club said on Monday.",
                       "The club said it would lift its ban on flags in the home stand but would keep a quota of 400 "
                       "seats for visiting fans.",
                       title="Riverside land Ba on three-year deal", publisher="Riverside Evening News")
    assert rows(found) == []


def test_a_signing_and_a_lifted_transfer_ban_give_no_row():
    found = story("Kingsport Athletic completed a club-record deal for the Malian winger Ibrahim Keita on "
                  "Thursday, hours after the league lifted a registration ban imposed on the club in March.",
                  title="Kingsport land Keita as ban ends")
    assert rows(found) == []


def test_a_nationality_before_a_ministers_name_is_the_state_acting():
    found = story("Senegalese trade minister Awa Diop said on Monday that Dakar would cut its duty on Moroccan "
                  "sardines to 5 per cent from 20 per cent.")
    assert rows(found) == [("SEN", "tariff", "reduce", 20.0, 5.0)]


def test_a_country_named_otherwise_on_the_page_keeps_its_row():
    found = story("Riverside United have signed the Senegalese midfielder Amadou Ba on a three-year deal.",
                  "Separately, Senegal will remove its 10 per cent duty on Moroccan fertiliser from January, the "
                  "finance ministry in Dakar said.")
    assert ("SEN", "tariff", "remove", 10.0, None) in rows(found)


# 3. A percent told as a company's or a market's figure is no duty's level.
def test_a_profit_fall_is_no_tariff_level():
    found = story("HANOI (Wire) - Song Hong Furniture said its nine-month net profit fell 38% to 120 billion dong, "
                  "blaming a 25 per cent U.S. duty on upholstered chairs that took effect last October.",
                  title="Song Hong profit falls")
    assert rows(found) == [("USA", "tariff", "impose", None, 25.0)]


def test_a_price_jump_named_beside_a_tariff_is_no_level():
    found = story("Velor, a Dutch bicycle maker, cut its outlook on Friday, saying a 22 per cent jump in aluminium "
                  "prices and the 15 percent U.S. tariff on goods from the European Union had eaten into margins.",
                  title="Velor cuts outlook")
    assert rows(found) == [("USA", "tariff", "impose", None, 15.0)]


def test_a_profit_fall_beside_no_duty_names_its_duty_alone():
    # the duty named with its rate keeps its row; the company's figure gives none
    found = story("Kestrel Foods said on Tuesday its half-year net profit fell 27% to 40 million euros, blaming the "
                  "20 per cent U.S. tariff on European cheese and weaker demand at home.",
                  title="Kestrel Foods profit falls")
    assert rows(found) == [("USA", "tariff", "impose", None, 20.0)]


def test_premiums_falling_on_the_news_give_no_row():
    found = story("BRUSSELS, March 5 (Wire) - The European Union will suspend its 6% import duty on unwrought "
                  "aluminium for a year from April 1, the European Commission said on Thursday.",
                  "Premiums for duty-paid aluminium in Antwerp fell 11% on the news.",
                  title="EU to suspend aluminium duty")
    assert [r for r in found if r.paragraph_index == 1] == []


def test_a_duty_that_rises_keeps_its_levels():
    found = story("ANKARA, May 2 (Wire) - Turkey's duty on imported walnuts rose to 30% from 15% on Monday, the "
                  "trade ministry said.")
    assert ("TUR", "tariff", "raise", 15.0, 30.0) in rows(found)


# 4. A purchase told as a trade statistic (a party's rank among a partner's buyers or goods), with no pledge to buy.
def test_a_biggest_customers_yearly_tonnage_is_a_statistic():
    found = story("Florida grows most of the country's grapefruit, and Japan has been its biggest customer since "
                  "2019, taking roughly 60,000 tonnes a year.")
    assert [r for r in found if r.category == "purchase"] == []


def test_a_partners_biggest_import_named_in_passing_is_no_purchase():
    found = story("Duties on Thai rice, Ghana's single biggest import from Thailand, will fall to zero over five "
                  "years, the trade ministry in Accra said.")
    assert [r for r in found if r.category == "purchase"] == []


def test_a_largest_trading_partner_buying_a_share_of_exports_is_a_statistic():
    found = story("The European Union is Kenya's largest trading partner and buys about a quarter of its exports; "
                  "in 2025 bilateral trade reached $3.1 billion.")
    assert [r for r in found if r.category == "purchase"] == []


def test_the_biggest_buyer_that_agrees_to_buy_keeps_its_row():
    found = story("China, the biggest buyer of U.S. sorghum, agreed to buy 2 million tonnes of it next year, the "
                  "Agriculture Department said.")
    assert [(r.actor, r.category, r.amount, r.unit) for r in found if r.category == "purchase"] == [
        ("CHN", "purchase", 2000000.0, "tonnes")]


def test_the_largest_customer_that_will_import_more_keeps_its_row():
    found = story("Japan, Thailand's largest customer for chicken, will import 50,000 tonnes more under the new "
                  "quota, the ministry said.")
    assert [(r.actor, r.category, r.amount, r.unit) for r in found if r.category == "purchase"] == [
        ("JPN", "purchase", 50000.0, "tonnes")]


# 5. Barriers named only by their rank among others, with no rate: a generic characterisation (guide rule 2).
def test_the_steepest_border_charges_in_a_region_are_no_measure():
    found = story("For decades Bolivia has kept some of the steepest border charges in South America in front of "
                  "American goods.")
    assert rows(found) == []


def test_some_of_the_highest_duties_faced_by_exporters_are_no_measure():
    found = story("American pork exporters have faced some of the highest duties in Central America for two decades.")
    assert rows(found) == []


def test_a_country_shielding_farmers_with_some_of_the_highest_tariffs_is_no_row():
    found = story("Iceland, which stays outside the European Union, keeps farm trade out of its pacts and shields its "
                  "sheep farmers with some of the highest tariffs in the developed world.")
    assert rows(found) == []


def test_a_ranked_rate_with_its_figure_keeps_its_row():
    found = story("Washington hit Bolivian goods with a 35 per cent levy in 2025, one of the steepest anywhere, "
                  "before a deal brought it down to 15 per cent.")
    assert rows(found) == [("USA", "tariff", "reduce", 35.0, 15.0)]


# 3 (continued). A suspension keeps its row when the only percent in its sentence is inflation's.
def test_inflation_is_no_level_of_a_suspended_duty():
    found = story("ABUJA (Wire) - Ghana has suspended import duties on rice and maize for 90 days to pull down food "
                  "inflation that hit 24 per cent in May.")
    assert rows(found) == [("GHA", "tariff", "suspend", None, None)]


def test_talks_of_two_unnamed_sides_keep_their_row_in_a_story():
    # the parties spoken of as a pair are unnamed, not absent: the row stays, whose it is open
    found = story("Officials said the two sides would meet again next month to finish the text of the trade pact.")
    assert [(r.actor, r.category) for r in found] == [(None, "diplomatic")]
