"""Round 29 (issue 4, TP): the partner's row of talks one side announces — our own sentences only.

- talks still to come that one side announces with a named partner are the partner's talks too (news; the guide's
  round-22 review, convention 19): "officials would hold consultations with Kenya", "would send a delegation to
  Nairobi to discuss ...".
- a party's own ratification still ahead, a request for consultations and an official page's one-sided talks keep one
  row; a partner the working-with reader already gave its row gets no second one.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, talks

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Ghana and Kenya trade pact"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


# --- talks one side announces with a partner named: the partner's row too (news) --------------------------------

def test_consultations_one_sides_officials_will_hold_with_a_partner_are_the_partners_too():
    rows = story("Ministry spokesman Kofi Mensah told a briefing that Ghanaian officials would hold consultations with "
                 "Kenya on the tea case in November.")
    assert talks(rows) == [("GHA", "KEN", "diplomatic"), ("KEN", "GHA", "diplomatic")]


def test_a_delegation_one_side_sends_to_discuss_investment_is_talks_of_both():
    rows = story("Ghana said it would send a delegation to Nairobi in September to discuss investments by Ghanaian firms "
                 "in Kenyan tea estates.")
    assert talks(rows) == [("GHA", "KEN", "investment"), ("KEN", "GHA", "investment")]


def test_working_with_a_partner_in_a_story_gives_the_partner_one_row_not_two():
    rows = story("A Ghanaian trade official said Accra would keep working with Kenya on steel and autos.")
    assert talks(rows) == [("GHA", "KEN", "tariff"), ("KEN", "GHA", "tariff")]


# --- what keeps one row ------------------------------------------------------------------------------------------

def test_a_partys_own_ratification_still_ahead_stays_its_row_alone():
    rows = story("Ghana and Kenya signed the pact on Monday. The pact still has to be ratified by Kenya's parliament.")
    assert talks(rows) == [("KEN", "GHA", "diplomatic")]


def test_a_request_for_consultations_gives_the_partner_no_row():
    rows = story("Ghana said it had asked Kenya for consultations on the tea duties.")
    assert not any(actor == "KEN" for actor, _, _ in talks(rows))


def test_an_official_pages_one_sided_talks_keep_one_row():
    rows = commitments_from(["Ghana will hold consultations with Kenya on the tea case in November."], published_at=ON,
                            title="Ministry of Trade statement on the tea case", article_id="test-talks2-r29")
    assert not any(actor == "KEN" for actor, _, _ in talks(rows))
