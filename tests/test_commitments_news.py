"""Commitment extraction on news and wire-story phrasing (round 5), our own sentences."""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2025, 7, 31, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="news-test")


def row_tuple(row):
    return (row.actor, row.category, row.action, row.value_from, row.value_to, row.change, row.amount, row.unit)


# -- status of reported terms --------------------------------------------------

def test_one_side_reporting_the_other_sides_term_of_a_deal_is_agreed():
    rows = extract(
        "Peru and the United States struck a trade deal on Monday.",
        "Treasury Secretary Scott Bessent said Peru would buy 40 Boeing aircraft.",
        "President Donald Trump said he would lift tariffs on Peruvian asparagus.",
        title="Peru and US agree trade deal",
    )
    by_actor = {(r.actor, r.category): r.status for r in rows}
    assert by_actor[("PER", "purchase")] == "agreed"
    assert by_actor[("USA", "tariff")] == "announced"


# -- actors and clauses of wire leads ----------------------------------------------

def test_receiver_of_a_giving_verb_is_not_the_actor_and_a_scheduled_start_is_no_second_row():
    rows = extract(
        "President Donald Trump on Monday gave Brazil 60 more days to negotiate, delaying a planned rise "
        "in tariffs on Brazilian goods to 50% that was due to take effect on Tuesday."
    )
    assert [row_tuple(r) for r in rows] == [("USA", "tariff", "delay", None, 50, None, None, "percent")]
    assert rows[0].counterparty == "BRA" and rows[0].status == "delayed"


# -- a rate a partner accepts, and the rate it averted --------------------------------

def test_agreeing_to_a_rate_gives_the_levying_party_and_the_threat_its_own_row():
    rows = extract(
        "Peru has agreed to a 10 per cent tariff on most of its exports to the United States, a third of "
        "the 30 per cent rate President Donald Trump had threatened to impose from August 1.",
        title="US and Peru strike trade deal",
    )
    assert sorted((row_tuple(r), r.status) for r in rows) == [
        (("USA", "tariff", "impose", None, 10, None, None, "percent"), "agreed"),
        (("USA", "tariff", "impose", None, 30, None, None, "percent"), "threatened"),
    ]
    assert all(r.counterparty == "PER" for r in rows)


def test_a_rate_names_a_noun_and_a_deal_someone_announced_is_no_row():
    rows = extract(
        "Peru has secured a 10 per cent tariff on its exports to the United States in a deal President "
        "Donald Trump announced on Monday, averting a 30 per cent levy he had threatened to impose.",
        title="US and Peru strike trade deal",
    )
    assert sorted((row_tuple(r), r.status) for r in rows) == [
        (("USA", "tariff", "impose", None, 10, None, None, "percent"), "agreed"),
        (("USA", "tariff", "impose", None, 30, None, None, "percent"), "threatened"),
    ]


def test_agreeing_to_a_framework_is_not_a_rate():
    rows = extract(
        "Peru and the United States agreed to a framework on Monday and will remove tariffs on copper.",
        title="US and Peru strike trade deal",
    )
    assert sorted(r.actor for r in rows) == ["PER", "USA"]
    assert {r.action for r in rows} == {"remove"}


def test_a_rate_for_goods_shipped_through_a_partner_is_the_levying_partys_row():
    rows = extract(
        "Goods from Peru will face a 10% tariff under a trade deal announced on Monday, while goods "
        "shipped through Peru from third countries will be taxed at 40%.",
        title="US and Peru strike trade deal",
    )
    assert sorted(row_tuple(r) for r in rows) == [
        ("USA", "tariff", "impose", None, 10, None, None, "percent"),
        ("USA", "tariff", "impose", None, 40, None, None, "percent"),
    ]


def test_income_taxed_at_a_rate_is_not_a_tariff():
    assert extract("Income above $1 million would be taxed at 39.6 percent under the plan.") == []


# -- talks told as a noun, seats of government ------------------------------------------

