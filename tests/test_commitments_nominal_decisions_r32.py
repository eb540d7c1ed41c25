"""Round 32 (issue 4, NM): a measure told as a decision, move or plan that takes effect.

"The decision to scrap the 10% duty takes effect on Monday" was read as a levy taking effect (`impose`): the
taking-effect cue read the duty inside the noun phrase as the measure put in force. The change verb inside the
noun phrase ("scrap", "cut", "lift") gives the row; the taking effect makes it implemented.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

from tests.commitment_text import bylined_story

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)


def _rows(sentence):
    rows = bylined_story(sentence, published_at=ON)
    return sorted((r.actor, r.category, r.action, r.status, r.value_from, r.value_to) for r in rows)


def test_decision_to_scrap_a_duty_taking_effect_is_a_removal():
    assert _rows("Peru's decision to scrap its 12% duty on Chilean wine takes effect on Monday.") == [
        ("PER", "tariff", "remove", "implemented", 12.0, None)]


def test_plan_to_lift_a_ban_taking_effect_is_the_ban_lifted():
    assert _rows("Vietnam's plan to lift the ban on pork imports from Poland took effect on Tuesday.") == [
        ("VNM", "import_restriction", "remove", "implemented", None, None)]


def test_move_to_cut_tariffs_taking_effect_is_a_cut():
    rows = _rows("Egypt's move to cut tariffs on Turkish steel to 5% took effect on Sunday.")
    assert [r[:4] for r in rows] == [("EGY", "tariff", "reduce", "implemented")]
    assert rows[0][5] == 5.0


def test_no_levy_is_read_from_the_noun_phrase():
    rows = _rows("Kenya's decision to remove the 25% levy on sugar imports takes effect next week.")
    assert all(r[2] != "impose" for r in rows)


def test_a_duty_taking_effect_is_still_a_levy():
    # the plain duty taking effect keeps its reading (no decision named)
    rows = _rows("Ghana's 10% duty on imported rice takes effect on Monday.")
    assert [r[:3] for r in rows] == [("GHA", "tariff", "impose")]


def test_a_plan_outside_trade_stays_silent():
    assert _rows("Analysts said the city's plan to build a new stadium would take effect slowly.") == []


# a plan refused with no party named: the party the story told just before
def _story(*paragraphs):
    rows = bylined_story(*paragraphs, published_at=ON)
    return sorted((r.actor, r.category, r.action, r.status) for r in rows)


def test_there_is_no_plan_takes_the_party_told_before():
    rows = _story("Morocco raised its duty on imported cheese to 40 percent on Monday.",
                  '"There is no plan to restrict imports of olive oil," a ministry spokesman said.')
    assert ("MAR", "import_restriction", "restrict", "rejected") in rows


def test_officials_said_there_were_no_plans_takes_the_party_of_the_paragraph():
    rows = _story("Jordan cut its tariff on frozen lamb to 5 percent in March. Officials said there were no plans "
                  "to lower the duty on fresh lamb.")
    assert ("JOR", "tariff", "reduce", "rejected") in rows


def test_a_speakers_own_duties_stay_silent():
    # "our duties": whose the speaker is, the sentence does not say
    rows = _story("The EU doubled Georgia's quota for hazelnuts on Monday.",
                  '"There is no plan to lower our duties on wine," the deputy minister said.')
    assert all(r[3] != "rejected" for r in rows)


def test_no_plan_with_no_party_anywhere_stays_silent():
    assert _story("Prices of butter rose for a third week.",
                  '"There is no plan to restrict imports of butter," a spokesman said.') == []
