"""Commitment extraction, round 10: agreement texts in treaty language and joint statements.

Each rule reads a clause shape, a verb class or a noun class, so each test gives it more than
one wording. Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TREATY = "Agreement between the United States of America and the Republic of Peru on reciprocal trade"


def extract(*texts, title=TREATY):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r10")


def triples(rows):
    return {(r.actor, r.category, r.action) for r in rows}


# "uphold or institute strong environmental governance structures": keeping a regime in place is
# `maintain` (convention 11, "or" takes the weaker act); ", as necessary," between the verb and its
# object is an aside, not the end of the clause; "environment-related issues" names the topic.
@pytest.mark.parametrize("text, expected", [
    ("Peru shall uphold or institute, as necessary, strong environmental governance structures.",
     {("PER", "other", "maintain")}),
    ("Peru shall uphold, as needed, its labor laws and the institutions that enforce them.",
     {("PER", "other", "maintain")}),
    ("Peru shall address environment-related issues that distort bilateral trade.",
     {("PER", "other", "enforce")}),
])
def test_upholding_a_regime_is_kept_and_an_aside_does_not_cut_the_object(text, expected):
    assert triples(extract(text)) == expected


def test_upholding_a_ruling_names_no_measure():
    assert extract("Peru shall uphold the ruling of the arbitral panel.") == []


# Trade in defence articles runs on export licences: easing it is an export-control measure.
@pytest.mark.parametrize("text", [
    "The United States shall work with Peru to streamline and enhance defense trade.",
    "The United States will facilitate defence trade with Peru.",
])
def test_easing_defense_trade_is_export_control_relief(text):
    assert triples(extract(text)) == {("USA", "export_control", "relax")}


# A purchase a party pledges not to make from a source of concern shuts that source out: an
# import restriction, agreed (not a refused purchase).
@pytest.mark.parametrize("text", [
    "Peru shall not purchase any nuclear reactors, fuel rods, or enriched uranium from certain countries, "
    "except where no alternative supplier exists.",
    "Peru shall not agree to new purchases of nuclear fuel from a country that threatens essential U.S. interests.",
    "Peru shall not buy telecommunications equipment from untrusted vendors.",
])
def test_not_buying_from_a_source_of_concern_restricts_imports(text):
    rows = extract(text)
    assert triples(rows) == {("PER", "import_restriction", "restrict")}
    assert rows[0].status == "agreed"


def test_not_buying_without_a_source_stays_a_refused_purchase():
    rows = extract("Peru shall not purchase additional soybeans.")
    assert triples(rows) == {("PER", "purchase", "purchase")} and rows[0].status == "rejected"


# A measure a party pledges not to apply "in a manner that restricts" the other side's goods stays,
# only its restrictive use goes: the goods' treatment is eased (relax), not kept absent (maintain).
@pytest.mark.parametrize("text, category", [
    ("Peru shall not apply import licensing to U.S. originating goods in a manner that restricts the "
     "importation of such goods.", "import_restriction"),
    ("Peru shall not apply sanitary certificates in a way that discriminates against U.S. products.",
     "import_restriction"),
])
def test_a_measure_not_applied_restrictively_is_eased(text, category):
    rows = extract(text)
    assert triples(rows) == {("PER", category, "relax")} and rows[0].status == "agreed"


def test_a_measure_not_applied_at_all_is_still_kept_absent():
    assert triples(extract("Peru shall not apply tariffs to U.S. goods.")) == {("PER", "tariff", "maintain")}


# Enforcement named by its strength: "take effective ... actions against X", "take strong measures
# against X"; the object says what it is against (a fact sheet's "taking further action" is no measure).
@pytest.mark.parametrize("text, category", [
    ("Peru shall prioritize and shall take effective criminal and border enforcement actions against "
     "copyright and trademark infringements.", "intellectual_property"),
    ("Peru will take strong measures against counterfeit goods sold in its markets.", "intellectual_property"),
    ("Peru shall take effective steps against fentanyl trafficking through its ports.", "drug_enforcement"),
])
def test_taking_effective_action_against_a_practice_is_enforcement(text, category):
    assert triples(extract(text)) == {("PER", category, "enforce")}


def test_taking_steps_for_no_measure_gives_no_row():
    assert extract("The government of Peru will take appropriate steps to improve the economy.") == []


# "The other Party shall ...", "No Party shall ...": a treaty party named by its role is either party
# (a row each); "consider ... in good faith" a request is a step on the deal; "No Party shall"
# negates like "shall not" (a standstill, convention 11).
@pytest.mark.parametrize("texts", [
    ("Each Party may request modifications to this Agreement.", "The other Party shall consider such "
     "modifications in good faith."),
    ("Either Party may propose changes to the annexes, which the other Party shall consider in good faith.",),
])
def test_the_other_party_considering_a_request_is_talks_for_both(texts):
    rows = extract(" ".join(texts))
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("PER", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


@pytest.mark.parametrize("text", [
    "No Party shall impose customs duties on electronic transmissions.",
    "Neither Party shall impose customs duties on electronic transmissions between the Parties.",
])
def test_no_party_shall_is_a_standstill_for_both(text):
    rows = extract(text)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("PER", "tariff", "maintain"), ("USA", "tariff", "maintain")]


def test_consulting_the_other_party_does_not_make_it_a_subject():
    assert triples(extract("Peru shall consult with the other Party and remove its tariffs on cars.")) == {
        ("PER", "tariff", "remove")}


# Unfair practices of firms (third-country companies, state-owned enterprises) are a topic the
# object names: addressing them is enforcement (`other`).
@pytest.mark.parametrize("text", [
    "Peru shall adopt and implement measures to address unfair practices of companies owned or controlled "
    "by third countries operating in Peru.",
    "Peru shall address unfair commercial practices of state-owned firms that harm U.S. exporters.",
])
def test_addressing_unfair_practices_of_firms_is_enforcement(text):
    assert triples(extract(text)) == {("PER", "other", "enforce")}


# A measure adopted to mirror the other side's ("of equivalent restrictive effect") restricts
# (convention 11: adopting a ban); its category is what the words after it name, else imports.
@pytest.mark.parametrize("text, category", [
    ("Peru shall adopt, through its domestic regulatory process, similar measures of equivalent restrictive "
     "effect as those adopted by the United States to encourage shipbuilding by market economies.", "other"),
    ("Peru shall adopt similar measures, of equivalent restrictive effect, to those of the United States "
     "to support shipbuilding in market economies.", "other"),
    ("Peru shall adopt or maintain a measure with equivalent restrictive effect as the measure adopted by "
     "the United States to address imports of the goods concerned.", "import_restriction"),
])
def test_a_mirrored_restrictive_measure_is_a_restriction(text, category):
    assert triples(extract(text)) == {("PER", category, "restrict")}


# "cooperate / collaborate with <partner> to V X": the verb names what the cooperation is on
# (talks on that subject, convention 19), unless it is a fight ("to combat"), the enforcement itself.
@pytest.mark.parametrize("text", [
    "Peru will collaborate with the United States to address cybersecurity challenges.",
    "Peru shall promote digital trade, including by collaborating with the United States to address "
    "cyber security threats.",
])
def test_collaborating_with_a_partner_to_address_a_topic_is_talks_on_it(text):
    assert ("PER", "other", "negotiate") in triples(extract(text))
    assert ("PER", "other", "enforce") not in triples(extract(text))


def test_cooperating_with_a_partner_to_combat_a_practice_is_enforcement():
    assert triples(extract("Peru shall cooperate with Japan to combat transshipment of steel.")) == {
        ("PER", "other", "enforce")}


# ", and shall remove ...": a modal said again opens a clause of its own, so a negative in the
# clause before it ("do not operate as disguised restrictions") does not negate this verb.
@pytest.mark.parametrize("text, expected", [
    ("Peru shall ensure that its SPS measures do not operate as disguised restrictions, and shall remove "
     "unjustified SPS barriers.", ("PER", "market_access", "remove")),
    ("Peru will not impose quotas on U.S. beef and will remove its licensing requirements for U.S. pork.",
     ("PER", "import_restriction", "remove")),
])
def test_a_restated_modal_ends_the_scope_of_an_earlier_negative(text, expected):
    assert expected in triples(extract(text))


def test_a_negated_restated_modal_still_negates():
    rows = extract("Peru did not cut tariffs and will not remove quotas.")
    assert all(r.status == "rejected" for r in rows)


# Screening inbound investment is an investment restriction (guide rule 15), whoever reviews.
@pytest.mark.parametrize("text", [
    "Peru shall explore the establishment of a mechanism to review inbound investment for national "
    "security risks.",
    "Peru will screen foreign acquisitions in critical infrastructure.",
])
def test_reviewing_inbound_investment_restricts_investment(text):
    assert triples(extract(text)) == {("PER", "investment", "restrict")}


def test_reviewing_the_agreement_is_no_investment_screen():
    assert extract("Peru shall review the agreement after five years.") == []


# "shall only V X where ...": a protective or restrictive measure kept to the cases a clause names
# eases it for every other case (relax); without "only" the measure is taken as such.
@pytest.mark.parametrize("text, category", [
    ("Peru shall only protect or recognize a term that identifies a good as a geographical indication where "
     "there is a given quality or reputation attributable to its origin.", "intellectual_property"),
    ("Peru will only restrict imports of U.S. beef where a documented health risk exists.", "import_restriction"),
    ("Peru shall only enforce its labelling requirements on U.S. cheese to the extent that the name "
     "misleads consumers.", "import_restriction"),
])
def test_a_measure_kept_to_named_cases_is_eased(text, category):
    assert triples(extract(text)) == {("PER", category, "relax")}


def test_a_measure_with_a_case_but_without_only_is_taken():
    assert triples(extract("Peru will restrict imports of U.S. beef where a documented health risk exists.")) == {
        ("PER", "import_restriction", "restrict")}


JOINT = "Joint Statement on a Framework for a United States-Peru Agreement on Reciprocal Trade"


# Joint statements: "coordinate" is a talks verb (its object names the subject), "foster the use of
# X" eases what X names, and joint work "on addressing" a practice is the enforcement itself.
@pytest.mark.parametrize("text, expected", [
    ("The Participants intend to coordinate the timing of their respective domestic processes for the entry "
     "into force of the Agreement.", {("PER", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")}),
    ("Peru will coordinate with the United States on export controls.", {("PER", "export_control", "negotiate")}),
    ("The United States and Peru intend to foster the use of technology solutions that allow for full "
     "pre-arrival processing.", {("PER", "market_access", "relax"), ("USA", "market_access", "relax")}),
    ("Peru intends to work together with the United States on addressing potential distortions of bilateral "
     "trade arising from industrial subsidies.", {("PER", "other", "enforce")}),
    ("Peru will cooperate with Japan on countering non-market policies and practices.", {("PER", "other", "enforce")}),
])
def test_joint_statement_verbs_of_coordination_easing_and_joint_enforcement(text, expected):
    assert triples(extract(text, title=JOINT)) == expected


@pytest.mark.parametrize("text", [
    "Officials will coordinate the response to the storm.",
    "The President signed a memorandum to foster interagency coordination on energy permits.",
])
def test_coordinating_or_fostering_no_measure_gives_no_row(text):
    assert extract(text, title=JOINT) == []


# "continue facilitating trade" is a pledge to ease trade (market access); "to facilitate trade" as
# the aim of another step, or of efforts already made by someone, is no row.
@pytest.mark.parametrize("text", [
    "Peru has committed to continue facilitating trade, as well as adopting good regulatory practices.",
    "Peru commits to facilitate trade in U.S. beef.",
])
def test_a_pledge_to_facilitate_trade_eases_access(text):
    assert ("PER", "market_access", "relax") in triples(extract(text, title=JOINT))


@pytest.mark.parametrize("text", [
    "Standards and Conformity Assessment: Peru is aligning with international standards in sectors to "
    "facilitate trade.",
    "The United States acknowledges the efforts made by Peru to facilitate trade in beef.",
])
def test_facilitating_trade_as_an_aim_or_past_effort_gives_no_row(text):
    assert ("PER", "market_access", "relax") not in triples(extract(text, title=JOINT))
    assert ("USA", "market_access", "relax") not in triples(extract(text, title=JOINT))


# "This includes ..." after an obligation: a row with the same verb restates it (one row); a row
# with another verb ("protect labor rights. This includes ... enforcing its labor laws") is a
# further measure and stays.
def test_an_elaboration_with_another_verb_is_a_further_measure():
    rows = extract("Peru shall protect labor rights. This includes by adopting such rights in its law, and "
                   "effectively enforcing its labor laws.")
    assert len(rows) == 2 and triples(rows) == {("PER", "other", "enforce")}


def test_an_elaboration_with_the_same_verb_restates_the_obligation():
    rows = extract("Peru shall address non-market policies of third parties. This includes addressing "
                   "non-market practices and unfair competition.")
    assert len(rows) == 1 and rows[0].mentions == 2


# "a zero reciprocal tariff rate", "zero additional duties": zero with one modifier before the
# tariff noun is still a zero rate (convention 13: remove, value_to 0).
@pytest.mark.parametrize("text, actor", [
    ("Certain textile goods from Peru will receive a zero reciprocal tariff rate.", "USA"),
    ("Peru will apply zero additional duties on U.S. industrial goods.", "PER"),
    ("Peru will apply a zero MFN tariff to U.S. beef.", "PER"),
])
def test_a_zero_rate_with_a_modifier_is_a_removal(text, actor):
    rows = extract(text, title=JOINT)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [(actor, "tariff", "remove", 0.0)]
