"""Round 26 (issue 4): talks, negotiations and deal steps — our own sentences only.

- the deal's entry into force still ahead is a step per party (guide rule 1a): told in a subsection numbered "4.2",
  on a calendar date ("enters into force on March 1, 2028"), or by "it" for the deal the sentence or paragraph has
  just named; "it" for a tariff, and an entry into force told as done, stay silent.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2026, 11, 30)
AGREEMENT = "Agreement between the United States of America and the Republic of Ghana on Reciprocal Trade"


def official(*paragraphs: str, title: str = AGREEMENT):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r26")


def story(*paragraphs: str, title: str = "Ghana and Kenya trade pact"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def steps(rows) -> list[tuple]:
    """(actor, counterparty) of each `diplomatic` `negotiate` row, sorted."""
    return sorted((r.actor, r.counterparty) for r in rows if r.category == "diplomatic" and r.action == "negotiate")


# --- the deal's entry into force still ahead ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "4.2 This Agreement shall enter into force sixty days after the Parties exchange notes confirming the "
    "completion of their internal procedures.",
    "Article C.3. This Agreement enters into force on March 1, 2028.",
])
def test_an_agreement_texts_entry_into_force_ahead_is_a_step_per_party(sentence):
    assert steps(official(sentence)) == [("GHA", "USA"), ("USA", "GHA")]


def test_it_after_a_sentence_led_by_the_deal_is_the_deal():
    rows = official("The Agreement will now go to the Parliament of Ghana. It will enter into force ninety days after "
                    "the two governments exchange diplomatic notes.",
                    title="Ghana and the United States sign a reciprocal trade agreement")
    assert ("GHA", "USA") in steps(rows) and ("USA", "GHA") in steps(rows)
    assert [r.subject for r in rows if r.evidence.startswith("It will")] == ["entry into force of the Agreement"] * 2


def test_and_it_for_the_deal_named_in_the_clause_before_is_the_deal():
    rows = story("Ghana and Kenya signed their customs pact in Nairobi in May, and it enters into force on February 1 "
                 "now that both cabinets have signed off.")
    assert steps(rows) == [("GHA", "KEN"), ("KEN", "GHA")]


def test_it_for_a_tariff_is_no_step_on_the_deal():
    rows = story("Kenya signed the pact in May and announced a 12 per cent tariff on Ghanaian cocoa, and it enters "
                 "into force on February 1.")
    assert steps(rows) == []
    rows = story("Kenya announced a 12 per cent tariff on Ghanaian cocoa. It will take effect 30 days after "
                 "publication.")
    assert steps(rows) == []


def test_an_entry_into_force_told_as_done_is_no_step():
    rows = story("Ghana and Kenya signed their customs pact in Nairobi in May, and it entered into force on "
                 "February 1.")
    assert steps(rows) == []


# --- negotiators still at work on what is left ------------------------------------------------------------

def talks(rows) -> list[tuple]:
    """(actor, category, counterparty) of each negotiate row, sorted."""
    return sorted((r.actor, r.category, r.counterparty) for r in rows if r.action == "negotiate")


@pytest.mark.parametrize("sentence, category", [
    ("Negotiators will keep working on a full free trade agreement, with another round due in Accra in May, both "
     "ministries said.", "diplomatic"),
    ("Negotiators will keep talking about a chapter on digital trade and data flows, a Kenyan official said.", "other"),
    ("Negotiators are also working on a plan to cut the tariffs on Ghanaian cocoa butter, officials said.", "tariff"),
])
def test_negotiators_at_work_on_what_is_left_are_talks_per_party(sentence, category):
    rows = story("Ghana and Kenya agreed on Monday to widen their cocoa quota.", sentence,
                 title="Ghana and Kenya widen cocoa quota")
    assert [t for t in talks(rows) if t[1] == category] == [("GHA", category, "KEN"), ("KEN", category, "GHA")]


def test_negotiators_who_worked_on_a_deal_now_signed_are_no_talks():
    rows = story("Negotiators worked on the deal for three years before Ghana and Kenya signed it in May.")
    assert talks(rows) == []


def test_negotiators_at_work_on_peace_are_no_trade_talks():
    rows = story("Negotiators will keep working on a ceasefire between the two militias, the mediators said.",
                 title="Militias agree truce in eastern region")
    assert talks(rows) == []
