"""Commitment extraction, round 7: the texts of executive orders and proclamations themselves.

Every sentence here is our own, written for the rule it tests (partners, goods, order numbers,
rates and dates are invented). Each rule is tested on at least two sentences of the same shape.
"""
from datetime import date, datetime, timezone

from commitment_text import commitments_from

from pipeline.timeexpr import read_time

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
ORDER_TITLE = "Continuing the Modification of Tariff Rates on Imports from Peru"
AUTHORITY = ("By the authority vested in me as President by the Constitution and the laws of the United States of "
             "America, including the International Emergency Economic Powers Act, it is hereby ordered:")


def extract(*texts, title=ORDER_TITLE):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-order-text-r7")


def rows_in(rows, paragraph):
    return [(r.actor, r.category, r.action) for r in rows if r.paragraph_index == paragraph]


def test_a_suspension_named_by_its_instrument_is_prolonged_in_a_tariff_order():
    for sentence in (
        "I have determined that it is necessary and appropriate to continue the suspension effectuated by "
        "Executive Order 14901 until 12:01 a.m. eastern standard time on June 30, 2026.",
        "Accordingly, I determine that it is necessary and appropriate to prolong the suspension established in "
        "Proclamation 10999 until June 30, 2026.",
    ):
        rows = extract(AUTHORITY, sentence)
        assert rows_in(rows, 1) == [("USA", "tariff", "extend")], sentence
        assert rows[0].end_date == date(2026, 6, 30), sentence


def test_the_same_words_outside_a_tariff_order_name_no_measure():
    rows = extract("I have determined that it is necessary to continue the suspension effectuated by Executive "
                   "Order 14901 until June 30, 2026.", title="Remarks at a Dinner for Governors")
    assert rows == []


def test_a_finding_split_by_an_aside_is_still_the_signer_acting():
    for sentence in (
        "I have determined, based on information from the Secretary of Commerce and other officials, that it is "
        "necessary and appropriate to extend the suspension effectuated by Executive Order 14901 until July 1, 2026.",
        "I find, after consulting the United States Trade Representative, that it is appropriate to continue the "
        "suspension effectuated by Executive Order 14901 until July 1, 2026.",
    ):
        rows = extract(AUTHORITY, sentence)
        assert rows_in(rows, 1) == [("USA", "tariff", "extend")], sentence


def test_the_hour_between_until_and_the_date_keeps_the_date_an_end():
    on = date(2026, 3, 10)
    until = read_time("suspended until 12:01 a.m. eastern daylight time on August 3, 2026", on)
    assert (until.start_date, until.end_date) == (None, date(2026, 8, 3))
    since = read_time("on goods entered on or after 12:01 a.m. eastern daylight time on April 7, 2026", on)
    assert (since.start_date, since.end_date) == (date(2026, 4, 7), None)
    at = read_time("effective at 12:01 a.m. on April 7, 2026", on)
    assert (at.start_date, at.end_date) == (date(2026, 4, 7), None)


def test_goods_subject_to_duties_in_an_order_pay_the_signers_tariff():
    lead = ("The Agreement provides that Peru will remove its tariffs on United States wheat and will open its "
            "market to United States beef.")
    for sentence, action in (
        ("Imports of copper wire above the quota shall remain subject to the full duties imposed by "
         "Proclamation 10999.", "maintain"),
        ("Automotive parts of Peru that would otherwise be subject to a 25 percent tariff shall instead be subject "
         "to a total tariff of 10 percent.", "impose"),
    ):
        rows = extract(AUTHORITY, lead, sentence, title="Implementing the Trade Agreement with Peru")
        assert ("USA", "tariff", action) in rows_in(rows, 2), sentence
        assert {a for a, _, _ in rows_in(rows, 2)} == {"USA"}, sentence
        assert all(r.counterparty == "PER" for r in rows if r.paragraph_index == 2), sentence


def test_a_partners_retaliation_stated_in_an_order_stays_the_partners():
    rows = extract(AUTHORITY, "On March 2, 2026, the Government of Peru announced that a 30 percent tariff would "
                              "be imposed on all goods imported into Peru from the United States.")
    assert [(r.actor, r.value_to) for r in rows if r.paragraph_index == 1] == [("PER", 30.0)]


ENDING_TITLE = "Ending Certain Tariff Actions on Imports from Peru"


def test_an_order_ending_duties_in_force_removes_them():
    for sentence in (
        "The additional ad valorem duties imposed in Executive Order 14901, as amended, and Executive Order 14902 "
        "shall no longer be in effect and shall no longer be collected.",
        "With respect to products of Peru that fall under the Agreement on Trade in Civil Aircraft, the tariffs "
        "imposed through the following actions shall no longer apply: (i) Executive Order 14901; and (ii) "
        "Proclamation 10999.",
    ):
        rows = extract(AUTHORITY, sentence, title=ENDING_TITLE)
        assert rows_in(rows, 1) == [("USA", "tariff", "remove")], sentence


def test_duties_an_order_leaves_untouched_are_kept():
    for sentence, kept in (
        ("(c) The Executive Order of March 1, 2026 (Imposing Duties on Peruvian Copper), and the Proclamation of "
         "March 2, 2026 (Adjusting Tariffs on Tin), are unaffected by this order.", 2),
        ("This order does not affect any other duties, including duties imposed under section 232 of the Trade "
         "Expansion Act of 1962.", 1),
        ("Nothing in this order shall be interpreted to alter or limit the application of any duties, fees, or "
         "exactions other than those imposed pursuant to the actions listed in section 2.", 1),
        ("(g) Nothing in this order shall be construed to alter or otherwise affect Executive Order 14903 of May 2, "
         "2026 (Modifying Tariff Rates on Imports from Peru).", 1),
    ):
        rows = extract(AUTHORITY, sentence, title=ENDING_TITLE)
        assert rows_in(rows, 1) == [("USA", "tariff", "maintain")] * kept, sentence
        assert all(r.status == "implemented" for r in rows), sentence


