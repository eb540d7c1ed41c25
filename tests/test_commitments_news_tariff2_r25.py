"""Round 25 (second pass): news tariff rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, tariff_levels

ON = datetime(2026, 11, 30)


story = partial(bylined_story, published_at=ON)
tariffs = tariff_levels


# The act a body approves, told as an action noun or a gerund after the approval verb (round 12's "approved the
# removal of", widened): the measure paused is the row.
def test_a_suspension_approved_with_its_length():
    rows = story("LUSAKA - Zambia and the United States delayed the signing of their trade framework on Friday.",
                 "To keep the talks alive, Zambia's cabinet this week approved a 120-day suspension of its 6 per cent "
                 "import levy on U.S. farm machinery.")
    assert ("ZMB", "USA", "suspend", 6.0, None) in tariffs(rows)


def test_a_suspension_approved_with_no_length():
    rows = story("BRUSSELS - The European Union tightened its steel safeguard on Thursday.",
                 "In a separate step, EU ministers approved a suspension of customs duties on Chilean copper cathodes "
                 "from March until the end of 2028.")
    assert [t[2] for t in tariffs(rows) if t[0] == "EUN" and t[2] == "suspend"] == ["suspend"]


def test_suspending_a_duty_approved_as_a_gerund():
    rows = story("BRUSSELS - The European Union will impose anti-dumping duties on Chinese bicycles, the Commission said.",
                 "Separately, EU governments on Tuesday approved suspending the bloc's 3.2% customs duty on imported "
                 "nickel matte from May 1, to help European refiners.")
    assert ("EUN", "", "suspend", 3.2, None) in [(a, "", act, f, t) for a, _, act, f, t in tariffs(rows)]


def test_a_suspension_approved_of_no_measure_stays_silent():
    # (negative) a suspension of a person or a ruling names no trade measure
    rows = story("OTTAWA - Canada and Mexico opened talks on a new trade pact on Monday.",
                 "The league's board approved a 90-day suspension of the club's chief executive after the vote.")
    assert tariffs(rows) == []


def test_a_suspension_not_approved_is_no_cue():
    # (negative) the action noun alone, as the subject of the clause, is no step taken
    rows = story("OTTAWA - Canada and Mexico opened talks on a new trade pact on Monday.",
                 "Critics said the suspension of the old rules had hurt small exporters for years.")
    assert [t for t in tariffs(rows) if t[2] == "suspend"] == []


# "hold off on": a measure held back is paused; a step or a plan held off is put off, with the level it would bring.
def test_holding_off_on_counter_duties_pauses_them():
    rows = story("OTTAWA - Canada will hold off on most of the retaliatory duties it had drawn up against U.S. dairy "
                 "goods, the finance ministry said on Friday.")
    assert [t[:3] for t in tariffs(rows)] == [("CAN", "USA", "suspend")]


def test_holding_off_on_raising_a_tariff_delays_the_raise():
    rows = story("SANTIAGO - Chile will hold off for three months on raising its tariff on Argentine wine to 30%, "
                 "the economy ministry said on Tuesday.")
    assert ("CHL", "ARG", "delay", None, 30.0) in tariffs(rows)


def test_holding_off_on_a_plan_to_levy_duties_delays_the_plan_at_its_level():
    rows = story("SANTIAGO - Chile will hold off for a year on a plan to levy duties of up to 40% on Argentine "
                 "steel bars, the economy ministry said on Tuesday.")
    assert [t for t in tariffs(rows) if t[0] == "CHL"] == [("CHL", "ARG", "delay", None, 40.0)]


def test_holding_off_on_interest_rates_is_no_trade_measure():
    # (negative) the idiom with no trade measure after it
    rows = story("SANTIAGO - Chile and Argentina opened trade talks on Monday.",
                 "The central bank will hold off on raising interest rates until June, its governor said.")
    assert [t for t in tariffs(rows) if t[2] in ("delay", "suspend")] == []


def test_holding_off_on_purchases_is_no_pause_of_a_duty():
    # (negative) buyers holding off on purchases: no measure named
    rows = story("SANTIAGO - Chile and Argentina opened trade talks on Monday.",
                 "Importers held off on new orders of Argentine beef while the talks went on.")
    assert [t for t in tariffs(rows) if t[2] in ("delay", "suspend")] == []