def test_talks_on_a_product_continuing_are_tariff_negotiations_for_both_parties():
    rows = extract(
        "Britain and the United States signed a trade deal on Thursday.",
        "Downing Street said talks on car parts were continuing and that it had no plans to lower food "
        "standards to win a wider agreement.",
        title="UK and US sign trade deal",
    )
    talks = sorted((r.actor, r.category, r.action) for r in rows if r.action == "negotiate")
    assert talks == [("GBR", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]
    refusal = [r for r in rows if r.status == "rejected"]
    assert [(r.actor, r.category, r.action) for r in refusal] == [("GBR", "market_access", "relax")]


def test_talks_on_a_topic_without_a_verb_cue_still_give_rows():
    rows = extract(
        "Britain and the United States signed a trade deal on Thursday.",
        "Negotiations over steel quotas are still continuing, officials said.",
        title="UK and US sign trade deal",
    )
    assert sorted((r.actor, r.category, r.action) for r in rows if r.paragraph_index == 1) == [
        ("GBR", "tariff", "negotiate"), ("USA", "tariff", "negotiate"),
    ]


# -- rate lists after a colon; deals still to be made ---------------------------------------

def test_rates_listed_after_a_colon_are_a_row_each():
    rows = extract(
        "Current duties will remain in force during the talks: a 20% tariff on Peruvian goods, 10% on "
        "copper and 50% on steel and aluminium, the White House said."
    )
    assert sorted(row_tuple(r) for r in rows) == [
        ("USA", "tariff", "maintain", None, 10, None, None, "percent"),
        ("USA", "tariff", "maintain", None, 20, None, None, "percent"),
        ("USA", "tariff", "maintain", None, 50, None, None, "percent"),
    ]
    assert all(r.counterparty == "PER" for r in rows)


def test_a_single_rate_after_a_colon_is_not_a_list():
    rows = extract("Steel is not covered: duties on it will remain at 50 per cent.")
    assert len(rows) <= 1


def test_days_to_reach_a_deal_are_talks_but_a_deal_reached_or_refused_is_not():
    rows = extract(
        "Peru and the United States now have 60 days to reach a broader trade agreement.",
        "Last year the two countries reached a deal on fisheries.",
        "Peru refused to strike a deal on copper.",
    )
    assert sorted((r.actor, r.category, r.action, r.paragraph_index) for r in rows) == [
        ("PER", "diplomatic", "negotiate", 0), ("USA", "diplomatic", "negotiate", 0),
    ]


# -- levels told by reference, duty-free entry, consequences and idioms -----------------------

def test_an_ownerless_rate_equal_to_a_partys_earlier_level_is_that_partys():
    rows = extract(
        "Peru has struck a deal with the United States that will cut tariffs on Peruvian goods to 10 per "
        "cent from 30 per cent.",
        "Peru will remove tariffs on American wheat.",
        "Peru will also remove tariffs on American pork.",
        "The 30 per cent rate, which took effect on August 7, had hit exports of copper hard.",
        title="Peru wins cut in US tariffs",
    )
    thirty = [r for r in rows if r.value_to == 30]
    assert [(r.actor, r.action, r.counterparty) for r in thirty] == [("USA", "impose", "PER")]


def test_a_rate_in_force_named_after_the_new_rate_is_its_earlier_level():
    rows = extract("The 10 per cent rate will also apply to Peruvian cars, which currently face 25 per cent.",
                   title="US and Peru strike trade deal")
    assert [row_tuple(r) for r in rows] == [("USA", "tariff", "reduce", 25, 10, None, None, "percent")]


def test_goods_entering_a_country_tariff_free_is_its_zero_tariff():
    rows = extract("Copper cathodes made in Peru will enter the US tariff-free from next month.",
                   title="US and Peru strike trade deal")
    assert [row_tuple(r) for r in rows] == [("USA", "tariff", "remove", None, 0, None, None, "percent")]
    assert rows[0].counterparty == "PER"


def test_what_a_measure_forces_others_to_do_and_idioms_are_no_rows():
    rows = extract(
        "Beijing placed five metals on an export licensing list in April, forcing several factories in "
        "Germany and the United States to halt production.",
        "“Both sides are buying time,” said a trade lawyer.",
        title="US and China agree trade framework",
    )
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHN", "export_control", "restrict")]


def test_a_ban_with_no_party_and_no_trade_measure_is_no_row():
    assert extract("Several regions banned outdoor work in the hottest hours of the afternoon.") == []


def test_a_rate_in_a_that_clause_which_took_effect_is_a_row():
    rows = extract("The penalty comes on top of a 20% “reciprocal” tariff on Peruvian goods that took effect on Aug. 7.",
                   title="US raises tariffs on Peru")
    assert [(row_tuple(r), r.status) for r in rows] == [
        (("USA", "tariff", "impose", None, 20, None, None, "percent"), "implemented"),
    ]


def test_two_quota_sizes_under_one_verb_are_two_rows():
    rows = extract("Lima will open tariff-rate quotas of 800 tonnes for US pork and 2,000 tonnes for cheese.",
                   title="US and Peru strike trade deal")
    assert sorted(row_tuple(r) for r in rows) == [
        ("PER", "tariff", "reduce", None, None, None, 800, "tonnes"),
        ("PER", "tariff", "reduce", None, None, None, 2000, "tonnes"),
    ]


# -- status: threats -------------------------------------------------------------------

def test_a_raise_promised_if_the_other_side_fails_or_retaliates_is_a_threat():
    rows = extract(
        "Officials have said Washington would raise tariffs on Peruvian goods again if Lima failed to keep "
        "its copper promises.",
        "U.S. officials have warned that Washington could raise tariffs on Peruvian goods if talks stall.",
        title="US and Peru strike trade deal",
    )
    # (the second sentence may be merged into the first as a repeat)
    assert rows and {(r.actor, r.action, r.status) for r in rows} == {("USA", "raise", "threatened")}


def test_a_raise_with_a_plain_condition_is_not_a_threat():
    rows = extract("Peru will raise its tariff on US ethanol to 10 per cent if domestic output recovers.",
                   title="US and Peru strike trade deal")
    assert [(r.actor, r.action, r.status, r.conditional) for r in rows] == [("PER", "raise", "agreed", True)]


# -- status: a signed order puts the signing government's own measures in force --------------------

def test_the_signing_governments_measures_are_implemented_and_the_partners_pledges_agreed():
    rows = extract(
        "Today, President Donald J. Trump signed an Executive Order implementing the agreement with Peru.",
        "The United States will lower the tariff on Peruvian copper to 10 percent from 25 percent.",
        "Peru will purchase 20 Boeing aircraft.",
        "The United States has agreed to work toward lower tariffs on Peruvian asparagus.",
        title="Fact Sheet: President Donald J. Trump Implements the Agreement with Peru",
    )
    status = {(r.actor, r.category, r.action): r.status for r in rows}
    assert status[("USA", "tariff", "reduce")] == "implemented"
    assert status[("PER", "purchase", "purchase")] == "agreed"
    assert status[("USA", "tariff", "negotiate")] == "agreed"


def test_a_news_story_without_a_signed_order_keeps_its_default_status():
    rows = extract("The United States will lower the tariff on Peruvian copper to 10 percent from 25 percent.",
                   title="US and Peru strike trade deal")
    assert [r.status for r in rows] == ["agreed"]


def test_a_ministry_that_announced_controls_reports_an_announcement_and_saying_is_speech():
    rows = extract(
        "The Ministry of Commerce announced new export controls on gallium last week.",
        "China’s Commerce Ministry followed within hours, saying Beijing would keep its tariff on US soybeans.",
        title="US and China agree trade framework",
    )
    status = {(r.actor, r.category): r.status for r in rows}
    assert status[("CHN", "export_control")] == "announced"
    assert status[("CHN", "tariff")] == "announced"


# -- threats and proposals named as nouns; orders signed "on Monday"; "unless" ----------------------

def test_a_threatened_or_proposed_tariff_named_after_the_verb_is_a_row_with_that_status():
    rows = extract(
        "Trump threatened a 40% tariff on Peruvian goods from June 1.",
        "Lima proposed counter-tariffs on US wheat.",
        "Threatening high tariffs is not the way to get along with partners.",
        title="US and Peru trade tensions",
    )
    assert sorted((r.actor, r.action, r.value_to, r.status) for r in rows) == [
        ("PER", "impose", None, "proposed"), ("USA", "impose", 40, "threatened"),
    ]


def test_an_order_signed_on_a_weekday_raising_tariffs_is_a_row():
    rows = extract("Trump signed an executive order on Monday raising tariffs on Peruvian goods to 40%.")
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("USA", "raise", 40)]


