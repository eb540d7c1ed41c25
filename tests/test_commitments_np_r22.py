"""Round 22: purchases, investments and talks in the news — figures that are no pledge, our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, rows_of

ON = datetime(2026, 11, 12)


def story(*paragraphs: str, title: str = "Trade deal round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def purchases(rows) -> list[tuple]:
    return [row for row in rows_of(rows) if row[1] == "purchase"]


# 1. An outside voice's figures are its view, not a government's pledge, whatever verb tells them:
# "estimate", "calculate", "project" join "expect", "forecast" and "predict".
@pytest.mark.parametrize("text", [
    # wire register, the forecast's verb right after the speakers
    "Analysts at a Singapore bank estimate China will import about 100 million tonnes of soybeans this season.",
    # past tense, a that-clause, a sum
    "Economists at a Tokyo brokerage calculated that Japan would buy $5 billion more of U.S. corn next year.",
    # the speakers far from their verb, a tonnage in another style
    "Commodity analysts who follow the Gulf market closely projected that Saudi buyers would take 2 mln t of U.S. wheat.",
    # newspaper register, singular speaker
    "One analyst estimated that Indonesian carriers will order about forty Boeing jets over the decade.",
    # plural verb, money first
    "Strategists estimate that $20 billion of American LNG will flow to Korea under the pact each year.",
    # the estimate of a pledge's worth
    "Researchers at a Brussels think tank calculate that the bloc's purchases of U.S. energy will reach only $250 billion.",
])
def test_an_outside_estimate_is_no_purchase(text):
    assert purchases(story(text)) == []


def test_a_government_estimate_still_gives_its_pledge():
    # the buying government speaks: its pledge stands (no outside speaker)
    rows = story("Indonesia agreed to buy $4.5 billion of U.S. farm products, the trade ministry said.",
                 title="Indonesia and US agree trade deal")
    assert purchases(rows) == [("IDN", "purchase", "purchase", None, 4.5e9, "usd")]


# 2. A buying verb with no goods after it describes a trade, it pledges none: the goods stand before
# the verb (a relative clause, a question word) or the verb buys time.
@pytest.mark.parametrize("text", [
    # a relative clause with its object before it, an adverb after the verb
    "Thailand, which supplies about half of the sugar Indonesia buys abroad, said it would ask Jakarta to keep its rate.",
    # a question word, the clause ending in a comma
    "Some EU officials argue the pledge was only ever a guess at what private firms would buy, since Brussels cannot order contracts.",
    # official register, present tense, a full stop after the verb
    "Vietnam is the largest supplier of the rice that the Philippines imports each year.",
    # the verb buys time (a quote)
    '"We have bought ourselves three and a half months, nothing more," the chief negotiator told reporters.',
    # passive-like description, "purchase" at a clause's end
    "The soybeans that Chinese crushers purchase are mostly shipped from Brazil, traders said.",
    # time bought, plural subject
    "The delay buys some time for the negotiators, officials in Seoul said.",
])
def test_a_buying_verb_without_goods_is_no_purchase(text):
    assert purchases(story(text, title="Rice tariffs and trade talks")) == []


@pytest.mark.parametrize("text, expected", [
    # the goods after the verb: a pledge as before
    ("Indonesia will buy 2 million tonnes of U.S. wheat a year, the minister said.",
     [("IDN", "purchase", "purchase", None, 2e6, "tonnes")]),
    # the verb far from its goods, an adverb between
    ("Jakarta also agreed to buy, over five years, $15 billion of American energy.",
     [("IDN", "purchase", "purchase", None, 1.5e10, "usd")]),
])
def test_a_buying_verb_with_goods_is_still_a_purchase(text, expected):
    assert purchases(story(text, title="Indonesia and US agree trade deal")) == expected
