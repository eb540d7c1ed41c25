"""Round 29: rows that state no commitment, both registers (precision).

A measure out of the party's reach: an inability ("cannot lower its duties on its own") or a competence held elsewhere
("its tariffs are set in Brussels"). Our own sentences; silent cases and kept rows.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, levels_and_amounts as rows

ON = datetime(2027, 11, 30)

PEPPER = ("HANOI, Nov 3 (Wire) - Vietnam will cut its tariff on Indian black pepper to 5% from 10% from January 1, the "
          "finance ministry said.")


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def official(*paragraphs: str, title: str = "Fact Sheet: A New Trade Agreement"):
    """Rows of a government's page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


# An inability: a modal of negated power governs the measure verb.
def test_a_member_that_cannot_cut_its_tariffs_gives_no_row():
    found = story(PEPPER, "Laos belongs to the regional customs union and cannot cut most tariffs on its own.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


def test_a_capital_that_cannot_lower_duties_gives_no_row():
    found = story(PEPPER, "Since customs policy is run from Brussels, Lisbon cannot lower import duties on its own, "
                          "the minister said.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


# A competence held elsewhere: the measure is set in or by a named place.
def test_tariffs_set_in_brussels_give_no_row():
    found = official("The United States and Malta signed an energy framework today.",
                     "Because Malta belongs to the European Union, its customs tariffs are set in Brussels.")
    assert not [r for r in found if r.category == "tariff"]


def test_a_quota_set_in_brussels_not_in_a_capital_gives_no_row():
    found = story(PEPPER, "The pork quota is set in Brussels, not Vienna.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


# Kept: the sentence goes on to a measure of the row's kind, or the power is stated, not denied.
def test_a_cut_after_the_inability_keeps_its_row():
    found = story("VIENTIANE, Nov 3 (Wire) - Laos cannot cut most tariffs on its own, but it will lower its duty on "
                  "Thai cement to 5% from 10% next year, the ministry said.")
    assert ("LAO", "tariff", "reduce", 10.0, 5.0, None) in rows(found)


def test_a_rate_set_at_a_level_keeps_its_row():
    found = story("VIENTIANE, Nov 3 (Wire) - Laos will set its duty on Thai cement at 5% from January 1, the "
                  "ministry said.")
    assert [r for r in found if r.category == "tariff" and r.actor == "LAO"]


def test_a_party_that_can_cut_keeps_its_row():
    found = story("VIENTIANE, Nov 3 (Wire) - Laos can and will cut its tariff on Thai cement to 5% from 10% next "
                  "year, the ministry said.")
    assert ("LAO", "tariff", "reduce", 10.0, 5.0, None) in rows(found)


# "keep" as prevention: its object is goods, not a measure; no measure is kept in place.
def test_cooperation_to_keep_technology_out_of_hands_gives_no_maintain_row():
    found = official("The United States and Estonia will cooperate on export controls to keep advanced chips out of "
                     "the hands of hostile states.")
    assert not [r for r in found if r.action == "maintain"]


def test_agreements_sought_to_keep_goods_from_being_rerouted_give_no_maintain_row():
    found = official("The Order also directs the Trade Representative to seek agreements with Thailand and Laos to "
                     "keep Chinese solar cells from being rerouted through their ports.")
    assert not [r for r in found if r.action == "maintain"]


def test_keeping_a_tariff_in_place_keeps_its_row():
    found = official("Estonia will keep its tariff on American pork at zero for the life of the Agreement.")
    assert [r for r in found if r.action == "maintain" and r.actor == "EST"]


def test_goods_kept_out_of_a_deal_keep_their_row():
    found = story("NEW DELHI, Nov 3 (Wire) - India will keep dairy and rice out of the agreement with Peru, the trade "
                  "ministry said.")
    assert ("IND", "other", "maintain", None, None, None) in rows(found)
