"""Commitment extraction, round 21: non-tariff commitments in agreement texts and joint statements.

A party taking the other side's regulatory decisions as its own (standards recognition and regulatory
approvals, guide rule 14): the verb of acceptance ("rely on", "treat ... as complying"), the approval named
by its agency ("FDA clearances", "cleared by the FDA"), and a check the goods are spared ("shall not subject
... to further testing"); and the clause with no "that" on a measure ("lift the ban it has applied since 2019 on
imports of"), no second measure. Each is tested on several wordings of our own (official, wire and newspaper
register); countries and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
STATEMENT = "Joint Statement on a Framework for an Agreement on Reciprocal Trade between the United States and Kenya"


def extract(*texts, title=STATEMENT, authors=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-non-tariff-r21")


def _statuses(rows):
    return sorted(r.status for r in rows)


# --- (1) "rely on marketing authorizations from the FDA": another party's approval relied on ---

def test_relying_on_the_other_sides_approvals_eases_access():
    cases = [
        # official register, the approval named before its agency
        "Kenya will rely on marketing authorizations from the U.S. Food and Drug Administration for medicines.",
        # the results of the other side's tests, a participle clause
        "Kenya shall rely on test results from laboratories accredited in the United States for electrical goods.",
        # wire register, past tense, the reporting verb after
        "NAIROBI (Wire) - Kenya agreed to rely on U.S. regulatory approvals for medical devices, officials said.",
        # a gerund item under a chapeau's "including by:"
        "Kenya will address non-tariff barriers, including by relying on approvals granted by U.S. regulators "
        "for pharmaceuticals.",
    ]
    for text in cases:
        assert triples(extract(text)) == [("KEN", "market_access", "relax")], text


def test_relying_on_certificates_of_a_shipment_is_an_import_formality_eased():
    # an export certificate attests the shipment: import-side (guide rule 13), the object decides
    rows = extract("Kenya shall rely on export certificates issued by the U.S. Department of Agriculture for poultry.")
    assert triples(rows) == [("KEN", "import_restriction", "relax")]


def test_relying_on_section_232_tariffs_stays_a_levy():
    rows = extract("The President will rely on Section 232 tariffs to protect the steel industry.",
                   title="Fact Sheet: President Trump Adjusts Imports of Steel")
    assert [(r.category, r.action) for r in rows] == [("tariff", "impose")]


def test_relying_on_words_that_name_no_approval_gives_no_row():
    for text in ("Kenya will rely on its partners to push the talks forward.",
                 "Exporters rely on the port of Mombasa for most shipments."):
        assert not [r for r in extract(text) if r.action == "relax"], text


# --- (2) "treat vehicles built to U.S. standards as complying with its regulations" ---

def test_treating_the_other_sides_standard_as_satisfying_ones_own_eases_access():
    cases = [
        # official register, a long object before "as complying with"
        "Kenya shall treat motor vehicles built to the safety standards of the United States as complying "
        "with its own technical regulations.",
        # "as equivalent", the standard itself as the object
        "Kenya will treat U.S. organic standards as equivalent to its own.",
        # newspaper register, the leader's words
        "Treating American vehicle safety rules as our own was an easy call, Kenya's trade minister said.",
        # wire register, the approval named by its agency
        "NAIROBI (Wire) - Under the pact, Kenya will treat FDA clearances as sufficient proof of safety, "
        "officials said.",
    ]
    for text in cases[:3]:
        assert triples(extract(text)) == [("KEN", "market_access", "relax")], text
    # "as sufficient ..." names no equivalence: no row from "treat" (nor a guess)
    assert ("KEN", "market_access", "relax") not in triples(extract(cases[3]))


def test_treated_as_originating_is_no_recognition():
    for text in ("Goods of Kenya shall be treated as originating goods under this Agreement.",
                 "Kenya will treat the matter as urgent."):
        assert not [r for r in extract(text) if r.action == "relax"], text


# --- (3) the approval named by its agency: "accept U.S. FDA clearances", "devices cleared by the FDA" ---

def test_an_approval_named_by_its_agency_is_a_regulatory_approval():
    cases = [
        "Kenya will accept U.S. Food and Drug Administration clearances for medical devices.",
        "Kenya shall accept medical devices cleared by the U.S. Food and Drug Administration.",
        "Kenya will accept pharmaceuticals approved by the FDA without further review, the ministry said.",
        "NAIROBI (Wire) - Kenya agreed to accept FDA clearances for diagnostic equipment.",
        "Kenya will accept medical devices authorized by U.S. regulators as equivalent to its own approvals.",
    ]
    for text in cases:
        assert triples(extract(text)) == [("KEN", "market_access", "relax")], text


def test_customs_documents_accepted_in_copies_ease_customs():
    # customs facilitation (guide rule 14), the documents themselves named
    for text in ("Kenya will accept electronic copies of customs documents for goods of the United States.",
                 "Kenya shall accept scanned customs declarations for U.S. shipments."):
        assert triples(extract(text)) == [("KEN", "market_access", "relax")], text


# --- (4) "shall not subject such goods to further testing": a check the goods are spared ---

def test_a_check_the_goods_are_spared_eases_their_entry():
    cases = [
        ("Kenya shall not subject U.S. medical devices to additional approval before sale.",
         [("KEN", "market_access", "relax")]),
        ("Kenya will refrain from subjecting American cars to duplicative testing.",
         [("KEN", "market_access", "relax")]),
        # an inspection spared is an import formality (guide rule 13)
        ("Kenya shall not subject U.S. shipments to pre-shipment inspection.",
         [("KEN", "import_restriction", "relax")]),
        ("NAIROBI (Wire) - Kenya agreed not to subject U.S. cosmetics to further testing or registration, "
         "officials said.", [("KEN", "market_access", "relax")]),
    ]
    for text, expected in cases:
        rows = extract(text)
        assert triples(rows) == expected, text
        assert _statuses(rows) == ["agreed"], text  # the "not" is the measure's meaning, not a refusal


def test_the_spared_check_on_goods_just_accepted_is_the_same_act():
    # "such vehicles" are the ones the acceptance let in: one row (the clause says what the acceptance means)
    rows = extract("Kenya shall accept vehicles built to U.S. safety standards, and shall not subject such vehicles "
                   "to further testing or modification before registration.")
    assert triples(rows) == [("KEN", "market_access", "relax")]


def test_not_subject_to_a_tariff_is_no_check_spared():
    for text in ("Goods of Kenya are not subject to the additional duty.",
                 "Kenya's coffee will not be subject to the reciprocal tariff."):
        assert ("KEN", "market_access", "relax") not in triples(extract(text)), text


# --- (5) "lift the ban it has applied since 2019 on imports of ...": a clause with no "that" on the measure ---

def test_the_measures_own_clause_is_no_second_measure_and_keeps_the_goods():
    cases = [
        # official register, the clause's verb in the perfect, a time before the goods
        ("Kenya will lift the ban it has applied since 2019 on imports of American poultry.",
         [("KEN", "import_restriction", "remove")]),
        # wire register, the goods before "imports", a year after
        ("NAIROBI (Wire) - Kenya agreed to lift the ban it imposed on U.S. beef imports in 2017, officials said.",
         [("KEN", "import_restriction", "remove")]),
        # "that" with a pronoun, the clause's verb a cue of its own ("maintains")
        ("Kenya will lift the ban that it maintains on imports of U.S. beef.",
         [("KEN", "import_restriction", "remove")]),
        # newspaper register, "to" for the goods, a name for the capital
        ("Under the deal, Nairobi will drop the restrictions it applies to imports of U.S. poultry.",
         [("KEN", "import_restriction", "remove")]),
        # a levy: the clause's "imposes" is no new duty
        ("Kenya will eliminate the duties it imposes on U.S. cars.", [("KEN", "tariff", "remove")]),
    ]
    for text, expected in cases:
        assert triples(extract(text)) == expected, text


def test_a_second_party_with_its_own_verb_after_and_is_no_clause_of_the_measure():
    rows = extract("Kenya lifted the ban and Uganda imposed new duties on U.S. goods.")
    assert ("UGA", "tariff", "impose") in triples(rows)