def test_a_rate_faced_unless_a_deal_is_struck_is_a_threat():
    rows = extract("Peru faces a 40% U.S. tariff from Aug. 1 unless it strikes a deal.",
                   title="US and Peru trade talks")
    assert [(r.actor, r.value_to, r.status) for r in rows] == [("USA", 40, "threatened")]


# -- levels in force, future passives, the deal as subject of a rate ---------------------------------

def test_a_rate_currently_in_force_in_the_subject_is_the_earlier_level_of_a_future_cut():
    rows = extract("Tariffs on Peruvian goods, currently at 40%, will be cut to 10%.",
                   title="US and Peru strike trade deal")
    assert [(row_tuple(r), r.status) for r in rows] == [
        (("USA", "tariff", "reduce", 40, 10, None, None, "percent"), "agreed"),
    ]


def test_the_deal_capping_or_cutting_a_rate_is_a_term_of_the_deal():
    rows = extract(
        "The agreement caps the tariff on Peruvian cars at 10%.",
        "The deal cuts the U.S. tariff on Peruvian copper to 5%, Peruvian officials said.",
        "The agreement provides American exporters well over $2 billion of new access.",
        title="US and Peru strike trade deal",
    )
    assert sorted(row_tuple(r) for r in rows) == [
        ("USA", "tariff", "impose", None, 10, None, None, "percent"),
        ("USA", "tariff", "reduce", None, 5, None, None, "percent"),
    ]


