"""Commitment extraction on real trade news (round 6): talks named as a noun, "roll back",
demands, scheduled and cancelled increases, historical measures, licence extensions.
Our own invented sentences, written in the shapes wire copy uses."""
from datetime import date, datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2019, 11, 20, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="tradenews-test")


def kinds(rows):
    return [(r.actor, r.category, r.action) for r in rows]


def pairs(rows, category="diplomatic", action="negotiate"):
    return sorted((r.actor, r.counterparty) for r in rows if (r.category, r.action) == (category, action))


# -- talks named as a noun ------------------------------------------------------------

def test_talks_with_a_partner_are_a_row_per_side():
    rows = extract("The president has taken a hard line in his trade talks with Vietnam, aides say.",
                   "Mr. Trump wants Hanoi to import more American beef.")
    assert pairs(rows) == [("USA", "VNM"), ("VNM", "USA")]


def test_hyphenated_pair_before_trade_talks():
    rows = extract("Oil prices slid as a gloomy read of US-Japan trade talks weighed on traders.")
    assert pairs(rows) == [("JPN", "USA"), ("USA", "JPN")]


def test_talks_with_a_list_of_partners_give_a_pair_each_and_a_pronoun_is_the_leader():
    rows = extract(
        "Mr. Trump said the negotiators would meet again.",
        "He has also taken a hard line in trade talks with other partners, including Japan and Mexico, "
        "before markets opened.",
    )
    assert ("USA", "JPN") in pairs(rows) and ("MEX", "USA") in pairs(rows)
    assert ("JPN", "MEX") not in pairs(rows)


def test_later_mentions_of_the_same_talks_are_one_row():
    rows = extract("A gloomy read of US-Japan trade talks weighed on traders.",
                   "The two sides continue to negotiate, officials in Tokyo said.",
                   "Traders are watching the US-Japan trade talks closely.")
    talks = [r for r in rows if (r.category, r.action) == ("diplomatic", "negotiate")]
    assert len(talks) == 2
    assert all(r.mentions >= 2 for r in talks)


def test_stalled_talks_and_frameworks_for_talks_are_no_talks_held():
    rows = extract("Ottawa will drop its levies on American ketchup in a bid to restart stalled trade talks with Washington.",
                   "The two leaders announced frameworks for trade negotiations with Chile and Peru.")
    assert pairs(rows) == []


# -- roll back ------------------------------------------------------------------------

def test_rolling_back_tariffs_is_a_reduction_and_needs_a_measure():
    rows = extract("Washington agreed to roll back some tariffs on Chinese furniture.",
                   "The governor vowed to roll back red tape for small farms.")
    assert kinds(rows) == [("USA", "tariff", "reduce")]


# -- opinions, wishes and uncertainty give no row ----------------------------------------

def test_uncertainty_whether_a_measure_comes_gives_no_row():
    rows = extract("A lobbyist said whether Washington will agree to cut tariffs on Brazilian coffee depends on the election.",
                   "The government keeps sending mixed signals about whether any of the duties on Thai rice will be removed.")
    assert rows == []


def test_wishes_give_no_row_but_a_demand_on_a_named_party_does():
    assert extract("Some aides would like to see Vietnam agree to buy more aircraft, while the US keeps its tariffs for leverage.",
                   "While Vietnam needs and wants to buy American cotton, it has balked at fixed amounts.") == []
    rows = extract("Hanoi also wants Washington to remove the 20% tariffs on Vietnamese shrimp.")
    assert [(r.actor, r.category, r.action, r.value_from) for r in rows] == [("USA", "tariff", "remove", 20)]


def test_backing_an_effort_an_experts_view_and_a_stance_give_no_row():
    rows = extract("Exporters support the government's efforts to remove trade barriers in Asia.",
                   "One trade expert said Washington would have to remove all tariffs on Chinese goods to win the purchases.",
                   "The dispute allows the premier to maintain a tough public stance toward Ottawa in the trade war.")
    assert rows == []


# -- a rated tariff named with its imposition is a measure in force ------------------------

def test_a_rated_tariff_imposed_on_a_day_is_an_implemented_row_beside_the_demand():
    rows = extract("Seoul wants Washington to scrap the 25% tariffs on Korean steel imposed on March 12, "
                   "as well as ease the 10% tariffs imposed on an earlier list of goods.")
    imposed = {(r.actor, r.counterparty, r.value_to, r.status, r.start_date)
               for r in rows if r.action == "impose"}
    assert imposed == {("USA", "KOR", 25, "implemented", date(2019, 3, 12)),
                       ("USA", "KOR", 10, "implemented", None)}
    assert ("USA", "tariff", "remove") in kinds(rows)


