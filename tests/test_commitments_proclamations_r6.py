"""Commitment extraction, round 6: fact sheets on proclamations and executive orders.

Every sentence here is our own, written for the rule it tests (the goods, rates and
dates are invented).
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imports of Tin"
SIGNED = "Today, President Donald J. Trump signed a Proclamation adjusting tariffs on imported tin."


def extract(*texts, title=TITLE, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, kinds=kinds, article_id="test-proclamation")


def tariff_rows(rows):
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


def test_an_order_adjusting_a_tariff_from_one_level_to_another_lowers_it():
    rows = extract(SIGNED, "The Proclamation adjusts the tariffs on tin roofing, like gutters, from 40% to 20%.")
    assert ("USA", "reduce", 40.0, 20.0) in tariff_rows(rows)
    assert all(r.status == "implemented" for r in rows if r.value_to == 20.0)


def test_an_order_modifying_tariff_rates_is_a_tariff_row_but_a_scope_change_is_not():
    rows = extract("Today, President Donald J. Trump signed an Executive Order modifying the reciprocal tariff "
                   "rates for several trading partners.")
    assert tariff_rows(rows) == [("USA", "impose", None, None)]
    assert extract("Today, President Donald J. Trump signed an Executive Order modifying the scope of the "
                   "reciprocal tariffs on tin.") == [] or all(
        r.action != "impose" for r in extract("Today, President Donald J. Trump signed an Executive Order "
                                              "modifying the scope of the reciprocal tariffs on tin."))


def test_modified_as_an_adjective_is_no_order():
    rows = extract("The United States intends to provide some Peruvian tin goods with modified tariff treatment.",
                   title="Fact Sheet: the United States and Peru reach a trade deal")
    assert not [r for r in rows if r.category == "tariff" and r.action == "impose"]


def test_goods_that_pay_a_bare_rate_are_tariffed_by_the_signing_government():
    rows = extract(SIGNED, "Articles made wholly of tin will pay a flat 45% on their full value.",
                   "Tin-heavy equipment will pay 12% through 2028, to speed up the factory buildout.")
    assert ("USA", "impose", None, 45.0) in tariff_rows(rows)
    assert ("USA", "impose", None, 12.0) in tariff_rows(rows)
    assert {r.status for r in rows if r.value_to in (45.0, 12.0)} == {"implemented"}


def test_paying_a_share_more_is_no_tariff():
    rows = extract("Shoppers will pay 20% more for tin kettles this winter, retailers warned.")
    assert tariff_rows(rows) == []


def test_still_or_continuing_to_be_subject_to_a_rate_keeps_it():
    rows = extract(SIGNED, "All other tin imports will still be subject to the 30% tariff.")
    assert ("USA", "maintain", None, 30.0) in tariff_rows(rows)
    rows = extract(SIGNED, "All other countries will continue to be subject to the 12% baseline tariff.")
    assert ("USA", "maintain", None, 12.0) in tariff_rows(rows)


def test_an_order_implementing_or_establishing_a_rated_tariff_imposes_it():
    title = "Fact Sheet: President Donald J. Trump Addresses Threats from the Government of Peru"
    rows = extract("Today, President Donald J. Trump signed an Executive Order implementing an additional 30% "
                   "tariff on Peru, bringing the total tariff to 40%, to address the threat.", title=title)
    assert ("USA", "impose", None, 30.0) in tariff_rows(rows)
    rows = extract("Today, President Donald J. Trump signed an Executive Order on Peru.",
                   "The Order establishes an additional 30% tariff to address the policies of the Government "
                   "of Peru.", title=title)
    assert ("USA", "impose", None, 30.0) in tariff_rows(rows)


def test_a_share_of_content_before_the_verb_is_no_tariff_level():
    rows = extract(SIGNED, "Products made of 10% or less tin will no longer be subject to the tin tariffs.")
    removed = [r for r in rows if r.action == "remove"]
    assert len(removed) == 1 and removed[0].value_from is None and removed[0].value_to is None


def test_a_dated_earlier_raise_is_not_the_figure_of_todays_order():
    rows = extract("Today, President Donald J. Trump signed a Proclamation to strengthen tariffs on imported tin.",
                   "In May 2025, President Trump increased the tin tariff rates to 35%.")
    raises = [(r.value_to, r.evidence[:5]) for r in rows if r.action == "raise"]
    assert (None, "Today") in raises and (35.0, "In Ma") in raises


def test_a_rate_for_partners_not_listed_is_not_the_rate_of_those_listed():
    rows = extract("Today, President Donald J. Trump signed an Executive Order modifying the reciprocal tariff "
                   "rates for certain countries.",
                   "Countries not listed in Annex I will be subject to a 12% tariff.")
    assert ("USA", "impose", None, None) in tariff_rows(rows)
    assert ("USA", "impose", None, 12.0) in tariff_rows(rows)


def test_a_list_of_partners_and_their_rates_gives_a_row_per_partner():
    rows = extract("Today, President Donald J. Trump signed an Executive Order on reciprocal tariff rates.",
                   "The partners that received letters today include:",
                   "Peru (22%)", "Bosnia and Herzegovina (31%)", "Chile (22%)", "Atlantis (50%)", "Laos: 38%",
                   title="Fact Sheet: President Donald J. Trump Sets New Reciprocal Tariff Rates",
                   kinds=["paragraph", "list_item"] + ["list_item"] * 5)
    listed = sorted((r.counterparty, r.value_to) for r in rows if r.subject and "listed" in r.subject)
    assert listed == [("BIH", 31.0), ("CHL", 22.0), ("LAO", 38.0), ("PER", 22.0)]
    assert {r.actor for r in rows if r.counterparty in ("PER", "CHL")} == {"USA"}


def test_a_country_and_a_figure_in_running_text_is_no_rate_item():
    rows = extract("Growth last year:", "Peru (3%)", title="Peru: an economy in figures",
                   kinds=["paragraph", "paragraph"])
    assert rows == []


def test_a_lower_rate_for_some_goods_is_a_cut():
    rows = extract(SIGNED, "Tin goods made with recycled ore will be subject to lower tariffs of 12%.",
                   "If a tin product is from Chile, a lower tariff will apply, subject to the new tin agreement.")
    assert ("USA", "reduce", None, 12.0) in tariff_rows(rows)
    assert ("USA", "reduce", None, None) in tariff_rows(rows)


def test_a_rate_told_before_is_no_new_lower_rate():
    rows = extract(SIGNED, "The lower rate will apply to a quota of 5,000 tin boilers a year.")
    assert not [r for r in rows if r.evidence.startswith("The lower rate") and r.action == "reduce"
                and r.amount is None]


def test_there_will_be_no_tariff_is_a_zero_rate():
    rows = extract(SIGNED, "There will be no tariff if they decide to make their kettles in our country.")
    assert ("USA", "remove", None, 0.0) in tariff_rows(rows)


def test_subject_instead_to_another_rate():
    rows = extract(SIGNED, "Tin shipped through third countries to evade the 30% tariff will be subject, instead, "
                           "to a transshipment tariff of 45%.")
    assert tariff_rows(rows)[-1:] == [("USA", "impose", None, 45.0)]
    assert ("USA", "impose", None, 30.0) not in tariff_rows(rows)


def test_penalties_on_importers_are_enforcement_not_a_levy():
    rows = extract(SIGNED, "The proclamation sets strict penalties for importers who claim tariff relief beyond "
                           "approved amounts.")
    assert [(r.category, r.action) for r in rows if r.evidence.startswith("The proclamation")] == [("other", "enforce")]


def test_tariffs_used_before_are_a_past_measure_but_the_use_of_tariffs_as_a_tool_is_not():
    rows = extract(SIGNED, "President Trump has repeatedly used Section 232 tariffs to protect the tin industry.")
    assert [(r.action, r.status) for r in rows if r.evidence.startswith("President Trump has")] == [
        ("impose", "implemented")]
    rows = extract(SIGNED, "President Trump is using tariffs as a powerful tool to put America First.",
                   "Through the strategic use of tariffs, President Trump has secured new factories.")
    assert len(rows) == 1  # the signed lead only


def test_two_recounts_with_different_dates_are_two_steps():
    rows = extract(SIGNED, "Last November, President Trump promised to charge Peru a 20% tariff on its goods.",
                   "In February, President Trump signed Executive Order 14444 to impose a duty rate of 20% on "
                   "imports from Peru.")
    assert len([r for r in rows if r.value_to == 20.0]) == 2


def test_a_lead_restated_with_its_rate_keeps_its_anchor_though_partners_get_other_rates():
    rows = extract("TIN SECURITY: Today, President Donald J. Trump imposed tariffs on patented tin kettles and their "
                   "lids under Section 232 to bolster national security.",
                   "President Trump imposed a 60% tariff on patented tin kettles and lids.",
                   "If a tin kettle is from Chile or Peru, a 15% tariff will apply.")
    sixty = [r for r in rows if r.value_to == 60.0]
    assert len(sixty) == 1 and sixty[0].evidence.startswith("Today") and sixty[0].mentions == 2


def test_a_lead_naming_goods_the_body_rates_apart_is_still_no_row():
    rows = extract("Today, President Donald J. Trump imposed tariffs on tin kettles, tin lids and tin pans.",
                   "The Proclamation imposes a 25% tariff on tin kettles.",
                   "The Proclamation imposes a 10% tariff on tin pans.")
    assert sorted(r.value_to for r in rows if r.category == "tariff") == [10.0, 25.0]


def test_a_countrys_industry_after_a_tariff_is_not_the_goods_origin():
    rows = extract("Today, President Donald J. Trump signed a Proclamation raising tariffs on tin.",
                   "Earlier this year, President Trump restored and strengthened Section 232 tariffs on tin, widely "
                   "celebrated by the American tin industry.")
    assert {r.actor for r in rows if r.category == "tariff"} == {"USA"}


def test_an_offset_to_a_portion_of_tariffs_is_a_cut_without_a_rate():
    rows = extract("Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on tin boilers.",
                   "The Proclamation encourages domestic boiler production by offering an offset to a portion of "
                   "tariffs for boiler parts equal to 3.75% of the value of all boilers assembled at home.",
                   "An equivalent offset program will also be established for boiler engine makers.",
                   "The Proclamation extends the offset program for boiler makers through 2030.")
    assert [(r.action, r.value_to) for r in rows if "offset" in r.evidence] == [
        ("reduce", None), ("reduce", None), ("extend", None)]


def test_he_after_a_fronted_purpose_clause_is_the_signing_president():
    rows = extract("Today, President Donald J. Trump signed an Executive Order imposing tariffs on Chile.",
                   "Accordingly, to address the emergency stemming from the Government of Peru’s actions, he is "
                   "imposing an additional 25% tariff on imports from Chile.",
                   title="Fact Sheet: President Donald J. Trump Addresses Threats by the Government of Peru")
    assert {r.actor for r in rows if r.category == "tariff"} == {"USA"}


def test_goods_added_to_a_tariff_programme_are_tariffed_and_a_dated_step_stays_apart():
    rows = extract("Today, President Donald J. Trump signed a Proclamation to strengthen tariffs on tin.",
                   "Articles made wholly of tin will pay a flat 50% on their full value.",
                   "In July 2025, President Trump issued a proclamation adding zinc to the Section 232 tariffs "
                   "program, at the same 50% rate as tin.")
    fifty = [r.evidence[:8] for r in rows if r.value_to == 50.0 and r.action == "impose"]
    assert fifty == ["Articles", "In July "]


def test_which_content_a_tariff_covers_is_scope_not_a_row():
    rows = extract("Today, President Donald J. Trump signed a Proclamation raising the tin tariff from 25% to 50%.",
                   "The tin tariffs will apply only to the tin content of imported products.",
                   "The tin tariffs apply to the tin content of a product; non-tin content of a product remains "
                   "subject to reciprocal tariffs or other applicable duties.")
    assert tariff_rows(rows) == [("USA", "raise", 25.0, 50.0)]


def test_one_change_of_level_told_again_with_more_goods_is_one_row():
    rows = extract("Today, President Donald J. Trump signed a Proclamation to increase the tariff to 50% on steel.",
                   "President Trump is raising the tariff on steel and aluminum imports from 25% to 50%.")
    raises = [r for r in rows if r.action == "raise"]
    assert len(raises) == 1 and raises[0].value_from == 25.0 and raises[0].mentions == 2
    assert len(raises[0].products) >= 2  # the goods of both statements


def test_a_countrys_industries_named_with_two_goods_are_no_origin():
    rows = extract("Today, President Donald J. Trump signed a Proclamation raising tariffs on tin.",
                   "Earlier this year, President Trump restored and strengthened Section 232 tariffs on tin and zinc, "
                   "widely celebrated by the American tin and zinc industries.")
    assert {r.actor for r in rows if r.category == "tariff"} == {"USA"}


def test_rates_initially_set_to_expire_that_now_expire_later_are_extended():
    rows = extract("Today, President Donald J. Trump signed an Executive Order determining that certain tariff rates, "
                   "which were initially set to expire on May 9, will expire on June 1.",
                   "The tin pause will expire on June 1.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "extend")]
