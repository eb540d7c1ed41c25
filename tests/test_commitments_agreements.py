"""Commitment extraction, round 5: agreement texts in treaty language (joint
statements, "general terms" documents).

Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of, triples

PUBLISHED = datetime(2025, 10, 30, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title="Joint statement on a framework for reciprocal trade"):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements")


def test_creating_a_quota_with_an_in_quota_rate_sets_that_rate():
    rows = extract("Norway will create a quota of 40,000 vehicles for Icelandic cars at a 7 percent tariff rate.")
    assert rows_of(rows) == [("NOR", "tariff", "impose", 7.0, None, "percent")]


def test_a_duty_free_quota_removes_the_tariff_and_a_reallocated_quota_gives_its_size():
    rows = extract(
        "Iceland will establish a duty-free quota of 5,000 mt for Norwegian salmon.",
        "In return, Norway will reallocate to Iceland 2,500 mt of its existing tariff rate quota for lamb.",
    )
    assert rows_of(rows) == [
        ("ISL", "tariff", "remove", 0.0, None, "percent"),
        ("NOR", "tariff", "reduce", None, 2500.0, "tonnes"),
    ]


def test_a_quota_without_a_rate_or_size_lowers_the_tariff():
    rows = extract("Norway will promptly construct a quota at MFN rates for Icelandic aluminum.")
    assert rows_of(rows) == [("NOR", "tariff", "reduce", None, None, None)]


def test_a_participial_opener_does_not_name_the_acting_party():
    rows = extract(
        "Understanding that Iceland will meet these conditions, Norway will construct a quota at MFN rates for Icelandic steel."
    )
    assert [r.actor for r in rows] == ["NOR"]


def test_subsidies_state_enterprises_and_illegal_logging_are_other_measures():
    rows = extract(
        "Norway has committed to address distortionary conduct of state-owned enterprises and to address "
        "industrial subsidies that affect bilateral trade.",
        "Iceland commits to combat illegal logging.",
    )
    assert triples(rows) == [("ISL", "other", "enforce"), ("NOR", "other", "enforce"), ("NOR", "other", "enforce")]


def test_facilitating_conformity_assessments_opens_the_market():
    rows = extract("Norway and Iceland commit to facilitate conformity assessments for more machinery sectors.")
    assert triples(rows) == [("ISL", "market_access", "relax"), ("NOR", "market_access", "relax")]


def test_a_provided_clause_does_not_name_the_acting_party():
    rows = extract("Provided Iceland meets these conditions, Norway intends to construct a quota at MFN rates for Icelandic steel.")
    assert [r.actor for r in rows] == ["NOR"] and rows[0].conditional


def test_agreeing_not_to_restrict_keeps_the_market_open():
    rows = extract("Iceland has agreed not to restrict market access for Norwegian cheeses that use certain names.")
    assert [(r.actor, r.category, r.action, r.status) for r in rows] == [("ISL", "market_access", "maintain", "agreed")]


def test_reaffirming_commitments_keeps_them_but_reaffirming_an_importance_is_no_row():
    rows = extract(
        "Both countries reaffirm their procurement commitments under the WTO.",
        "Norway and Iceland reaffirm the importance of open fisheries markets.",
        title="General terms for the Norway-Iceland economic deal",
    )
    assert triples(rows) == [("ISL", "procurement", "maintain"), ("NOR", "procurement", "maintain")]


def test_a_topic_noun_opening_a_sentence_with_its_own_verb_is_no_row():
    assert extract("Cooperation on standards plays a central part in the bilateral market.") == []


def test_cue_forms_inside_a_list_of_nouns_or_a_parenthesis_are_no_rows():
    rows = extract(
        "Norway and Iceland each grant treatment covering fees, licensing, or other conditions of bodies.",
        "Norway and Iceland intend to discuss commitments on labor practices (including addressing forced labor in supply chains).",
    )
    assert all(r.action != "restrict" for r in rows)
    assert not any(r.category == "other" and r.action == "enforce" for r in rows)


def test_goods_after_a_determiner_do_not_name_the_next_verbs_subject():
    rows = extract(
        "Iceland plans to remove tariffs on all U.S. farm goods and to provide preferential market access "
        "for U.S. shellfish."
    )
    assert triples(rows) == [("ISL", "market_access", "relax"), ("ISL", "tariff", "remove")]


def test_applying_only_the_mfn_tariff_removes_the_additional_tariff():
    rows = extract("Norway commits to apply only the MFN tariff to Icelandic aircraft and aircraft parts.")
    assert triples(rows) == [("NOR", "tariff", "remove")]


def test_a_negotiated_approach_to_sectors_that_may_be_tariffed_is_a_negotiation():
    rows = extract(
        "Norway and Iceland intend to adopt a structured, negotiated approach to other sectors that may be "
        "subject to future tariff measures."
    )
    assert triples(rows) == [("ISL", "tariff", "negotiate"), ("NOR", "tariff", "negotiate")]


def test_rules_of_origin_are_other_even_when_tariffs_are_named_far_after():
    rows = extract(
        "Both countries intend to apply rules of origin that maximize bilateral trade and deter third "
        "countries from using the arrangement to circumvent tariffs.",
        title="General terms for the Norway-Iceland economic deal",
    )
    assert triples(rows) == [("ISL", "other", "enforce"), ("NOR", "other", "enforce")]


def test_a_capped_tariff_sets_that_rate_for_each_partner_named():
    rows = extract(
        "Norway intends to promptly ensure that the combined MFN tariff and safeguard duty on steel goods of "
        "Iceland and Denmark does not exceed 12 percent."
    )
    assert sorted((r.actor, r.counterparty, r.category, r.action, r.value_to) for r in rows) == [
        ("NOR", "DNK", "tariff", "impose", 12.0), ("NOR", "ISL", "tariff", "impose", 12.0),
    ]


def test_a_rate_currently_applied_is_a_row_and_a_passive_in_a_relative_clause_is_not():
    rows = extract(
        "Icelandic lamb exports to Norway are currently subject to a 30 percent tariff.",
        "These tariff cuts are expected to apply from the month in which the bill is introduced.",
    )
    assert [(r.actor, r.counterparty, r.action, r.value_to) for r in rows] == [("NOR", "ISL", "impose", 30.0)]


def test_continuing_an_enumerated_modification_is_an_extension():
    rows = extract(
        "Norway will continue to (1) modify the additional rate of duty on articles of Iceland, by suspending "
        "20 percentage points of that rate for a further 90 days."
    )
    assert [(r.actor, r.category, r.action, r.change) for r in rows] == [("NOR", "tariff", "extend", -20.0)]


def test_enforcement_actions_count_but_general_aims_and_termination_clauses_do_not():
    rows = extract(
        "Iceland has taken action against a notorious market for counterfeit goods.",
        "Each country intends to continue to improve market access under the deal.",
        "Either party may terminate this arrangement by written notice.",
    )
    assert triples(rows) == [("ISL", "intellectual_property", "enforce")]


def test_a_preamble_item_and_a_partners_request_are_no_rows():
    rows = extract(
        "To lower barriers so that Norwegian and Icelandic firms can operate, invest and trade in both countries; and",
        "Norway intends to take into account during the talks Iceland's request that Norway continue to lower tariffs on fish.",
    )
    assert rows == []


def test_eu_regulation_topics_are_other_measures():
    rows = extract(
        "The European Union commits to work to address the concerns of Icelandic exporters regarding its deforestation rules.",
        "The European Union commits to provide additional flexibilities in the CBAM for small Icelandic firms.",
        "The European Union confirms that it will not adopt or maintain network usage fees.",
    )
    assert triples(rows) == [("EUN", "other", "maintain"), ("EUN", "other", "relax"), ("EUN", "other", "relax")]


def test_technology_security_requirements_are_export_controls():
    rows = extract("Iceland plans to work with Norway to adopt technology security requirements in line with Norway's.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("ISL", "export_control", "enforce")]


def test_an_example_of_the_same_measure_after_including_is_the_same_row():
    rows = extract(
        "Norway and Iceland commit to address non-tariff barriers to trade in fish, including streamlining "
        "conformity assessment procedures for salmon."
    )
    assert triples(rows) == [("ISL", "market_access", "relax"), ("NOR", "market_access", "relax")]


def test_a_verb_in_a_might_clause_is_no_measure():
    rows = extract("Norway and Iceland commit to remove non-tariff barriers that might restrict energy trade.")
    assert triples(rows) == [("ISL", "market_access", "remove"), ("NOR", "market_access", "remove")]


def test_what_the_agreement_will_provide_in_its_announcing_sentence_is_no_row():
    rows = extract(
        "Norway and Iceland have reached an Agreement on Reciprocal Trade to deepen their economic ties, "
        "which will provide both countries' exporters better access to each other's markets."
    )
    assert rows == []


def test_a_verb_after_as_well_as_to_keeps_the_subject():
    rows = extract(
        "Iceland has committed to address patent backlogs, as well as to work towards aligning its "
        "intellectual property regime with international norms."
    )
    # aligning its own regime is the party's reform, not talks (docs/annotation-guide.md, "Round 8 review")
    assert triples(rows) == [("ISL", "intellectual_property", "enforce"), ("ISL", "intellectual_property", "enforce")]


def test_working_towards_aligning_ones_own_rules_is_enforce_but_aligning_approaches_together_is_talks():
    own = extract("Norway will work toward harmonizing its customs valuation rules with international standards.")
    together = extract("Norway and Iceland will work towards aligning approaches to investment screening.")
    assert [(r.actor, r.action) for r in own] == [("NOR", "enforce")]
    assert {r.action for r in together} == {"negotiate"}


def test_treatment_no_less_favorable_is_relax_not_a_cut():
    rows = extract(
        "Norway and Iceland each intend to accord to conformity assessment bodies of the other treatment no less "
        "favorable than that given to their own.",
        "Norway intends to provide terms for its safeguard tariffs on Iceland that are no less favorable than "
        "terms that may be offered to other partners.",
    )
    assert triples(rows) == [
        ("ISL", "market_access", "relax"), ("NOR", "market_access", "relax"), ("NOR", "tariff", "relax"),
    ]


def test_a_free_trade_agreement_naming_the_rate_does_not_make_the_row_diplomatic():
    rows = extract("Norway will apply the higher of the Norway-Iceland Free Trade Agreement tariff rate or 12 percent on Icelandic goods.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("NOR", "tariff", "impose")]


def test_competition_proceedings_are_other():
    rows = extract("Iceland commits to provide additional procedural fairness provisions in competition proceedings.")
    assert triples(rows) == [("ISL", "other", "relax")]


def test_a_topic_lead_broken_down_into_a_specific_measure_is_that_measure():
    rows = extract(
        "Norway and Iceland will work together to combat forced labor, including by combatting the importation "
        "of goods made with forced labor."
    )
    assert triples(rows) == [("ISL", "import_restriction", "enforce"), ("NOR", "import_restriction", "enforce")]


def test_a_this_includes_sentence_restates_the_measure_before_it():
    rows = extract(
        "Norway and Iceland agree to take complementary actions to address non-market policies of third parties. "
        "This includes addressing non-market practices and unfair competition in public procurement."
    )
    assert triples(rows) == [("ISL", "other", "enforce"), ("NOR", "other", "enforce")]
    assert all(r.mentions == 2 for r in rows)


def test_growing_a_relationship_is_no_measure():
    rows = extract(
        "Norway and Iceland intend this framework to be a first step that can be expanded to increase their "
        "trade and investment relationship.",
        "Norway will increase its tariff on Icelandic fish to 20 percent.",
    )
    assert triples(rows) == [("NOR", "tariff", "raise")]


def test_commitments_to_not_impose_are_standstills():
    rows = extract("Iceland has committed to facilitate digital trade, including through commitments to not impose customs duties on software.")
    assert ("ISL", "tariff", "maintain") in triples(rows)
    assert all(r.action != "impose" for r in rows)


def test_a_lead_on_such_barriers_broken_down_below_is_no_row():
    rows = extract("Iceland has committed to address such barriers, including, for example:")
    assert rows == []


def test_reservation_and_definition_sentences_of_an_agreement_give_no_rows():
    rows = extract(
        "Nothing in this Agreement shall prevent a Party from imposing additional tariffs to address import surges.",
        "For purposes of this paragraph, labor rights include those in the ILO Declaration.",
        "The Parties recognize their existing rights and obligations under the WTO Agreement on Technical Barriers to Trade.",
    )
    assert rows == []


def test_list_nouns_and_forbidden_demands_are_not_verbs():
    rows = extract(
        "The Parties shall cooperate by sharing best practices on forced labor import prohibitions.",
        "Iceland shall not impose any condition requiring Norwegian persons to provide access to source code.",
        "If Norway imposes a quota, fee, charge, or other import restriction on a third country, Iceland shall consult Norway.",
    )
    assert not any(r.category == "purchase" or r.action == "restrict" for r in rows)
    assert not any(r.category == "market_access" for r in rows)


def test_buyerless_purchases_in_a_joint_statement_are_the_partners():
    rows = extract(
        "The United States and Iceland take note of forthcoming commercial deals between their companies, including:",
        "Purchases of energy products, including crude oil, with an estimated value of $2 billion per year.",
        title="Joint statement on a United States-Iceland framework agreement on reciprocal trade",
    )
    assert [(r.actor, r.category, r.amount) for r in rows] == [("ISL", "purchase", 2e9)]


def test_agreement_obligations_in_legal_language():
    rows = extract(
        "Iceland shall ensure that technical regulations are applied in a non-discriminatory manner, and shall "
        "remove existing technical barriers to trade in areas that undermine reciprocity.",
        "Iceland shall not weaken or reduce the protections in its labor laws.",
        "Iceland shall not impose quotas on imports of originating goods of Norway.",
        "Iceland shall recognize Norwegian determinations on entities under Section 9 of the Tariff Act of 1930.",
        title="Agreement between Norway and Iceland on reciprocal trade",
    )
    # (round 9: measures a party must apply in a non-discriminatory manner are eased, a row of
    # their own, as in the Jordan agreement gold)
    assert triples(rows) == [
        ("ISL", "import_restriction", "maintain"), ("ISL", "market_access", "relax"), ("ISL", "market_access", "relax"),
        ("ISL", "market_access", "remove"), ("ISL", "other", "maintain"),
    ]


def test_receiving_a_preferential_quota_without_a_rate_is_a_tariff_cut():
    rows = extract(
        "Norway and Iceland have agreed on the key terms of a framework.",
        "Iceland will receive a preferential tariff rate quota for automotive parts.",
    )
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("NOR", "ISL", "tariff", "reduce")]


def test_the_participants_are_every_signatory_in_the_title():
    rows = extract(
        "The Participants intend to refrain from imposing customs duties on electronic transmissions.",
        "The Participants intend to strengthen existing cooperation with regard to export controls.",
        "The Participants reaffirm their commitments under the WTO Agreement on Government Procurement.",
        title="Joint Statement on a Norway-Iceland-Denmark Framework for Reciprocal Trade",
    )
    assert triples(rows) == sorted(
        (code, category, action) for code in ("DNK", "ISL", "NOR")
        for category, action in (("tariff", "maintain"), ("export_control", "negotiate"), ("procurement", "maintain"))
    )


def test_barriers_to_one_partys_farm_goods_are_addressed_by_the_other():
    rows = extract(
        "Norway and Iceland have committed to address and prevent barriers to Norwegian food and agricultural "
        "products in the Icelandic market."
    )
    assert triples(rows) == [("ISL", "market_access", "relax")]


def test_talks_take_the_category_of_the_means_named_after_including_through():
    rows = extract(
        "With respect to steel, Norway and Iceland intend to cooperate on shielding their markets from "
        "overcapacity, while guarding their supply lines, including through tariff-rate quota solutions."
    )
    assert triples(rows) == [("ISL", "tariff", "negotiate"), ("NOR", "tariff", "negotiate")]


def test_cooperation_on_trade_and_investment_in_critical_minerals_is_other():
    rows = extract("Norway and Iceland will cooperate to facilitate investment and trade in critical minerals.")
    assert triples(rows) == [("ISL", "other", "negotiate"), ("NOR", "other", "negotiate")]


def test_enhancing_opportunities_for_cooperation_is_a_negotiation():
    rows = extract(
        "Norway and Iceland commit to enhance opportunities for technical cooperation between their standards "
        "development organizations."
    )
    assert triples(rows) == [("ISL", "market_access", "negotiate"), ("NOR", "market_access", "negotiate")]


def test_talks_take_the_category_of_the_means_named_after_including_by():
    rows = extract(
        "Norway and Iceland commit to cooperate on ensuring secure, reliable, and varied power supplies, "
        "including by addressing non-tariff barriers that might hamper energy trade."
    )
    assert triples(rows) == [("ISL", "market_access", "negotiate"), ("NOR", "market_access", "negotiate")]


def test_a_verb_after_in_order_to_is_a_purpose_inside_the_object():
    rows = extract(
        "Norway and Iceland intend to discuss the criteria used in order to recognize a standard as an international standard."
    )
    assert triples(rows) == [("ISL", "market_access", "negotiate"), ("NOR", "market_access", "negotiate")]


def test_combating_duty_evasion_is_other_enforcement_and_forbidden_demands_give_no_rows():
    rows = extract(
        "Iceland shall adopt and effectively enforce measures to combat practices that evade or circumvent duties applied by Norway.",
        "Iceland shall not enforce any undertaking requiring Norwegian persons to transfer or provide access to source code.",
        title="Agreement between Norway and Iceland on reciprocal trade",
    )
    assert ("ISL", "other", "enforce") in triples(rows)
    assert not any(r.category in ("tariff", "market_access") for r in rows)


def test_the_higher_of_two_rates_keeps_the_stated_rate_past_an_aside():
    rows = extract(
        "Norway will apply the higher of either the Norway-Iceland FTA or MFN tariff rate, as applicable, or a "
        "tariff rate of 12 percent on originating goods of Iceland."
    )
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("NOR", "tariff", "impose", 12.0)]


def test_a_cut_only_considered_is_not_merged_into_the_agreed_one():
    rows = extract(
        "Following a period of negotiation, Norway intends to reduce its applied tariff rates on a range of Icelandic goods.",
        "On request of Iceland, Norway will consider reducing its applied tariff rates for a territory it represents.",
    )
    assert sorted((r.actor, r.action, r.status) for r in rows) == [("NOR", "reduce", "agreed"), ("NOR", "reduce", "proposed")]
