"""Commitment extraction, round 11: White House fact sheets (orders, proclamations, deals,
investment visits, sanctions, national-security and domestic-policy actions).

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
SANCTIONS_TITLE = "Fact Sheet: President Donald J. Trump Addresses Threats to the United States by the Government of Cuba"
DEAL_TITLE = "Fact Sheet: President Donald J. Trump Secures New Deals With Japan"
CUSTOMS_TITLE = "Fact Sheet: President Donald J. Trump Strengthens Customs Enforcement"


def extract(*texts, title=SANCTIONS_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-factsheets-r11")


def shapes(rows):
    return sorted((r.actor, r.category, r.action, r.status) for r in rows)


# --- a measure an order authorizes is threatened and conditional ------------------------------

def test_a_measure_an_order_authorizes_is_threatened_and_conditional():
    cases = {
        "The Order also authorizes new sanctions on banks that have processed payments for the regime's "
        "security services.": "sanctions",
        "The memorandum authorizes sanctions against foreign officials who obstruct the inspections.": "sanctions",
        "The proclamation also authorizes additional tariffs on goods from any country that keeps shipping "
        "fuel to the regime.": "tariff",
    }
    for text, category in cases.items():
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.status, r.conditional) for r in rows] == [
            ("USA", category, "impose", "threatened", True)], text


def test_authorizing_an_agency_or_an_operation_is_no_measure():
    for text in (
        "The Order authorizes the Secretary of State to take all necessary actions to carry out the policy.",
        "Last month he authorized operations against the cartel leadership.",
    ):
        assert extract(text) == [], text


def test_authorizing_importers_to_file_stays_customs_enforcement():
    # the form the customs entry owns keeps its own reading when its object is an importer
    rows = extract("The Order tightens customs rules by authorizing only U.S. importers of record to file "
                   "informal entries for low-value parcels.", title=CUSTOMS_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "other", "enforce")]


# --- a recounted reversal of an easing: the tightening and the easing undone -------------------

def test_reversing_a_deal_that_eased_restrictions_gives_the_tightening_and_the_easing():
    for text in (
        "In his first term, President Trump set a firm course toward Cuba, reversing the previous "
        "administration's lopsided deal that eased restrictions without winning any reforms.",
        "President Trump undid the prior opening that loosened the embargo on Cuba.",
        "In 2019 President Trump reversed the earlier policy which had relaxed sanctions on the regime.",
    ):
        assert shapes(extract(text)) == [
            ("USA", "sanctions", "raise", "implemented"), ("USA", "sanctions", "relax", "implemented")], text


def test_a_reversal_of_something_else_is_no_sanctions_row():
    for text in (
        "President Trump is working to reverse the economic damage left by his predecessor.",
        "President Trump reversed the rule that eased restrictions on imports of shrimp.",
    ):
        assert [r for r in extract(text) if r.category == "sanctions"] == [], text


# --- an investment screening regime restricts investment ---------------------------------------

def test_strengthening_investment_screening_is_a_restriction():
    for text in (
        "The U.S. and Japan committed to strengthening their mechanisms for reviewing inbound investment "
        "on national security grounds.",
        "Japan will strengthen its mechanisms for screening inbound investment.",
        "The United States and Japan will address the risks posed by outbound investment in sensitive "
        "technologies.",
    ):
        rows = extract(text, title=DEAL_TITLE)
        assert rows and {(r.category, r.action) for r in rows} == {("investment", "restrict")}, text


def test_strengthening_an_investment_is_still_an_investment():
    rows = extract("Japan will strengthen its investment in American shipyards.", title=DEAL_TITLE)
    assert {(r.category, r.action) for r in rows} == {("investment", "invest")}


def test_a_permitted_measure_is_not_merged_into_the_order_applied():
    lead = "Today, President Donald J. Trump signed an Executive Order imposing new sanctions on the Cuban regime."
    for second, counterparty in (
        ("The Order also authorizes new sanctions on Cuban officials who profit from forced labor.", "CUB"),
        ("The Order also authorizes additional sanctions on any bank that handles payments for the "
         "security services.", None),
    ):
        rows = extract(lead, second)
        assert sorted((r.status, r.actor, r.counterparty or "", r.category, r.action, r.mentions) for r in rows) == [
            ("implemented", "USA", "CUB", "sanctions", "impose", 1),
            ("threatened", "USA", counterparty or "", "sanctions", "impose", 1)], second


# --- partners listed together act toward the document's government -----------------------------

def test_partners_listed_as_examples_act_toward_the_us_not_each_other():
    title = "Fact Sheet: President Donald J. Trump Declares a National Emergency Over Trade Barriers"
    lead = "Today, President Donald J. Trump signed an Executive Order imposing a 10% tariff on all countries."
    for text in (
        "Certain countries, like Peru, Chile, and Vietnam, restrict or prohibit the importation of used machinery.",
        "For shelled almonds, the United States charges no duty, while Chile (25%) and Vietnam (30%) impose "
        "much higher tariffs.",
        "Peru and Chile also ban imports of U.S. poultry on grounds no study supports.",
    ):
        rows = [r for r in extract(lead, text, title=title) if r.actor != "USA"]
        assert len(rows) >= 2 and {r.counterparty for r in rows} == {"USA"}, text


def test_two_deal_parties_acting_together_stay_each_others_counterparty():
    rows = extract("The United States and Japan will each remove tariffs on industrial goods.", title=DEAL_TITLE)
    assert sorted((r.actor, r.counterparty) for r in rows) == [("JPN", "USA"), ("USA", "JPN")]


# --- escalating a measure raises it; what is done "via" a list of means is no measure ------------

def test_escalated_sanctions_in_a_list_of_means_is_a_raise_and_the_goal_is_no_removal():
    for text in (
        "Last year, President Trump eliminated the regime's drone production capacity via precision strikes, "
        "escalated sanctions, and cyber operations.",
        "President Trump escalated sanctions on the regime's oil exports in his first term.",
    ):
        assert [(r.actor, r.category, r.action) for r in extract(text)] == [("USA", "sanctions", "raise")], text


def test_escalate_reads_like_raise_only_with_a_measure():
    rows = extract("The United States will escalate tariffs on Chinese steel to 50%.", title=DEAL_TITLE)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "raise", 50.0)]
    for text in ("As the President escalated his trade spat with China, suppliers felt the strain.",
                 "The protests escalated after the vote."):
        assert extract(text) == [], text


# --- the verb talks are held to carry out is their subject, not a measure taken ----------------

UK_TITLE = "Fact Sheet: Implementing the General Terms of the U.S.-UK Economic Prosperity Deal"


def test_the_aim_of_named_talks_is_a_negotiation_on_it():
    for text in (
        "The U.S. and UK have also committed to adopting a structured, negotiated approach to addressing "
        "concerns about sectors that may become subject to Section 232 tariffs.",
        "The United States and the United Kingdom will continue negotiations to address the remaining "
        "tariff barriers on machinery.",
        "The United States and the United Kingdom will enter into negotiations to resolve the dispute over "
        "tariffs on whisky.",
    ):
        rows = extract(text, title=UK_TITLE)
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("GBR", "tariff", "negotiate"), ("USA", "tariff", "negotiate")], text


def test_talks_to_take_a_named_measure_keep_the_measure():
    rows = extract("The United States and the United Kingdom agreed to begin negotiations to eliminate the tariffs "
                   "on whisky.", title=UK_TITLE)
    assert {(r.category, r.action) for r in rows} == {("tariff", "remove")}


def test_a_measure_taken_beside_talks_keeps_its_row():
    rows = extract("The United Kingdom will remove its tariffs on U.S. ethanol and continue negotiations on "
                   "services.", title=UK_TITLE)
    assert ("GBR", "tariff", "remove") in [(r.actor, r.category, r.action) for r in rows]


def test_sectors_under_section_232_investigations_are_tariff_talks():
    for text in (
        "The U.S. and UK committed to adopting a negotiated approach to sectors that may become subject to "
        "future Section 232 investigations.",
        "The United States and the United Kingdom will negotiate on sectors covered by ongoing Section 232 "
        "investigations.",
    ):
        rows = extract(text, title=UK_TITLE)
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("GBR", "tariff", "negotiate"), ("USA", "tariff", "negotiate")], text


# --- a negative inside the subject's relative clause is not the verb's -------------------------

def test_a_negative_relative_clause_in_the_subject_does_not_negate_the_measure():
    for text, rate in (
        ("Products outside those quotas or that do not meet certain requirements will remain subject to "
         "existing Section 232 tariffs.", None),
        ("Goods that do not meet the content requirement shall remain subject to the additional duties.", None),
        ("Aluminum that does not qualify will remain subject to the 25% tariff.", 25.0),
    ):
        rows = extract(text, title=UK_TITLE)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "maintain", rate)], text


def test_the_verbs_own_negative_still_drops_the_row():
    for text in ("Steel that meets the melt-and-pour rule will not remain subject to the additional duties.",
                 "Steel that does not meet the melt-and-pour rule will not remain subject to the additional duties."):
        assert extract(text, title=UK_TITLE) == [], text


# --- permits, licences and leases for work on home ground are no trade measure -----------------

OFFSHORE_TITLE = "Fact Sheet: President Donald J. Trump Expands Domestic Mining of Critical Minerals"


def test_home_resource_permits_give_no_row():
    for text in (
        "The Order directs the Secretary of the Interior to speed up reviewing and approving permits and granting "
        "licenses within the U.S. Exclusive Economic Zone and to identify which critical minerals lie in seabed "
        "deposits.",
        "The Secretary will speed up granting leases on federal lands for critical minerals projects.",
    ):
        assert extract(text, title=OFFSHORE_TITLE) == [], text


def test_licences_for_trade_still_give_rows():
    rows = extract("China will grant licenses for exports of gallium to U.S. firms.", title=DEAL_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHN", "export_control", "relax")]
