"""Round 43 (issue 4), the lead: an agreement's review clause that names its chapter or annex.

The team's own sentences (never text from the shared or written pages).

The guide's Round 43 review reads an agreement's review clause as talks to come on the deal, a `diplomatic`
`negotiate` row per party (convention 19). The `review_agreement` cue read the review of "this Agreement"; a
clause that reviews one chapter or annex of it ("review the operation of this Chapter") is the same review.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)
PARTIES = "Chile and the United States signed the text on Monday."


def _rows(text):
    rows = commitments_from([PARTIES + " " + text], published_at=WHEN, authors=["A Reporter"])
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows)


@pytest.mark.parametrize("text", [
    "The Parties shall review the operation of this Chapter no later than three years after entry into force.",
    "The Parties shall jointly review the implementation of this Annex within eighteen months.",
    "The two sides will assess the functioning of the Chapter every two years.",
])
def test_a_review_of_the_agreements_chapter_or_annex_is_talks_per_party(text):
    assert _rows(text) == [("CHL", "USA", "diplomatic", "negotiate"), ("USA", "CHL", "diplomatic", "negotiate")]


@pytest.mark.parametrize("text", [
    "The Parties shall review the operation of their customs posts every year.",
    "Each Party shall publish the tariff schedule set out in this Annex.",
    "The ministry will review the chapter on fisheries subsidies in its annual report.",
])
def test_a_review_of_something_else_gives_no_talks_row(text):
    assert not [r for r in _rows(text) if r[3] == "negotiate"]
