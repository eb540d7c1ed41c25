"""Commitment extraction, round 12: agreement texts in treaty language and joint statements.

Each rule reads a shape the written pages showed failing on text nobody had tuned on, and each
test gives it more than one wording. Every sentence here is our own, written for the rule.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of, triples

PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TREATY = "Agreement between the United States of America and the Republic of Peru on reciprocal trade"
STATEMENT = "Joint Statement on Framework for United States-Peru Agreement on Reciprocal Trade"


def extract(*texts, title=TREATY):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r12")


# Acquiring counted goods, or goods with a price, is a purchase; a partner's airline named by
# its role ("the national airline", "its flag carrier") is the partner.
@pytest.mark.parametrize("text, expected", [
    ("The national airline intends to acquire 12 Boeing aircraft.", ("PER", 12.0, "units")),
    ("Its flag carrier plans to acquire seven wide-body jets built in the United States.", ("PER", 7.0, "units")),
    ("Peruvian Airlines will acquire four cargo planes from an American maker.", ("PER", 4.0, "units")),
    ("Peru intends to acquire additional coastal radar systems and patrol vessels in a package worth $2.1 billion.",
     ("PER", 2.1e9, "usd")),
    ("The state carrier will buy 30 narrow-body airliners made in the United States.", ("PER", 30.0, "units")),
])
def test_acquiring_counted_goods_is_the_partners_purchase(text, expected):
    rows = extract(text, title=STATEMENT)
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows] == \
        [(expected[0], "purchase", "purchase", expected[1], expected[2])]


@pytest.mark.parametrize("text", [
    "The measure allows tariffs on any country that acquires goods or services from the sanctioned state.",
    "The fund became the largest shareholder by acquiring a 30% stake held by the founder for $9 a share.",
    "Peru will acquire new skills through the exchange program.",
])
def test_acquiring_a_stake_or_anything_uncounted_is_no_purchase(text):
    assert not [r for r in extract(text, title=STATEMENT) if r.category == "purchase"]


# Fighting transshipment or duty evasion is enforcement (`other`), even when the duties it escapes
# are named right after it.
@pytest.mark.parametrize("text, expected", [
    ("Each Party shall combat the transshipment of goods through its territory for the purpose of evading "
     "duties owed to the other Party.", [("PER", "other", "enforce"), ("USA", "other", "enforce")]),
    ("Peru will work with the United States to stop transshipment aimed at evading U.S. tariffs.",
     [("PER", "other", "enforce")]),
    ("Peru shall stop the transshipment of third-country goods meant to circumvent U.S. duties.",
     [("PER", "other", "enforce")]),
])
def test_fighting_transshipment_is_enforcement_not_a_tariff(text, expected):
    assert triples(extract(text)) == expected


def test_a_tariff_topic_still_names_the_tariff():
    # the topic-then-tariff rule still reads "the fentanyl tariff" as a tariff
    rows = extract("The United States shall reduce the fentanyl tariff on goods of Peru to 10 percent.")
    assert rows_of(rows) == [("USA", "tariff", "reduce", 10.0, None, "percent")]


# Talks are held by every party the sentence names, even when their subject is one party's
# barriers or market; technical regulations are a standards (market access) subject.
@pytest.mark.parametrize("text, expected", [
    ("The United States and Peru commit to hold consultations to address and prevent barriers to U.S. dairy "
     "products in the Peruvian market.", [("PER", "market_access", "negotiate"), ("USA", "market_access", "negotiate")]),
    ("The United States and Peru will discuss Peru's tariffs on U.S. cheese.",
     [("PER", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]),
    ("The Parties shall exchange information on draft technical regulations affecting bilateral trade.",
     [("PER", "market_access", "negotiate"), ("USA", "market_access", "negotiate")]),
    ("Each Party shall consult the other Party on any technical regulation it proposes for vehicles.",
     [("PER", "market_access", "negotiate"), ("USA", "market_access", "negotiate")]),
])
def test_talks_are_every_named_partys(text, expected):
    assert triples(extract(text)) == expected


def test_one_party_still_opens_its_market_to_the_others_goods():
    # not talks: the party whose goods meet the barriers does not act
    rows = extract("The United States and Peru commit to remove barriers to U.S. dairy products.")
    assert triples(rows) == [("PER", "market_access", "remove")]


# Recognising another party's inspection or certification system, or the approvals its regulator
# grants, opens the market (guide rule 14).
@pytest.mark.parametrize("text", [
    "Peru shall recognize the poultry inspection system of the United States as equivalent to its own.",
    "Peru will accept the organic certification system of the United States.",
    "Peru shall recognize approvals granted by the U.S. Department of Agriculture for seed varieties.",
])
def test_recognising_a_system_or_approvals_is_market_access(text):
    assert triples(extract(text)) == [("PER", "market_access", "relax")]


# A barrier lead named by the exports it hinders, then its means: the means are the rows, each the
# lead's party's, whatever country their objects name; a consular legalisation is an import
# formality (guide rule 13).
@pytest.mark.parametrize("text, expected", [
    ("Peru has committed to address non-tariff barriers that hinder U.S. exports, including by accepting trucks "
     "built to U.S. standards; recognizing approvals by the U.S. Food and Drug Administration for cosmetics; and "
     "ending the requirement that U.S. commercial invoices be legalized at a Peruvian consulate.",
     [("PER", "import_restriction", "remove"), ("PER", "market_access", "relax"), ("PER", "market_access", "relax")]),
    ("Peru will address barriers holding back U.S. exports, including by recognizing approvals from the U.S. "
     "Food and Drug Administration for medical devices.",
     [("PER", "market_access", "relax")]),
])
def test_the_means_of_a_barrier_lead_are_its_partys(text, expected):
    assert triples(extract(text, title=STATEMENT)) == expected


def test_a_pledging_subject_before_the_examples_still_acts():
    rows = extract("Peru will continue to advance trade facilitation measures, including by ending pre-shipment "
                   "inspection mandates for U.S. goods.", title=STATEMENT)
    assert triples(rows) == [("PER", "import_restriction", "remove")]


# A procedure the other side's goods no longer have to go through: not requiring it eases their
# entry (market access), an import formality given up is removed (guide rules 13, 14).
@pytest.mark.parametrize("text, expected", [
    ("Peru shall not require conformity assessment of U.S. machinery to be carried out in its territory.",
     [("PER", "market_access", "relax")]),
    ("Peru will no longer require facility registration for U.S. dairy plants.", [("PER", "market_access", "relax")]),
    ("Peru has committed not to require consular formalities for U.S. exports.",
     [("PER", "import_restriction", "remove")]),
    # (round 25: a plain "not require" ends nothing stated and eases, guide round-20 review Q4; formalities stay removed)
    ("Peru shall: || (b) not require pre-shipment inspections of U.S. machinery.",
     [("PER", "import_restriction", "relax")]),
])
def test_not_requiring_a_procedure_eases_entry(text, expected):
    rows = extract(*text.split(" || "))
    assert triples(rows) == expected
    assert all(row.status == "agreed" for row in rows)


@pytest.mark.parametrize("text", [
    "Peru shall not require any changes to the schedule before signature.",
    "Peru shall not require U.S. investors to transfer technology as a condition of entry.",
])
def test_not_requiring_something_else_is_no_row(text):
    assert extract(text) == []


def test_the_deal_named_as_the_means_is_no_subject():
    # "with this Agreement" before the modal names how, not who
    rows = extract("Peru has removed many barriers over the years, and with this Agreement has committed not to "
                   "require consular formalities for U.S. exports.", title=STATEMENT)
    assert ("PER", "import_restriction", "remove") in triples(rows)
    assert all(r.actor == "PER" for r in rows)


def _table(heading, *lines):
    texts = [heading, *lines]
    return commitments_from(texts, published_at=PUBLISHED, title=TREATY, kinds=["heading"] + ["table_row"] * len(lines),
                            article_id="test-agreements-r12")


# A party's tariff schedule: each line is that party's rate on the product, from the base column to
# the final one; the party is the one the heading names.
def test_a_schedule_line_is_the_headed_partys_rate_change():
    rows = _table("Annex 1: Tariff Schedule of Peru",
                  "Product | HS heading | Base rate (%) | Final rate (%) | Staging",
                  "Corn | 1005 | 12 | 0 | Duty-free on entry into force",
                  "Trucks | 8704 | 30 | 15 | Reduced in equal annual stages over three years",
                  "Pork | 0203 | 25 | Free | Duty-free from January 1, 2028")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to, r.products) for r in rows] == [
        ("PER", "tariff", "remove", 12.0, 0.0, ["1005"]),
        ("PER", "tariff", "reduce", 30.0, 15.0, ["8704"]),
        ("PER", "tariff", "remove", 25.0, 0.0, ["0203"]),
    ]
    assert all(r.counterparty == "USA" and r.unit == "percent" for r in rows)
    assert rows[2].start_date is not None and rows[2].start_date.isoformat() == "2028-01-01"


def test_other_column_names_and_no_hs_column():
    rows = _table("Schedule of the United States",
                  "Goods | Current duty rate | New duty rate",
                  "Bananas | 5% | 0%",
                  "Cut flowers | 6.4% | 3.2%")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [
        ("USA", "remove", 5.0, 0.0), ("USA", "reduce", 6.4, 3.2)]


@pytest.mark.parametrize("heading, header, line", [
    ("Annex 3: Trade statistics", "Product | HS heading | Base rate (%) | Final rate (%)", "Corn | 1005 | 12 | 0"),
    ("Annex 1: Tariff Schedule of Peru", "Product | HS heading | Imports 2024 | Imports 2025", "Corn | 1005 | 12 | 0"),
    ("Annex 1: Tariff Schedule of Peru", "Product | HS heading | Base rate (%) | Final rate (%)", "Corn | 1005 | see note | 0"),
])
def test_no_schedule_row_without_a_party_two_rate_columns_and_levels(heading, header, line):
    assert _table(heading, header, line) == []


# A tariff-rate quota with its in-quota rate: the rate fills the values (zero is `remove`), the
# size stays in subject; without a rate the size is the amount (convention 14).
@pytest.mark.parametrize("text, expected", [
    ("Peru shall open a tariff-rate quota of 2,000 metric tons a year for U.S. cheese, and goods entered within "
     "that quota shall enter free of duty.", ("PER", "tariff", "remove", 0.0, None, "percent")),
    ("Peru will establish a quota of 8,000 tons for U.S. poultry; in-quota imports will enter duty-free.",
     ("PER", "tariff", "remove", 0.0, None, "percent")),
    ("Peru shall open a tariff-rate quota of 900 tons for U.S. butter, with an in-quota duty of 7 percent.",
     ("PER", "tariff", "impose", 7.0, None, "percent")),
    ("Peru will create a tariff-rate quota of 5,000 tons for U.S. cheese at a 10 percent in-quota rate.",
     ("PER", "tariff", "impose", 10.0, None, "percent")),
    ("Peru will establish a quota of 10,000 tonnes for U.S. beef.", ("PER", "tariff", "reduce", None, 10000.0, "tonnes")),
])
def test_an_in_quota_rate_fills_the_values(text, expected):
    assert rows_of(extract(text)) == [expected]


# Bans on imports made with forced labour are import restrictions (guide rule 13), however the
# goods are said to be made; stepping up enforcement of a law is enforcement.
@pytest.mark.parametrize("text, expected", [
    ("Peru will prohibit imports of goods made with forced labor.", [("PER", "import_restriction", "restrict")]),
    ("Peru will ban imports of goods produced by forced or child labor.", [("PER", "import_restriction", "restrict")]),
    ("Peru will step up enforcement of its labor laws in its free trade zones.", [("PER", "other", "enforce")]),
    ("Peru will prohibit imports of goods made with forced labor and will step up enforcement of its environmental laws.",
     [("PER", "import_restriction", "restrict"), ("PER", "other", "enforce")]),
])
def test_forced_labour_import_bans_and_stepped_up_enforcement(text, expected):
    assert triples(extract(text, title=STATEMENT)) == expected


# "that tariff" after a verb is the tariff named before, not a content clause.
def test_that_before_a_measure_is_a_demonstrative():
    rows = extract("The United States will keep its tariff on goods of Peru at 15 percent and will eliminate that "
                   "tariff on certain goods not produced in the United States, such as coffee.", title=STATEMENT)
    assert ("USA", "tariff", "remove") in triples(rows)
    assert extract("Both sides recognize that tariff revenue has fallen.", title=STATEMENT) == []


# A standstill on import prohibitions and quantitative restrictions is an import restriction kept
# absent, whatever agreement the sentence names after it (convention 11).
@pytest.mark.parametrize("text", [
    "Peru shall not adopt or maintain any prohibition or quantitative restriction on the importation of "
    "originating goods of the United States, other than as permitted under the General Agreement on Tariffs and Trade 1994.",
    "Peru shall not impose quantitative restrictions on U.S. goods.",
])
def test_no_quantitative_restrictions_is_an_import_standstill(text):
    assert triples(extract(text)) == [("PER", "import_restriction", "maintain")]


# Keeping controlled goods from being diverted enforces export controls; "take measures to" is a
# light verb that leaves the clause's party acting.
@pytest.mark.parametrize("text, expected", [
    ("Peru shall cooperate with the United States on export controls, and shall take measures to prevent the "
     "diversion of items controlled by the United States through its territory.",
     [("PER", "export_control", "enforce"), ("PER", "export_control", "negotiate")]),
    ("Peru will prevent the diversion of U.S.-origin technology to third countries.", [("PER", "export_control", "enforce")]),
    ("Peru will take all necessary steps to combat transshipment of goods through its ports.", [("PER", "other", "enforce")]),
])
def test_preventing_diversion_is_export_control_enforcement(text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru commits to align its national security regulations with the United States, including firm safeguards "
     "to prevent the diversion of U.S.-origin chips.", [("PER", "export_control", "enforce")]),
    ("Peru will strengthen its export controls, including by taking steps to prevent the diversion of sensitive "
     "U.S. items.", [("PER", "export_control", "raise")]),
])
def test_diversion_as_an_example_of_the_lead_is_no_second_row(text, expected):
    assert triples(extract(text, title=STATEMENT)) == expected


# A final provision on changing the text is no term of trade: no talks row.
@pytest.mark.parametrize("text", [
    "On the request of either Party, the Parties will consult with a view to considering any changes that may need "
    "to be made to this Agreement to ensure that it remains mutually beneficial.",
    "The Parties will consult on possible amendments to this Agreement.",
])
def test_talks_on_changing_the_text_are_no_row(text):
    assert extract(text) == []


def test_talks_on_a_measure_under_the_agreement_stay():
    assert triples(extract("The Parties shall consult on tariff reductions under this Agreement.")) == [
        ("PER", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]


# Barriers said to be kept by one of the two subjects: that party opens its market.
@pytest.mark.parametrize("text, expected", [
    ("The United States and Peru will work to address U.S. concerns with non-tariff barriers imposed by Peru that "
     "affect bilateral trade in priority areas.", [("PER", "market_access", "relax")]),
    ("The United States and Peru will address non-tariff barriers maintained by Peru on U.S. medical devices.",
     [("PER", "market_access", "relax")]),
    ("The United States and Peru will address non-tariff barriers affecting bilateral trade.",
     [("PER", "market_access", "relax"), ("USA", "market_access", "relax")]),
])
def test_barriers_kept_by_one_party_are_its_to_address(text, expected):
    assert triples(extract(text, title=STATEMENT)) == expected


def test_a_participle_on_diversion_after_the_lead_is_no_second_row():
    rows = extract("The deal holds commitments by Peru to further align its national security regulations with the "
                   "United States, preventing the diversion of U.S.-origin chips.", title=STATEMENT)
    assert triples(rows) == [("PER", "export_control", "enforce")]