def test_a_consequence_clause_after_a_halving_is_not_its_object():
    rows = extract(
        "The United States will halve the fentanyl tariff to 10%, bringing the overall rate on Peruvian "
        "goods to 30% from 40%.",
        title="US and Peru strike trade deal",
    )
    assert [row_tuple(r) for r in rows] == [("USA", "tariff", "reduce", 20, 10, None, None, "percent")]


def test_a_duty_kept_in_place_is_not_a_restriction():
    rows = extract("Washington will suspend part of its tariff on Peruvian goods for 90 days, while keeping a "
                   "separate 10% duty in place.", title="US and Peru strike trade deal")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("USA", "tariff", "maintain"), ("USA", "tariff", "suspend"),
    ]


def test_a_quota_of_tonnes_each_way_is_a_tariff_row_per_party():
    rows = extract(
        "Peru and the United States signed a trade deal on Thursday.",
        "Ministers insist the deal’s pork quota, 5,000 tonnes each way, will not hurt farmers.",
        title="US and Peru sign trade deal",
    )
    quota = sorted(row_tuple(r) for r in rows if r.paragraph_index == 1)
    assert quota == [("PER", "tariff", "reduce", None, None, None, 5000, "tonnes"),
                     ("USA", "tariff", "reduce", None, None, None, 5000, "tonnes")]


# -- forecasts, kept rates, gapped clauses, rates now faced ------------------------------------------

def test_an_analysts_forecast_opening_a_sentence_is_no_row():
    assert extract("Analysts expect Lima to keep buying US wheat through the first quarter.") == []


def test_a_rate_that_remains_after_a_negated_clause_is_kept():
    rows = extract("The deal does not cover copper, which remains subject to a 40% tariff.",
                   title="US and Peru strike trade deal")
    assert [(r.category, r.action, r.value_to) for r in rows] == [("tariff", "maintain", 40)]


def test_an_administration_considering_a_tariff_holds_it_out_as_a_threat():
    # guide rule 2 and the round-12 review (Q1): a new tariff weighed is `threatened`, a cut weighed `proposed`
    rows = extract("The administration is considering tariffs of up to 25% on Peruvian copper.")
    assert [(r.action, r.value_to, r.status) for r in rows] == [("impose", 25, "threatened")]
    rows = extract("Ottawa floated tariffs of 10% on Chilean wine last week.")
    assert [(r.action, r.value_to, r.status) for r in rows] == [("impose", 10, "proposed")]


def test_a_gapped_second_rate_is_its_own_row_and_a_rate_faced_now_is_in_force():
    rows = extract(
        "Peruvian exporters of copper face 40 per cent US duties, and Lima's fishing fleet a 10 per cent "
        "levy on frozen fish.",
        title="US and Peru trade dispute",
    )
    assert sorted((row_tuple(r), r.status) for r in rows) == [
        (("USA", "tariff", "impose", None, 10, None, None, "percent"), "implemented"),
        (("USA", "tariff", "impose", None, 40, None, None, "percent"), "implemented"),
    ]
    assert {r.counterparty for r in rows} == {"PER"}


def test_a_rate_faced_from_a_later_date_is_not_yet_in_force():
    rows = extract("Peru faces a 40% tariff from Aug. 1.", title="US and Peru trade dispute")
    assert [r.status for r in rows] == ["announced"]


# -- dates of speech, accepted imports, ended probes, retaliation ---------------------------------------

def test_the_day_a_ministry_spoke_is_not_the_start_date():
    rows = extract("Peru's finance ministry said on Tuesday it would remove a 10% tariff on U.S. wheat from Nov. 10.")
    assert [(r.action, r.value_from, r.start_date.isoformat()) for r in rows] == [("remove", 10, "2025-11-10")]


