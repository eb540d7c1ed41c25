"""Round 31: wrong fields on paired rows (issue 4). Our own sentences only.

- joint work whose aim is to fight an offence ("cooperate closely to prevent the transshipment of ...", "cooperate on
  customs enforcement to prevent ...", "work together against illegal, unreported and unregulated fishing", "strengthen
  cooperation to prevent duty evasion") is the enforcement itself, `enforce` per party (guide Round 11 Q1, Round 18 Q1),
  not talks; cooperation on a subject stays `negotiate`.

Each test names the reading it checks; the negative cases say what must stay unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, levels_in

ON = datetime(2027, 6, 1)
STATEMENT_TITLE = "Joint Statement on a United States-Fiji Framework for an Agreement on Reciprocal Trade"


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
