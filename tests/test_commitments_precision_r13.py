"""Commitment extraction, round 13: precision across kinds — wrong fields, extra rows, status.

Each rule is written for the shape of a sentence and tested on our own paraphrases of it, next to
a sentence of the same shape that states something else (the rule must not eat it). Every
sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
DEAL_TITLE = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Peru"
ORDER_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Widgets"


def extract(*texts, title=DEAL_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r13")


def tariff_rows(rows):
    return sorted(((r.actor, r.action, r.value_from, r.value_to, r.change, r.paragraph_index)
                   for r in rows if r.category == "tariff"), key=repr)


# --- a deal term told first without its figure, then with it in the measure's own words ----------

def test_a_generic_restatement_gives_its_figure_to_the_term_stated_first():
    for lead, detail in (
            ("Today the President reached a deal with Peru to lower Peru's tariffs and keep a U.S. "
             "baseline tariff on Peru.",
             "Under the deal, the United States and Peru will each cut tariffs by 20% while keeping an "
             "additional 10% tariff."),
            ("Today, the President reached an agreement with Peru to lower Peru's tariffs and retain a "
             "U.S. minimum tariff on Peru.",
             "As agreed, the United States and Peru will each reduce tariffs by 20% while maintaining a "
             "10% tariff.")):
        rows = tariff_rows(extract(lead, detail))
        assert ("PER", "reduce", None, None, -20.0, 0) in rows, rows  # the lead's cut has the figure
        assert ("USA", "maintain", None, 10.0, None, 0) in rows, rows  # the lead's kept rate too
        assert ("USA", "reduce", None, None, -20.0, 1) in rows, rows  # a term the lead did not state
        assert not any(r[4] is None and r[3] is None and r[5] == 0 for r in rows), rows  # no figureless lead


def test_a_rate_naming_other_goods_is_not_the_figure_of_the_lead():
    rows = tariff_rows(extract(
        "Today the President reached a deal with Peru to lower Peru's tariffs.",
        "Separately, Peru will cut its tariff on wheat by 5%."))
    assert ("PER", "reduce", None, None, None, 0) in rows, rows
    assert ("PER", "reduce", None, None, -5.0, 1) in rows, rows


def test_a_rate_on_all_countries_is_not_a_partner_deals_figure():
    rows = tariff_rows(extract(
        "The President signed an order to impose tariffs on Peru.",
        "All other countries will be subject to a 10% tariff.", title=ORDER_TITLE))
    assert ("USA", "impose", None, None, None, 0) in rows, rows


# --- "total" is a verb only when a figure follows: "an estimated total value of" is no tariff ------

STATEMENT_TITLE = "Joint Statement on Framework for United States-Peru Agreement on Reciprocal Trade"


def test_a_purchase_keeps_its_value_after_the_adjective_total():
    for text in (
            "Purchase of farm products, including wheat and cotton with an estimated total value of 4.5 billion USD.",
            "Peru will buy U.S. corn with a combined total worth of $2 billion."):
        rows = extract(text, title=STATEMENT_TITLE)
        assert [(r.actor, r.category, r.amount) for r in rows] == [("PER", "purchase", float(
            4.5e9 if "4.5" in text else 2e9))], text


def test_tariffs_that_total_a_rate_are_still_a_tariff():
    for text in ("The tariffs on Peruvian goods would total 55%.",
                 "Duties on Peruvian steel will total about 40 percent."):
        rows = extract(text, title=STATEMENT_TITLE)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [
            ("USA", "tariff", "impose", 55.0 if "55" in text else 40.0)], text


# --- a record or habit recounted is background; a figure or a when-clause's past measure stays ---

def test_a_record_or_habit_recounted_gives_no_row():
    for text in (
            "President Trump is building on his record of success with Peru, exemplified by Peru's purchase "
            "of Boeing aircraft in 2019.",
            "Peru also has a long history of imposing burdensome non-tariff barriers that have blocked many "
            "U.S. exports.",
            "Over the past year, President Trump has announced many historic trade deals expanding market "
            "access with America's partners.",
            "Last month, the President delivered a series of historic wins, signing trade agreements with "
            "Peru and Chile.",
            "The framework builds on steps Peru has already taken to modernize its investment regime and "
            "open its market."):
        assert extract(text) == [], text


def test_a_recap_with_its_figure_and_a_records_past_measures_stay():
    rows = extract("Today's announcement builds on yesterday's $300 billion investment commitment secured in Peru.")
    assert [(r.actor, r.category, r.amount) for r in rows] == [("PER", "investment", 3e11)]
    rows = extract("President Trump is building on his strong record from his first term, when he imposed "
                   "sanctions on Venezuela.", title=ORDER_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "sanctions", "impose")]


def test_a_term_named_only_by_its_kind_takes_the_first_figure_stated_for_it():
    for detail in ("Peru intends to improve market access for U.S. goods through the application of zero duties "
                   "on all U.S. industrial goods and U.S. seafood.",
                   "Peru will apply zero tariffs on all U.S. industrial goods and U.S. seafood."):
        rows = tariff_rows(extract(
            "Peru intends to rebalance its trade with the United States, including by buying U.S. goods and "
            "removing tariff and non-tariff barriers for U.S. goods.", detail, title=STATEMENT_TITLE))
        assert rows == [("PER", "remove", None, 0.0, None, 0)], rows


# --- talks coordinated as a gerund after a measure on the same topic are part of that measure ----

def test_cooperation_joined_to_a_measure_on_its_topic_is_no_row_of_its_own():
    rows = commitments_from(
        ["Peru and Chile intend to address a range of non-tariff barriers. They will work to make our trade "
         "more seamless by:",
         "working to address forced labor in their supply chains and increasing cooperation on labor-related "
         "trade issues;",
         "adopting and maintaining strong environmental protections and discussing commitments related to other "
         "environmental measures;"],
        published_at=PUBLISHED, title="Fact Sheet: The United States, Peru, and Chile Reach a Trade Deal",
        levels=[1, 2, 2], kinds=["list_item"] * 3, article_id="test-precision-r13")
    assert sorted((r.actor, r.category, r.action, r.paragraph_index) for r in rows) == [
        ("CHL", "other", "enforce", 1), ("CHL", "other", "enforce", 2),
        ("PER", "other", "enforce", 1), ("PER", "other", "enforce", 2)]


def test_cooperation_under_its_own_modal_stays_a_row():
    rows = extract("Peru shall cooperate with the United States on export controls, and shall take measures to "
                   "prevent the diversion of controlled items.", title=STATEMENT_TITLE)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("PER", "export_control", "enforce"), ("PER", "export_control", "negotiate")]


# --- a signed order's page whose title and lead name no deal announces its rates ------------------

def test_rates_on_an_order_page_are_announced_though_background_speaks_of_deals():
    rows = commitments_from(
        ["Today, President Donald J. Trump signed an Executive Order extending the pause on certain tariff rates "
         "to September 1. President Trump also sent tariff letters to several countries informing them of their "
         "new rates.",
         "The President acted on advice from senior officials.",
         "Since April, several countries have agreed to lower their tariffs on American goods.",
         "The countries he sent letters to today include:", "Peru (20%)", "Chile (30%)"],
        published_at=PUBLISHED, title="Fact Sheet: President Donald J. Trump Sets New Tariff Rates",
        levels=[0, 1, 1, 1, 2, 2], kinds=["paragraph"] + ["list_item"] * 5, article_id="test-precision-r13")
    assert sorted((r.counterparty, r.value_to, r.status) for r in rows) == [
        ("CHL", 30.0, "announced"), ("PER", 20.0, "announced")]


def test_an_order_implementing_a_deal_named_in_the_lead_keeps_the_deal_status():
    rows = commitments_from(
        ["Relief for carmakers, but questions remain.",
         "Peruvian carmakers cheered on Tuesday after President Trump signed an executive order implementing "
         "the deal struck with Lima in May.",
         "Peru will also buy 20 Boeing aircraft."],
        published_at=PUBLISHED, title="Peruvian car exports get 10% tariff as Trump signs order",
        article_id="test-precision-r13")
    assert [(r.actor, r.category, r.status) for r in rows] == [("PER", "purchase", "agreed")]


# --- a lead that only says the order adjusts tariffs, broken down rate by rate below --------------

def test_a_lead_adjusting_tariffs_is_no_row_when_the_rates_follow():
    for lead in ("Today, President Donald J. Trump signed a Proclamation adjusting certain steel tariffs to "
                 "protect national security.",
                 "Today, President Donald J. Trump signed an Executive Order to strengthen tariffs imposed on "
                 "imported steel."):
        rows = commitments_from(
            [lead, "Articles made wholly of steel will pay a flat 40% on their full value.",
             "Derivative articles made partly of steel will pay a flat 20% on their full value."],
            published_at=PUBLISHED, title=ORDER_TITLE, article_id="test-precision-r13")
        assert sorted(r.value_to for r in rows) == [20.0, 40.0], lead


def test_a_lead_adjusting_tariffs_without_rates_below_stays():
    rows = commitments_from(
        ["Today, President Donald J. Trump signed a Proclamation adjusting certain steel tariffs to protect "
         "national security.", "The Secretary of Commerce will monitor imports."],
        published_at=PUBLISHED, title=ORDER_TITLE, article_id="test-precision-r13")
    assert [(r.actor, r.category, r.value_to) for r in rows] == [("USA", "tariff", None)]


# --- a mechanism whose content is a zero rate in words is that rate, not talks ---------------------

def test_a_mechanism_granting_a_zero_rate_in_words_is_no_talks_row():
    for text in ("The United States commits to establish a mechanism that will allow certain apparel goods from "
                 "Peru to receive a zero reciprocal tariff rate.",
                 "The United States will establish a mechanism allowing certain Peruvian textiles to enter duty-free."):
        rows = extract(text, title=STATEMENT_TITLE)
        assert ("USA", "diplomatic", "negotiate") not in {(r.actor, r.category, r.action) for r in rows}, text


def test_a_mechanism_for_talks_stays_a_talks_row():
    rows = extract("Both nations agreed to establish a mechanism to continue discussions about trade.",
                   title=STATEMENT_TITLE)
    assert {(r.category, r.action) for r in rows} == {("diplomatic", "negotiate")}
