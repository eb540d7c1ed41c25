"""Round 21: measures changed in the news (a measure withdrawn), our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 10, 8)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def removals(rows) -> list[tuple]:
    """(government, goods' country, category, action, status, earlier level) of each row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.status, r.value_from) for r in rows)


# 1. "Withdraw" a measure is to remove it, in either voice: the government whose measure it is removes it
# (the subject of the active, the measure's owner in the passive), with the rate it had when one is named;
# done when told in the past, announced when still to come.
@pytest.mark.parametrize("text, expected", [
    # wire register, past tense, the goods' country after "on"
    ("NEW DELHI, Oct 7 (Wire) - India withdrew its retaliatory duties on U.S. walnuts and pears on Tuesday.",
     [("IND", "USA", "tariff", "remove", "implemented", None)]),
    # newspaper register, perfect tense, a rate stated
    ("Beijing has withdrawn its 15 per cent tariff on American coal, the commerce ministry said.",
     [("CHN", "USA", "tariff", "remove", "implemented", 15.0)]),
    # a pledge still to come, the verb far from the goods ("provisional" and "anti-dumping" between)
    ("CANBERRA - Australia will withdraw the provisional anti-dumping levies it put on Chinese steel wheels in June.",
     [("AUS", "CHN", "tariff", "remove", "announced", None)]),
    # the passive: the measure is the subject, its owner named by the possessive
    ("OTTAWA - Canada's retaliatory duty on U.S. motorboats was withdrawn last week after talks in Washington.",
     [("CAN", "USA", "tariff", "remove", "implemented", None)]),
    # passive, plural, to come
    ("The EU's counter-tariffs on American orange juice will be withdrawn from Monday, the Commission said.",
     [("EUN", "USA", "tariff", "remove", "announced", None)]),
    # a rate change withdrawn on a condition: "the higher rates" are the government's duties
    ("Turkey would withdraw the higher rates on American rice if Washington restored its steel quota, the trade "
     "minister said.", [("TUR", "USA", "tariff", "remove", "announced", None)]),
    # sanctions withdrawn: the category from the measure named
    ("WASHINGTON - The United States withdrew its sanctions on Belarusian potash producers in September.",
     [("USA", "BLR", "sanctions", "remove", "implemented", None)]),
])
def test_withdrawn_measure_is_removed(text, expected):
    assert removals(story(text)) == expected


# 2. No measure withdrawn: an envoy, troops, an offer, a bill or a party leaving talks give no row.
@pytest.mark.parametrize("text", [
    "The ambassador was withdrawn from Ottawa last week.",
    "Troops were withdrawn from the border region in March.",
    "The company withdrew its offer for the Brazilian steelmaker on Friday.",
    "Canada withdrew from the talks on Friday, officials said.",
    "The bill was withdrawn from parliament before the vote.",
    "Investors withdrew $2 billion from emerging-market funds last week.",
])
def test_nothing_withdrawn_is_no_row(text):
    assert story(text) == []
