"""Round 29 (issue 4): talks to come told in more clause shapes — our own sentences only.

- a talks event in a clause coordinated after a clause whose rows were read ("..., and to convene the Joint Committee
  in Accra", "..., and the two sides will hold the next round of talks"): its own `negotiate` row per party, its
  category from its own clause, not from the clause before.
- the words of a round's talks, whatever they are ("hold the next round of bilateral accession talks").
- the two parties' ministers told as a pair ("the two commerce ministers ... agreed to meet again in Nairobi"), or the
  page's ministers opening its sentence ("Ministers will meet within six months"): talks to come, a row per party.
- "relaunch talks", and a third place named after "in" or "at" beside the two parties is the venue, not a party.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, talks

ON = datetime(2026, 11, 30)
GHANA = "Joint Statement on a United States-Ghana Agreement on Reciprocal Trade"


def official(*paragraphs: str, title: str = GHANA):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r29")


def story(*paragraphs: str, title: str = "Ghana and Kenya trade pact"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


# --- a talks event in a coordinated clause ---------------------------------------------------------------------

def test_a_meeting_to_convene_after_talks_on_a_protocol_is_its_own_diplomatic_row():
    rows = official("The two sides instructed their trade ministers to conclude negotiations on a protocol on the rules of "
                    "origin for bicycles by 2027, and to convene the Joint Committee under the Agreement in Accra in "
                    "October 2027.")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("GHA", "USA", "other"),
                           ("USA", "GHA", "diplomatic"), ("USA", "GHA", "other")]


def test_ministers_told_to_meet_annually_after_concluding_a_protocol_meet_as_talks():
    rows = official("The two sides instructed their trade ministers to conclude, before June 30, 2028, a protocol on the "
                    "rules of origin for bicycles, and to meet annually under the bilateral Trade and Investment "
                    "Framework Agreement.")
    assert ("USA", "GHA", "diplomatic") in talks(rows) and ("GHA", "USA", "diplomatic") in talks(rows)


def test_a_coordinated_clause_with_no_talks_stays_as_it_was():
    rows = official("The two sides instructed their trade ministers to conclude negotiations on a protocol on the rules of "
                    "origin for bicycles by 2027, and to publish the results online.")
    assert not any(category == "diplomatic" for _, _, category in talks(rows))


# --- the words of a round's talks ------------------------------------------------------------------------------

def test_the_next_round_of_accession_talks_to_hold_is_talks_to_come():
    rows = official("The United States reaffirmed its support for Ghana's membership of the regional customs body, and "
                    "the two sides will hold the next round of bilateral accession talks in Accra before the end of "
                    "the year.")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("USA", "GHA", "diplomatic")]


def test_a_round_of_peace_talks_stays_silent():
    rows = story("Ghana and Kenya will hold the next round of border peace talks in Accra in May.")
    assert talks(rows) == []


# --- the two parties' ministers who will meet ----------------------------------------------------------------

def test_the_two_commerce_ministers_who_agreed_to_meet_again_hold_talks_to_come():
    rows = story("Ghana and Kenya signed a tea pact. In November the two commerce ministers met in Accra for the first "
                 "session of their Joint Trade Group since 2019 and agreed to meet again in Nairobi in 2028.")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]


def test_ministers_who_will_meet_to_review_progress_are_the_pages_parties():
    rows = official("Ministers will meet within six months to review progress.")
    assert talks(rows) == [("GHA", "USA", "diplomatic"), ("USA", "GHA", "diplomatic")]


def test_ministers_of_one_side_who_met_stay_silent():
    rows = story("Ghana's ministers met on Monday to review the budget.")
    assert talks(rows) == []


# --- relaunched talks, and the venue ----------------------------------------------------------------------------

def test_talks_agreed_to_be_relaunched_at_a_round_in_a_third_country_are_the_two_parties():
    rows = story("Ghana and Kenya had also agreed to relaunch talks on a Ghana-Kenya trade agreement, frozen since 2021, "
                 "at a round in Kigali in the first half of next year.")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]
