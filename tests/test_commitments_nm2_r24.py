"""Round 24, second pass: news rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def steps(rows) -> list[tuple]:
    """(party, other party) of each `diplomatic` `negotiate` row, sorted."""
    return sorted((r.actor or "", r.counterparty or "") for r in rows
                  if (r.category, r.action) == ("diplomatic", "negotiate"))


# Steps on the deal still ahead (guide rule 1a, Round 20 Q3): the approving party's row.
def test_ratification_procedures_still_to_complete_are_a_step_per_party():
    rows = story("LIMA - Peru and Thailand signed a free trade agreement on Monday covering rice and copper.",
                 "The two governments must still complete their ratification procedures before the pact can take "
                 "effect, officials in Lima said.")
    assert steps(rows) == [("PER", "THA"), ("THA", "PER")]


def test_ratification_procedures_completed_are_no_step():
    rows = story("LIMA - Peru and Thailand signed a free trade agreement on Monday covering rice and copper.",
                 "Thailand completed its ratification procedures in March, officials in Lima said.")
    assert steps(rows) == []


def test_a_second_body_with_a_pending_step_of_its_own():
    # an approval by one legislature, then a tabling in another: each party's own step
    rows = story("OTTAWA - Canada and Peru concluded talks on a trade pact on Friday.",
                 "The pact still requires the approval of Peru's Congress and will have to be tabled in the "
                 "Canadian Parliament before it takes effect.")
    assert steps(rows) == [("CAN", "PER"), ("PER", "CAN")]


def test_a_vote_still_ahead_in_a_legislature():
    rows = story("BRUSSELS - The European Union and Chile updated their trade agreement on Monday.",
                 "Officials said the court opinion removes the last hurdle before a final vote in the European "
                 "Parliament on the deal.")
    assert ("EUN", "CHL") in steps(rows)


def test_a_vote_already_held_is_no_step():
    rows = story("BRUSSELS - The European Union and Chile updated their trade agreement on Monday.",
                 "The agreement applies from June 1 after a final vote in the European Parliament last week.")
    assert steps(rows) == []


# Export licensing told as history or as a new rule (guide rule 15: a licence demanded of exports restricts them).
def controls(rows) -> list[tuple]:
    """(party, subject) of each `export_control` `restrict` row, sorted."""
    return sorted((r.actor or "", r.subject or "") for r in rows if (r.category, r.action) == ("export_control", "restrict"))


def test_goods_subjected_to_licensing_and_placed_under_similar_controls():
    rows = story("HANOI - Vietnam said on Monday it would tighten its rules on rare minerals.",
                 "Hanoi first subjected tungsten, bismuth and fluorspar to licensing in 2024, and last year it placed "
                 "four heavy rare earths under similar controls after a surge of shipments.")
    assert [a for a, _ in controls(rows)] == ["VNM", "VNM"]
    assert any("tungsten" in s for _, s in controls(rows)) and any("rare earths" in s for _, s in controls(rows))
    assert not any(r.category == "import_restriction" for r in rows)


def test_exports_subjected_to_licensing_in_an_order_recital():
    rows = story("WASHINGTON - The Secretary found that in 2024 Vietnam subjected exports of tungsten, a metal used "
                 "in drill bits, to licensing requirements.")
    assert [a for a, _ in controls(rows)] == ["VNM"]


def test_imports_subjected_to_licensing_are_no_export_control():
    rows = story("JAKARTA - Indonesia subjected imports of steel coils to licensing last year.")
    assert controls(rows) == []


def test_placing_an_order_is_no_control():
    rows = story("HANOI - Vietnam raised duties on steel on Monday.",
                 "In April it placed an order for two patrol boats.")
    assert controls(rows) == []


def test_a_long_list_of_goods_whose_exporters_need_a_licence():
    # (the licence reader's reach, 130 characters, was cut back to 80 by a second entry for it)
    rows = story("HANOI - Vietnam will require exporters of tungsten concentrate, tungsten oxides and ammonium "
                 "paratungstate powder to obtain licences from March 1, the trade ministry said.")
    assert [a for a, _ in controls(rows)] == ["VNM"]
