"""Round 24, second pass: news rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def steps(rows) -> list[tuple]:
    """(party, other party) of each `diplomatic` `negotiate` row, sorted."""
    return sorted((r.actor or "", r.counterparty or "") for r in rows
                  if (r.category, r.action) == ("diplomatic", "negotiate"))


# Steps on the deal still ahead (guide rule 1a, Round 20 Q3): the approving party's row.
def test_ratification_procedures_still_to_complete_are_a_step_per_party():
    rows = story("LIMA - Peru and Thailand signed a free trade agreement on Monday covering rice and copper.",
                 "The two governments must still complete their ratification procedures before the pact can take "
                 "effect, officials in Lima said.")
    assert steps(rows) == [("PER", "THA"), ("THA", "PER")]


def test_ratification_procedures_completed_are_no_step():
    rows = story("LIMA - Peru and Thailand signed a free trade agreement on Monday covering rice and copper.",
                 "Thailand completed its ratification procedures in March, officials in Lima said.")
    assert steps(rows) == []


def test_a_second_body_with_a_pending_step_of_its_own():
    # an approval by one legislature, then a tabling in another: each party's own step
    rows = story("OTTAWA - Canada and Peru concluded talks on a trade pact on Friday.",
                 "The pact still requires the approval of Peru's Congress and will have to be tabled in the "
                 "Canadian Parliament before it takes effect.")
    assert steps(rows) == [("CAN", "PER"), ("PER", "CAN")]


def test_a_vote_still_ahead_in_a_legislature():
    rows = story("BRUSSELS - The European Union and Chile updated their trade agreement on Monday.",
                 "Officials said the court opinion removes the last hurdle before a final vote in the European "
                 "Parliament on the deal.")
    assert ("EUN", "CHL") in steps(rows)


def test_a_vote_already_held_is_no_step():
    rows = story("BRUSSELS - The European Union and Chile updated their trade agreement on Monday.",
                 "The agreement applies from June 1 after a final vote in the European Parliament last week.")
    assert steps(rows) == []
