"""Round 23: rows where no commitment is told in the news — a country's past purchases over a period
are a trade statistic, not a pledge (guide rule 2). Our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 12)


def story(*paragraphs: str, title: str = "Trade figures and deals"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


# a past purchase over a whole period, or read from trade figures, tied to no deal: a statistic
STATISTICS = [
    "Mexico bought about US$95 billion of goods from China last year, while its sales to China were far smaller.",
    "Chile imported roughly $18 billion of goods from China in 2025, customs data show.",
    "Japan purchased $12 billion worth of American farm products last year.",
    "India bought 2.1 million tonnes of Australian lentils in the 2024-25 season, according to trade data.",
    "In 2024, Thailand imported 3 million tonnes of American corn, customs figures show.",
    "Last year Japan bought $9 billion of U.S. beef, pork and grain.",
    "Two-way trade was worth about $2.3 billion in 2025, down from $6 billion a decade earlier, when Chinese mills "
    "still bought large volumes of Brazilian iron ore.",
    "Kenya spent about 40 billion shillings on Indian rice in the first half of 2026, official figures showed.",
]


@pytest.mark.parametrize("sentence", STATISTICS)
def test_a_past_purchase_over_a_period_is_a_statistic(sentence):
    assert [r for r in story(sentence) if r.category == "purchase"] == []


# the same past tense tied to a deal, a pledge or a truce is the party's purchase (rows stay)
@pytest.mark.parametrize("sentence, actor, amount", [
    ("China bought 25 million tonnes of U.S. soybeans last year under the truce.", "CHN", 25_000_000),
    ("Vietnam bought 40 Boeing jets in 2023 as part of a deal with Washington.", "VNM", 40),
    ("Indonesia purchased $4.5 billion of American wheat, soybeans and cotton in 2025, meeting the pledge it made "
     "in the framework.", "IDN", 4_500_000_000),
])
def test_a_past_purchase_tied_to_a_deal_keeps_its_row(sentence, actor, amount):
    rows = [r for r in story(sentence) if r.category == "purchase"]
    assert [(r.actor, r.amount, r.status) for r in rows] == [(actor, amount, "implemented")]


@pytest.mark.parametrize("sentence, actor", [
    ("Under the deal, Japan will buy $8 billion of U.S. farm goods a year.", "JPN"),
    ("Korea agreed to buy $20 billion of American LNG over the next four years.", "KOR"),
])
def test_a_pledge_to_buy_keeps_its_row(sentence, actor):
    rows = [r for r in story(sentence) if r.category == "purchase"]
    assert [r.actor for r in rows] == [actor]
