"""Round 32: wrong fields on paired rows (issue 4). Our own sentences only.

- a partner's certificates accepted and its marks honoured are import-side papers eased (guide Round 32 review, rule 13):
  "accept U.S. Department of Agriculture certificates for beef", "recognise Korean certificates of conformity", "accept
  U.S. electrical-safety certification marks" are `import_restriction` `relax`, not market access; the product's own
  approvals named with them, a whole inspection system held equivalent and a list led by an access head stay
  `market_access`;
- a rate told as left where it is beside a change, or still paid ("the increase does not touch the 12% tariff",
  "motorcycles, which carry a 15% duty, are left alone", "still applies its 10% duty", "the 10% duty remains in force")
  is `maintain` at that rate (guide Round 31 and Round 32 reviews: the verb of keeping decides); a new rate beside it,
  a rate imposed in the same clause and a measure that "remains in force" as a condition stay `impose`.

Each test names the reading it checks; the negative cases say what must stay unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, levels_in, triples_in

ON = datetime(2027, 6, 1)
STATEMENT_TITLE = "Joint Statement on a United States-Palau Framework for an Agreement on Reciprocal Trade"


def statement(*texts):
    return commitments_from(list(texts), published_at=ON, title=STATEMENT_TITLE, article_id="r32-fields-statement")


def story(*texts):
    return bylined_story(*texts, published_at=ON, title="Trade pact signed")


# --- certificates accepted are an import-side requirement eased ----------------------------------------------------

def test_agriculture_certificates_accepted_are_an_import_requirement_eased():
    rows = statement("Palau will accept U.S. Department of Agriculture certificates for frozen chicken and eggs.")
    assert triples_in(rows, "Department of Agriculture certificates") == [("PLW", "import_restriction", "relax")]


def test_certificates_of_conformity_recognised_in_a_story_are_an_import_requirement_eased():
    rows = story("Palau also agreed to recognise Korean certificates of conformity for washing machines and fridges, "
                 "sparing makers a second round of laboratory tests.")
    assert triples_in(rows, "certificates of conformity") == [("PLW", "import_restriction", "relax")]


def test_safety_certification_marks_accepted_are_an_import_requirement_eased():
    rows = statement("Palau will accept U.S. electrical-safety certification marks for kettles and toasters.")
    assert triples_in(rows, "certification marks") == [("PLW", "import_restriction", "relax")]


def test_a_list_of_eligible_plants_recognised_is_an_import_requirement_eased():
    rows = statement("Palau will recognize the USDA list of eligible dairy facilities, so that American plants no longer "
                     "need to register one by one.")
    assert triples_in(rows, "list of eligible dairy facilities") == [("PLW", "import_restriction", "relax")]


def test_certificates_named_with_the_products_own_approvals_stay_market_access():
    rows = statement("Palau will accept U.S. Food and Drug Administration certificates and prior marketing authorizations "
                     "for hearing aids and insulin pumps.")
    assert triples_in(rows, "prior marketing authorizations") == [("PLW", "market_access", "relax")]


def test_an_inspection_system_held_equivalent_stays_market_access():
    rows = statement("Palau will recognise the U.S. meat inspection system as equivalent to its own.")
    assert triples_in(rows, "meat inspection system") == [("PLW", "market_access", "relax")]


# --- a rate left where it is is kept --------------------------------------------------------------------------------

def test_rates_a_change_leaves_alone_are_kept():
    rows = story("Samoa raised its duty on imported cars to 30 per cent from 20 per cent on Monday.",
                 "Motorcycles, which carry a 15% duty, are left alone for now.",
                 "The increase does not touch the 12% tariff that Samoa charges on Fijian tuna.")
    assert levels_in(rows, "are left alone") == [("WSM", "tariff", "maintain", None, 15.0)]
    assert levels_in(rows, "does not touch") == [("WSM", "tariff", "maintain", None, 12.0)]


def test_a_rate_still_applied_is_kept():
    rows = story("Canberra still applies its 10% duty to Samoan taro, a trade official said.")
    assert levels_in(rows, "still applies") == [("AUS", "tariff", "maintain", None, 10.0)]


def test_a_new_rate_beside_one_that_remains_in_force_is_imposed():
    rows = story("Tonga will impose a 15% tariff on Samoan taro, while the 10% duty on yams remains in force.")
    assert levels_in(rows, "remains in force") == [("TON", "tariff", "impose", None, 15.0),
                                                   ("TON", "tariff", "maintain", None, 10.0)]


def test_a_rate_applied_while_another_measure_remains_in_force_is_imposed():
    rows = story("Tonga said it would apply a 20 percent surcharge on Samoan products for as long as the Samoan ban "
                 "remains in force.")
    assert levels_in(rows, "20 percent surcharge") == [("TON", "tariff", "impose", None, 20.0)]


def test_a_rate_imposed_in_the_clause_that_says_it_still_applies_is_imposed():
    rows = story("Exporters have been looking for new buyers since Tonga put a 15 per cent tariff on Samoan goods in 2025, "
                 "a rate that still applies.")
    assert levels_in(rows, "15 per cent tariff") == [("TON", "tariff", "impose", None, 15.0)]
