"""Commitment extraction, round 9: agreement texts in treaty language and joint statements.

Each rule reads a clause shape, a list structure or a noun class, so each test gives it more
than one wording. Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of
from pipeline.sentences import split_sentences

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc)
TITLE = "Joint statement on a framework for a United States-Norway agreement on reciprocal trade"
TREATY = "Agreement between the United States of America and the Kingdom of Norway on reciprocal trade"


def extract(*texts, title=TITLE, levels=None, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, levels=levels, kinds=kinds,
                            article_id="test-agreements-r9")


# Treaty texts number their footnotes in brackets right after the full stop: the sentence
# still ends there, so the next obligation is a sentence (and a row) of its own.
@pytest.mark.parametrize("text, count", [
    ("Norway shall protect the rights of workers.[4] This covers all sectors.", 2),
    ("Norway shall enforce its customs laws.[12] Norway shall publish its tariff schedule.", 2),
    ("The rate is 2.[5] percent in the annex.", 1),
])
def test_a_footnote_marker_after_the_full_stop_ends_the_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_obligations_separated_by_a_footnote_give_their_own_rows():
    rows = extract("Norway shall protect internationally recognized labor rights.[3] In addition, Norway "
                   "shall combat illegal logging.", title=TREATY)
    assert {(r.actor, r.category, r.action) for r in rows} == {("NOR", "other", "enforce")}
    assert len(rows) == 2 and rows[0].evidence != rows[1].evidence


# A lead naming barriers only by the trade they hinder ("barriers to U.S. exports", "barriers
# that affect bilateral trade in priority industrial areas") is no row when what follows says
# which barriers: its own examples, or the same party's next pledge in the paragraph (guide
# rule 6). The examples are then rows, even those of the lead's own kind.
@pytest.mark.parametrize("text", [
    "Norway commits to address barriers to U.S. exports, including by: accepting vehicles built to U.S. "
    "safety standards; and issuing import licenses for U.S. ethanol within ten days.",
    "The United States and Norway commit to address Norway's non-tariff barriers that affect bilateral trade "
    "in priority areas, including by Norway: accepting vehicles built to U.S. safety standards; and "
    "streamlining import licenses for U.S. ethanol.",
    "Norway has committed to address non-tariff barriers that affect bilateral trade in priority industrial "
    "areas. Norway has committed to accepting vehicles built to U.S. safety standards; and streamlining "
    "import licenses for U.S. ethanol.",
])
def test_a_barrier_lead_is_stated_by_what_follows(text):
    rows = extract(text)
    assert rows_of(rows) == [("NOR", "import_restriction", "relax", None, None, None),
                             ("NOR", "market_access", "relax", None, None, None)]
    assert all("barriers" not in (r.subject or "") for r in rows)


def test_a_barrier_lead_with_a_digital_pledge_after_it():
    rows = extract("Norway has committed to address barriers impacting digital trade, services, and investment. "
                   "Norway has committed to refrain from imposing digital services taxes.")
    assert rows_of(rows) == [("NOR", "other", "maintain", None, None, None)]


def test_a_barrier_lead_alone_or_followed_by_other_parties_stays_a_row():
    assert rows_of(extract("Norway will address non-tariff barriers that affect bilateral trade in priority areas.")) \
        == [("NOR", "market_access", "relax", None, None, None)]
    rows = extract("Norway will address non-tariff barriers that affect bilateral trade in priority areas. The United "
                   "States and Norway will negotiate rules of origin.")
    assert ("NOR", "market_access", "relax", None, None, None) in rows_of(rows)


# Papers a food shipment carries and the marks it must bear are import requirements (guide
# rule 13), not market access: sanitary or agreed certificates issued by the exporter's
# regulators, halal requirements; FDA certificates for the product itself stay market access.
@pytest.mark.parametrize("sentence", [
    "Norway will accept currently agreed certificates issued by U.S. regulatory authorities.",
    "Norway commits to streamline requirements for sanitary certificates for pork and dairy.",
    "Norway will streamline halal and facility registration requirements for U.S. food products.",
    "Norway commits to streamlining halal certification for cosmetics and medical devices.",
])
def test_shipment_certificates_and_halal_requirements_are_import_requirements(sentence):
    assert rows_of(extract(sentence)) == [("NOR", "import_restriction", "relax", None, None, None)]


def test_talks_on_sanitary_labelling_are_on_an_import_requirement():
    rows = extract("The United States and Norway intend to cooperate on streamlining sanitary requirements for "
                   "labelling and certificates for beef.")
    assert rows and {r.category for r in rows} == {"import_restriction"}


# Issuing the papers an import regime asks for eases it (guide rule 13).
@pytest.mark.parametrize("sentence", [
    "Norway commits to issuing import permits for U.S. ethanol.",
    "Norway shall issue import licenses for U.S. rice within 30 days of an application.",
])
def test_issuing_import_permits_eases_the_regime(sentence):
    assert rows_of(extract(sentence, title=TREATY)) == [("NOR", "import_restriction", "relax", None, None, None)]


def test_issuing_a_statement_is_no_measure():
    assert extract("The ministry issued a statement on the talks on Monday.") == []


def test_fda_certificates_stay_market_access():
    assert rows_of(extract("Norway will accept FDA certificates for medical devices.")) == [
        ("NOR", "market_access", "relax", None, None, None)]


@pytest.mark.parametrize("sentence", [
    "Norway will recognize U.S. sanitary and phytosanitary measures for food and agricultural products.",
    "Norway shall streamline its SPS measures applied to U.S. meat and poultry.",
])
def test_sanitary_and_phytosanitary_measures_are_market_access(sentence):
    rows = extract(sentence, title=TREATY)
    assert [(r.actor, r.category) for r in rows] == [("NOR", "market_access")]


# "(any) such X" points back to the measure the sentence just named: its category, not the one
# the words after it name.
@pytest.mark.parametrize("sentence", [
    "Norway shall not weaken or reduce the protections in its labor laws and shall address any such weakening "
    "made to attract investment.",
    "Norway shall not lower its environmental standards and shall address such lowering that has affected "
    "investment in the past.",
])
def test_such_points_back_to_the_measure_just_named(sentence):
    rows = extract(sentence, title=TREATY)
    assert {r.category for r in rows} == {"other"} and len(rows) == 2


# What a party must ensure of its own measures or firms: measures run fairly or on science ease
# them (`relax`); conduct secured from its companies, or commitments kept, is enforcement.
@pytest.mark.parametrize("sentence, category, action", [
    ("Norway shall ensure that its technical regulations and conformity assessment procedures are applied in "
     "a non-discriminatory manner.", "market_access", "relax"),
    ("Norway shall ensure that its sanitary and phytosanitary measures are science- and risk-based.",
     "market_access", "relax"),
    ("Norway will ensure requirements imposed on U.S. fruit, including for apples and pears, are science-based.",
     "market_access", "relax"),
    ("Norway shall ensure that its state-owned enterprises act in accordance with commercial considerations.",
     "other", "enforce"),
    ("Norway shall ensure that its companies do not undermine U.S. export controls.", "export_control", "enforce"),
    ("Norway will ensure that existing commitments under its bilateral protocols with the United States are met.",
     "market_access", "enforce"),
])
def test_what_a_party_ensures_of_its_measures_and_firms(sentence, category, action):
    assert rows_of(extract(sentence, title=TREATY)) == [("NOR", category, action, None, None, None)]


def test_ensuring_a_fact_is_no_measure():
    assert extract("Norway shall ensure that the annual report is published in English.", title=TREATY) == []


# Ending the deal held over the other party's act is a reservation with a direction and a
# trigger (guide rule 2): the party that may terminate, threatened and conditional; a plain
# right of either party to terminate on notice is no row.
@pytest.mark.parametrize("sentence", [
    "If Norway enters into a new digital trade agreement with a country that jeopardizes essential U.S. "
    "interests, the United States may terminate this Agreement.",
    "2. If Norway concludes a preferential agreement with a non-market economy, the United States may "
    "terminate this Agreement.",
])
def test_termination_held_over_the_partner(sentence):
    rows = extract(sentence, title=TREATY)
    assert [(r.actor, r.category, r.action, r.counterparty, r.status, r.conditional) for r in rows] == [
        ("USA", "diplomatic", "remove", "NOR", "threatened", True)]


def test_two_termination_triggers_are_two_rows():
    rows = extract("If Norway enters into a new digital trade agreement with a country of concern, the United States "
                   "may terminate this Agreement.",
                   "If Norway enters into a new free trade agreement with a country of concern, the United States "
                   "may terminate this Agreement.", title=TREATY)
    assert len(rows) == 2


def test_either_party_may_terminate_on_notice_is_no_row():
    assert extract("Either Party may terminate this Agreement by providing written notice to the other Party.",
                   title=TREATY) == []


# Sharing information is talks on its subject (guide rule 16: information sharing -> negotiate).
@pytest.mark.parametrize("sentence, category", [
    ("Upon the written request of the United States, Norway shall provide information regarding the subsidies "
     "it grants to its state-owned enterprises.", "other"),
    ("Norway commits to sharing information on inbound investment reviews with the United States.", "investment"),
])
def test_sharing_information_is_talks_on_its_subject(sentence, category):
    rows = extract(sentence, title=TREATY)
    assert ("NOR", category, "negotiate") in {(r.actor, r.category, r.action) for r in rows}
    assert all(r.action == "negotiate" for r in rows)


# A condition a party may not impose on doing business is named by what it would demand
# (technology or source-code transfer: `other`), and the purchases it would demand of other
# parties' firms are no purchase of the party's own.
@pytest.mark.parametrize("sentence", [
    "Norway shall not impose any condition requiring U.S. persons to transfer or provide access to a particular "
    "technology, or to purchase a particular technology, as a condition for doing business in its territory.",
    "Norway shall not impose conditions requiring U.S. firms to disclose source code or to buy local software.",
])
def test_technology_transfer_conditions_are_a_standstill_on_other(sentence):
    assert rows_of(extract(sentence, title=TREATY)) == [("NOR", "other", "maintain", None, None, None)]


# Treatment an earlier treaty between the parties already sets is kept (`maintain`); the new
# agreement's own annex sets new terms.
@pytest.mark.parametrize("sentence, category", [
    ("Norway shall apply a rate of customs duty on an originating good of the United States as set out in the "
     "U.S. – Norway FTA.", "tariff"),
    ("Norway shall provide preferential market access for U.S. agricultural goods as set forth in the existing "
     "Free Trade Agreement.", "market_access"),
])
def test_terms_of_an_earlier_treaty_are_kept(sentence, category):
    assert rows_of(extract(sentence, title=TREATY)) == [("NOR", category, "maintain", None, None, None)]


def test_terms_of_the_new_annex_are_set():
    rows = extract("The United States shall apply tariff treatment for originating goods of Norway as set out in "
                   "Annex I of this Agreement.", title=TREATY)
    assert rows_of(rows) == [("USA", "tariff", "impose", None, None, None)]
