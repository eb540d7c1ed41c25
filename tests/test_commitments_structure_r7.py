"""Round 7, shared mechanisms: category and action by noun class, document structure.

Every sentence here is the team's own invention; each rule is tested on several
paraphrases of one shape, so that it holds for the class and not for one page's wording.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of

WHEN = datetime(2025, 11, 1, tzinfo=timezone.utc)
PERU_DEAL = "Joint Statement on a Framework for a United States-Peru Agreement on Reciprocal Trade"


def _rows(*texts: str, title: str = PERU_DEAL, **kwargs) -> list[tuple]:
    return rows_of(commitments_from(list(texts), published_at=WHEN, title=title, **kwargs))


# Guide rule 13: papers, checks and marks demanded of goods at entry are import restrictions,
# whichever of them a page happens to name.
@pytest.mark.parametrize("sentence, action", [
    ("Peru will remove apostille requirements for U.S. exports.", "remove"),
    ("Peru will eliminate consular formalities for U.S. shipments.", "remove"),
    ("Peru will end pre-export inspection and verification requirements on U.S. goods.", "remove"),
    ("Peru will streamline certificate of free sale requirements for U.S. cosmetics.", "relax"),
    ("Peru will accept electronic certificates for U.S. dairy shipments.", "relax"),
    ("Peru will ease labelling rules for U.S. cosmetics.", "relax"),
    ("Peru will simplify its import licensing requirements for U.S. machinery.", "relax"),
    ("Peru intends to address measures that restrict market access for U.S. seafood.", "relax"),
])
def test_import_side_requirements_are_import_restrictions(sentence, action):
    assert _rows(sentence) == [("PER", "import_restriction", action, None, None, None)]


def test_approval_of_the_product_itself_stays_market_access():
    # guide rule 14: accepting the other side's product approvals opens the market
    assert _rows("Peru will accept FDA certificates for U.S. medical devices.") == [
        ("PER", "market_access", "relax", None, None, None)]


def test_licensing_before_a_requirement_noun_is_no_verb():
    # "licensing requirements" names the measure; it does not license anything
    rows = _rows("Peru will work to address barriers for U.S. exports, including removing import "
                 "restrictions or licensing requirements on U.S. remanufactured goods.")
    assert ("PER", "import_restriction", "remove", None, None, None) in rows
    assert not [row for row in rows if row[2] == "restrict"]


# A page that breaks one sentence across two paragraphs inside a name ("South" / "Korea will ...").
def _page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f"<html><head><title>Trade note</title></head><body><article><h1>Trade note</h1>{body}"
            "</article></body></html>").encode()


@pytest.mark.parametrize("first, second, joined", [
    ("The two sides welcomed the new port terminal. South", "Korea will buy 20 U.S. aircraft.",
     "The two sides welcomed the new port terminal. South Korea will buy 20 U.S. aircraft."),
    ("Both leaders met in the capital on Monday. Saudi", "Arabia will invest $5 billion in U.S. plants.",
     "Both leaders met in the capital on Monday. Saudi Arabia will invest $5 billion in U.S. plants."),
    ("The ministers met twice. The United", "States will remove its tariffs on cheese.",
     "The ministers met twice. The United States will remove its tariffs on cheese."),
])
def test_a_sentence_split_across_paragraphs_is_joined(first, second, joined):
    from pipeline.parse import parse_document
    article = parse_document(_page(first, second, "A third paragraph follows here."), "note.html")
    assert [p.text for p in article.paragraphs][0] == joined


def test_paragraphs_that_end_in_full_sentences_or_open_a_list_stay_apart():
    from pipeline.parse import parse_document
    texts = ["Peru will cut tariffs. Next Steps", "1. Peru will remove fees.", "Chile will buy wheat.",
             "Chile will buy corn and", "rice from the United States."]
    article = parse_document(_page(*texts), "note.html")
    assert [p.text for p in article.paragraphs] == texts


# Talks verbs as a class (convention 19; guide rules 14, 16): each names talks on its object.
@pytest.mark.parametrize("sentence, category", [
    ("The United States and Peru will consult on rules of origin.", "other"),
    ("The United States and Peru intend to explore mechanisms that promote the cross-border transfer of data.",
     "other"),
    ("The United States and Peru will explore options for cooperation on export controls.", "export_control"),
])
def test_talks_verbs_give_a_negotiate_row_per_party(sentence, category):
    assert _rows(sentence) == [("PER", category, "negotiate", None, None, None),
                               ("USA", category, "negotiate", None, None, None)]


def test_explore_among_mining_verbs_is_no_talks():
    rows = _rows("Peru shall allow U.S. firms to explore, mine and refine critical minerals in its territory.")
    assert not [row for row in rows if row[2] == "negotiate"]


@pytest.mark.parametrize("sentence", [
    "Peru shall cooperate with the United States with a view to restricting transactions of its nationals "
    "with entities on the Entity List.",
    "Peru shall cooperate with the United States with the aim of aligning export controls.",
])
def test_the_aim_of_cooperation_names_its_subject_and_is_no_measure_of_its_own(sentence):
    assert _rows(sentence) == [("PER", "export_control", "negotiate", None, None, None)]


# Reforming, improving or modernising a regime is easing it (guide rules 13, 14); improving
# "market access" in general is the deal's aim, not a measure.
@pytest.mark.parametrize("sentence, category", [
    ("Peru is reforming its import licensing system for U.S. dairy products.", "import_restriction"),
    ("Peru will modernize its customs procedures for U.S. goods.", "market_access"),
    ("Peru will improve its customs procedures for U.S. exporters.", "market_access"),
])
def test_improvement_verbs_relax_the_measure_they_name(sentence, category):
    assert _rows(sentence) == [("PER", category, "relax", None, None, None)]


def test_improving_market_access_in_general_is_no_row():
    assert _rows("The United States and Peru will continue to improve market access under the Agreement.") == []


# A series of gerund clauses: each item is its own measure even when the lexicon does not
# know one of the verbs ("ensuring", "guaranteeing").
@pytest.mark.parametrize("sentence, first", [
    ("Peru has committed to supporting growth by enforcing its labor laws, ensuring fair trade practices, "
     "and improving customs procedures.", ("PER", "other", "enforce", None, None, None)),
    ("Peru will strengthen intellectual property protection, guaranteeing transparent procedures, and "
     "streamlining customs procedures.", ("PER", "intellectual_property", "enforce", None, None, None)),
])
def test_each_gerund_item_of_a_series_ends_the_previous_object(sentence, first):
    assert _rows(sentence) == sorted([first, ("PER", "market_access", "relax", None, None, None)])


def test_a_list_of_goods_ending_in_ing_stays_one_object():
    assert _rows("Peru will reduce tariffs on clothing, footwear, and bedding from the United States.") == [
        ("PER", "tariff", "reduce", None, None, None)]


# Talks entered into or held with a named partner are talks of both (convention 19); cooperating
# with a partner is one party's pledge.
@pytest.mark.parametrize("sentence", [
    "The United States has entered into discussions with Peru to address the lack of reciprocity.",
    "The United States entered into negotiations with Peru on the terms of a reciprocal agreement.",
])
def test_talks_with_a_named_partner_give_a_row_for_each(sentence):
    rows = _rows(sentence, title="Modifying Tariff Rates to Reflect Discussions With Peru")
    assert [(row[0], row[2]) for row in rows] == [("PER", "negotiate"), ("USA", "negotiate")]


def test_cooperating_with_a_partner_is_the_subjects_pledge_only():
    assert [row[0] for row in _rows("Peru shall cooperate with the United States on export controls.")] == ["PER"]


@pytest.mark.parametrize("sentence", [
    "Prior to taking such a measure, a Party shall seek consultations with the other Party.",
    "Before acting under this Article, a Party shall request consultations with the other Party.",
])
def test_a_treaty_obligation_on_a_party_binds_each_party(sentence):
    rows = _rows(sentence, title="Agreement between the United States of America and Peru on Reciprocal Trade")
    assert [(row[0], row[1], row[2]) for row in rows] == [("PER", "diplomatic", "negotiate"),
                                                          ("USA", "diplomatic", "negotiate")]


# Guide rule 15 and its third review: screening inbound investment alone is the partner's investment
# regime; with export controls in the same clause it is export-control cooperation.
@pytest.mark.parametrize("sentence, category", [
    ("Peru will cooperate with the United States on matters related to investment security.", "investment"),
    ("Peru will cooperate with the United States on the review of inbound investment.", "investment"),
    ("Peru will cooperate with the United States on export controls and investment screening.", "export_control"),
])
def test_investment_screening_alone_is_an_investment_measure(sentence, category):
    assert _rows(sentence) == [("PER", category, "negotiate", None, None, None)]


@pytest.mark.parametrize("sentence", [
    "Peru shall establish and effectively apply appropriate legal sanctions for violations of those laws.",
    "Peru will provide criminal or civil sanctions for infringements of trademarks on U.S. goods.",
])
def test_penalties_under_law_are_no_economic_sanctions(sentence):
    assert all(row[1] != "sanctions" for row in _rows(sentence))


# Standstills (convention 11): refraining from imposing a measure keeps it absent.
@pytest.mark.parametrize("sentence, category", [
    ("Peru shall refrain from imposing new barriers on U.S. services suppliers.", "market_access"),
    ("Peru will refrain from raising tariffs on U.S. wheat.", "tariff"),
    ("Peru shall refrain from introducing new import licensing requirements on U.S. goods.", "import_restriction"),
])
def test_refraining_from_imposing_a_measure_is_a_standstill(sentence, category):
    assert _rows(sentence, title="Agreement between the United States of America and Peru on Reciprocal Trade") == [
        ("PER", category, "maintain", None, None, None)]


# A tax charged on imported goods is a duty on them, whatever the page calls it.
@pytest.mark.parametrize("sentence", [
    "Peru shall eliminate the special tax on newly imported vehicles from the United States.",
    "Peru will remove the consumption tax on imported U.S. spirits.",
])
def test_a_tax_on_imports_is_a_tariff(sentence):
    assert _rows(sentence) == [("PER", "tariff", "remove", None, None, None)]


# Action nouns heading the items of a list of means are the items' measures; elsewhere they
# are plain nouns ("might result in the elimination of barriers").
def test_action_nouns_in_a_list_of_means_are_measures():
    rows = _rows("Peru will work to address barriers for U.S. exports, including through the removal of import "
                 "licensing requirements on U.S. machinery; the elimination of pre-shipment inspection "
                 "requirements on U.S. goods; and the adoption of good regulatory practices.")
    assert ("PER", "import_restriction", "remove", None, None, None) in rows
    assert rows.count(("PER", "import_restriction", "remove", None, None, None)) == 2
    assert ("PER", "other", "enforce", None, None, None) in rows


def test_enumerated_action_nouns_are_measures():
    rows = _rows("Peru will ease trade with the United States through (i) the removal of import permit requirements "
                 "for U.S. beef; and (ii) the elimination of consular formalities for U.S. goods.")
    assert rows == [("PER", "import_restriction", "remove", None, None, None)] * 2


@pytest.mark.parametrize("sentence", [
    "Economists said the tariffs might result in the elimination of trade barriers in Peru.",
    "Peru and the United States will protect labor rights, including with regard to the elimination of "
    "forced labor in supply chains.",
])
def test_action_nouns_outside_a_list_of_means_are_no_measures(sentence):
    assert all(row[2] != "remove" for row in _rows(sentence))