def test_what_an_order_leaves_untouched_without_duties_is_no_row():
    for sentence in (
        "All other actions taken to address the national emergency declared in Executive Order 14901 that do not "
        "impose additional ad valorem duties shall not be affected by this order.",
        "The national emergency declared in Executive Order 14901 remains in effect and shall not be affected by "
        "this order.",
        "If any provision of this order is held to be invalid, the remainder of this order shall not be affected.",
    ):
        assert extract(AUTHORITY, sentence, title=ENDING_TITLE) == [], sentence


PERU_ORDER = "Modifying Reciprocal Tariff Rates to Reflect Retaliation by Peru"


def test_a_schedule_change_carries_out_the_measure_decided_before_it():
    decided = ("Pursuant to section 4(b) of Executive Order 14901, I have determined that it is necessary and "
               "appropriate to increase the duties imposed on articles of Peru.")
    for schedule in (
        "(b) heading 9903.02.10 of the HTSUS shall be amended by deleting “20%” each place that it appears and by "
        "inserting “35%” in lieu thereof.",
        "The HTSUS shall be modified as follows: heading 9903.02.10 shall be amended by deleting “20%” and by "
        "inserting “35%” in lieu thereof.",
    ):
        rows = extract(AUTHORITY, decided, schedule, title=PERU_ORDER)
        raised = [r for r in rows if r.action == "raise"]
        assert [(r.paragraph_index, r.value_from, r.value_to, r.mentions) for r in raised] == [(1, 20.0, 35.0, 2)], schedule


def test_a_schedule_line_still_suspended_is_the_extension_decided_before_it():
    decided = ("I have determined that it is necessary and appropriate to continue the suspension effectuated by "
               "Executive Order 14902 until 12:01 a.m. eastern standard time on May 1, 2027.")
    for schedule in (
        "Sec. 2. Heading 9903.02.11 of the Harmonized Tariff Schedule of the United States shall continue to be "
        "suspended until 12:01 a.m. eastern standard time on May 1, 2027.",
        "Sec. 2. The HTSUS shall be modified, effective on or after 12:01 a.m. eastern daylight time on June 1, "
        "2026, by suspending headings 9903.02.11 through 9903.02.19 until 12:01 a.m. eastern standard time on "
        "May 1, 2027.",
    ):
        rows = extract(AUTHORITY, decided, schedule, title=PERU_ORDER)
        assert [(r.actor, r.category, r.action, r.paragraph_index) for r in rows] == [
            ("USA", "tariff", "extend", 1)], schedule
        assert rows[0].end_date == date(2027, 5, 1), schedule


def test_a_quoted_power_of_an_earlier_order_takes_no_later_figure():
    quoted = ("Section 4(c) of Executive Order 14901 provides that, “[s]hould any trading partner take significant "
              "steps to remedy non-reciprocal trade arrangements, I may further modify the HTSUS to decrease the "
              "duties imposed under this order.”")
    for schedule in (
        "In recognition of the steps of Peru, the HTSUS shall be modified as follows: heading 9903.02.10 shall be "
        "amended by deleting “35%” and by inserting “15%” in lieu thereof.",
        "Accordingly, the HTSUS shall be amended by reducing the duty on articles of Peru from 35 percent to 15 "
        "percent.",
    ):
        rows = extract(AUTHORITY, quoted, schedule, title=PERU_ORDER)
        cut = [(r.paragraph_index, r.value_to) for r in rows if r.action == "reduce"]
        assert (2, 15.0) in cut and (1, 15.0) not in cut, schedule


def test_goods_taken_out_of_a_duty_in_force_are_a_removal():
    for sentence in (
        "Specifically, I have determined that certain tropical fruits shall not be subject to the reciprocal "
        "tariff imposed under Executive Order 14901, as amended.",
        "(i) An article subject to tariffs pursuant to the action listed in section 2(a) of this order shall not be "
        "subject to additional tariffs on that article pursuant to the actions listed in section 2(b) of this order.",
        "Copper wire of Peru shall not be subject to the duties imposed by Proclamation 10999.",
    ):
        rows = extract(AUTHORITY, sentence, title=PERU_ORDER)
        assert [(r.actor, r.category, r.action, r.status) for r in rows] == [
            ("USA", "tariff", "remove", "implemented")], sentence


def test_goods_outside_the_orders_own_duty_are_its_scope():
    for sentence in (
        "The following goods, consistent with law, shall not be subject to the ad valorem rates of duty under "
        "this order: (i) copper wire; (ii) tin sheets.",
        "Goods loaded onto a vessel before 12:01 a.m. eastern daylight time on May 1, 2026, shall not be subject "
        "to such additional duty.",
    ):
        rows = extract(AUTHORITY, sentence, title=PERU_ORDER)
        assert [r for r in rows if r.action == "remove"] == [], sentence


def test_an_example_of_what_the_signer_did_is_the_signers_measure():
    for sentence in (
        "In Executive Order 14901 of March 1, 2026, I declared a national emergency with respect to that threat "
        "and took actions to deal with it, including by imposing, pursuant to IEEPA, additional ad valorem duties on "
        "certain imports of Peru.",
        "In Proclamation 10999, I ordered measures to protect the tin industry, including by raising the duty on "
        "tin sheets of Peru.",
    ):
        rows = extract(AUTHORITY, sentence, title=ENDING_TITLE)
        assert [(r.actor, r.category) for r in rows if r.paragraph_index == 1] == [("USA", "tariff")], sentence
