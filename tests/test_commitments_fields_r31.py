"""Round 31: wrong fields on paired rows (issue 4). Our own sentences only.

- joint work whose aim is to fight an offence ("cooperate closely to prevent the transshipment of ...", "cooperate on
  customs enforcement to prevent ...", "work together against illegal, unreported and unregulated fishing", "strengthen
  cooperation to prevent duty evasion") is the enforcement itself, `enforce` per party (guide Round 11 Q1, Round 18 Q1),
  not talks; cooperation on a subject stays `negotiate`;
- a duty bound at a stated level, in a list item or a sentence ("bind at zero its customs duties on X", "bind all
  remaining tariffs on X at 5 percent", "bind its duty at no more than 10 percent") is that level set (convention 4;
  guide rule 20 for zero), not a level kept; a level in force bound ("bind its zero tariff on X") and a rate maintained
  stay `maintain`, and "binding" terms name no rate.

Each test names the reading it checks; the negative cases say what must stay unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, levels_in

ON = datetime(2027, 6, 1)
STATEMENT_TITLE = "Joint Statement on a United States-Fiji Framework for an Agreement on Reciprocal Trade"
AGREEMENT_TITLE = "Agreement Between the United States of America and Fiji on Reciprocal Trade"


def statement(*texts):
    return commitments_from(list(texts), published_at=ON, title=STATEMENT_TITLE, article_id="r31-fields-statement")


def actions(rows, text):
    return sorted((actor, category, action) for actor, category, action, _, _ in levels_in(rows, text))


# --- joint work against an offence is enforcement ------------------------------------------------------------------

def test_cooperating_closely_to_prevent_transshipment_is_enforcement():
    rows = statement("The two governments will cooperate closely to prevent the transshipment of third-country goods "
                     "through Suva.")
    assert actions(rows, "cooperate closely") == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


def test_cooperating_on_customs_work_to_prevent_transshipment_is_enforcement():
    rows = statement("Both countries will cooperate on customs enforcement to prevent the transshipment of goods "
                     "through Lautoka.")
    assert actions(rows, "customs enforcement") == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


def test_working_together_against_illegal_practices_is_enforcement():
    rows = statement("The two countries will work together against illegal logging and the smuggling of timber.")
    assert actions(rows, "work together against") == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


def test_working_together_against_evading_export_controls_is_export_control_enforcement():
    rows = statement("The two countries will work together against attempts to evade export controls through "
                     "Pacific ports.")
    assert actions(rows, "attempts to evade") == [("FJI", "export_control", "enforce"),
                                                  ("USA", "export_control", "enforce")]


def test_strengthened_cooperation_to_prevent_duty_evasion_is_enforcement():
    rows = statement("The United States and Fiji will strengthen cooperation to prevent duty evasion.")
    assert actions(rows, "strengthen cooperation") == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


def test_cooperation_on_export_controls_including_a_fight_stays_talks():
    rows = statement("The two countries will cooperate on export controls, including to prevent the diversion of "
                     "sensitive items.")
    assert actions(rows, "cooperate on export controls") == [("FJI", "export_control", "negotiate"),
                                                             ("USA", "export_control", "negotiate")]


def test_cooperation_on_a_subject_with_no_offence_stays_talks():
    rows = statement("The two countries will cooperate on customs matters and on rules of origin.")
    assert actions(rows, "customs matters") == [("FJI", "other", "negotiate"), ("USA", "other", "negotiate")]


# --- a listed duty bound at a stated level is that level set ------------------------------------------------------

def fiji_shall(*items):
    return commitments_from(["Fiji shall:", *items], published_at=ON, title=AGREEMENT_TITLE, article_id="r31-fields-bind",
                            kinds=["paragraph"] + ["list_item"] * len(items), levels=[0] + [1] * len(items))


def test_duties_bound_at_zero_are_removed():
    rows = fiji_shall("a. reduce the customs duty on frozen pork of the United States from 20 percent to 10 percent;",
                      "b. bind at zero its customs duties on tractors and harvesters of the United States; and",
                      "c. bind all remaining tariffs on boats of the United States at 5 percent.")
    assert levels_in(rows, "bind at zero") == [("FJI", "tariff", "remove", None, 0.0)]
    assert levels_in(rows, "bind all remaining") == [("FJI", "tariff", "impose", None, 5.0)]


def test_a_zero_tariff_in_force_bound_and_a_rate_maintained_stay_kept():
    rows = fiji_shall("a. reduce the customs duty on frozen pork of the United States from 20 percent to 10 percent;",
                      "b. bind its zero tariff on canned tuna of the United States; and",
                      "c. maintain its tariffs on boats of the United States at 5 percent.")
    assert levels_in(rows, "zero tariff") == [("FJI", "tariff", "maintain", None, 0.0)]
    assert levels_in(rows, "maintain its tariffs") == [("FJI", "tariff", "maintain", None, 5.0)]


def test_a_duty_bound_at_a_ceiling_in_a_sentence_is_that_rate_set():
    rows = statement("For passenger cars of the United States, Fiji will bind its duty at no more than 10 percent.")
    assert levels_in(rows, "bind its duty") == [("FJI", "tariff", "impose", None, 10.0)]


def test_binding_terms_and_bound_cargo_name_no_rate():
    rows = statement("The framework is binding on both parties at all times, and Fiji will keep binding arbitration "
                     "at 2 venues. Fijian cargo bound for Samoa at 5 knots will be inspected.")
    assert all(r.category != "tariff" for r in rows)
