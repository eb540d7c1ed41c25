"""Commitment extraction, round 7: agreement texts in treaty language (joint
statements, joint fact sheets, "general terms" and framework documents).

Each rule reads a clause shape, so each test gives it more than one wording.
Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc)
TITLE = "Joint statement on a framework for a Norway-Iceland agreement on reciprocal trade"


def extract(*texts, title=TITLE, levels=None, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, levels=levels, kinds=kinds,
                            article_id="test-agreements-r7")


# A fronted reason ("Given X's commitment to ..., Y will ...") names who earned the measure,
# not who takes it.
@pytest.mark.parametrize("opener", [
    "Given Iceland’s commitment to take significant steps toward a more balanced trade relationship,",
    "Given the progress Iceland has made on customs procedures,",
    "In recognition of the steps Iceland has taken on customs procedures,",
])
def test_a_fronted_reason_naming_the_partner_does_not_make_it_the_actor(opener):
    rows = extract(
        "Norway and Iceland have agreed to a framework for an agreement on reciprocal trade.",
        "Key terms of the agreement will include:",
        "Iceland has committed to address non-tariff barriers affecting trade in fish.",
        "In the coming weeks, Norway and Iceland will work to finalize the agreement. "
        f"{opener} Norway will remove the reciprocal tariffs on Iceland’s exports of certain goods that "
        "cannot be produced in Norway.",
        kinds=["paragraph", "paragraph", "list_item", "paragraph"], levels=[0, 0, 1, 0],
    )
    tariff_rows = [row for row in rows if row.category == "tariff"]
    assert [(row.actor, row.counterparty, row.action) for row in tariff_rows] == [("NOR", "ISL", "remove")]


# Implementing the deal itself is a step on the deal still to come (guide rule 1a,
# convention 19): a `diplomatic` `negotiate` row per party, whatever the deal is called.
@pytest.mark.parametrize("sentence", [
    "The two leaders confirmed their strong commitment to implementing the Agreement.",
    "Norway and Iceland will promptly implement this trade framework.",
    "Both countries reaffirmed their commitment to implement this historic deal swiftly.",
])
def test_implementing_the_deal_itself_is_a_step_on_the_deal(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "diplomatic", "negotiate", None, None, None),
                                          ("NOR", "diplomatic", "negotiate", None, None, None)]


def test_implementing_another_agreement_is_the_partys_own_measure():
    rows = extract("Iceland will fully implement the WTO Agreement on Fisheries Subsidies.")
    assert rows_of(rows) == [("ISL", "other", "enforce", None, None, None)]


# A lead naming barriers only by the trade they touch is no row when what follows in its
# paragraph says which barriers (guide rule 6); standing alone, it is the row.
def test_a_barrier_lead_broken_down_in_the_next_sentence_gives_only_the_items():
    rows = extract("Norway and Iceland will address non-tariff barriers that affect bilateral trade. Iceland agrees "
                   "to address long-standing barriers to trade in Norwegian medical devices and eliminate restrictive "
                   "import licensing procedures for Norwegian fish.")
    assert rows_of(rows) == [("ISL", "import_restriction", "remove", None, None, None),
                             ("ISL", "market_access", "relax", None, None, None)]


@pytest.mark.parametrize("lead", [
    "Norway and Iceland will work together to address Iceland’s non-tariff barriers that affect trade in "
    "priority areas. Iceland has committed to address such barriers, including, for example:",
    "Norway and Iceland will address non-tariff barriers and document commitments to promote reciprocal trade. "
    "This will include the following:",
])
def test_a_barrier_lead_before_a_list_gives_only_the_items(lead):
    rows = extract(lead, "Iceland will end its pre-shipment inspection mandates for Norwegian machinery.",
                   kinds=["paragraph", "list_item"], levels=[0, 1])
    assert rows_of(rows) == [("ISL", "import_restriction", "remove", None, None, None)]


def test_a_barrier_lead_standing_alone_is_the_row():
    rows = extract("Iceland will address non-tariff barriers that affect bilateral trade in priority areas. Norway "
                   "and Iceland will negotiate rules of origin for fish.")
    assert ("ISL", "market_access", "relax", None, None, None) in rows_of(rows)


# Looking for the means together ("explore mechanisms / ways / options") and widening
# cooperation ("advance cooperation in ...") are talks on their subject (convention 19).
@pytest.mark.parametrize("sentence, category", [
    ("Norway and Iceland intend to explore mechanisms that make their privacy frameworks interoperable.", "other"),
    ("Norway and Iceland will explore new mechanisms for cross-border transfers of data between their firms.", "other"),
    ("Norway and Iceland will explore options for the mutual recognition of conformity assessment results.",
     "market_access"),
    ("Norway and Iceland intend to advance cooperation in mutually agreed strategic sectors, such as "
     "pharmaceuticals.", "market_access"),
])
def test_exploring_means_and_advancing_cooperation_are_talks(sentence, category):
    assert rows_of(extract(sentence)) == [("ISL", category, "negotiate", None, None, None),
                                          ("NOR", category, "negotiate", None, None, None)]


def test_exploring_land_for_minerals_is_no_talks():
    rows = extract("Iceland shall allow Norwegian investment in its territory to explore, mine and process "
                   "critical minerals.")
    assert all(row.action != "negotiate" for row in rows)


# What a pledge aims at ("with a view to V-ing ...") is not a second pledge.
@pytest.mark.parametrize("aim", ["with a view to facilitating secure cross-border transfers of data",
                                 "with the aim of easing data transfers for their firms"])
def test_the_aim_of_a_pledge_is_no_row_of_its_own(aim):
    rows = extract(f"Norway and Iceland intend to explore mechanisms that promote interoperability between their "
                   f"respective privacy frameworks {aim}.")
    assert rows_of(rows) == [("ISL", "other", "negotiate", None, None, None),
                             ("NOR", "other", "negotiate", None, None, None)]


# Protection given ("provide a robust standard of protection", "provide effective systems for ...
# enforcement") is enforcement of the protected right, not access given.
@pytest.mark.parametrize("sentence", [
    "Iceland shall provide a robust standard of protection for intellectual property.",
    "Iceland shall provide effective systems for civil, criminal, and border enforcement of intellectual "
    "property rights.",
    "Iceland will provide adequate and effective protection for Norwegian trademarks.",
])
def test_providing_protection_enforces_the_right(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "intellectual_property", "enforce", None, None, None)]


def test_providing_access_still_relaxes():
    rows = extract("Iceland shall provide additional market access for Norwegian service suppliers.")
    assert rows_of(rows) == [("ISL", "market_access", "relax", None, None, None)]


# The aim of a cooperation ("cooperate with X with a view to V-ing Y") is what the talks are on.
@pytest.mark.parametrize("sentence", [
    "Iceland shall cooperate with Norway with a view to restricting transactions of its nationals with listed "
    "entities.",
    "Iceland shall consult with Norway with a view to aligning its export controls on dual-use goods.",
])
def test_the_aim_of_a_cooperation_is_its_subject(sentence):
    assert rows_of(extract(sentence)) == [("ISL", "export_control", "negotiate", None, None, None)]


# Not adopting a measure keeps it absent (convention 11), whatever category the measure has.
@pytest.mark.parametrize("sentence, category", [
    ("Iceland shall not adopt or maintain non-scientific measures that are incompatible with international "
     "standards.", "market_access"),
    ("Iceland will not adopt import licensing requirements for Norwegian fish.", "import_restriction"),
])
def test_not_adopting_a_measure_is_a_standstill(sentence, category):
    rows = extract(sentence)
    assert rows_of(rows) == [("ISL", category, "maintain", None, None, None)]
    assert rows[0].status == "agreed"


# Figureless rows are one commitment only when their object is worded the same; a leading
# partner phrase ("with the Kingdom of Norway on ...") says nothing about the object.
def test_two_talks_with_the_same_partner_are_told_apart_by_their_subject():
    rows = extract("Iceland intends to cooperate with the Kingdom of Norway on fisheries subsidies. Iceland intends "
                   "to cooperate with the Kingdom of Norway on transshipment of goods.")
    assert rows_of(rows) == [("ISL", "other", "negotiate", None, None, None)] * 2


# Aligning with the partner's controls adopts them: the aligning party enforces them.
@pytest.mark.parametrize("sentence", [
    "Iceland shall align with all unilateral export controls in force by Norway.",
    "Iceland shall cooperate with Norway on sensitive goods; align with relevant Norwegian export controls; "
    "and share licensing data.",
])
def test_aligning_with_the_partners_export_controls_enforces_them(sentence):
    rows = [row for row in extract(sentence) if row.action == "enforce"]
    assert rows_of(rows) == [("ISL", "export_control", "enforce", None, None, None)]


# A treaty's generic "a Party" / "either Party" is both parties; seeking consultations is talks.
@pytest.mark.parametrize("sentence", [
    "Prior to taking such action, a Party shall, when practicable, seek consultations with the other Party.",
    "Before suspending any concession, either Party shall seek consultations with the other Party.",
])
def test_a_party_seeking_consultations_is_talks_for_both(sentence):
    rows = extract(sentence, title="Agreement between Norway and Iceland on reciprocal trade")
    assert sorted((row.actor, row.category, row.action) for row in rows) == [
        ("ISL", "diplomatic", "negotiate"), ("NOR", "diplomatic", "negotiate")]


# One party working toward accepting, ratifying or joining a treaty takes on its obligations
# (enforce); two parties working toward an outcome together are talks.
@pytest.mark.parametrize("sentence, category", [
    ("Iceland has committed to work toward accepting the WTO Agreement on Fisheries Subsidies.", "other"),
    ("Iceland will work towards ratifying the Patent Law Treaty.", "intellectual_property"),
])
def test_one_party_working_toward_adopting_rules_enforces_them(sentence, category):
    assert rows_of(extract(sentence)) == [("ISL", category, "enforce", None, None, None)]


def test_two_parties_working_toward_an_outcome_negotiate():
    rows = extract("Norway and Iceland will work toward accepting common rules on fisheries subsidies.")
    assert rows_of(rows) == [("ISL", "other", "negotiate", None, None, None),
                             ("NOR", "other", "negotiate", None, None, None)]


# "(including) through / via cooperation on X" after a party's pledge: the pledging parties' talks on X.
@pytest.mark.parametrize("sentence", [
    "Norway and Iceland will deepen their ties, including through cooperation on export controls.",
    "Norway and Iceland are committed to strengthening security cooperation through complementary actions to "
    "address non-market policies of other countries, and through cooperation on export controls.",
    "Norway and Iceland will support each other, including via cooperation on export controls and investment "
    "screening.",
])
def test_cooperation_named_as_the_means_of_a_pledge_is_talks_of_its_parties(sentence):
    rows = [row for row in extract(sentence) if row.action == "negotiate"]
    assert rows_of(rows) == [("ISL", "export_control", "negotiate", None, None, None),
                             ("NOR", "export_control", "negotiate", None, None, None)]


# An adverb after "including" ("including fully implementing ...") leaves the listed verb the
# pledging party's own.
@pytest.mark.parametrize("sentence, expected", [
    ("Iceland has committed to a high standard of intellectual property protection, including fully "
     "implementing certain international intellectual property treaties and taking steps to resolve "
     "long-standing intellectual property issues.",
     [("ISL", "intellectual_property", "enforce", None, None, None)] * 2),
    ("Iceland will reform its customs regime, including effectively combating transshipment.",
     [("ISL", "other", "enforce", None, None, None)]),
])
def test_an_adverb_after_including_keeps_the_listed_verb_the_partys(sentence, expected):
    assert rows_of(extract(sentence)) == expected
