"""Round 30: wrong fields on paired rows (issue 4). Our own sentences only.

- a pledge not to burden trade told by the pledging verb ("pledged not to", "undertook not to", "promised to not",
  "the practice of not imposing") keeps the measure absent (`maintain`), as "agreed not to" already did;
- a requirement whose complement is the importers ("the requirement that importers of X obtain ..."), or a check
  between the requirement and the goods ("a requirement for repeat inspections of Fijian taro"), is an import
  restriction, not the remove verb's `other`;
- trade stopped, named by its source or as dealings ("suspended imports from three Tongan plants", "stop issuing import
  approvals for X", "stop processing import operations with X"), is an import restriction (`restrict`), not a measure
  suspended.

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, levels_in as rows_of

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Fiji and Samoa seal trade deal, Tonga joins talks"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r30-fields-news")


# --- a pledge not to burden trade keeps the measure absent ---------------------------------------------------------

def test_pledged_not_to_restrict_exports_is_keeping_them_free():
    rows = news("Fiji pledged not to restrict exports of kava to Samoa while the pact lasts.")
    assert rows_of(rows, "pledged not to") == [("FJI", "export_control", "maintain", None, None)]


def test_undertook_not_to_apply_export_curbs_is_keeping_them_free():
    rows = news("Tonga undertook not to apply export restrictions to squash bound for Japan during the season.")
    assert rows_of(rows, "undertook not to") == [("TON", "export_control", "maintain", None, None)]


def test_promised_to_not_raise_a_tariff_is_keeping_it():
    rows = news("Samoa promised to not raise its tariffs on Fijian sugar this year.")
    assert rows_of(rows, "promised to not") == [("WSM", "tariff", "maintain", None, None)]


def test_the_practice_of_not_imposing_duties_is_keeping_them_absent():
    rows = commitments_from(
        ["Fiji and Vanuatu reaffirmed their support for the practice of not imposing customs duties on electronic "
         "transmissions."], published_at=ON, title="Joint statement of the Fiji-Vanuatu trade council",
        article_id="r30-fields-statement")
    assert {(r.category, r.action) for r in rows if "practice of not" in r.evidence} == {("tariff", "maintain")}


def test_a_participle_promising_not_to_undercut_does_not_negate_the_main_verb():
    rows = news("Tongan exporters that sign price undertakings, promising not to sell below a floor, will be exempted "
                "from the 14% rate, Fiji said.")
    assert [(r.category, r.action, r.value_from) for r in rows if r.category == "tariff"] == [("tariff", "remove", 14.0)]


# --- a requirement on importers, or a check on the goods, is an import restriction -------------------------------

def test_a_requirement_that_importers_obtain_a_permit_scrapped_is_an_import_restriction():
    rows = news("Fiji said it was scrapping the requirement that importers of second-hand trucks obtain a prior permit.")
    assert rows_of(rows, "requirement that importers") == [("FJI", "import_restriction", "remove", None, None)]


def test_a_requirement_for_repeat_inspections_of_foreign_goods_ended_is_an_import_restriction():
    rows = news("Samoa is ending a requirement for repeat inspections of Tongan pork next month.")
    assert rows_of(rows, "repeat inspections") == [("WSM", "import_restriction", "remove", None, None)]


def test_a_requirement_on_foreign_firms_stays_no_import_restriction():
    rows = news("Fiji will scrap the requirement for Samoan firms to hire a local agent.")
    assert all(r.category != "import_restriction" for r in rows)


def test_a_check_on_foreign_workers_stays_no_import_restriction():
    rows = news("Fiji will end the requirement for background checks of Samoan workers.")
    assert all(r.category != "import_restriction" for r in rows)


# --- trade stopped, named by its source or as dealings ------------------------------------------------------------

def test_imports_from_named_plants_suspended_are_restricted():
    rows = news("Fiji suspended imports from three Tongan poultry plants on Monday, citing residues.")
    assert rows_of(rows, "suspended imports from") == [("FJI", "import_restriction", "restrict", None, None)]


def test_stopping_import_approvals_restricts_imports():
    rows = news("Samoa will stop issuing import approvals for cement used by road builders.")
    assert rows_of(rows, "import approvals") == [("WSM", "import_restriction", "restrict", None, None)]


def test_stopping_import_operations_with_a_partner_restricts_imports():
    rows = news("Vanuatu told its banks to stop processing import operations with Fiji.")
    assert rows_of(rows, "import operations") == [("VUT", "import_restriction", "restrict", None, None)]


def test_duties_on_imports_from_a_partner_suspended_stay_a_tariff():
    rows = news("Samoa will suspend duties on imports from Tonga until the cyclone repairs are done.")
    assert [(r.category, r.action) for r in rows] == [("tariff", "suspend")]


# --- the rate the goods pay now, told in an aside, is the earlier level of their new rate ---------------------------

def test_a_rate_entered_at_told_in_a_which_clause_is_the_earlier_level():
    rows = news("Tongan vanilla, which has entered Fiji at 4 percent, will now pay 20 percent, the ministry said.")
    assert [(r.category, r.action, r.value_from, r.value_to) for r in rows] == [("tariff", "raise", 4.0, 20.0)]


def test_a_rate_faced_before_a_lower_entry_rate_is_a_cut_from_it():
    rows = news("Samoan nonu juice, which faced a 12 per cent tariff in Fiji, will enter at 6pc from July, the ministry said.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == [
        ("FJI", "reduce", 12.0, 6.0)]


def test_a_rate_already_charged_told_in_a_participle_is_the_earlier_level():
    rows = news("Fijian sugar, already taxed at 40 percent, will pay a 60 percent Tongan duty from March.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == [
        ("TON", "raise", 40.0, 60.0)]


def test_the_aside_rate_read_with_another_levier_is_no_row_of_its_own():
    rows = news("Tonga said Fijian sugar, currently charged 40 percent, will pay 60 percent from March.")
    assert [r.value_to for r in rows if r.category == "tariff"] == [60.0]


def test_a_rate_in_an_aside_with_no_new_rate_stays_as_it_was():
    rows = news("Tongan squash, which faced a 12 per cent tariff in Fiji, sold well at the Suva market last year.")
    assert all(r.value_from is None for r in rows)


# --- a quota in force enlarged: `reduce` with no values, the size in subject ----------------------------------------

def test_a_tariff_rate_quota_expanded_by_a_tonnage_has_no_amount():
    rows = news("Fiji will expand the tariff-rate quota for Samoan beef by 9,000 tonnes next year.")
    assert [(r.actor, r.action, r.value_to, r.amount, r.unit) for r in rows if r.category == "tariff"] == [
        ("FJI", "reduce", None, None, None)]


def test_a_quota_doubled_to_a_tonnage_has_no_amount():
    rows = news("Tonga will double its quota for Fijian beef to 4,000 tonnes.")
    assert [(r.actor, r.action, r.amount) for r in rows if r.category == "tariff"] == [("TON", "reduce", None)]


def test_a_quota_opened_keeps_its_size_as_the_amount():
    rows = news("Fiji will open a tariff-rate quota of 9,000 tonnes for Samoan beef.")
    assert [(r.action, r.amount, r.unit) for r in rows if r.category == "tariff"] == [("reduce", 9000.0, "tonnes")]


# --- resumed talks are talks under way -------------------------------------------------------------------------------

def test_talks_restarted_are_negotiations():
    rows = news("Fiji and Samoa agreed to restart negotiations on a free trade agreement, frozen since 2021.")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("FJI", "diplomatic", "negotiate"), ("WSM", "diplomatic", "negotiate")]


def test_negotiations_resumed_in_the_past_are_negotiations():
    rows = news("Tonga and Fiji resumed their negotiations two days later, officials said.")
    assert {(r.category, r.action) for r in rows} == {("diplomatic", "negotiate")}


def test_imports_resumed_stay_a_resumed_purchase():
    rows = news("Fiji resumed imports of Samoan beef on Monday.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("FJI", "purchase", "resume")]


def test_a_refusal_to_restart_talks_is_no_negotiation():
    rows = news("Samoa refused to restart trade talks until the Fijian ban is lifted.")
    assert all(r.action != "negotiate" for r in rows)
