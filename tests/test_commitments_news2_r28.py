"""Round 28 (N2): news rows of the other categories (import restriction, export control) the extractor missed entirely.

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story

ON = datetime(2026, 11, 30)
LEAD = "MAPUTO, Nov 3 (Wire) - Mozambique will review its farm support scheme next year, the agriculture ministry said."


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(LEAD, *paragraphs, published_at=ON, title=title)


def rows(found, sentence: str) -> list[tuple]:
    """(actor, category, action, amount, unit) of each row the sentence opening ``sentence`` gave, sorted."""
    return sorted((r.actor or "", r.category, r.action, r.amount, r.unit) for r in found
                  if r.evidence and r.evidence.startswith(sentence[:40]))


# 1. Papers told by those who must hold them: "importers would need a permit for each consignment" restricts imports,
#    "traders will need a permit" after the party's exports restricts exports; the permit's kind may precede it
#    ("a phytosanitary import permit") and approvals are permits.
def test_importers_who_will_need_a_permit_are_an_import_restriction():
    text = ("Tanzania's trade ministry said importers would again be allowed to bring in Kenyan onions, "
            "but would need a permit for every truckload.")
    assert rows(story(text), text) == [("TZA", "import_restriction", "restrict", None, None)]


def test_traders_who_need_a_permit_after_exports_reopened_are_an_export_control():
    text = ("Malawi will reopen soybean exports next month, the ministry said on Friday, "
            "although traders will need a permit for each shipment.")
    assert ("MWI", "export_control", "restrict", None, None) in rows(story(text), text)


def test_exporters_with_no_goods_named_still_hold_the_permit():
    text = "Ghana said exporters would need an export licence for each cargo of cocoa beans from April."
    assert rows(story(text), text) == [("GHA", "export_control", "restrict", None, None)]


def test_a_permit_of_a_named_kind_for_imports():
    text = "Uganda will require a veterinary import permit for every consignment of day-old chicks from January."
    assert rows(story(text), text) == [("UGA", "import_restriction", "restrict", None, None)]


def test_import_approvals_are_import_permits():
    text = "Ethiopia plans to require import approvals for used clothing from March."
    assert rows(story(text), text) == [("ETH", "import_restriction", "restrict", None, None)]


def test_traders_who_say_they_need_a_permit_state_no_measure():
    text = "Traders said they would need a permit to move grain across the border."
    assert rows(story(text), text) == []


def test_a_firm_that_needs_a_permit_for_its_plant_is_no_trade_measure():
    text = "The company said it would need a building permit before work on the new warehouse could start."
    assert rows(story(text), text) == []