def test_accepting_imports_tariff_free_is_the_accepting_partys_zero_tariff_but_accepting_a_rate_is_not():
    rows = extract(
        "Peru will accept U.S. wheat imports of up to 50,000 tonnes a year tariff-free.",
        "Peru will accept a 10% tariff on its copper.",
        title="US and Peru strike trade deal",
    )
    assert sorted((r.actor, r.action, r.value_to) for r in rows) == [("PER", "remove", 0), ("USA", "impose", 10)]


def test_stopping_an_investigation_removes_it_and_retaliating_with_a_tariff_imposes_it():
    rows = extract(
        "Lima will stop its anti-dumping investigation into U.S. steel pipes.",
        "Peru will retaliate with a 25% tariff on U.S. wheat.",
        title="US and Peru trade dispute",
    )
    assert sorted((r.actor, r.category, r.action, r.value_to) for r in rows) == [
        ("PER", "other", "remove", None), ("PER", "tariff", "impose", 25),
    ]


def test_goods_said_to_stay_at_a_rate_keep_it_but_inflation_does_not():
    rows = extract(
        "Peru will remove tariffs on U.S. wheat, and the United States will cut its tariff on Peruvian goods to 10%.",
        "Copper is not covered: it will stay at 40 per cent.",
        "Inflation will stay at 3 per cent, the central bank said.",
        title="US and Peru strike trade deal",
    )
    kept = [(r.actor, r.action, r.value_to) for r in rows if r.paragraph_index > 0]
    assert kept == [("USA", "maintain", 40)]


def test_giving_access_to_a_market_relaxes_it_and_a_pledge_judged_after_the_fact_is_no_row():
    rows = extract(
        "Peru had agreed to give American farmers full access to its market for the first time.",
        "Promises to buy American goods under the 2020 deal fell well short of their targets, she noted.",
        title="US and Peru strike trade deal",
    )
    assert [(r.actor, r.category, r.action, r.paragraph_index) for r in rows] == [
        ("PER", "market_access", "relax", 0),
    ]


# -- status: signed memoranda, talks to consider, fact-sheet leads, commitment round-ups -------------------

def test_a_signed_mou_is_agreed_and_agreeing_to_consider_is_agreed_talks():
    rows = extract(
        "Peru and the United States signed a Memorandum of Understanding on critical minerals.",
        "Peru and the United States agree to consider further tariff cuts on copper products.",
        title="US and Peru talks",
    )
    assert {(r.action, r.status) for r in rows} == {("negotiate", "agreed")}
    assert len(rows) == 4


def test_a_fact_sheet_lead_on_a_tariff_imposed_today_puts_its_rates_in_force():
    rows = extract(
        "Today, President Donald J. Trump imposed tariffs on imported copper wire.",
        "If the wire is from Peru, a 15% tariff will apply.",
        title="Fact Sheet: President Donald J. Trump Imposes Tariffs on Copper Wire",
    )
    assert rows and {r.status for r in rows} == {"implemented"}


def test_an_investment_commitment_round_up_is_agreed():
    rows = extract("Peruvian miner Andina will invest $2 billion in a copper smelter in Arizona.",
                   title="Fact Sheet: President Trump Secures $5 Billion Investment Commitment from Peru")
    assert [(r.actor, r.category, r.status) for r in rows] == [("PER", "investment", "agreed")]


def test_an_orders_authority_clause_names_the_signing_government_not_the_partner_in_its_title():
    rows = extract(
        "By the authority vested in me as President by the Constitution and the laws of the United States "
        "of America, it is hereby ordered as follows:",
        "The United States will reduce the additional duty on articles of Peru to 10 percent.",
        title="Modifying Duties to Reflect Discussions with the Republic of Peru",
    )
    assert [(r.actor, r.status) for r in rows] == [("USA", "implemented")]


def test_curbs_on_chip_design_software_are_export_controls_of_the_named_owner():
    rows = extract(
        "Lutnick told reporters that U.S. restrictions imposed in recent weeks, including those on chip design "
        "software, would be lifted once Peru approved the licences.",
        "Washington will lift curbs on chip design software.",
        title="US and Peru agree trade framework",
    )
    assert {(r.actor, r.category, r.action) for r in rows} == {("USA", "export_control", "remove")}


def test_press_conference_phrasing_stop_imposing_and_continue_consultations():
    rows = extract(
        "Peru will stop imposing the additional tariffs on U.S. wheat announced on March 4.",
        "The two sides will continue consultations on economic and trade issues.",
        title="Peru and US hold trade talks",
    )
    assert sorted((r.category, r.action) for r in rows) == [
        ("diplomatic", "negotiate"), ("diplomatic", "negotiate"), ("tariff", "remove"),
    ]
