"""Round 29 (AR): the party told by a description ("the country", "the island nation", "the bloc"), our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def rows_of(rows, category=None):
    """(actor, category, action) of the rows, sorted (of one category when given)."""
    return sorted((r.actor, r.category, r.action) for r in rows if category is None or r.category == category)


# "the country" / "the nation" at a clause's head is the party named last before it (as "the kingdom" since round 17),
# also behind an apposition ("The landlocked country, Asia's top copper miner, will ...").
def test_the_country_after_an_apposition_is_the_party_named_before():
    rows = story("Mongolia's cabinet met on Monday to review mining rules. The landlocked country, Asia's second-biggest "
                 "copper miner, banned exports of raw copper ore in March.")
    assert rows_of(rows) == [("MNG", "export_control", "restrict")]


def test_the_island_nation_cuts_a_duty():
    rows = story("Sri Lanka's finance minister presented the budget on Thursday. The island nation will cut its import "
                 "duty on rice to 5% from 15%.")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows] == \
        [("LKA", "tariff", "reduce", 15.0, 5.0)]


def test_the_country_as_the_head_of_a_reported_clause():
    rows = story("Ghana's president opened the trade fair in Accra. A spokesperson said the country would ban imports "
                 "of used tyres from next year.")
    assert rows_of(rows) == [("GHA", "import_restriction", "restrict")]


# "the bloc" is a customs union named before, never a country (a guard: the chain read this before the round too).
def test_the_bloc_is_the_union_named_before():
    rows = story("Ministers of the European Union met in Luxembourg. The bloc will remove tariffs on Chilean lemons "
                 "from July.")
    assert rows_of(rows) == [("EUN", "tariff", "remove")]


# Shipments of unmarked goods stopped, with no place named, are the stopping party's exports (the goods leave it).
def test_shipments_of_unmarked_goods_banned_are_exports():
    rows = story("Zambia's mines ministry issued a notice on Monday. The southern African country had already banned "
                 "shipments of raw manganese ore in May 2024.")
    assert rows_of(rows) == [("ZMB", "export_control", "restrict")]


# Silent: a relative clause's "the country", a "country" that is no party.
def test_a_relative_clause_the_country_is_no_party_acting():
    rows = story("Japan's farm lobby met on Friday. Growers complain about the duty that the country has charged "
                 "on feed corn.")
    assert rows_of(rows) == []


def test_the_countrys_largest_port_is_no_description():
    rows = story("Kenya's ports were busy in May. The country's largest port will cut fees on transit cargo to 5%.")
    assert rows_of(rows, "tariff") == []


# A name right after a verb is its object ("visited Washington"), not the party a later "the country" stands for.
def test_the_country_is_not_the_place_visited():
    rows = story("Poland's president visited Washington on Monday. The country will buy 32 Apache helicopters.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("POL", "purchase", "purchase")]
