"""Round 31 (issue 4): talks, negotiations and joint bodies as one class — our own sentences only.

- the talks noun as the subject with its partner and topic between it and its verb, "discussions" too, a numbered round
  of talks as the subject, and "would open" / "is scheduled" as the verb ("talks with X on Y ... would continue in
  March", "a third round of talks is scheduled for June");
- a joint body of the parties as the subject of its meeting still to come, or set up with its meetings ("The Committee
  shall meet ... to consider ...", "establish a Subcommittee on ..., which shall meet ..."); a government's own council
  stays silent;
- the text of an instrument still to finish ("will work to finalize the text of the implementing instrument");
- talks a measure's step is taken for, in a purpose clause after the measure's row ("suspended the increase ... so that
  discussions with the Government of X could continue"); with no partner named, no row (the page told them before).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, order_commitments, talks, triples_in

ON = datetime(2027, 6, 30)
LESOTHO = "Joint Statement on a United States-Lesotho Framework for Reciprocal Trade"


def official(*paragraphs: str, title: str = LESOTHO):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r31")


def story(*paragraphs: str, title: str = "Ghana weighs cocoa duty as trade talks drag on"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


# --- the talks noun as the subject, its verb far after it ---------------------------------------------------------

def test_talks_with_a_partner_on_a_quota_told_at_length_continue_as_tariff_talks():
    rows = story("The trade ministry said talks with Nigeria on widening the duty-free quota for Ghanaian cocoa butter "
                 "under the two countries' 2019 economic partnership arrangement would continue in September.")
    assert talks(rows) == [("GHA", "NGA", "tariff"), ("NGA", "GHA", "tariff")]


def test_discussions_with_two_governments_that_are_continuing_give_a_row_per_party():
    rows = order_commitments(["Sec. 2. Findings. (d) The United States Trade Representative has informed me that "
                              "discussions with the Governments of Chad and Mali on supply arrangements of the same kind "
                              "are continuing."],
                             published_at=ON, title="Extending the Suspension of Increased Duties on Goods of Chad and Mali",
                             article_id="test-talks-r31")
    assert sorted(r.actor for r in rows if r.action == "negotiate") == ["MLI", "TCD", "USA"]


def test_a_numbered_round_of_talks_scheduled_is_talks_to_come():
    rows = story("A third round of talks is scheduled for August in Accra, the ministry said.",
                 title="Ghana and Kenya trade talks")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]


def test_a_new_round_of_tariffs_scheduled_is_no_talks():
    rows = story("A new round of tariffs is scheduled for August, the ministry said.")
    assert talks(rows) == []


def test_discussions_that_made_progress_are_no_talks_ahead():
    rows = official("Discussions between the United States and Lesotho have made considerable progress.")
    assert talks(rows) == []


# --- a joint body's meeting still to come ----------------------------------------------------------------------------

def test_a_subcommittee_established_to_meet_yearly_is_diplomatic_talks_per_party():
    rows = official("Article 3.4: Subcommittee on Agricultural Trade The Parties hereby establish a Subcommittee on "
                    "Agricultural Trade, which shall meet at least once a year to review the operation of this Chapter.",
                    title="Agreement on Reciprocal Trade between the United States and Lesotho: Chapter 3")
    assert talks(rows) == [("LSO", "USA", "diplomatic"), ("USA", "LSO", "diplomatic")]


def test_a_committee_meeting_to_consider_faster_duty_cuts_is_tariff_talks():
    rows = official("The Committee shall meet within six months after this Agreement enters into force to consider "
                    "accelerating the reduction of customs duties on textiles.",
                    title="Agreement on Reciprocal Trade between the United States and Lesotho: Chapter 2")
    assert talks(rows) == [("LSO", "USA", "tariff"), ("USA", "LSO", "tariff")]


def test_a_joint_committee_holding_its_next_meeting_is_talks_to_come():
    rows = official("The Joint Committee will hold its third meeting in Maseru in 2028.")
    assert talks(rows) == [("LSO", "USA", "diplomatic"), ("USA", "LSO", "diplomatic")]


def test_a_governments_own_state_council_meeting_is_no_talks():
    rows = story("China's State Council will meet on Friday to review the cocoa tariffs.",
                 title="China weighs cocoa tariffs")
    assert [r for r in rows if r.action == "negotiate"] == []


# --- the text still to finish ------------------------------------------------------------------------------------------

def test_the_text_of_an_instrument_still_to_finalize_is_a_deal_step_per_party():
    rows = official("The United States and Lesotho will work to finalize the text of the implementing protocol within "
                    "45 days.")
    assert talks(rows) == [("LSO", "USA", "diplomatic"), ("USA", "LSO", "diplomatic")]


def test_a_text_finalized_in_the_past_is_no_step():
    rows = official("The United States and Lesotho finalized the text of the implementing protocol in May.")
    assert talks(rows) == []


# --- talks a measure's step is taken for ----------------------------------------------------------------------------

def test_a_suspension_so_that_discussions_with_a_partner_continue_gives_talks_per_party():
    rows = order_commitments(["Sec. 1. Background. In Executive Order 14500 of March 3, 2027, I imposed an additional "
                              "duty of 20 percent on articles of Lesotho. In a later order, I suspended the increase until "
                              "July 31, 2027, so that discussions with the Government of Lesotho could continue."],
                             published_at=ON, title="Extending the Suspension of the Increase in Duties on Articles of Lesotho",
                             article_id="test-talks-r31")
    assert ("USA", "tariff", "suspend") in triples_in(rows, "so that discussions")
    assert talks(rows) == [("LSO", "USA", "diplomatic"), ("USA", "LSO", "diplomatic")]


def test_a_pause_buying_time_for_quota_talks_gives_tariff_talks():
    rows = story("The European Commission on Tuesday extended for three months the suspension of its counter-duties on "
                 "American motorcycles, buying time for talks with Washington on a quota for European steel.",
                 title="EU extends pause on counter-duties")
    assert talks(rows) == [("EUN", "USA", "tariff"), ("USA", "EUN", "tariff")]


def test_a_delay_for_further_negotiations_with_unnamed_countries_gives_no_new_talks_row():
    rows = official("The President is delaying the tariff increase on cabinets to allow for further negotiations to occur "
                    "with other countries.",
                    title="Fact Sheet: President Donald J. Trump Adjusts Imports of Cabinets")
    assert talks(rows) == []
