"""Round 25 (second wave): news rows the extractor missed entirely, any category.

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def rows(found, category: str | None = None) -> list[tuple]:
    """(actor, counterparty, category, action, amount, unit, status) of each row, sorted; only ``category`` when given."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.amount, r.unit, r.status) for r in found
                  if category is None or r.category == category)


# 1. A contract signed for goods is the signer's purchase (guide rule 25), agreed: its size may come before the
#    deal noun ("a $900 million contract for"), its count after it ("an agreement for a further 12 jets").
def test_a_contract_signed_for_turbines_is_a_purchase_with_its_size():
    found = story("ACCRA - Ghana and the United States signed a string of deals during the president's visit.",
                  "The state power company also put its name to a US$900 million contract for American gas "
                  "turbines and transformers.")
    assert ("GHA", "USA", "purchase", "purchase", 900000000.0, "usd", "agreed") in rows(found, "purchase")


def test_an_agreement_signed_for_a_further_count_of_jets():
    found = story("LIMA - Peru and France signed defence and energy agreements on Monday.",
                  "Peru also signed a government-to-government agreement for a further 12 French helicopters, "
                  "on top of the eight it received in 2019.")
    assert ("PER", "FRA", "purchase", "purchase", 12.0, "units", "agreed") in rows(found, "purchase")


def test_a_contract_still_to_be_signed_for_crude():
    found = story("HANOI - Vietnam and the United States are working through the purchases in their trade deal.",
                  "A deputy minister said Vietnam would sign a contract in March for 600,000 barrels a month of "
                  "American crude.")
    purchases = rows(found, "purchase")
    assert len(purchases) == 1 and purchases[0][:4] == ("VNM", "USA", "purchase", "purchase")


def test_a_contract_won_is_no_purchase_by_the_winner():
    found = story("ACCRA - Ghana and the United States signed a string of deals during the president's visit.",
                  "A Texas engineering firm won a contract for 40 gas turbines at the new Takoradi plant.")
    assert rows(found, "purchase") == []


def test_a_signed_deal_for_cooperation_stays_talks():
    found = story("LIMA - Peru and France signed defence and energy agreements on Monday.",
                  "The two governments also signed an agreement for cooperation on maritime security.")
    assert rows(found, "purchase") == []


# 2. A country's ministry named by any portfolio in lower case acts for the country ("Peru's defence ministry"),
#    as "Peru's commerce ministry" already did.
def test_a_defence_ministry_named_with_its_country_buys_for_it():
    found = story("LIMA - Peru and France signed defence and energy agreements on Monday.",
                  "Peru's defence ministry agreed to buy 12 Caracal helicopters for its navy.")
    assert ("PER", "FRA", "purchase", "purchase", 12.0, "units", "agreed") in rows(found, "purchase")


def test_a_defence_ministry_of_no_country_named_stays_silent():
    found = story("LIMA - Peru and France signed defence and energy agreements on Monday.",
                  "The defence ministry's spokesman said the old helicopters would be retired next year.")
    assert rows(found, "purchase") == []


# 3. A cut told by the share of lines or trade it covers is a measure of its own beside a step on named goods: the
#    goods' figure does not complete it (`_earlier_without_figure`), and it is no restatement of a lead on named goods
#    (`_measure_referred_to_again`).
def test_a_share_of_lines_keeps_no_figure_of_a_later_cut_on_named_goods():
    found = story("SEOUL - South Korea and Peru signed their upgraded trade agreement on Monday.",
                  "Peru, for its part, removes tariffs on 96.2 per cent of its lines, most of them at once.",
                  "Lima will bring its duty on Korean pickup trucks down to zero from 9% over five years.")
    peru = [(r.action, r.value_from, r.value_to) for r in found if r.actor == "PER" and r.category == "tariff"]
    assert ("remove", None, None) in peru
    assert ("remove", 9.0, 0.0) in peru


def test_a_share_of_exports_is_no_restatement_of_a_lead_on_named_goods():
    found = story("GENEVA - Chile will do away with its import duties on Swiss chocolate and phase out a 6 per cent "
                  "tariff on Norwegian trout under a pact signed with the EFTA states on Monday.",
                  "Under the agreement, Santiago will eliminate tariffs on about 95% of EFTA's industrial exports from "
                  "the day the deal takes effect.")
    shares = [r for r in found if r.actor == "CHL" and r.action == "remove" and "95%" in (r.evidence or "")]
    assert len(shares) == 1


def test_a_measure_named_again_without_a_share_still_merges():
    found = story("GENEVA - Chile will do away with its import duties on Swiss chocolate under a pact signed with the "
                  "EFTA states on Monday.",
                  "The duties on Swiss chocolate will be removed from the day the deal takes effect.")
    assert len([r for r in found if r.actor == "CHL" and r.action == "remove"]) == 1
