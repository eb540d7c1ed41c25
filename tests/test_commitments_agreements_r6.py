"""Commitment extraction, round 6: agreement texts in treaty language (joint
statements, joint fact sheets, "general terms" and framework documents).

Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title="Joint statement on a framework for a Norway-Iceland agreement on reciprocal trade"):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r6")


def test_preserving_market_access_keeps_it():
    rows = extract("Iceland will preserve market access for Norwegian cheeses that use certain common names.")
    assert rows_of(rows) == [("ISL", "market_access", "maintain", None, None, None)]


def test_preserving_something_that_is_no_measure_is_no_row():
    assert extract("Iceland and Norway will preserve peace and stability in the North Atlantic.") == []


def test_ensuring_transparency_and_fairness_on_geographical_indications_relaxes_them():
    rows = extract("Iceland has committed to ensure transparency and fairness regarding geographical indications.")
    assert rows_of(rows) == [("ISL", "intellectual_property", "relax", None, None, None)]


def test_issues_named_in_a_special_301_report_are_intellectual_property():
    rows = extract("Iceland has committed to address issues identified in the 2025 Special 301 Report.")
    assert rows_of(rows) == [("ISL", "intellectual_property", "enforce", None, None, None)]


def test_not_imposing_a_digital_service_tax_is_a_standstill_on_an_other_measure():
    rows = extract("Iceland has committed not to impose digital service taxes that discriminate against Norwegian firms.")
    assert rows_of(rows) == [("ISL", "other", "maintain", None, None, None)]


def test_supporting_adoption_of_the_moratorium_on_duties_on_transmissions_keeps_it():
    rows = extract(
        "Iceland will support adoption of a permanent moratorium on customs duties on electronic transmissions."
    )
    assert rows_of(rows) == [("ISL", "tariff", "maintain", None, None, None)]


def test_ending_inspection_mandates_removes_them():
    rows = extract("Iceland will end its pre-shipment inspection mandates for Norwegian machinery.")
    assert rows_of(rows) == [("ISL", "import_restriction", "remove", None, None, None)]


def test_spent_fuel_is_no_money_spent():
    assert extract("Norway supports the process that will lead to Iceland's spent fuel reprocessing.") == []


def test_ensuring_firms_are_not_discriminated_against_relaxes_rules_for_each_party():
    rows = extract(
        "Norway and Iceland commit to ensure that Icelandic firms are not discriminated against and do not face "
        "unnecessary barriers in terms of laws concerning digital services."
    )
    assert rows_of(rows) == [("ISL", "other", "relax", None, None, None), ("NOR", "other", "relax", None, None, None)]


def test_ensuring_a_directive_poses_no_undue_restrictions_relaxes_it():
    rows = extract(
        "Iceland commits to undertake efforts to ensure that its Fishing Disclosure Directive does not pose "
        "undue restrictions on bilateral trade."
    )
    assert rows_of(rows) == [("ISL", "other", "relax", None, None, None)]


def test_north_macedonia_is_a_party_by_name_and_adjective():
    rows = extract(
        "North Macedonia will eliminate customs duties for all Icelandic industrial goods.",
        "Iceland and North Macedonia will hold consultations to address barriers to Icelandic fish in the Macedonian market.",
        title="Joint statement on a framework for an Iceland-North Macedonia agreement on reciprocal trade",
    )
    assert [r.actor for r in rows][:1] == ["MKD"]
    assert {r.actor for r in rows} == {"MKD", "ISL"}


def test_engaging_to_address_labor_issues_is_a_talk_for_each_party():
    rows = extract("Norway and Iceland will engage to address labor issues.")
    assert rows_of(rows) == [("ISL", "other", "negotiate", None, None, None), ("NOR", "other", "negotiate", None, None, None)]


def test_consultations_held_to_address_barriers_are_talks_on_market_access():
    rows = extract(
        "Norway and Iceland commit to hold consultations to address and prevent barriers to Norwegian fish in the Icelandic market."
    )
    assert rows_of(rows) == [
        ("ISL", "market_access", "negotiate", None, None, None),
        ("NOR", "market_access", "negotiate", None, None, None),
    ]


def test_recognizing_the_importance_of_commitments_is_no_commitment():
    assert extract(
        "Norway and Iceland recognize the importance of high-standard commitments on digital trade to foster an open digital economy."
    ) == []


def test_cooperating_on_investment_reviews_and_export_controls_is_export_control_talk():
    rows = extract("Norway and Iceland will cooperate on investment reviews and export controls.")
    assert {(r.category, r.action) for r in rows} == {("export_control", "negotiate")}


def test_purchases_a_noted_pipeline_will_allow_are_no_pledge_and_the_later_pledge_is_one():
    rows = extract(
        "Norway and Iceland take note of the construction of a new gas pipeline between Iceland and Greenland, "
        "which will allow Iceland to diversify energy sources, including through purchases of Norwegian LNG.",
        "Iceland will commence purchase of Norwegian LNG upon completion of the new pipeline.",
    )
    assert [(r.actor, r.category, r.action, r.paragraph_index) for r in rows] == [("ISL", "purchase", "purchase", 1)]


def test_gerunds_given_as_examples_after_such_as_are_the_leading_partys_measures():
    rows = extract(
        "Iceland will address a range of non-tariff barriers, such as exempting Norwegian firms from local content "
        "requirements, accepting Norwegian vehicle safety standards, and removing burdensome certification requirements."
    )
    assert {r.actor for r in rows} == {"ISL"}
    # certification requirements are import-side requirements (guide rule 13)
    assert sorted((r.category, r.action) for r in rows) == [
        ("import_restriction", "remove"), ("market_access", "relax"), ("market_access", "relax")]


def test_finalizing_the_agreements_for_signature_is_a_step_on_the_deal():
    rows = extract("Norway and Iceland will work expeditiously to finalize the Agreements for signature.")
    assert rows_of(rows) == [("ISL", "diplomatic", "negotiate", None, None, None),
                             ("NOR", "diplomatic", "negotiate", None, None, None)]


def test_undertaking_domestic_procedures_is_a_step_on_the_deal():
    rows = extract("Norway and Iceland will undertake applicable domestic procedures to make the Agreement effective.")
    assert {(r.actor, r.category, r.action) for r in rows} == {
        ("ISL", "diplomatic", "negotiate"), ("NOR", "diplomatic", "negotiate")}


def test_ensuring_market_access_will_not_be_restricted_keeps_it():
    rows = extract(
        "Iceland has committed to ensuring that market access will not be restricted due to the mere use of certain cheese terms."
    )
    assert rows_of(rows) == [("ISL", "market_access", "maintain", None, None, None)]


def test_examples_after_including_by_are_the_pledging_partys_measures():
    rows = extract(
        "Trade Facilitation: Iceland will continue to advance trade facilitation measures, including by ending "
        "pre-shipment inspection mandates."
    )
    assert rows_of(rows) == [("ISL", "import_restriction", "remove", None, None, None)]


def test_committing_not_to_introduce_new_barriers_keeps_access_as_it_is():
    rows = extract("Iceland has committed to not introduce new discriminatory barriers to services.")
    assert rows_of(rows) == [("ISL", "market_access", "maintain", None, None, None)]


def test_enforcing_fisheries_related_measures_is_an_other_measure():
    rows = extract("Iceland has also committed to strengthen enforcement of its fisheries-related measures.")
    assert rows_of(rows) == [("ISL", "other", "enforce", None, None, None)]


def test_giving_mfn_tariff_treatment_lifts_the_additional_tariff():
    rows = extract("Norway will also give Most Favored Nation (MFN)-tariff treatment for certain originating goods from Iceland.")
    assert rows_of(rows) == [("NOR", "tariff", "remove", None, None, None)]


def test_what_a_removed_procedure_does_is_no_measure_of_its_own():
    rows = extract(
        "Iceland agrees to eliminate restrictive import licensing procedures that delay market access for, or impose "
        "quantitative restrictions on, Norwegian ICT goods."
    )
    assert rows_of(rows) == [("ISL", "import_restriction", "remove", None, None, None)]


def test_defence_consultation_mechanisms_are_no_trade_talks():
    assert extract(
        "The two leaders committed to strengthening cooperation through consultation mechanisms including the "
        "Nuclear Consultative Group."
    ) == []


def test_market_access_through_zero_duties_and_quotas_gives_a_tariff_row_each():
    rows = extract(
        "Norway and Iceland intend to improve market access for Danish goods, through the application of zero duties "
        "on all Danish industrial goods, and through the application of tariff rate quotas for other Danish farm goods.",
        title="Joint statement on a framework for a Denmark-Norway-Iceland agreement on reciprocal trade",
    )
    assert rows_of(rows) == [
        ("ISL", "tariff", "reduce", None, None, None), ("ISL", "tariff", "remove", 0.0, None, "percent"),
        ("NOR", "tariff", "reduce", None, None, None), ("NOR", "tariff", "remove", 0.0, None, "percent"),
    ]


def test_facilitating_a_sum_of_investment_into_the_united_states_is_an_investment_pledge():
    rows = extract(
        "Norway intends to encourage and facilitate at least $200 billion of investment into the United States.",
        "Norway intends to encourage and facilitate one third of these investments by the end of 2026.",
        title="Joint statement on a framework for a United States-Norway agreement on reciprocal trade",
    )
    assert rows_of(rows) == [("NOR", "investment", "invest", None, 200_000_000_000.0, "usd")]


def test_facilitating_the_partners_investment_at_home_is_no_investment_of_ones_own():
    rows = extract("Iceland shall allow and facilitate Norwegian investment in its territory to mine critical minerals.")
    assert {r.action for r in rows} == {"relax"}


def test_an_intention_to_negotiate_an_agreement_is_a_step_on_the_deal():
    rows = extract("Today, Norway and Iceland express through this Framework their intention to negotiate an Agreement on Reciprocal Trade.")
    assert rows_of(rows) == [("ISL", "diplomatic", "negotiate", None, None, None),
                             ("NOR", "diplomatic", "negotiate", None, None, None)]


def test_applying_only_the_us_mfn_rate_lifts_the_additional_tariff():
    rows = extract("Norway intends to apply only the U.S. MFN tariff rate on certain products of Iceland.")
    assert rows_of(rows) == [("NOR", "tariff", "remove", None, None, None)]


def test_increasing_cooperation_on_labor_related_trade_issues_is_a_talk():
    rows = extract("Norway and Iceland intend to increase their cooperation on labor-related trade issues.")
    assert rows_of(rows) == [("ISL", "other", "negotiate", None, None, None), ("NOR", "other", "negotiate", None, None, None)]


def test_data_flows_are_facilitated_and_localization_requirements_eased():
    rows = extract("Norway and Iceland intend to facilitate trusted cross-border data flows and address data localization requirements.")
    assert {(r.category, r.action) for r in rows} == {("other", "relax")}
    assert len(rows) == 4


def test_facilitating_acceptance_of_devices_opens_the_market():
    rows = extract("Iceland intends to facilitate the acceptance of medical devices cleared by the Norwegian Medicines Agency.")
    assert rows_of(rows) == [("ISL", "market_access", "relax", None, None, None)]


def test_a_pledge_coordinated_after_talks_is_not_their_aim():
    rows = extract("The Participants intend to increase their cooperation on labor-related trade issues, and work to address forced labor in supply chains.")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("ISL", "other", "enforce"), ("ISL", "other", "negotiate"), ("NOR", "other", "enforce"), ("NOR", "other", "negotiate")]


def test_participants_defined_in_a_parenthesis_are_the_subject():
    rows = extract(
        "Today, Norway (Norway) and Iceland (Iceland) (collectively, Participants) express through this Framework "
        "their intention to negotiate an Agreement on Reciprocal Trade (Agreement)."
    )
    assert {(r.actor, r.category, r.action) for r in rows} == {("NOR", "diplomatic", "negotiate"), ("ISL", "diplomatic", "negotiate")}


def test_moving_forward_with_ip_treaties_enforces_ip():
    rows = extract("Iceland has committed to move forward with certain international intellectual property treaties.")
    assert rows_of(rows) == [("ISL", "intellectual_property", "enforce", None, None, None)]


def test_good_regulatory_practices_are_an_other_measure():
    rows = extract("Iceland has committed to adopting and implementing good regulatory practices.")
    assert rows_of(rows) == [("ISL", "other", "enforce", None, None, None)]


def test_cooperation_that_covers_export_controls_is_export_control_talk():
    rows = extract("Norway and Iceland will cooperate on government procurement, investment security, and export controls.")
    assert {(r.category, r.action) for r in rows} == {("export_control", "negotiate")}


def test_barriers_to_digital_trade_are_other_barriers():
    rows = extract("Norway and Iceland commit to address discriminatory or burdensome practices and other barriers to digital trade.")
    assert {(r.category, r.action) for r in rows} == {("other", "relax")}


def test_preventing_new_barriers_is_a_standstill_but_address_and_prevent_is_one_measure():
    assert rows_of(extract("Iceland will prevent new barriers to Norwegian services.")) == [
        ("ISL", "market_access", "maintain", None, None, None)]
    assert rows_of(extract("Iceland has committed to address and prevent barriers to Norwegian fish.")) == [
        ("ISL", "market_access", "relax", None, None, None)]


def test_procurement_obligations_benefiting_only_members_restrict_procurement():
    rows = extract(
        "Norway and Iceland have committed to strengthen cooperation on duty evasion. This commitment includes "
        "cooperating to ensure that international procurement obligations benefit only those countries that have "
        "taken on the same commitments."
    )
    assert sorted((r.actor, r.category, r.action) for r in rows if r.category == "procurement") == [
        ("ISL", "procurement", "restrict"), ("NOR", "procurement", "restrict")]
