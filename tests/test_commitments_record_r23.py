"""Round 23 (lead): three of round 22's recorded news mechanisms, merged after they transferred to
round 22's blind pages (the validation split this round) — approvals by coordinated bodies and by a
cabinet, state companies named by their role, the British spelling of "finalise". Our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, triples

ON = datetime(2026, 11, 12)


def story(text: str, title: str):
    """Rows of a bylined story (the news register) of one paragraph."""
    return commitments_from([text], published_at=ON, title=title, authors=["A. Reporter"])


def approvals(rows) -> list[tuple]:
    return sorted((row.actor, row.category, row.action) for row in rows if "approval" in (row.subject or ""))


# 1. An approval still to come by a list of bodies: each body's country approves in turn (a row per
# approving party), a cabinet is such a body, and "ratify it" names the deal.
@pytest.mark.parametrize("text, title, expected", [
    ("The pact still needs approval from Chile's Congress and from India's cabinet before it can take effect.",
     "Chile and India sign trade pact", [("CHL", "diplomatic", "negotiate"), ("IND", "diplomatic", "negotiate")]),
    ("The agreement must be ratified by Peru's Congress and by Japan's Diet before it enters into force.",
     "Peru and Japan upgrade trade pact", [("JPN", "diplomatic", "negotiate"), ("PER", "diplomatic", "negotiate")]),
    ("The accord awaits only the approval of Kenya's National Assembly and of the Ugandan parliament.",
     "Kenya and Uganda agree customs accord", [("KEN", "diplomatic", "negotiate"), ("UGA", "diplomatic", "negotiate")]),
    ("The deal has yet to be approved by the cabinet in Hanoi, officials said.",
     "Vietnam and Chile trade deal", [("VNM", "diplomatic", "negotiate")]),
    ("Lawmakers in Malaysia still have to ratify it, the minister said on Tuesday.",
     "Malaysia and Korea trade deal", [("MYS", "diplomatic", "negotiate")]),
])
def test_each_approving_body_still_to_vote_gives_its_country_a_row(text, title, expected):
    assert approvals(story(text, title)) == expected


@pytest.mark.parametrize("text, title", [
    ("India's cabinet approved the pact on Wednesday, the information minister said.", "Chile and India sign trade pact"),
    ("The merger still needs approval from the league's board and from the city council.", "City club merger"),
])
def test_an_approval_already_given_or_no_deal_is_no_row(text, title):
    assert approvals(story(text, title)) == []


# 2. A state company named by its role (with or without its article, its trade before the noun) buys or
# invests for its country: in a deal with the United States, the partner.
@pytest.mark.parametrize("text, title, expected", [
    ("State energy company Socar said it would invest $2 billion in U.S. gas projects under the pact.",
     "US and Azerbaijan strike trade deal", [("AZE", "investment", "invest")]),
    ("The state-owned oil firm will buy 5 million tonnes of American crude a year.",
     "US and Nigeria agree trade deal", [("NGA", "purchase", "purchase")]),
    ("State carrier Garuda will order 50 Boeing jets as part of the agreement.",
     "US and Indonesia agree trade deal", [("IDN", "purchase", "purchase")]),
])
def test_a_state_company_named_by_its_role_acts_for_its_country(text, title, expected):
    assert triples(story(text, title)) == expected


def test_a_state_company_without_a_pledge_gives_no_row():
    assert story("The state-owned oil firm reported a 12 per cent rise in quarterly profit.",
                 "US and Nigeria agree trade deal") == []


# 3. "finalise" is "finalize": the parties' talks on the text still to conclude.
@pytest.mark.parametrize("text", [
    "The two governments will finalise the legal text of the agreement by September.",
    "Both sides agreed to work to finalise the remaining chapters of the agreement.",
])
def test_finalise_is_talks_for_both_parties(text):
    assert triples(story(text, "US and Kenya trade deal")) == [("KEN", "diplomatic", "negotiate"),
                                                                ("USA", "diplomatic", "negotiate")]


def test_finalising_a_budget_is_no_row():
    assert story("Finalising the budget will take the cabinet another week, the minister said.", "Budget talks") == []
