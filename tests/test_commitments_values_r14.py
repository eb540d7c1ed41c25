"""Commitment extraction, round 14: the quantity a commitment carries.

Each class of wording is tested with several of its forms. Every sentence here is our own,
written for the rule it tests; countries, goods and figures are used only for their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 10, 5, 15, 0, tzinfo=timezone.utc)
AGREEMENT = "Agreement Between the United States of America and the Republic of Chile on Reciprocal Trade"
JOINT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"
ORDER = "Implementing the Agreement on Reciprocal Trade With the Republic of Chile"
PROCLAMATION = "Adjusting Imports of Ceramic Tiles Into the United States"


def agreement(*texts, title=AGREEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-values-r14")


def order(*texts, title=ORDER):
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-values-r14")


def tariff_levels(rows):
    return sorted(((r.actor, r.counterparty, r.action, r.value_from, r.value_to, r.unit)
                   for r in rows if r.category == "tariff"), key=repr)


# --- the level a new rate replaces, said after it ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The United States shall apply a reciprocal tariff rate of 12 percent to originating goods of Chile, "
    "in place of the 18 percent rate that applies to them now.",
    "The United States will apply a tariff of 12 percent on goods of Chile instead of the current 18 percent.",
    "The United States will charge a 12 percent tariff on Chilean goods, replacing the 18 percent rate set last year.",
    "The United States will set its tariff on goods of Chile at 12 percent (previously 18 percent).",
    "The United States will apply a 12 percent duty to goods of Chile, a rate that was formerly 18 percent.",
    "The United States shall apply a tariff of 12 percent to goods of Chile in lieu of the existing 18 percent tariff.",
])
def test_a_rate_set_in_place_of_an_earlier_one_is_a_cut_from_it(sentence):
    assert tariff_levels(agreement(sentence)) == [("USA", "CHL", "reduce", 18.0, 12.0, "percent")]


def test_a_rate_in_place_of_a_threatened_one_is_set_and_the_threat_is_its_own_row():
    # convention 16: a rate that never applied is no earlier level
    rows = agreement("The United States will apply a tariff of 12 percent on goods of Chile in lieu of the "
                     "25 percent rate announced in April.")
    assert sorted((r.action, r.value_from, r.value_to, r.status) for r in rows) == [
        ("impose", None, 12.0, "agreed"), ("impose", None, 25.0, "announced")]


# --- a count of goods, not their price ------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("Chile has signed a letter of offer and acceptance to buy 24 F-16 Block 70 fighter jets, with support "
     "valued at about $8 billion.", 24.0),
    ("Chile will acquire 12 Black Hawk utility helicopters for $1.2 billion.", 12.0),
    ("Chile will procure eight C-130J transport aircraft at a cost of $900 million.", 8.0),
    ("Chile agreed to purchase 36 Apache attack helicopters worth roughly $6 billion.", 36.0),
])
def test_a_purchase_counted_in_aircraft_takes_the_count(sentence, count):
    rows = [r for r in agreement(sentence, title=JOINT) if r.category == "purchase"]
    assert [(r.actor, r.action, r.amount, r.unit) for r in rows] == [("CHL", "purchase", count, "units")]


# --- a quota's zero in-quota rate ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chile shall open a tariff-rate quota of 40,000 metric tons per year for wheat of the United States, "
    "within which wheat shall enter free of duty.",
    "Chile shall open a tariff-rate quota of 40,000 metric tons per year for U.S. wheat, with a zero in-quota duty.",
    "Chile shall establish a tariff-rate quota of 40,000 tonnes annually for U.S. wheat at an in-quota rate of zero.",
    "Chile will open a quota of 40,000 tonnes a year for U.S. wheat, and wheat imported under that quota "
    "will enter duty-free.",
])
def test_a_quota_with_a_zero_in_quota_rate_removes_the_duty(sentence):
    assert tariff_levels(agreement(sentence)) == [("CHL", "USA", "remove", None, 0.0, "percent")]


def test_a_quota_opened_beside_duty_cuts_to_zero_stays_its_own_row():
    rows = agreement(
        "Chile shall eliminate its customs duty on U.S. pork, from 25 percent to zero, on entry into force.",
        "Chile shall open a tariff-rate quota of 40,000 metric tons per year for U.S. wheat, within which "
        "wheat shall enter free of duty.")
    assert tariff_levels(rows) == [("CHL", "USA", "remove", 25.0, 0.0, "percent"),
                                   ("CHL", "USA", "remove", None, 0.0, "percent")]


@pytest.mark.parametrize("sentence", [
    "Chile shall open a duty-free quota of 2,000 metric tons a year for U.S. beef and a second duty-free quota "
    "of 500 metric tons a year for U.S. pork.",
    "Chile will open a duty-free quota of 2,000 tonnes for U.S. beef and another duty-free quota of 500 tonnes "
    "for U.S. pork.",
    "Chile will create a duty-free quota of 2,000 tonnes for American beef and a separate duty-free quota of "
    "500 tonnes for American pork.",
    "Chile shall open duty-free quotas of 2,000 tons for beef of the United States and a new duty-free quota "
    "of 500 tons for pork of the United States.",
])
def test_two_quotas_in_one_sentence_are_two_rows(sentence):
    assert tariff_levels(agreement(sentence)) == [("CHL", "USA", "remove", None, 0.0, "percent")] * 2


# --- a quota enlarged: the new size -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(a) The in-quota quantity of the tariff-rate quota for beef that is a product of Chile, as provided for in "
    "additional U.S. note 3 to chapter 2 of the HTSUS, is increased from 10,000 metric tons to 30,000 metric "
    "tons in each calendar year.",
    "(b) The tariff-rate quota for beef of Chile shall be raised to 30,000 metric tons a year from 10,000 "
    "metric tons.",
    "(c) The United States shall increase the tariff-rate quota for Chilean beef from 10,000 tonnes to "
    "30,000 tonnes.",
    "(d) The quota for beef of Chile will be doubled to 30,000 metric tons.",
])
def test_a_quota_enlarged_is_a_tariff_cut_with_its_new_size(sentence):
    rows = [r for r in order(sentence) if r.category == "tariff"]
    assert [(r.actor, r.counterparty, r.action, r.amount, r.unit) for r in rows] == [
        ("USA", "CHL", "reduce", 30000.0, "tonnes")]


def test_a_purchase_raised_from_one_amount_to_another_takes_the_new_one():
    rows = agreement("Chile will increase its purchases of U.S. wheat from 1 million tonnes to 3 million "
                     "tonnes a year.", title=JOINT)
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows] == [("CHL", "purchase", 3e6, "tonnes")]


# --- the earlier level compared, and ranges ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The United States will set the tariff on goods of Chile at 12 percent, compared with 18 percent previously.",
    "The United States will apply a 12 percent tariff to goods of Chile, versus the current 18 percent.",
    "The United States will charge 12 percent on Chilean goods, compared to 18 percent before the deal.",
    "The United States will apply a 12% duty on goods of Chile, vs. 18% previously.",
])
def test_a_rate_compared_with_the_earlier_one_is_a_cut_from_it(sentence):
    assert tariff_levels(agreement(sentence)) == [("USA", "CHL", "reduce", 18.0, 12.0, "percent")]


def test_a_rate_compared_with_another_partners_rate_is_no_earlier_level():
    rows = agreement("The United States will apply a 12 percent tariff to goods of Chile, compared with 18 percent "
                     "applied to goods of Peru.")
    assert [(r.counterparty, r.action, r.value_from, r.value_to) for r in rows if r.counterparty == "CHL"] == [
        ("CHL", "impose", None, 12.0)]


@pytest.mark.parametrize("sentence", [
    "Chile will levy tariffs of between 10% and 35% on Chinese steel.",
    "Chile will set duties at between 10 percent and 35 percent on Chinese steel.",
    "Chile will impose duties ranging from 10% to 35% on Chinese steel.",
    "Chile will impose duties of up to 35% on Chinese steel.",
])
def test_a_range_of_rates_is_its_top(sentence):
    rows = commitments_from([sentence], published_at=PUBLISHED, title="Chile raises tariffs on Chinese goods")
    assert [(r.actor, r.counterparty, r.action, r.value_from, r.value_to) for r in rows] == [
        ("CHL", "CHN", "impose", None, 35.0)]


# --- a rate set earlier in the text, then changed --------------------------------------------------
# (round 39 review: values are the sentence's; a rate named only by a reference back to an earlier clause is
# not stated, so the earlier level stays empty, as in 138 open written rows; the earlier clause's rate is its own row)

@pytest.mark.parametrize("change, action", [
    ("(3) The rate in clause (1) of this proclamation shall rise to 30 percent on January 1, 2027.", "raise"),
    ("(3) The duty set out in clause (1) shall be reduced to 10 percent on January 1, 2027.", "reduce"),
    ("(3) That rate shall increase to 30 percent on January 1, 2027.", "raise"),
    ("(3) The rate set out above shall fall to 5 percent on January 1, 2027.", "reduce"),
])
def test_a_rate_referred_back_to_leaves_the_earlier_level_empty(change, action):
    rows = order("(1) Ceramic tiles of heading 6907 shall be subject to an additional ad valorem duty of 20 percent.",
                 "(2) Porcelain sinks shall be subject to an additional ad valorem duty of 15 percent.", change,
                 title=PROCLAMATION)
    new_level = float(change.split(" percent")[0].rsplit(" ", 1)[1])
    assert [(r.action, r.value_from, r.value_to) for r in rows if "(3)" in r.evidence] == [(action, None, new_level)]
    # the referred clause keeps its own row with its rate
    assert [r.value_to for r in rows if r.evidence.startswith("(1)")] == [20.0]


def test_a_lettered_subsection_referred_back_to_keeps_its_own_rate():
    rows = order("Sec. 2. Tariff. (a) Goods of Chile shall be subject to an additional ad valorem duty of 20 percent.",
                 "(b) Goods of Peru shall be subject to an additional ad valorem duty of 30 percent.",
                 "(c) The duty set out in subsection (a) of this section shall be reduced to 10 percent on "
                 "January 1, 2027.", title=PROCLAMATION)
    assert [(r.action, r.value_from, r.value_to) for r in rows if "(c)" in r.evidence] == [("reduce", None, 10.0)]


# --- durations and year ends ---------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("for at least two years", 730),
    ("for five consecutive years", 1825),
    ("for a period of no more than 90 days", 90),
    ("for three full years", 1095),
])
def test_hedged_and_qualified_durations(text, days):
    from pipeline.timeexpr import read_time
    assert read_time(text, PUBLISHED.date()).duration_days == days


@pytest.mark.parametrize("text, end", [
    ("will pay 15 percent through 2027", "2027-12-31"),
    ("will invest $20 billion by the end of 2028", "2028-12-31"),
    ("the exemption lasts until the end of the year", "2026-12-31"),
    ("the quota applies through the end of next year", "2027-12-31"),
    ("the rate holds through calendar year 2029", "2029-12-31"),
])
def test_a_measure_that_runs_to_a_year_end_ends_on_its_last_day(text, end):
    from pipeline.timeexpr import read_time
    assert str(read_time(text, PUBLISHED.date()).end_date) == end


@pytest.mark.parametrize("text", ["return tariffs to 2024 levels", "by 2030", "through 2027-28 season"])
def test_a_year_that_is_no_end_date(text):
    from pipeline.timeexpr import read_time
    assert read_time(text, PUBLISHED.date()).end_date is None


# --- a rate in force named in passing --------------------------------------------------------------

NEWS_TITLE = "US lifts tariff on Chilean beef and coffee"


def news(*texts):
    return commitments_from(texts, published_at=PUBLISHED, title=NEWS_TITLE)


@pytest.mark.parametrize("sentence", [
    "Trump imposed the extra 40% duty in July, on top of a 10% tariff that applies to most countries.",
    "Washington imposed a 40% duty on Chilean goods in July, in addition to the 10% baseline tariff.",
    "The United States raised the duty on Chilean copper to 40% in July, on top of the 10% reciprocal tariff.",
    "Trump slapped a 40 percent tariff on Chilean wine in August, atop the 10 percent duty already in place.",
])
def test_a_rate_the_new_duty_comes_on_top_of_is_a_rate_in_force(sentence):
    rows = [r for r in news(sentence) if r.value_to == 10.0]
    assert [(r.actor, r.category, r.action, r.status) for r in rows] == [("USA", "tariff", "impose", "implemented")]


@pytest.mark.parametrize("sentence, rate, action", [
    ("U.S. ethanol producers have long objected to the 18% tariff Chile charges on their fuel.", 18.0, "impose"),
    ("American wine makers complain about the 25% duty that Chile levies on their bottles.", 25.0, "impose"),
    # (round 32) "still applies" tells the rate kept (guide Round 31 review: `maintain`, newer than this test)
    ("Farm groups want an end to the 12 percent tariff Chile still applies to U.S. pork.", 12.0, "maintain"),
    ("Exporters point to the 30% duty Chile currently imposes on American trucks.", 30.0, "impose"),
])
def test_a_partners_own_rate_told_as_a_fact_is_its_row(sentence, rate, action):
    assert [(r.actor, r.category, r.action, r.value_to, r.status) for r in news(sentence)] == [
        ("CHL", "tariff", action, rate, "implemented")]


def test_a_rate_cut_from_the_rate_a_partner_charges_is_one_row():
    rows = news("Chile will cut the 18% tariff it charges on U.S. ethanol to 5%.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [("CHL", "reduce", 18.0, 5.0)]


# --- a sum told after a long list ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, amount", [
    ("Chile will purchase United States agricultural goods, including corn, soybeans, fertilizer, bioethanol "
     "(including for sustainable aviation fuel), wheat, sorghum and dried distillers grains, as well as other "
     "United States products, in amounts totaling $8 billion per year.", 8e9),
    ("Chile will buy U.S. energy products, including liquefied natural gas, crude oil, refined petroleum products, "
     "coal and nuclear fuel, as well as related equipment and services, worth a combined $12 billion over three years.",
     12e9),
    ("Chilean utilities will buy American turbines, transformers, switchgear, cables, meters, batteries and "
     "grid-management software from U.S. suppliers over the coming years, valued at about $3 billion.", 3e9),
    ("Chile will procure U.S. medical devices, diagnostic equipment, vaccines, generic medicines and hospital "
     "supplies for its public health system through 2028, amounting to $2.5 billion.", 2.5e9),
])
def test_a_purchase_sum_told_after_a_long_list(sentence, amount):
    rows = [r for r in agreement(sentence, title=JOINT) if r.category == "purchase"]
    assert [(r.actor, r.amount, r.unit) for r in rows] == [("CHL", amount, "usd")]


def test_a_late_sum_is_not_given_to_a_percentage_rise():
    rows = agreement("Chile will implement a 50 percent increase of United States wheat procurements within its "
                     "public tender scheme and purchases of United States farm goods, including corn, soybeans, "
                     "fertilizer and sorghum, as well as other products, in amounts totaling $6 billion per year.",
                     title=JOINT)
    assert {(r.change, r.amount) for r in rows if r.category == "purchase"} == {(50.0, None), (None, 6e9)}


# --- a cap told with a copula ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(4) For goods of Chile and Peru, the combined duty shall be no higher than 15 percent.",
    "(4) For goods of Chile and Peru, the duty imposed by this proclamation shall be at most 15 percent.",
    "(4) The duty on goods of Chile and Peru shall be capped at 15 percent.",
    "(4) For goods of Chile and Peru, the duty imposed by this proclamation shall not exceed 15 percent.",
])
def test_a_cap_on_the_duty_of_two_partners_is_a_rate_per_partner(sentence):
    rows = order(sentence, title=PROCLAMATION)
    assert sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows) == [
        ("USA", "CHL", "impose", 15.0), ("USA", "PER", "impose", 15.0)]


@pytest.mark.parametrize("sentence, owner, goods", [
    ("The U.S. tariff on Chilean goods will be no more than 15 percent.", "USA", "CHL"),
    ("U.S. tariffs on Chilean goods will be capped at 15 percent.", "USA", "CHL"),
    ("Chile's tariff on U.S. pork will be no higher than 15 percent.", "CHL", "USA"),
    ("The tariff on Chilean copper will not exceed 15 percent.", "USA", "CHL"),
])
def test_a_capped_tariff_is_levied_by_its_owner(sentence, owner, goods):
    rows = agreement(sentence, title=JOINT)
    assert [(r.actor, r.counterparty, r.action, r.value_to) for r in rows] == [(owner, goods, "impose", 15.0)]


@pytest.mark.parametrize("sentence", [
    "Chile's share of the U.S. market is no more than 15 percent.",
    "Tariffs on Chilean goods are higher than 15 percent on average.",
])
def test_a_share_or_comparison_is_no_cap(sentence):
    assert agreement(sentence, title=JOINT) == []


# --- the level in force told in an aside, and factors of a named rate ------------------------------

@pytest.mark.parametrize("sentence", [
    "Chile will lower its tariff on U.S. pork, now 25 percent, to 10 percent.",
    "Chile will lower its tariff on U.S. pork (currently 25 percent) to 10 percent.",
    "Chile will lower its tariff on U.S. pork, which stands at 25 percent, to 10 percent.",
    "Chile will reduce the tariff on U.S. pork from its current level of 25 percent to 10 percent.",
    "Chile's tariff on U.S. pork will drop from 25 percent to 10 percent.",
])
def test_the_level_in_force_told_beside_the_new_one(sentence):
    assert tariff_levels(agreement(sentence, title=JOINT)) == [("CHL", "USA", "reduce", 25.0, 10.0, "percent")]


@pytest.mark.parametrize("sentence, expected", [
    ("Chile will halve its 20 percent tariff on U.S. pork.", ("reduce", 20.0, 10.0)),
    ("Chile will double its 20 percent tariff on U.S. pork.", ("raise", 20.0, 40.0)),
    ("Chile will halve its tariff on U.S. pork to 10 percent.", ("reduce", 20.0, 10.0)),
    ("Chile will halve the 30 percent duty it charges on U.S. cheese.", ("reduce", 30.0, 15.0)),
])
def test_a_factor_of_a_rate_named_with_its_tariff(sentence, expected):
    rows = agreement(sentence, title=JOINT)
    assert [(r.action, r.value_from, r.value_to) for r in rows] == [expected]


@pytest.mark.parametrize("sentence, counts", [
    ("Chile will buy 30 Boeing 787s.", [30.0]),
    ("Chile will buy 12 F-35s and 20 Airbus A350s.", [12.0, 20.0]),
    ("Chile's flag carrier will purchase 40 737s from Boeing.", [40.0]),
    ("Chile will purchase 8 Lockheed C-130Js for its air force.", [8.0]),
])
def test_a_purchase_counted_in_models_takes_the_count(sentence, counts):
    rows = [r for r in agreement(sentence, title=JOINT) if r.category == "purchase"]
    assert sorted(r.amount for r in rows) == counts and {r.unit for r in rows} == {"units"}


@pytest.mark.parametrize("text, start", [
    ("abolished its tariffs on industrial goods at the start of 2024", "2024-01-01"),
    ("the quota opens starting in 2027", "2027-01-01"),
    ("beginning with calendar year 2026", "2026-01-01"),
    ("the new rate applies from the beginning of next year", "2027-01-01"),
])
def test_a_measure_that_starts_with_a_year_starts_on_its_first_day(text, start):
    from pipeline.timeexpr import read_time
    assert str(read_time(text, PUBLISHED.date()).start_date) == start


# --- a second pair of levels under the same verb ---------------------------------------------------

@pytest.mark.parametrize("sentence, action, pairs", [
    ("Chile will cut tariffs on U.S. cars from 25% to 15% and on auto parts from 10% to 5%.",
     "reduce", [(10.0, 5.0), (25.0, 15.0)]),
    ("Chile will cut its tariffs on U.S. cars from 25 percent to 15 percent, and those on auto parts from "
     "10 percent to 5 percent.", "reduce", [(10.0, 5.0), (25.0, 15.0)]),
    ("Chile will cut tariffs on U.S. cars to 15% from 25%, and on parts to 5% from 10%.",
     "reduce", [(10.0, 5.0), (25.0, 15.0)]),
    ("Chile will raise its tariff on Chinese steel from 10% to 25% and on Chinese aluminum from 5% to 15%.",
     "raise", [(5.0, 15.0), (10.0, 25.0)]),
])
def test_a_second_pair_of_levels_is_a_row_of_its_own(sentence, action, pairs):
    rows = [r for r in agreement(sentence, title=JOINT) if r.category == "tariff"]
    assert {r.action for r in rows} == {action} and sorted((r.value_from, r.value_to) for r in rows) == pairs


@pytest.mark.parametrize("sentence, expected", [
    ("Chile will phase its tariff on U.S. cars down to zero over five years.", ("remove", None, 0.0)),
    ("Chile will phase down its tariff on U.S. cars to zero over five years.", ("remove", None, 0.0)),
    ("Chile will bring its tariff on U.S. pork down to 10 percent, from 25 percent today.", ("reduce", 25.0, 10.0)),
    ("Chile will bring its duties on American cheese down to 5 percent.", ("reduce", None, 5.0)),
])
def test_a_rate_brought_or_phased_down_with_the_goods_between(sentence, expected):
    rows = agreement(sentence, title=JOINT)
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows] == [("CHL", "tariff", *expected)]


@pytest.mark.parametrize("sentence", [
    "Goods of Chile have been subject since April 5, 2025, to the 10 percent additional duty imposed by "
    "Executive Order 14257.",
    "Since April 2025, products of Chile have borne the 10 percent additional duty imposed by Executive Order 14257.",
    "Imports from Chile are subject, under the reciprocal tariff program, to the 10 percent duty imposed by "
    "Executive Order 14257.",
    "Chilean goods have faced, since last spring, the 10 percent ad valorem duty imposed by Proclamation 10950.",
])
def test_a_rate_named_with_the_order_that_imposed_it_is_in_force(sentence):
    rows = order(sentence, title=PROCLAMATION)
    assert [(r.actor, r.counterparty, r.category, r.action, r.value_to, r.status) for r in rows] == [
        ("USA", "CHL", "tariff", "impose", 10.0, "implemented")]
