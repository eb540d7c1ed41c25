"""Commitment extraction, round 10: agreement texts in treaty language and joint statements.

Each rule reads a clause shape, a verb class or a noun class, so each test gives it more than
one wording. Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TREATY = "Agreement between the United States of America and the Republic of Peru on reciprocal trade"


def extract(*texts, title=TREATY):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r10")


def triples(rows):
    return {(r.actor, r.category, r.action) for r in rows}


# "uphold or institute strong environmental governance structures": keeping a regime in place is
# `maintain` (convention 11, "or" takes the weaker act); ", as necessary," between the verb and its
# object is an aside, not the end of the clause; "environment-related issues" names the topic.
@pytest.mark.parametrize("text, expected", [
    ("Peru shall uphold or institute, as necessary, strong environmental governance structures.",
     {("PER", "other", "maintain")}),
    ("Peru shall uphold, as needed, its labor laws and the institutions that enforce them.",
     {("PER", "other", "maintain")}),
    ("Peru shall address environment-related issues that distort bilateral trade.",
     {("PER", "other", "enforce")}),
])
def test_upholding_a_regime_is_kept_and_an_aside_does_not_cut_the_object(text, expected):
    assert triples(extract(text)) == expected


def test_upholding_a_ruling_names_no_measure():
    assert extract("Peru shall uphold the ruling of the arbitral panel.") == []


# Trade in defence articles runs on export licences: easing it is an export-control measure.
@pytest.mark.parametrize("text", [
    "The United States shall work with Peru to streamline and enhance defense trade.",
    "The United States will facilitate defence trade with Peru.",
])
def test_easing_defense_trade_is_export_control_relief(text):
    assert triples(extract(text)) == {("USA", "export_control", "relax")}
