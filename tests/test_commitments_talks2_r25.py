"""Round 25, second wave (issue 4): talks and deal steps in the news — our own sentences only.

- talks on "the dispute" or "the dairy case" on a page that told a tariff are tariff talks (convention 19: talks
  on a named measure take its category; the quarrel named back is the tariff told before);
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


# --- 1. talks on the quarrel told before --------------------------------------------------------------------

TARIFF_LEAD = "Ghana imposed a 20 per cent duty on Kenyan tea on Monday, the finance ministry said."


def test_consultations_on_the_dispute_after_a_tariff_are_tariff_talks():
    rows = story(TARIFF_LEAD, "Officials from Accra and Nairobi are due to hold consultations on the dispute in Geneva "
                              "next month, a diplomat said.", title="Ghana slaps duty on Kenyan tea")
    assert talks(rows) == [("GHA", "tariff", "KEN"), ("KEN", "tariff", "GHA")]
    assert [(r.actor, r.category, r.action) for r in rows if r.action != "negotiate"] == [("GHA", "tariff", "impose")]


def test_consultations_on_the_tea_case_after_a_tariff_are_tariff_talks():
    rows = story(TARIFF_LEAD, "Kenyan officials would hold consultations with Ghana on the tea case in January, a "
                              "spokesman told reporters.", title="Ghana slaps duty on Kenyan tea")
    assert ("KEN", "tariff", "GHA") in talks(rows)
    assert all(category == "tariff" for _, category, _ in talks(rows))


def test_the_dispute_with_no_tariff_told_stays_diplomatic():
    rows = story("Officials from Accra and Nairobi are due to hold consultations on the dispute in Geneva next month, "
                 "a diplomat said.")
    assert talks(rows) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_dispute_over_something_named_is_not_the_tariff_told_before():
    rows = story(TARIFF_LEAD, "Officials from Accra and Nairobi are due to hold consultations on the dispute over "
                              "fishing rights in Geneva next month.", title="Ghana slaps duty on Kenyan tea")
    assert all(category != "tariff" for _, category, _ in talks(rows))


# --- 2. a round of talks that ended --------------------------------------------------------------------------

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
