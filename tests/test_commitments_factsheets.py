"""Commitment extraction, round 5: White House fact sheets and executive-order summaries.

Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)


def extract(*texts, kinds=None, title="Fact Sheet: the United States and Peru reach a trade deal"):
    return commitments_from(texts, published_at=PUBLISHED, title=title, kinds=kinds, article_id="test-factsheet")


def rows_of(rows, category):
    return [r for r in rows if r.category == category]


def test_an_investment_pledge_stated_then_sized_is_one_row():
    rows = extract(
        "Peru has made major commitments to invest in American manufacturing.",
        "Peruvian mining firm Andes Cobre will invest $2 billion in the United States.",
    )
    invest = rows_of(rows, "investment")
    assert len(invest) == 1
    assert (invest[0].actor, invest[0].action, invest[0].amount, invest[0].unit) == ("PER", "invest", 2e9, "usd")
    assert invest[0].evidence.startswith("Peru has made")
    assert invest[0].mentions == 2


def test_facilitating_investment_here_is_not_a_pledge_to_invest_there():
    rows = extract(
        "Peru shall facilitate investment by the United States in its mining sector.",
        "Peru shall facilitate $5 billion of investment in the United States.",
    )
    assert len(rows_of(rows, "investment")) == 2


def test_a_company_described_by_its_country_pledges_for_that_country():
    rows = extract("Chilean copper producer Andes Cobre will invest $3 billion in Texas smelters.")
    assert [(r.actor, r.category, r.amount) for r in rows] == [("CHL", "investment", 3e9)]


def test_partners_paying_one_rate_each_get_a_row_levied_by_the_other_party():
    rows = extract(
        "Today, President Trump secured a deal that opens markets for the United States.",
        "Under the deal with Norway and Iceland, the trading partners will pay a tariff of no more "
        "than 12%, the rate already given to the European Union.",
        title="Fact Sheet: President Donald J. Trump secures a trade deal for the United States",
    )
    tariff = sorted((r.actor, r.counterparty, r.value_to) for r in rows if r.category == "tariff")
    assert tariff == [("USA", "ISL", 12.0), ("USA", "NOR", 12.0)]


def test_facing_non_tariff_barriers_is_no_tariff():
    assert not extract("American ranchers face many non-tariff barriers in the Peruvian beef market.")


def test_one_rate_agreed_with_two_partners_in_two_sentences_is_two_rows():
    rows = extract(
        "In a deal with President Trump, Norway has agreed to buy $5 billion of U.S. gas, while accepting a 12% tariff rate.",
        "Iceland has agreed to invest $9 billion in the United States, all while paying a baseline 12% tariff rate.",
        title="Fact Sheet: President Donald J. Trump modifies the reciprocal tariff rates of the United States",
    )
    tariff = sorted((r.actor, r.counterparty, r.value_to) for r in rows if r.category == "tariff")
    assert tariff == [("USA", "ISL", 12.0), ("USA", "NOR", 12.0)]


def test_a_rate_restated_for_the_same_partner_stays_one_row():
    rows = extract(
        "Norway has agreed to a 12% tariff rate on its exports to the United States.",
        "Under the deal, Norwegian goods will pay a 12% tariff.",
        title="Fact Sheet: President Donald J. Trump modifies the reciprocal tariff rates of the United States",
    )
    tariff = [(r.actor, r.counterparty, r.value_to, r.mentions) for r in rows if r.category == "tariff"]
    assert tariff == [("USA", "NOR", 12.0, 2)]


def test_an_estimated_value_sizes_a_purchase_bullet():
    rows = extract(
        "Peru will:",
        "Purchases of U.S. aircraft, turbines, and data center servers with an estimated value of $40 billion.",
        kinds=["paragraph", "list_item"],
    )
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows] == [("PER", "purchase", 4e10, "usd")]


def test_a_percent_increase_in_purchases_is_their_change():
    rows = extract("Peru will speed up a 40% increase in purchases of American wheat.")
    assert [(r.actor, r.category, r.change, r.unit) for r in rows] == [("PER", "purchase", 40.0, "percent")]


def test_continuing_the_suspension_of_duty_free_treatment_extends_it_without_a_rate():
    rows = extract(
        "In a separate order, President Trump also continued the suspension of duty-free treatment for small parcels.",
        title="Fact Sheet: President Donald J. Trump imposes a temporary import duty",
    )
    assert [(r.actor, r.category, r.action, r.value_to, r.unit) for r in rows] == [("USA", "tariff", "extend", None, None)]


def test_what_the_deal_achieves_in_later_verbs_is_not_a_term():
    assert not extract(
        "The U.S.-Peru Agreement will sweep away longstanding hurdles for American ranchers and "
        "provide new access for U.S. industries."
    )


def test_what_deals_in_general_brought_is_not_a_term():
    assert not extract(
        "President Trump’s trade agenda has delivered landmark agreements with partners across the "
        "globe, attracting new factories to the United States and expanding market access for U.S. products."
    )
    assert not extract(
        "President Trump’s trade agenda has delivered landmark agreements with partners—including Peru, "
        "Chile, and Norway—attracting new factories to the United States and expanding market access for U.S. products."
    )
    assert not extract(
        "Thanks to the President’s tariffs, partners worldwide have agreed to trade deals to open new "
        "markets for American exports."
    )


def test_an_announcement_commenting_on_itself_is_not_a_term():
    assert not extract(
        "Today’s announcement shows that America can protect its farms while maintaining broad market access abroad."
    )


def test_a_deal_participle_with_a_figure_still_counts():
    rows = extract("President Trump announced a deal with Peru, lowering tariffs on Peruvian grapes to 10%.")
    assert [(r.actor, r.category, r.value_to) for r in rows] == [("USA", "tariff", 10.0)]


def test_enhancing_cooperation_on_a_subject_is_a_negotiation_and_its_aim_no_row():
    rows = extract(
        "Peru will:",
        "deepening cooperation on the mutual review of product standards to reduce barriers for U.S. exports; and",
        kinds=["paragraph", "list_item"],
    )
    assert [(r.actor, r.category, r.action) for r in rows] == [("PER", "market_access", "negotiate")]


def test_working_together_to_cut_tariffs_still_cuts_them():
    rows = extract("Peru and the United States will work together to reduce tariffs on avocados to 5%.")
    assert ("PER", "tariff") in [(r.actor, r.category) for r in rows]


def test_a_rate_said_to_be_in_effect_after_an_as_aside_is_a_row():
    rows = extract("The baseline tariff rate of 12%, as first announced in April, is in effect.")
    assert [(r.actor, r.category, r.action, r.value_to, r.status) for r in rows] == [
        ("USA", "tariff", "impose", 12.0, "implemented")]


def test_a_rate_on_all_countries_has_no_counterparty_and_stays_apart_from_the_partner_rate():
    rows = extract(
        "The baseline tariff rate of 12%, as first announced in April, is in effect for Peru.",
        "In April, President Trump imposed a 12% tariff on all countries.",
    )
    tariff = sorted(((r.counterparty or ""), r.value_to) for r in rows if r.category == "tariff")
    assert tariff == [("", 12.0), ("PER", 12.0)]


def test_a_partys_sized_commitment_named_after_the_announcing_verb_is_that_partys():
    rows = extract(
        "Today in Lima, President Trump announced Peru’s $40-billion commitment to invest in the United States, "
        "building ties for decades.",
        "The $40 billion in Peruvian investment in the United States follows earlier deals.",
    )
    assert [(r.actor, r.category, r.amount, r.mentions) for r in rows] == [("PER", "investment", 4e10, 2)]


def test_a_sized_investment_framework_owned_by_a_party_is_its_pledge():
    rows = extract(
        "Today’s agreements deepen the partnership and build on Peru’s historic commitment to a five-year, "
        "$90 billion investment framework for American industry."
    )
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("PER", "investment", "invest", 9e10)]


def test_the_two_leaders_are_the_two_parties_of_the_next_list():
    rows = extract(
        "The two leaders acknowledged the need to strengthen economic security ties. This includes cooperation "
        "to combat duty evasion and taking joint actions to address non-market policies.",
        title="Joint fact sheet on the meeting of the presidents of the United States and Peru",
    )
    assert sorted({(r.actor, r.category, r.action) for r in rows}) == [("PER", "other", "enforce"), ("USA", "other", "enforce")]


def test_a_goal_to_increase_trade_is_an_aim_not_a_measure():
    assert not extract(
        "The two leaders recognized that the new deal reflects a shared goal to increase balanced trade and investment.",
        title="Joint fact sheet on the meeting of the presidents of the United States and Peru",
    )


def test_purchases_named_as_a_noun_and_sized_belong_to_the_sentence_subject():
    rows = extract(
        "Peru will make steady and long-term additional purchases of U.S. farm goods, including wheat, "
        "totaling $3 billion per year."
    )
    assert [(r.actor, r.counterparty, r.category, r.amount) for r in rows] == [("PER", "USA", "purchase", 3e9)]


def test_one_verb_with_a_rate_per_good_gives_a_row_per_rate():
    rows = extract("Peru will impose tariffs of 20 percent on copper wire and 8 percent on zinc sheets.")
    assert sorted((r.actor, r.category, r.action, r.value_to) for r in rows) == [
        ("PER", "tariff", "impose", 8.0), ("PER", "tariff", "impose", 20.0)]


def test_a_from_to_change_on_one_good_stays_one_row():
    rows = extract("Peru will raise its tariff on copper wire from 10 percent to 20 percent on Monday.")
    assert [(r.value_from, r.value_to) for r in rows] == [(10.0, 20.0)]


def test_a_policys_stated_aims_are_not_measures():
    assert not extract(
        "President Trump took a firm line on Peru to protect American interests and stop unfair trade practices."
    )


def test_a_partys_commitment_to_stop_buying_is_its_suspended_purchase():
    rows = extract(
        "President Trump agreed to lift the extra 20% tariff on goods from Peru in recognition of Peru’s "
        "commitment to stop purchasing Venezuelan oil."
    )
    assert ("PER", "purchase", "suspend") in [(r.actor, r.category, r.action) for r in rows]


def test_a_pronoun_paying_a_tariff_is_the_partner_not_a_country_named_earlier():
    rows = extract(
        "Peru has agreed to buy $2 billion of U.S. wheat.",
        "President Trump urges firms to build on American soil: as these partners know, they will face "
        "no tariff if they make their products here.",
    )
    assert ("USA", "PER", "tariff", "remove") in [(r.actor, r.counterparty, r.category, r.action) for r in rows]


def test_a_later_sentence_giving_the_earlier_level_completes_the_first_row():
    rows = extract(
        "Today, President Trump signed a Proclamation to increase the tariff to 40% on imported copper wire.",
        "President Trump is raising the tariff on copper wire imports from 20% to 40%, effective next week.",
        title="Fact Sheet: President Donald J. Trump increases Section 232 tariffs on copper wire",
    )
    tariff = [(r.actor, r.action, r.value_from, r.value_to, r.mentions) for r in rows if r.category == "tariff"]
    assert tariff == [("USA", "raise", 20.0, 40.0, 2)]


def test_a_rated_duty_named_again_without_its_rate_is_one_row():
    rows = extract(
        "Today, President Trump signed a Proclamation imposing a temporary import duty of 12% on all imports.",
        "The temporary import duty will take effect March 14.",
        "Later, President Trump may impose broader tariffs on imports of solar panels.",
        title="Fact Sheet: President Donald J. Trump imposes a temporary import duty",
    )
    tariff = [(r.value_to, r.mentions) for r in rows if r.category == "tariff"]
    assert tariff == [(12.0, 2), (None, 1)]


def test_imposing_these_tariffs_again_is_no_new_row_but_exempting_goods_from_them_is():
    rows = extract(
        "Today, President Trump signed a Proclamation imposing a 30% tariff on imported drones.",
        "President Trump imposed these tariffs following a long investigation by the Secretary of Commerce.",
        "Certain drone parts will no longer be subject to those tariffs.",
        title="Fact Sheet: President Donald J. Trump imposes tariffs on drones",
    )
    assert sorted((r.action, r.value_to) for r in rows if r.category == "tariff") == [("impose", 30.0), ("remove", None)]


def test_what_consumers_bought_is_not_a_purchase_pledge():
    assert not extract("In 2025, Americans bought about 9 million bicycles, and most of them were imported.")
    rows = extract("Peru will buy 20 Boeing aircraft.")
    assert [(r.actor, r.category) for r in rows] == [("PER", "purchase")]


def test_charging_two_partners_a_rate_after_signing_the_documents_gives_a_row_each():
    rows = extract(
        "Last year, President Trump pledged to sign all the documents to charge Peru and Chile "
        "a 30% tariff on their exports.",
        title="Fact Sheet: President Donald J. Trump amends duties on Peru and Chile",
    )
    assert sorted((r.actor, r.counterparty, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "CHL", 30.0), ("USA", "PER", 30.0)]


def test_a_title_case_bullet_label_names_a_topic_not_a_measure():
    rows = extract("Removing Barriers for Trade: Peru and the United States will finalize commitments on digital trade.")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [("PER", "other", "negotiate"), ("USA", "other", "negotiate")]


def test_a_fronted_for_phrase_names_the_goods_so_two_equal_rates_stay_apart():
    rows = extract(
        "The United States will apply a tariff rate of 12 percent on originating goods of Peru.",
        "For any Section 232 tariffs imposed on semiconductors, the United States intends to apply to "
        "originating goods of Peru a tariff rate no greater than 12 percent.",
    )
    tariff = sorted((tuple(r.products), r.value_to) for r in rows if r.category == "tariff")
    assert len(tariff) == 2 and tariff[0][0] == () and tariff[1][0]


def test_a_party_that_failed_to_act_took_no_measure():
    rows = extract(
        "In May, the President found that Peru had failed to adequately address the tariff situation.",
        title="Fact Sheet: President Donald J. Trump amends duties on the United States' imports from Peru",
    )
    assert not rows


def test_goods_that_remain_exempt_are_scope_not_a_row():
    assert not extract(
        "Goods that qualify under the Andean trade agreement continue to remain not subject to the Peru tariffs.",
        title="Fact Sheet: President Donald J. Trump amends duties on Peru",
    )


def test_keeping_a_promise_is_no_maintained_measure():
    rows = extract("President Trump is keeping his promise to bring fair trade to American farmers.")
    assert ("USA", "other", "maintain") not in [(r.actor, r.category, r.action) for r in rows]


def test_the_purpose_of_measures_taken_by_a_partner_is_no_row():
    rows = extract(
        "The United States also welcomes the trade measures taken by Peru to combat global copper "
        "excess capacity and will negotiate a quota for Peruvian copper.",
    )
    assert ("USA", "other", "enforce") not in [(r.actor, r.category, r.action) for r in rows]
