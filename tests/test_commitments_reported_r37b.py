"""Round 37 (SW): reported decisions where nothing was emitted — the importing side clears more of the other
side's plants, packing houses or exporters ("will clear a further thirty packing houses", "said it would add some
25 Thai shrimp exporters to the register of approved suppliers", "agreed to allow shipments from 12 additional
packing houses"). The plants reader (`approve_plants`, guide rule 14: market access eased, `market_access` `relax`; the
Round 35 lead decision for plants allowed to ship) knew "register / list / clear / approve" and an adjective of
origin before plants, packhouses or mills; not "packing houses", "establishments" or "exporters", a count in words
above twelve, the origin left to the page, the verbs "add ... to its list", "allow shipments from" and "complete the
listing of"; and a story's "The agency said it would ..." gave no party when its paragraph had named the body just
before ("Russia's plant health agency ... . The agency said ..."). Our sentences.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def rows_in(rows, text):
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


LEAD_KE = "Kenya and Japan signed a plant health protocol for fresh avocados in Tokyo on Monday."
LEAD_TH = "Thailand and Saudi Arabia ended a dispute over shrimp inspections on Tuesday."


# the new behaviour: plant words, count words, origin from the page, "add ... to its list", "allow shipments from"
def test_agreed_to_approve_more_packing_houses_origin_from_page():
    text = "Tokyo will clear a further thirty packing houses for avocado exports before the next harvest, its ministry said."
    assert rows_in(story(LEAD_KE, text), "a further thirty packing houses") == [("JPN", "market_access", "relax")]


def test_said_it_would_approve_named_origin_establishments():
    text = "Tokyo said it would approve twenty-five more Kenyan establishments to ship frozen avocado pulp."
    assert rows_in(story(LEAD_KE, text), "Kenyan establishments") == [("JPN", "market_access", "relax")]


def test_said_it_would_add_exporters_to_its_list():
    text = "The Saudi Food and Drug Authority said it would add some 25 Thai shrimp exporters to the register of approved suppliers next month."
    assert rows_in(story(LEAD_TH, text), "Thai shrimp exporters") == [("SAU", "market_access", "relax")]


def test_agreed_to_allow_shipments_from_additional_packing_houses():
    text = "Under the protocol, Japan agreed to allow shipments from 12 additional packing houses this season."
    assert rows_in(story(LEAD_KE, text), "12 additional packing houses") == [("JPN", "market_access", "relax")]


def test_will_register_forty_more_origin_packhouses():
    text = "Japan will register forty more Kenyan packhouses by March, the agriculture ministry said."
    assert rows_in(story(LEAD_KE, text), "forty more Kenyan packhouses") == [("JPN", "market_access", "relax")]


def test_committed_to_list_a_further_fifty_plants():
    text = "Riyadh committed to list a further fifty Thai processing plants before the Ramadan peak."
    assert rows_in(story(LEAD_TH, text), "fifty Thai processing plants") == [("SAU", "market_access", "relax")]


def test_will_complete_the_listing_of_further_origin_plants():
    text = "Japan's food safety bureau will complete the registration of eight further Kenyan fruit plants by June."
    assert rows_in(story(LEAD_KE, text), "eight further Kenyan") == [("JPN", "market_access", "relax")]


# "The agency" opening a sentence points back to the body its paragraph named (a firm or a bare "the agency" with no
# party before it is no one)
def test_the_agency_after_a_named_body_in_its_paragraph():
    para = ("Saudi Arabia's food authority lifted its curbs on Thai shrimp on Monday. "
            "The agency plans to add 25 Thai shrimp exporters to the register of approved suppliers next month.")
    assert rows_in(story(LEAD_TH, para), "The agency plans") == [("SAU", "market_access", "relax")]


def test_no_party_for_the_agency_opening_a_paragraph():
    text = "The agency plans to add 25 Thai shrimp exporters to the register of approved suppliers next month."
    assert rows_in(story("Shrimp prices rose on Monday.", text), "The agency plans") == []


# guards: read on the base already
def test_guard_approved_more_origin_plants():
    text = "Japan approved 17 more Kenyan avocado packhouses on Friday, the ministry said."
    assert rows_in(story(LEAD_KE, text), "17 more Kenyan") == [("JPN", "market_access", "relax")]


def test_guard_allow_imports_of_goods():
    text = "Japan said it would allow imports of fresh Kenyan avocados from April."
    assert rows_in(story(LEAD_KE, text), "allow imports of") == [("JPN", "market_access", "relax")]


# negatives: no market-access row
def test_no_row_for_factories_approved_as_investment():
    text = "The cabinet approved another thirty solar panel plants in the northern provinces."
    assert not any(r.category == "market_access" for r in story(LEAD_KE, text) if "solar panel" in (r.evidence or ""))


def test_no_row_for_adding_items_to_a_tariff_list():
    text = "The ministry said it would add another 40 products to its list of goods eligible for duty refunds."
    assert not any(r.category == "market_access" for r in story(LEAD_TH, text) if "40 products" in (r.evidence or ""))


def test_no_row_for_exporters_adding_staff():
    text = "Kenyan packers said they would add another twenty packing houses of their own next year."
    assert rows_in(story(LEAD_KE, text), "of their own next year") == []


def test_no_row_for_allowing_shipments_from_a_port():
    text = "Officials agreed to allow shipments from the port of Mombasa to resume after the strike."
    assert not any(r.category == "market_access" and r.action == "relax"
                   for r in story(LEAD_KE, text) if "port of Mombasa" in (r.evidence or ""))


def test_no_row_for_plants_inspected_not_approved():
    text = "Japanese inspectors will visit another thirty packing houses in the Rift Valley next month."
    assert rows_in(story(LEAD_KE, text), "visit another thirty") == []
