"""Round 28 (issue 4): talks and deal steps — our own sentences only.

- a legislature's approval of the deal still ahead is that party's `diplomatic` `negotiate` step (guide, round-18
  lead's answers: "a party's own ratification still ahead"): a council of ministers or the EU's governments as the
  approving body, the deal still to "pass" or "go before" a parliament, the next body's consent ("and be concurred in
  by the Senate"), "will then be asked to ratify it", "has yet to debate the agreement", and "It" for the deal or its
  text named in the sentence before. A bill that must pass, and "It" for a tariff, stay silent.
- a body's next meeting or the next round still to hold is talks to come, a row per party (convention 19): "hold the
  first meeting of a bilateral commercial dialogue", "convene the ninth meeting of the council", "the next Ghana–Kenya
  Economic Partnership Meeting", "agreed to hold the next round in Nairobi"; a dialogue on supply chains that names no
  measure is `other`. A meeting told as held ("held the second meeting of their Dialogue today") and the next round
  of tariffs stay silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, talks

ON = datetime(2026, 11, 30)


def official(*paragraphs: str, title: str):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r28")


def story(*paragraphs: str, title: str = "Ghana and Oman trade pact"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


# --- a legislature's approval of the deal still ahead ----------------------------------------------------------

def test_a_council_of_ministers_still_to_approve_the_pact_is_that_partys_step():
    rows = story("Ghana and Oman signed a trade pact on Monday. The pact still needs approval from Oman's Council of "
                 "Ministers, expected in the spring.")
    assert talks(rows) == [("OMN", "GHA", "diplomatic")]


def test_eu_governments_and_the_parliaments_consent_are_one_eu_step():
    rows = story("The EU and Ghana agreed a larger fruit quota. The amendment must be approved by EU governments and "
                 "consented to by the European Parliament before it takes effect.", title="EU and Ghana fruit quota")
    assert talks(rows) == [("EUN", "GHA", "diplomatic")]


def test_a_pact_still_to_pass_one_parliament_and_be_concurred_in_by_another_senate_is_a_step_per_party():
    rows = story("Ghana and Kenya signed the pact. The pact still has to pass Parliament in Accra and be concurred in "
                 "by the Kenyan Senate, which officials hope to finish next year.", title="Ghana and Kenya trade pact")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]


def test_a_majlis_that_has_yet_to_debate_the_agreement_is_a_step_ahead():
    rows = story("Ghana and Oman signed the pact. Oman's Majlis al-Shura has yet to debate the agreement.")
    assert talks(rows) == [("OMN", "GHA", "diplomatic")]


def test_an_assembly_that_will_then_be_asked_to_ratify_it_is_its_partys_step():
    rows = official("The National Assembly of Ghana will then be asked to ratify it.",
                    title="Joint Statement on a United States-Ghana Agreement on Reciprocal Trade")
    assert talks(rows) == [("GHA", "USA", "diplomatic")]


def test_it_for_the_text_named_just_before_needs_each_bodys_approval():
    rows = story("Lawyers must first check the wording. It then needs the approval of EU governments and the European "
                 "Parliament, and ratification by Ghana's parliament.",
                 title="EU and Ghana trade deal")
    assert talks(rows) == []  # "It" after a sentence that names no deal or text
    rows = story("Lawyers must first check the text. It then needs the approval of EU governments and the European "
                 "Parliament, and ratification by Ghana's parliament.",
                 title="EU and Ghana trade deal")
    assert talks(rows) == [("EUN", "GHA", "diplomatic"), ("GHA", "EUN", "diplomatic")]


def test_it_for_a_tariff_and_a_bill_still_to_pass_stay_silent():
    rows = story("Ghana raised its tariff on rice to 20 percent. It then needs the approval of Ghana's parliament.",
                 title="Ghana rice tariff")
    assert talks(rows) == []
    rows = story("The budget bill still has to pass Parliament in Accra before the new duties apply.",
                 title="Ghana budget")
    assert talks(rows) == []


# --- a body's next meeting, the next round, still to hold ------------------------------------------------------

def test_the_first_meeting_of_a_bilateral_commercial_dialogue_is_talks_to_come_per_party():
    rows = official("The two ministries also agreed to hold the first meeting of a bilateral commercial dialogue in "
                    "Washington before the end of 2027.", title="United States–Ghana Trade Mission: Commercial Agreements")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("USA", "GHA", "diplomatic")]


def test_the_ninth_meeting_of_the_council_and_a_trade_and_investment_council_are_talks_to_come():
    rows = official("The ministers agreed to convene the ninth meeting of the council in Accra in 2028.",
                    title="Joint Statement of the United States–Ghana Trade and Investment Framework Agreement Council")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("USA", "GHA", "diplomatic")]
    rows = official("The United States and Ghana will hold the first meeting of a bilateral trade and investment council "
                    "in Accra in February 2028.", title="Joint Statement on United States–Ghana Trade")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("USA", "GHA", "diplomatic")]


def test_a_named_meeting_and_the_next_round_still_to_hold_are_talks_to_come():
    rows = official("The two sides agreed to hold the next Ghana–Kenya Economic Partnership Meeting in Accra to deepen "
                    "trade and investment ties.", title="Joint Statement on Ghana–Kenya Enhanced Economic Engagement")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]
    rows = story("Ghana and Kenya held a round of trade talks this week. The two sides agreed to hold the next round in "
                 "Nairobi in May, the ministry said.", title="Ghana and Kenya trade talks")
    assert ("GHA", "KEN", "diplomatic") in talks(rows) and ("KEN", "GHA", "diplomatic") in talks(rows)
    assert len(talks(rows)) == 4  # the round held (talks under way) and the next one


def test_a_dialogue_on_supply_chains_is_other():
    rows = official("Their teams will convene a first meeting of a U.S.–Ghana dialogue on battery and semiconductor "
                    "supply chains in Accra in January 2028.", title="Readout of the Secretary's Meeting with Ghana's Trade Minister")
    assert talks(rows) == [("GHA", "USA", "other"), ("USA", "GHA", "other")]


def test_a_meeting_held_and_the_next_round_of_tariffs_stay_silent():
    rows = official("The United States and Ghana held the second ministerial meeting of their Economic Dialogue in Accra "
                    "today.", title="Joint Statement on the United States–Ghana Economic Dialogue")
    assert talks(rows) == []
    rows = story("Ghana will hold the next round of its bond auction in June.", title="Ghana bonds")
    assert talks(rows) == []