def test_a_suspended_rate_is_no_imposition_of_its_own():
    rows = extract("The United States will suspend its 34% tariff on Japanese goods imposed on April 2 for 90 days.")
    assert [r.action for r in rows] == ["suspend"]


# -- ranges, licences, planned and cancelled measures ------------------------------------

def test_a_range_of_rates_over_a_list_is_one_imposition_at_the_top_rate():
    rows = extract("Peru slapped retaliatory tariffs, ranging from 10 percent to 30 percent, on a list of American farm goods.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [("PER", "impose", None, 30)]


def test_extending_a_general_licence_for_sales_abroad_is_an_export_control_extension_last_monday():
    rows = extract("The Commerce Department on Monday did extend a temporary general license allowing American "
                   "firms to sell to ZTE, the Chinese telecoms company.")
    assert [(r.actor, r.counterparty, r.category, r.action, r.status, r.start_date) for r in rows] == [
        ("USA", "CHN", "export_control", "extend", "implemented", date(2019, 11, 18))]


def test_a_cancelled_increase_is_the_planned_raise_and_its_removal():
    rows = extract("Washington and Beijing held talks this week.",
                   "While Mr. Trump canceled an increase in tariffs on Chinese goods planned for Oct. 1, he kept the rest.")
    planned = [(r.action, r.status, r.start_date) for r in rows if r.category == "tariff"]
    assert planned == [("raise", "announced", date(2019, 10, 1)), ("remove", "implemented", None)]


def test_cancelling_a_scheduled_imposition_still_on_the_table():
    rows = extract("Officials said Trump might accept cancelling a scheduled Dec. 15 imposition of tariffs "
                   "on $150 billion of Chinese toys.")
    assert [(r.actor, r.action, r.status, r.start_date) for r in rows] == [
        ("USA", "impose", "announced", date(2019, 12, 15)), ("USA", "remove", "proposed", None)]


def test_the_next_round_of_tariffs_due_to_start_is_an_announced_imposition():
    rows = extract("President Trump said he would raise tariffs on Chinese imports if talks fail. "
                   "The next round of tariffs is due to start on Dec. 15.")
    scheduled = [r for r in rows if r.action == "impose"]
    assert [(r.actor, r.counterparty, r.status, r.start_date) for r in scheduled] == [
        ("USA", "CHN", "announced", date(2019, 12, 15))]


# -- threats against named partners -----------------------------------------------------

def test_threatening_a_partner_with_tariffs_is_a_threatened_imposition():
    rows = extract("President Trump threatened Mexico with tariffs on all its goods.")
    assert [(r.actor, r.counterparty, r.action, r.status) for r in rows] == [("USA", "MEX", "impose", "threatened")]


def test_threatening_them_gives_a_threat_per_partner_named_before_and_europe_is_the_eu():
    rows = extract("Mr. Trump met his advisers.",
                   "He has taken a hard line in trade talks with partners, including Europe and Canada, "
                   "publicly threatening them with tariffs.")
    threats = sorted((r.actor, r.counterparty) for r in rows if r.status == "threatened")
    assert threats == [("USA", "CAN"), ("USA", "EUN")]


def test_a_gerund_threat_opening_a_comment_is_no_row():
    assert extract("Threatening high tariffs at every turn is not the right way to deal with Japan.") == []


# -- sanctions, Brexit-style exits, ownership rules ---------------------------------------

def test_seeking_new_sanctions_is_a_proposed_imposition_and_un_measures_are_no_rows():
    rows = extract("The U.N. Security Council on Friday pledged to impose further sanctions on Iran.",
                   "The president said the United States will seek new U.N. sanctions against Iran.")
    assert [(r.actor, r.counterparty, r.category, r.action, r.status) for r in rows] == [
        ("USA", "IRN", "sanctions", "impose", "proposed")]


def test_ending_the_national_emergency_against_a_country_removes_its_sanctions():
    rows = extract("The White House announced that the United States would end a national emergency against Cuba "
                   "and further ease trade sanctions.")
    assert sorted(kinds(rows)) == [("USA", "sanctions", "relax"), ("USA", "sanctions", "remove")]


def test_leaving_the_single_market_restricts_access_and_ownership_limits_are_investment_rules():
    rows = extract("Prime Minister Theresa May suggested that Britain would withdraw from the single market.",
                   "Russia has put in place restrictions on foreign media ownership.")
    assert ("GBR", "market_access", "restrict") in kinds(rows)
    assert ("RUS", "investment", "restrict") in kinds(rows)


def test_market_moves_and_a_measure_called_a_source_of_uncertainty_give_no_row():
    rows = extract("The Japanese yen strengthened 0.2% versus the greenback as traders weighed the tariff news.",
                   "Mr. Trump's tariffs on Chinese goods also remain a source of uncertainty for importers.",
                   "Exporters support the president's efforts to remove trade barriers and end unfair practices in Japan.")
    assert rows == []


# -- proposals put to the other side ----------------------------------------------------

def test_a_suggested_purchase_in_a_when_clause_is_the_named_buyers_proposed_row():
    rows = extract("When the president's aides suggested that Hanoi resume buying about $5 billion in American "
                   "cotton as part of a deal, he was not satisfied.")
    assert [(r.actor, r.category, r.action, r.amount, r.status) for r in rows] == [
        ("VNM", "purchase", "resume", 5e9, "proposed")]


def test_asking_for_purchases_is_a_proposed_purchase_by_the_other_party():
    rows = extract("Mr. Trump met Vietnam's leader on Friday.",
                   "He said he asked for up to $30 billion in annual purchases.")
    assert [(r.actor, r.counterparty, r.action, r.amount, r.status) for r in rows] == [
        ("VNM", "USA", "purchase", 30e9, "proposed")]


# -- measures in force named as nouns ---------------------------------------------------

def test_agreeing_to_a_partners_demands_to_roll_back_is_a_conditional_proposal():
    rows = extract("The deal could grow if Washington agrees to Seoul's demands to roll back existing tariffs on Korean steel.")
    assert [(r.actor, r.action, r.status, r.conditional) for r in rows] == [("USA", "reduce", "proposed", True)]


def test_a_leaders_tariffs_named_by_the_trade_they_cover_are_in_force():
    rows = extract("Mr. Trump met investors.",
                   "He has given mixed signals about whether his tariffs on $200 billion worth of Vietnamese goods will be removed.")
    assert [(r.actor, r.counterparty, r.action, r.status, r.amount) for r in rows] == [
        ("USA", "VNM", "impose", "implemented", None)]


def test_anti_dumping_duties_by_a_named_government_are_its_tariff_on_the_industry_country():
    rows = extract("Japan hosts several steelmakers.",
                   "That industry also suffers from anti-dumping duties on steel imports by the Indian government.")
    assert [(r.actor, r.counterparty, r.category, r.action, r.status) for r in rows] == [
        ("IND", "JPN", "tariff", "impose", "implemented")]


def test_retaliatory_tariffs_named_again_are_the_retaliating_partys_and_a_ban_on_foreign_trucks_is_market_access():
    rows = extract("Canada slapped retaliatory tariffs of 25 percent on a list of American products.",
                   "In 2011, the first Canadian truck rolled across, and the last retaliatory tariff was removed.",
                   "The United States pledged that it would lift restrictions that kept Canadian trucks from hauling cargo.")
    assert ("CAN", "tariff", "remove") in kinds(rows)
    assert ("USA", "market_access", "remove") in kinds(rows)


def test_talks_held_between_two_named_parties_and_a_capitalised_opening():
    rows = extract("Washington and Tokyo held trade talks in Tokyo last week.")
    assert pairs(rows) == [("JPN", "USA"), ("USA", "JPN")]
    rows = extract("Mr. Trump spoke on Friday.", "Trade talks between Washington and Ottawa resumed on Monday.")
    assert pairs(rows) == [("CAN", "USA"), ("USA", "CAN")]


def test_a_demand_is_proposed_a_called_off_tariff_hike_is_two_rows_and_balking_is_a_refusal():
    opening = "President Trump met Chinese leader Xi Jinping."
    rows = extract(opening, "Beijing wants Washington to remove tariffs on Chinese furniture.")
    assert [(r.actor, r.action, r.status) for r in rows] == [("USA", "remove", "proposed")]
    rows = extract(opening, "Trump called off a planned tariff hike on Chinese goods.")
    assert [(r.actor, r.action, r.status) for r in rows] == [("USA", "raise", "announced"), ("USA", "remove", "implemented")]
    rows = extract(opening, "But Beijing is balking at committing to a specific amount of farm product purchases.")
    assert [(r.actor, r.category, r.status) for r in rows] == [("CHN", "purchase", "rejected")]


def test_a_sanctions_regime_named_as_a_fact_is_in_force():
    rows = extract("President Trump met Cuba's leader.",
                   "The senator had long backed the sanctions on Cuba's government, aides said.")
    assert [(r.actor, r.counterparty, r.category, r.action, r.status) for r in rows] == [
        ("USA", "CUB", "sanctions", "impose", "implemented")]
