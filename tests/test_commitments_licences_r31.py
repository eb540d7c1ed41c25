"""Round 31 (EX): licences and permits told by the traders who must hold them, when the clause names no government.

Our own sentences; each case asserts the rows a user would see, and a couple must stay silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, triples_in

ON = datetime(2026, 11, 30)


def story(*paragraphs: str):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title="Metals round-up")


# 1. The traders' own country, told by its adjective or possessive, lays the papers on them.
def test_exporters_named_by_their_countrys_adjective_need_a_permit():
    text = "Ghanaian exporters will need a permit for each shipment of cocoa beans from April."
    assert triples_in(story(text), text) == [("GHA", "export_control", "restrict")]


def test_exporters_named_by_their_countrys_possessive_need_a_licence():
    text = "Zambia's exporters will also need a licence for each cargo of copper cathode, the regulation said."
    assert triples_in(story(text), text) == [("ZMB", "export_control", "restrict")]


# 2. A story's dateline country lays the papers on exporters the sentence names alone.
def test_exporters_alone_after_a_dateline_take_the_storys_country():
    lead = "LIMA, Nov 3 (Wire) - Peru will charge miners a levy of 8 per cent on zinc concentrate, the ministry said."
    text = "Exporters will also need a permit for each shipment of zinc concentrate from March, the decree said."
    assert triples_in(story(lead, text), text) == [("PER", "export_control", "restrict")]


# 3. An import licence importers need, from the agency that issues it: the issuer's government restricts imports.
def test_importers_need_an_import_licence_from_the_issuing_agency():
    text = ("Importers of Thai ceramic cups will need an import licence from the Department of Commerce, "
            "which will log the port of each entry.")
    rows = commitments_from([text], published_at=ON, title="Fact Sheet: Ceramic Cups")
    assert triples_in(rows, text) == [("USA", "import_restriction", "restrict")]


def test_importers_need_a_permit_from_a_named_ministry():
    text = "Importers of Thai rice will need an import permit from Kenya's agriculture ministry."
    assert triples_in(story(text), text) == [("KEN", "import_restriction", "restrict")]


# Negatives: papers with no trade, or no party the traders belong to, stay silent.
def test_a_building_permit_a_firm_needs_stays_silent():
    text = "The company said it would need a building permit before work on its new warehouse could start."
    assert triples_in(story(text), text) == []


def test_exporters_after_two_parties_and_no_dateline_tell_no_party():
    first = "Japan and South Korea held a round of talks on pork and beef trade this week."
    text = "Exporters will need a licence to ship more pork, a trader said."
    assert triples_in(story(first, text), text) == []
