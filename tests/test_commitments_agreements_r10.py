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
