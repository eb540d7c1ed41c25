"""Commitment extraction, round 8: agreement texts in treaty language (joint
statements, frameworks, joint fact sheets, full agreement texts).

Each rule reads a clause shape or a noun class, so each test gives it more than
one wording. Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc)
TITLE = "Joint statement on a framework for a Norway-Iceland agreement on reciprocal trade"


def extract(*texts, title=TITLE, levels=None, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, levels=levels, kinds=kinds,
                            article_id="test-agreements-r8")


# Customs facilitation is market access (guide rule 14), whichever verb improves it and
# whichever of its nouns names it: procedures, trade facilitation, a single window, an
# authorised-operator programme, pre-arrival processing, a customs reward system.
@pytest.mark.parametrize("sentence, action", [
    ("Iceland will digitalize its customs procedures.", "relax"),
    ("Iceland commits to digitise its customs procedures and to expand its single window.", "relax"),
    ("Iceland will improve trade facilitation at its ports.", "relax"),
    ("Iceland will adopt best practices in customs, including an authorized economic operator program.", "relax"),
    ("Iceland shall abolish its customs reward system.", "remove"),
])
def test_customs_facilitation_is_market_access(sentence, action):
    assert rows_of(extract(sentence)) == [("ISL", "market_access", action, None, None, None)]


def test_technology_for_pre_arrival_processing_is_customs_facilitation():
    rows = extract("Iceland shall, within three years, implement systems that allow for pre-arrival processing "
                   "and paperless trade for goods of Norway.")
    assert [(r.actor, r.category) for r in rows] == [("ISL", "market_access")]


# Permitting a flow is easing it: "permit" is a relaxing verb when its object names a measure.
@pytest.mark.parametrize("sentence", [
    "Iceland will permit the free transfer of data across trusted borders.",
    "Iceland shall permit cross-border transfers of data for the conduct of business.",
])
def test_permitting_data_transfers_is_a_relaxation(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "other", "relax", None, None, None)]


def test_permit_as_a_noun_is_no_cue():
    assert extract("The permit fee for fishing boats was paid by the owners last year.") == []


# Corruption and bribery are `other` topics (guide rule 16): enforcing laws against them is enforcement.
@pytest.mark.parametrize("sentence", [
    "Iceland commits to strengthen and enforce comprehensive anti-corruption laws.",
    "Iceland shall combat bribery of foreign public officials.",
])
def test_anti_corruption_laws_are_enforced(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "other", "enforce", None, None, None)]


# Commitments a sentence says are still to be finalized are talks on their topic
# (convention 19): one `negotiate` row per party, not the rows of the verbs inside.
@pytest.mark.parametrize("sentence, category", [
    ("Norway and Iceland will finalize commitments to address distortionary behaviors of state-owned "
     "enterprises.", "other"),
    ("Norway and Iceland will finalize commitments related to protecting internationally recognized labor "
     "rights, including by amending labor laws; and strengthen enforcement of those laws.", "other"),
    ("Norway and Iceland will finalize commitments by Iceland to address barriers impacting digital trade "
     "and services.", "other"),
    ("Norway and Iceland will memorialize commitments relating to combating illegal fishing.", "other"),
    ("Norway and Iceland will finalize commitments on intellectual property, including on geographical "
     "indications.", "intellectual_property"),
])
def test_commitments_still_to_finalize_are_talks_on_their_topic(sentence, category):
    assert rows_of(extract(sentence)) == [("ISL", category, "negotiate", None, None, None),
                                          ("NOR", category, "negotiate", None, None, None)]


def test_commitments_already_made_keep_their_measures():
    rows = extract("Iceland has made commitments to remove its import licensing requirements for Norwegian fish.")
    assert [(r.actor, r.action) for r in rows] == [("ISL", "remove")]


# Securing a free flow eases it: "ensure the free transfer of data" is `other` `relax` (guide
# rule 16), "ensure the free movement of goods" market access; other objects of "ensure" are no cue.
@pytest.mark.parametrize("sentence, category", [
    ("Iceland will ensure the free transfer of data across trusted borders.", "other"),
    ("Iceland commits to ensuring the secure cross-border flow of data for the conduct of business.", "other"),
    ("Iceland will ensure the free movement of Norwegian fish through its ports.", "market_access"),
])
def test_ensuring_a_free_flow_is_a_relaxation(sentence, category):
    assert rows_of(extract(sentence)) == [("ISL", category, "relax", None, None, None)]


def test_ensuring_an_aim_is_no_cue():
    assert extract("Iceland will ensure a prosperous future for its fishing towns.") == []


# The items of a gerund list share the lead's subject: a partner named inside the previous
# item's object ("against U.S. services or U.S. products, ensuring ...") is not the next item's actor.
@pytest.mark.parametrize("names", ["Norwegian services or Norwegian products", "U.S. services or U.S. goods"])
def test_a_gerund_list_item_keeps_the_lead_subject(names):
    title = "Joint Statement on Framework for United States-Iceland Agreement on Reciprocal Trade"
    if names.startswith("Norwegian"):
        title = TITLE
    rows = extract(f"Iceland has committed to open its services market, including by refraining from measures "
                   f"that discriminate against {names}, ensuring the free transfer of data across trusted borders, "
                   f"and supporting a permanent moratorium on customs duties on electronic transmissions.",
                   title=title)
    assert {r.actor for r in rows} == {"ISL"}
    assert ("ISL", "other", "relax") in {(r.actor, r.category, r.action) for r in rows}


# A facilitation lead whose means follow ("facilitate digital trade, including by ...", "facilitating
# trade with X by recognizing ...") is stated by its means (guide rule 6): no row of its own.
@pytest.mark.parametrize("sentence", [
    "Iceland shall facilitate digital trade with Norway, including by refraining from imposing digital "
    "services taxes and ensuring the free transfer of data across trusted borders.",
    "Iceland has committed to facilitating digital trade by refraining from imposing digital services taxes "
    "and by ensuring the free transfer of data across trusted borders.",
    "Iceland will facilitate digital trade, including through commitments to refrain from imposing digital "
    "services taxes and to ensure the free transfer of data across trusted borders.",
])
def test_a_facilitation_lead_is_stated_by_its_means(sentence):
    rows = extract(sentence)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [("ISL", "other", "maintain"),
                                                                      ("ISL", "other", "relax")]
    assert not any((r.subject or "").startswith("digital trade") for r in rows)


def test_a_facilitation_lead_alone_is_a_row():
    assert rows_of(extract("Iceland will facilitate digital trade with Norway.")) == [
        ("ISL", "other", "relax", None, None, None)]


US_TITLE = "Joint Statement on Framework for United States-Iceland Agreement on Reciprocal Trade"


# An aside naming where a rate was set (", as (initially) set forth in Executive Order N of DATE,",
# ", as set out in ...,", ", as amended,") is no clause boundary: the new level after it is the measure's.
@pytest.mark.parametrize("aside", [
    ", as initially set forth in Executive Order 14257 of April 2, 2025,",
    ", as amended,",
    ", as set out in the April order,",
])
def test_an_aside_on_the_rate_keeps_the_new_level(aside):
    rows = extract(f"The United States will reduce the reciprocal tariff rate{aside} to 18 percent on originating "
                   "goods of Iceland.", title=US_TITLE)
    assert rows_of(rows) == [("USA", "tariff", "reduce", 18.0, None, "percent")]


# Goods picked from a list "to receive a zero percent rate" are tariffed by the party picking them,
# whatever stands between the goods and "to": an ", as amended," aside or an order's bracketed title.
@pytest.mark.parametrize("reference", [
    "Annex II to Executive Order 14346 of September 5, 2025, as amended,",
    "Annex II to Executive Order 14346 of September 5, 2025 (Modifying the Scope of Reciprocal Tariffs and "
    "Establishing Procedures for Trade Agreements)",
])
def test_goods_picked_to_receive_a_zero_rate_are_the_pickers_tariff(reference):
    rows = extract(f"The United States will maintain at 15 percent the reciprocal tariffs on originating goods of "
                   f"Iceland, and will also identify products from the list set out in {reference} to receive a "
                   "zero percent reciprocal tariff rate.", title=US_TITLE)
    assert ("USA", "tariff", "remove", 0.0, None, "percent") in rows_of(rows)
    assert {r.actor for r in rows} == {"USA"}


# Public financing offered for investment in the partner ("work through EXIM and DFC ... to consider
# supporting investment financing in X") is the financing party's investment pledge, proposed.
@pytest.mark.parametrize("sentence", [
    "The United States shall work through the U.S. International Development Finance Corporation (DFC), if "
    "eligible, to consider supporting investment financing in critical sectors in Iceland.",
    "The United States will support project financing for Icelandic ports through its export credit agency.",
])
def test_supporting_investment_financing_is_an_investment_pledge(sentence):
    rows = extract(sentence, title=US_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "investment", "invest")]


def test_supporting_an_aim_is_no_investment():
    assert extract("The United States will support efforts to expand trade with Iceland.", title=US_TITLE) == []


# WTO plurilateral initiatives are `other` topics (guide rule 16): implementing one is enforcement.
@pytest.mark.parametrize("sentence", [
    "Iceland has committed to take effective actions to implement the Joint Initiative on Services Domestic "
    "Regulation.",
    "Iceland will implement the WTO Joint Initiative on Investment Facilitation.",
])
def test_implementing_a_wto_joint_initiative_is_enforcement(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "other", "enforce", None, None, None)]


# An agreement text's final provision on its entry into force is a step on the deal still to come:
# one `diplomatic` `negotiate` row per party (convention 19), whatever the delay stated.
@pytest.mark.parametrize("sentence", [
    "3. This Agreement shall enter into force 90 days after the Parties have notified each other in writing.",
    "This Agreement shall enter into force on the date of the later notification.",
])
def test_an_agreement_entering_into_force_is_a_step_per_party(sentence):
    rows = extract(sentence, title="Agreement between the United States of America and Iceland on Reciprocal Trade")
    assert rows_of(rows) == [("ISL", "diplomatic", "negotiate", None, None, None),
                             ("USA", "diplomatic", "negotiate", None, None, None)]


def test_a_tariff_entering_into_force_is_no_step_on_the_deal():
    rows = extract("The 15 percent tariff on Icelandic fish will enter into force on March 1.",
                   title="Agreement between the United States of America and Iceland on Reciprocal Trade")
    assert all(r.category == "tariff" for r in rows)
