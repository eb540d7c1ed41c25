"""Round 17: obligations under a chapeau read by object family × verb family (our own sentences)."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples

ON = datetime(2026, 11, 20, 15, 0)
AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the Republic of Paraguay"
STATEMENT = "Joint Statement on a Framework for a United States-Paraguay Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: The United States and Paraguay Sign an Agreement on Reciprocal Trade"


def _items(chapeau: str, items: list[str], *, title: str = FACT_SHEET, kind: str = "list_item"):
    """Rows of a chapeau paragraph and its items (list items one level deeper, or paragraphs)."""
    kinds = ["paragraph"] + [kind] * len(items)
    levels = [0] + [1 if kind == "list_item" else 0] * len(items)
    return commitments_from([chapeau, *items], published_at=ON, title=title, kinds=kinds, levels=levels)


def _rows_of_item(rows, index: int):
    return sorted((r.actor, r.category, r.action) for r in rows if r.paragraph_index == index)


# 1. An item the rule chain gives no row: its verb's family × its object's family

def test_quota_made_available_is_a_quota_with_its_size():
    rows = _items("Under the Agreement, Paraguay will:",
                  ["Make available a tariff-rate quota of 30,000 tonnes a year for U.S. pork."])
    row = next(r for r in rows if r.paragraph_index == 1)
    assert (row.actor, row.category, row.action, row.amount, row.unit) == ("PRY", "tariff", "reduce", 30000.0, "tonnes")


def test_numbered_clause_with_its_own_subject_in_treaty_text():
    rows = commitments_from(
        ["Section A — Commitments of the Republic of Paraguay",
         "4. Paraguay shall also make available a tariff-rate quota of 12,500 metric tons for beef of the United States."],
        published_at=ON, title=AGREEMENT, kinds=["heading", "paragraph"])
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("PRY", "tariff", "reduce", 12500.0)]


def test_investment_screening_far_from_the_verb_is_an_investment_restriction():
    rows = commitments_from(
        ["Article 5 Economic security",
         "2. Paraguay shall review, on grounds of national security, acquisitions by foreign persons of interests in "
         "enterprises that hold lithium concessions."],
        published_at=ON, title=AGREEMENT, kinds=["heading", "paragraph"])
    assert triples(rows) == [("PRY", "investment", "restrict")]


def test_export_licences_under_a_presumption_of_approval_are_eased():
    rows = commitments_from(
        ["Section B — Commitments of the United States of America",
         "3. The United States shall consider applications for licenses to export U.S. semiconductor manufacturing "
         "equipment to Paraguay under a presumption of approval."],
        published_at=ON, title=AGREEMENT, kinds=["heading", "paragraph"])
    assert triples(rows) == [("USA", "export_control", "relax")]


def test_review_of_pending_requests_completed_is_eased_access():
    rows = _items("Paraguay will:", ["Complete its review of pending U.S. applications for market access for fresh "
                                     "cherries and blueberries."])
    assert _rows_of_item(rows, 1) == [("PRY", "market_access", "relax")]


def test_ip_treaties_joined_are_enforcement():
    rows = _items("Paraguay will:", ["Join the Budapest Treaty and the Madrid Protocol."])
    assert _rows_of_item(rows, 1) == [("PRY", "intellectual_property", "enforce")]


def test_licensing_published_and_processed_is_an_eased_import_requirement():
    rows = _items("Under the Agreement, Paraguay will:",
                  ["Publish its import licensing procedures online and process applications within ten working days."])
    assert _rows_of_item(rows, 1) == [("PRY", "import_restriction", "relax")]


def test_a_verbless_item_takes_its_verb_from_its_noun():
    rows = _items("Paraguay's commitments include:",
                  ["Acceptance of export certificates issued by the U.S. Department of Agriculture for poultry."])
    assert _rows_of_item(rows, 1) == [("PRY", "import_restriction", "relax")]


def test_an_act_applied_without_discrimination_is_eased():
    rows = _items("Paraguay will:", ["Implement its new Digital Platforms Competition Law in a way that does not "
                                     "discriminate against U.S. companies."])
    assert _rows_of_item(rows, 1) == [("PRY", "other", "relax")]


def test_labour_law_enforcement_lettered_clause_after_a_chapeau():
    rows = commitments_from(
        ["Paraguay shall:",
         "(a) effectively enforce its labor laws, including laws on child labor in agriculture; and",
         "(b) combat illegal logging and trade in illegally harvested timber."],
        published_at=ON, title=AGREEMENT)
    assert _rows_of_item(rows, 1) == [("PRY", "other", "enforce")]


# 2. Shared items, bodies and the agreement's steps

def test_a_body_convened_by_both_parties_is_talks_for_each():
    rows = _items("The United States and Paraguay will:",
                  ["convene the U.S.-Paraguay Trade and Investment Council within six months;"], title=STATEMENT)
    assert _rows_of_item(rows, 1) == [("PRY", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


def test_joint_work_named_as_the_object_is_talks_on_its_topic():
    rows = _items("The Parties shall:", ["expand cooperation on customs enforcement against duty evasion;"],
                  title=AGREEMENT, kind="paragraph")
    assert sorted(r.action for r in rows if r.paragraph_index == 1) in ([], ["negotiate", "negotiate"])


# 3. The category an item's object names, where the rule chain took another for the same action

def test_ownership_opened_to_investors_is_investment():
    rows = _items("Under the Agreement, Paraguay will:",
                  ["Allow full U.S. ownership of firms in the logistics and energy services sectors, up from a 49% cap."])
    assert _rows_of_item(rows, 1) == [("PRY", "investment", "relax")]


def test_plant_approvals_streamlined_are_import_side():
    rows = _items("Paraguay will:", ["Streamline the approval of U.S. pork and poultry plants for export to Paraguay."])
    assert _rows_of_item(rows, 1) == [("PRY", "import_restriction", "relax")]


def test_access_to_chips_under_export_control_rules_is_export_control():
    rows = _items("Under the Agreement, the United States will:",
                  ["Facilitate Paraguay's access to advanced U.S. chips for its data centers, consistent with U.S. "
                   "export control requirements."])
    assert _rows_of_item(rows, 1) == [("USA", "export_control", "relax")]


# 4. Precision: no obligation, no row

def test_definitions_recitals_and_goals_give_no_row():
    rows = commitments_from(
        ["The Parties shall:",
         "(a) For the purposes of this Article, customs duty means any duty imposed on the importation of a good;",
         "(b) Recognizing the importance of trade between the two countries;",
         "(c) work to grow bilateral trade in a balanced way."],
        published_at=ON, title=AGREEMENT)
    assert rows == []


def test_a_subject_that_is_no_party_gives_no_item_row():
    rows = _items("Why it matters:", ["The new trade deals will protect our industries and attract foreign investment."])
    assert [r for r in rows if r.paragraph_index == 1] == []


def test_an_item_restating_a_term_already_read_gives_no_second_row():
    rows = commitments_from(
        ["Paraguay will make available a tariff-rate quota of 30,000 tonnes a year for U.S. pork.",
         "Paraguay will:",
         "Make available a tariff-rate quota of 30,000 tonnes a year for U.S. pork."],
        published_at=ON, title=FACT_SHEET, kinds=["paragraph", "paragraph", "list_item"], levels=[0, 0, 1])
    assert len([r for r in rows if r.category == "tariff"]) == 1
