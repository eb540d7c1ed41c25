"""Round 25 (second pass): news tariff rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def tariffs(rows) -> list[tuple]:
    """(actor, counterparty, action, earlier level, new level) of each `tariff` row, sorted."""
    return sorted(((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to)
                   for r in rows if r.category == "tariff"), key=lambda t: tuple(-1 if v is None else v for v in t))


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
