"""Round 25, second wave (issue 4): talks and deal steps in the news — our own sentences only.

- a round of talks that ended is talks under way ("ended a ninth round of talks on cocoa tariffs without an
  agreement", "wrapped up a fourth round of negotiations"): a row per party, the topic's category; the round's end
  is no removal of anything, and the place a wire story is filed from is no party.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Ghana and Kenya trade talks"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def talks(rows) -> list[tuple]:
    """(actor, category, counterparty) of each negotiate row, sorted."""
    return sorted((r.actor, r.category, r.counterparty) for r in rows if r.action == "negotiate")


# --- a round of talks that ended --------------------------------------------------------------------------

def test_a_round_of_tariff_talks_ended_without_a_deal_is_tariff_talks_not_a_removal():
    rows = story("Ghana and Kenya ended a ninth round of talks on cocoa tariffs in Accra on Friday without an "
                 "agreement.")
    assert talks(rows) == [("GHA", "tariff", "KEN"), ("KEN", "tariff", "GHA")]
    assert not [r for r in rows if r.action == "remove"]


def test_a_round_ended_beside_a_tariff_held_keeps_both():
    rows = story("Ghana and Kenya ended a ninth round of talks on cocoa tariffs on Friday without an agreement, but "
                 "Kenya will hold its duty on Ghanaian cocoa at 15 per cent until June 30 while negotiators keep working.")
    assert talks(rows) == [("GHA", "tariff", "KEN"), ("KEN", "tariff", "GHA")]
    assert ("KEN", "tariff", "maintain") in [(r.actor, r.category, r.action) for r in rows]


def test_a_fourth_round_wrapped_up_is_talks_under_way():
    rows = story("Ghana and Kenya wrapped up a fourth round of negotiations on a free trade agreement on Thursday.")
    assert talks(rows) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_numbered_round_ended_under_a_dateline_gives_the_named_parties_only():
    rows = story("HANOI, March 3 (Wire) - Chile and the Association of Southeast Asian Nations closed a 12th round "
                 "of trade negotiations on Monday without the deal their leaders had wanted.",
                 title="Chile and ASEAN trade talks")
    assert talks(rows) == [("ASEAN", "diplomatic", "CHL"), ("CHL", "diplomatic", "ASEAN")]


def test_ending_the_talks_themselves_is_no_round():
    rows = story("Ghana and Kenya ended their trade talks on Friday.")
    assert talks(rows) == []


def test_a_round_of_duties_ended_is_no_talks():
    rows = story("Ghana ended a second round of duties on Kenyan tea on Friday.")
    assert talks(rows) == []
