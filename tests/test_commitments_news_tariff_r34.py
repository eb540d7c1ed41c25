"""Round 34: news tariff sentences where the extractor emitted nothing (NT), our own sentences.

Goods said to enter a country, or to be shipped or sent there, with no duty: "will enter China without paying duty",
"can ship 50,000 tonnes ... to the bloc without duty", "will be able to send 20,000 tonnes of butter to Britain
tariff-free". The round-27 reader of official texts (`_ENTERED_FREE`) read these after a modal but was closed to the
news register (a story restating its lead's cut), and it did not take "without (paying) duty". Guide: the zero tariff
of the country the goods enter (convention 13: duty-free is a zero new rate), `tariff` `remove`, `value_to` 0.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def zero_tariffs(rows):
    """(actor, category, action, value_to) of the tariff rows, sorted."""
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if r.category == "tariff")


# The variation battery: the class in the shapes writers use (the free terms as "without paying duty", "free of
# duty", "tariff-free"; a verb of entry or of shipping; the goods' or the shipper's country as subject; a clause or an
# aside before the verb; the country entered as a name, a capital or "the bloc").
BATTERY = [
    ("Ghanaian cocoa butter will enter China without paying duty from January 1 under the new arrangement.",
     [("CHN", "tariff", "remove", 0.0)]),
    ("Under the accord, Peruvian blueberries will enter India without any tariffs from next year.",
     [("IND", "tariff", "remove", 0.0)]),
    ("Ecuador can ship 40,000 tonnes of bananas a year to Turkey without duty under the revised deal.",
     [("TUR", "tariff", "remove", 0.0)]),
    ("Chilean salmon farmers will be able to send 12,000 tonnes of fillets to Korea tariff-free this year.",
     [("KOR", "tariff", "remove", 0.0)]),
    ("Kenyan flowers, the ministry said, will enter Japan without paying import duty from April.",
     [("JPN", "tariff", "remove", 0.0)]),
    ("From March, Vietnamese pepper will enter the European Union without tariffs, the Commission said.",
     [("EUN", "tariff", "remove", 0.0)]),
    ("Uruguayan wool will go into Egypt duty-free under the protocol signed on Monday.",
     [("EGY", "tariff", "remove", 0.0)]),
    ("Colombian coffee growers will be able to sell their beans to Australia without paying tariffs.",
     [("AUS", "tariff", "remove", 0.0)]),
    ("Under the interim deal, Thai shrimp would enter Canada without paying any duty.",
     [("CAN", "tariff", "remove", 0.0)]),
    ("Namibian beef will enter China with no duty at all from January.",
     [("CHN", "tariff", "remove", 0.0)]),
]


@pytest.mark.parametrize("sentence,expected", BATTERY)
def test_goods_entering_without_duty(sentence, expected):
    assert zero_tariffs(story(sentence)) == expected


# Four more of the battery were read before this round (another reader of "will enter <country> free of duty"): kept
# here so the widened reader does not double or drop them; 14 of 14 battery sentences pass, 10 newly.
ALREADY_READ = [
    ("Moroccan tomatoes will enter Britain free of duty once the agreement takes effect, officials said.",
     [("GBR", "tariff", "remove", 0.0)]),
    ("Sri Lankan tea will enter Russia free of customs duties from July, the trade minister said.",
     [("RUS", "tariff", "remove", 0.0)]),
    ("Pakistani rice will enter the Philippines duty-free within a quota of 100,000 tonnes a year.",
     [("PHL", "tariff", "remove", 0.0)]),
    ("Filipino mangoes will enter Ottawa's market free of duty under the pact.",
     [("CAN", "tariff", "remove", 0.0)]),
]


@pytest.mark.parametrize("sentence,expected", ALREADY_READ)
def test_goods_entering_free_read_before_stay_one_row(sentence, expected):
    assert zero_tariffs(story(sentence)) == expected


# Negatives: no duty said to be lifted (a statistic, a negation, a shop, a country not named).
@pytest.mark.parametrize("sentence", [
    "Japanese cars will no longer enter Britain without paying duty once the quota is used up.",
    "Travellers can bring in two bottles of wine without paying duty, the airport said.",
    "Shoppers will be able to buy perfume at duty-free shops in the new terminal.",
    "The goods will enter without paying duty, the importer said.",
])
def test_no_duty_lifted_no_row(sentence):
    assert zero_tariffs(story(sentence)) == []


def test_free_entry_keeps_the_level_it_replaces():
    rows = story("Under the pact, Brazilian coffee will enter Korea free of duty, down from a tariff of up to 8% now.")
    assert sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff") == [
        ("KOR", "remove", 8.0, 0.0)]
