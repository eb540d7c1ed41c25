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


# 2. A restriction named before, told as the subject with the time it was first laid ("The ban, first imposed in 2023,
#    ...", "The halt was first put in place in May"): its party's `restrict`, in the category of the row that named it
#    (or of the way its own object names).
def history(*paragraphs: str) -> list[tuple]:
    return sorted((r.actor or "", r.category, r.action) for r in story(*paragraphs)
                  if r.evidence and r.evidence.startswith("The "))


def test_a_ban_first_imposed_is_the_party_restricting_imports():
    assert history("Namibia scrapped its ban on imports of Zambian poultry on Monday, the trade ministry said.",
                   "The ban, first imposed in 2024 after a bird flu outbreak, had hurt Zambian farmers.") \
        == [("NAM", "import_restriction", "restrict")]


def test_a_halt_put_in_place_in_the_same_paragraph_is_an_export_control():
    assert history("Ghana will keep its halt on new cocoa export contracts for another month. "
                   "The halt was first put in place in May after heavy rains damaged the crop.") \
        == [("GHA", "export_control", "restrict")]


def test_a_ban_whose_own_object_names_the_exports():
    assert history("Zimbabwe said it would keep its ban on exports of raw chrome ore, the mines ministry said.",
                   "The ban on chrome ore exports, first imposed in March 2023, has drawn complaints from small miners.") \
        == [("ZWE", "export_control", "restrict")]


def test_a_ban_with_no_trade_row_before_stays_silent():
    text = "The ban on smoking in stations, introduced in 2019, will remain in place."
    assert history("Mozambique's railway company said on Monday it would add two trains a day.", text) == []


def test_a_ban_announced_is_not_a_ban_imposed():
    assert history("Namibia scrapped its ban on imports of Zambian poultry on Monday, the trade ministry said.",
                   "The ban, announced by the ministry in 2024, had hurt Zambian farmers.") == []
