"""Commitment extraction, round 13: agreement texts in treaty language and joint statements.

Each rule reads a clause shape seen failing in more than one agreement text or joint statement;
every sentence here is our own, written for the rule, and each rule is given more than one wording.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 4, 14, 9, 0, tzinfo=timezone.utc)
TREATY = "Agreement between the United States of America and the Republic of Chile on reciprocal trade"
STATEMENT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"


def extract(*texts, title=STATEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r13")


# Joint action against the unfair trade practices of third countries is enforcement by both
# parties (`other`, like non-market policies); a fact sheet's aim of stopping unfair trade
# practices names nobody else's practices and stays no row.
@pytest.mark.parametrize("text", [
    "The United States and Chile will deepen security ties through joint steps to address unfair trade "
    "practices of third countries.",
    "The United States and Chile are committed to building resilient supply chains through coordinated "
    "actions to address unfair trade practices worldwide.",
    "Both countries intend to take complementary actions to address unfair trade practices of other economies.",
])
def test_acting_against_third_countries_unfair_practices_is_both_parties_enforcement(text):
    assert triples(extract(text)) == [("CHL", "other", "enforce"), ("USA", "other", "enforce")]


@pytest.mark.parametrize("text", [
    "The President is acting to protect American workers and stop unfair trade practices.",
    "For decades American workers were forced to tolerate unfair trade practices that hollowed out our industry.",
])
def test_stopping_unfair_trade_practices_as_an_aim_is_no_row(text):
    assert extract(text, title="Fact Sheet: President Trump Protects American Workers") == []


# Two figureless market-access measures on the same goods are two rows when their objects differ:
# preferential access for goods that include vehicles, then accepting vehicles built to U.S. standards.
def test_access_and_standards_acceptance_on_the_same_goods_are_two_rows():
    rows = extract(
        "Chile has committed to provide preferential market access for U.S. industrial exports, including "
        "machinery, chemicals, and passenger vehicles.",
        "Chile has committed to accepting U.S. made cars built to U.S. motor vehicle safety standards; and "
        "streamlining import licenses for U.S. steel pipe.")
    access = [r for r in rows if r.category == "market_access"]
    assert [(r.actor, r.action) for r in access] == [("CHL", "relax"), ("CHL", "relax")]
    assert access[0].paragraph_index != access[1].paragraph_index


def test_the_same_access_named_again_stays_one_row():
    rows = extract(
        "Chile will provide preferential market access for U.S. passenger vehicles.",
        "Chile will provide preferential market access for U.S. passenger vehicles, the two governments said.")
    assert [(r.actor, r.category, r.action, r.mentions) for r in rows] == [("CHL", "market_access", "relax", 2)]


# A gerund closing the list of what a cooperation covers is part of that cooperation, not a
# measure of its own; a gerund after a one-item cooperation ("cooperating on X, and sharing Y")
# is a step of its own.
@pytest.mark.parametrize("text", [
    "The United States and Chile will cooperate on export controls, investment screening, and combating "
    "tariff evasion.",
    "The two countries are committed to closer cooperation on export controls, investment security, and "
    "addressing duty evasion.",
])
def test_a_gerund_closing_a_cooperation_list_is_part_of_the_cooperation(text):
    rows = extract(text)
    assert triples(rows) == [("CHL", "export_control", "negotiate"), ("USA", "export_control", "negotiate")]


def test_a_gerund_after_a_one_item_cooperation_is_its_own_step():
    rows = extract("The United States and Chile are committed to addressing unfair trade practices worldwide, "
                   "combating duty evasion, cooperating on export controls, and sharing information on "
                   "inbound investment.")
    assert triples(rows) == [("CHL", "export_control", "negotiate"), ("CHL", "investment", "negotiate"),
                             ("CHL", "other", "enforce"), ("CHL", "other", "enforce"),
                             ("USA", "export_control", "negotiate"), ("USA", "investment", "negotiate"),
                             ("USA", "other", "enforce"), ("USA", "other", "enforce")]


# Establishing rules of origin is the parties' enforcement (like applying them); a treaty's
# "a Party may establish / adopt ..." keeps a right and pledges no measure.
@pytest.mark.parametrize("text", [
    "The United States and Chile will establish rules of origin so that the gains of the Agreement go mainly "
    "to the two countries.",
    "Both countries are establishing rules of origin that keep third-country goods from riding on the deal.",
])
def test_establishing_rules_of_origin_is_both_parties_enforcement(text):
    assert triples(extract(text)) == [("CHL", "other", "enforce"), ("USA", "other", "enforce")]


@pytest.mark.parametrize("text", [
    "Where the gains of this Agreement flow mostly to third countries, a Party may establish rules of origin "
    "needed to meet the aim of the Parties.",
    "Each Party may adopt good regulatory practices of its own choosing.",
])
def test_a_party_that_may_establish_keeps_a_right_and_pledges_nothing(text):
    assert extract(text, title=TREATY) == []


# Withholding a tariff in force from goods a schedule lists is an exemption granted as a deal term
# (`remove`, convention 17), not a duty kept absent (`maintain`).
@pytest.mark.parametrize("text", [
    "The United States shall not apply the tariff set out in paragraph 3 to the originating goods of Chile "
    "listed in Schedule 2, among them copper cathodes and fresh grapes.",
    "The United States shall not apply its reciprocal duty to the products of Chile set forth in Annex I.",
])
def test_a_tariff_withheld_from_scheduled_goods_is_removed(text):
    assert triples(extract(text, title=TREATY)) == [("USA", "tariff", "remove")]


def test_not_imposing_duties_on_a_class_stays_a_standstill():
    rows = extract("Each Party shall not impose customs duties on electronic transmissions.", title=TREATY)
    assert triples(rows) == [("CHL", "tariff", "maintain"), ("USA", "tariff", "maintain")]


# The aim of a cooperation is read past an initial's dot ("the U.S. Department of Commerce ...
# Entity List"), also after an aside on domestic law.
@pytest.mark.parametrize("text", [
    "Chile shall cooperate with the United States, in a manner consistent with its domestic laws and "
    "regulations, with a view to restricting dealings of its nationals with persons and firms named by the "
    "U.S. Department of Commerce Bureau of Industry and Security on its Entity List.",
    "Chile shall cooperate with the United States, subject to its domestic law, with a view to limiting "
    "sales by its exporters to end users named by the U.S. Department of Commerce on its Entity List.",
])
def test_the_aim_of_a_cooperation_is_read_past_initials(text):
    assert triples(extract(text, title=TREATY)) == [("CHL", "export_control", "negotiate")]


# A measure mirrored from the United States that names no trade of its own restricts imports.
@pytest.mark.parametrize("text", [
    "Once notified, Chile shall adopt or maintain a measure with equivalent restrictive effect as the "
    "measure adopted by the United States.",
    "Chile shall adopt a measure of comparable restrictive effect within six months of such notification.",
])
def test_a_mirrored_measure_naming_no_trade_restricts_imports(text):
    assert triples(extract(text, title=TREATY)) == [("CHL", "import_restriction", "restrict")]


# "value-added" holds no "added" that reports a statement: the tax is the object of the verb.
@pytest.mark.parametrize("text", [
    "Chile shall not impose value-added taxes that discriminate against U.S. firms.",
    "Chile will not levy value-added taxes on U.S. digital services that it does not levy on its own.",
])
def test_a_hyphenated_added_is_no_reporting_verb(text):
    assert triples(extract(text, title=TREATY)) == [("CHL", "other", "maintain")]


# Goods exempted "from certain requirements" are exempted from import-side requirements (guide
# rule 13: import_restriction, relax), even when the requirements are not named.
@pytest.mark.parametrize("text", [
    "Chile will exempt U.S. exports of cosmetics, toys, and other consumer goods from certain requirements.",
    "Chile has committed to exempting U.S. products of the dairy and egg sectors from such requirements.",
])
def test_goods_exempted_from_unnamed_requirements_ease_imports(text):
    assert triples(extract(text)) == [("CHL", "import_restriction", "relax")]
