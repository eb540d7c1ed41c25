"""Round 27 (issue 4): talks and deal steps — our own sentences only.

- talks one party is to seek or pursue with partners it names are that party's row per partner, on any page (guide
  Q2): "seek agreements (on X) with A and B", "pursue negotiations with the Governments of A, B, and C", "seek
  consultations with the customs authorities of A and B on X"; the category is the talks' own subject, and imports
  the talks are to address make them `import_restriction`. Unnamed partners, and "the other Party" of an agreement
  text, keep what they gave before.
- the deal's legal review still to finish, or its full text to conclude, is a step per party (guide rule 1a): "finish
  the legal review", "complete the legal review of the Protocol", "still has to undergo legal review", "conclude the
  full legal text". A review told as done, and the legal review of something else, stay silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, talks

ON = datetime(2026, 11, 30)
ORDER = "Extending the Suspension of Additional Duties on Goods of the Republic of Fiji"
AGREEMENT = "Agreement between the United States of America and the Republic of Fiji on Reciprocal Trade"


def official(*paragraphs: str, title: str = ORDER):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r27")


def story(*paragraphs: str, title: str = "Ghana and Kenya trade pact"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


# --- talks one party is to seek with partners it names ---------------------------------------------------------

def test_agreements_sought_with_two_governments_on_a_tariff_are_a_row_per_partner():
    rows = official("(b) The United States Trade Representative shall seek agreements with the Governments of Ghana "
                    "and Benin on the tariff treatment of shea butter.")
    assert talks(rows) == [("USA", "BEN", "tariff"), ("USA", "GHA", "tariff")]


def test_agreements_on_reciprocal_trade_sought_with_two_partners_are_the_deal_itself():
    rows = official("The United States Trade Representative shall seek agreements on reciprocal trade with Tonga and "
                    "with Samoa, and shall report to me on their progress within 90 days.")
    assert talks(rows) == [("USA", "TON", "diplomatic"), ("USA", "WSM", "diplomatic")]


def test_negotiations_pursued_on_a_surge_of_imports_are_import_restriction_talks_per_partner():
    rows = official("(4) The United States Trade Representative shall pursue negotiations with the Governments of "
                    "Chile, Peru, and Ecuador to address the surge in imports of fresh blueberries.")
    assert talks(rows) == [("USA", "CHL", "import_restriction"), ("USA", "ECU", "import_restriction"),
                           ("USA", "PER", "import_restriction")]


def test_agreements_sought_with_unnamed_partners_give_no_partner_rows():
    rows = official("The Trade Representative shall seek agreements with trading partners on shea butter.")
    assert not [r for r in talks(rows) if r[1] is not None]


def test_consultations_with_the_other_party_of_an_agreement_stay_both_parties_rows():
    rows = official("Either Party may seek consultations with the other Party on any matter arising under this "
                    "Agreement.", title=AGREEMENT)
    assert talks(rows) == [("FJI", "USA", "diplomatic"), ("USA", "FJI", "diplomatic")]


# --- the deal's legal review still to finish ----------------------------------------------------------------

def steps(rows) -> list[tuple]:
    """(actor, counterparty) of each `diplomatic` `negotiate` row, sorted."""
    return sorted((r.actor, r.counterparty) for r in rows if r.category == "diplomatic" and r.action == "negotiate")


def test_a_legal_review_to_finish_is_a_step_per_party():
    rows = official("Our teams will finish the legal review in the coming weeks so that the Agreement can be signed in "
                    "Suva before the spring.", title="The United States and Fiji reach a reciprocal trade agreement")
    assert steps(rows) == [("FJI", "USA"), ("USA", "FJI")]


def test_a_legal_review_of_the_protocol_to_complete_is_a_step_per_party():
    rows = story("Ministers of Ghana and Kenya will complete the legal review of the Protocol and sign it by June.")
    assert steps(rows) == [("GHA", "KEN"), ("KEN", "GHA")]


def test_a_text_that_still_has_to_undergo_legal_review_is_a_step_per_party():
    rows = story("Ghanaian and Kenyan officials said the text still has to undergo legal review.")
    assert steps(rows) == [("GHA", "KEN"), ("KEN", "GHA")]


def test_the_full_legal_text_to_conclude_is_a_step_per_party():
    rows = story("Ghana's negotiators will work with Nairobi to conclude the full legal text by December.")
    assert steps(rows) == [("GHA", "KEN"), ("KEN", "GHA")]


def test_a_legal_review_told_as_done_is_no_step():
    rows = story("Ghana and Kenya completed the legal review in March, officials said.")
    assert steps(rows) == []


def test_the_legal_review_of_a_merger_is_no_step():
    rows = story("The Accra brewer said its lawyers will complete the legal review of the merger with a Kenyan rival "
                 "by June.")
    assert steps(rows) == []
