"""Round 32 (OF): official sentences the extractor read as nothing — a reservation after a fronted condition about
"any trading partner", a licence told in the passive with the destinations after it, an offset firms may claim.

Our own sentences; each case asserts the rows a user would see, and a couple per mechanism must stay silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples_in

ON = datetime(2027, 6, 1)
ORDER_LEAD = "Today, President Donald J. Trump signed a Proclamation placing a 25 percent tariff on imported garden gnomes."
EXPORT_LEAD = "Today, President Donald J. Trump signed a Memorandum protecting American kiln technology."


def fact_sheet(lead: str, *items: str, title: str = "Fact Sheet: President Donald J. Trump Adjusts Imports of Garden Gnomes"):
    """Rows of a fact sheet: its lead paragraph, then ``items`` as bullets."""
    return commitments_from([lead, *items], published_at=ON, title=title,
                            kinds=["paragraph", *["list_item"] * len(items)])


def rows_in(rows, text: str) -> list[tuple]:
    """(actor, counterparty, category, action, value_to) of the rows read from the sentence holding ``text``."""
    return sorted((r.actor, r.counterparty or "", r.category, r.action, r.value_to) for r in rows if text in (r.evidence or ""))


# 1. A reservation with a direction after a fronted condition whose subject is "any trading partner" (guide rule 2).
def test_any_trading_partner_in_the_condition_is_no_subject_of_the_raise():
    text = "Should any trading partner retaliate against this action, the President may raise the gnome tariff further."
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "tariff", "raise")]


def test_a_power_the_president_retains_is_his_reservation():
    text = "The President retains the authority to raise the tariff further if gnome imports keep climbing."
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "tariff", "raise")]


def test_the_rates_set_by_the_proclamation_are_duty_rates():
    text = "If a foreign government punishes American gnome exporters, the President may raise the rates set by the Proclamation."
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "tariff", "raise")]


def test_any_trading_partner_as_the_main_subject_still_names_no_party():
    text = "Any trading partner may lower its tariffs on gnomes to qualify for the exemption."
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == []


# 2. A licence told in the passive: the licensing government restricts exports toward each destination named.
def test_a_passive_licence_to_export_to_listed_destinations_is_a_row_per_destination():
    text = ("Effective at once, a license from the Department of Commerce is required to export, reexport or transfer "
            "to China, Iran or Venezuela any kiln controller or firing software.")
    rows = fact_sheet(EXPORT_LEAD, text, title="Fact Sheet: President Donald J. Trump Protects Kiln Technology")
    assert rows_in(rows, text) == [("USA", "CHN", "export_control", "restrict", None),
                                   ("USA", "IRN", "export_control", "restrict", None),
                                   ("USA", "VEN", "export_control", "restrict", None)]


def test_a_passive_licence_to_one_destination_names_it():
    text = ("From July 1, a license will be required to export high-temperature kiln linings to the Russian Federation "
            "or to any firm headquartered there.")
    rows = fact_sheet(EXPORT_LEAD, text, title="Fact Sheet: President Donald J. Trump Protects Kiln Technology")
    assert rows_in(rows, text) == [("USA", "RUS", "export_control", "restrict", None)]


def test_a_licence_for_every_export_to_listed_destinations():
    text = "The Department of Commerce will require a license for every export of kiln glaze to Russia, Iran and Cuba."
    rows = fact_sheet(EXPORT_LEAD, text, title="Fact Sheet: President Donald J. Trump Protects Kiln Technology")
    assert sorted(r.counterparty for r in rows if text in r.evidence) == ["CUB", "IRN", "RUS"]


def test_a_licence_required_to_import_or_not_required_is_no_export_control():
    texts = ["A license will be required to import kiln glaze from any country.",
             "No license will be required to export kiln glaze to Canada."]
    rows = fact_sheet(EXPORT_LEAD, *texts, title="Fact Sheet: President Donald J. Trump Protects Kiln Technology")
    assert [r for r in rows if r.category == "export_control"] == []


# 3. An offset the order's firms may claim against its duties: the order's government eases its own tariff.
def test_an_offset_firms_may_apply_for_is_a_tariff_reduction_with_no_rate():
    text = ("Gnome makers that commit to opening new casting lines in the United States may apply for an offset "
            "equal to 3.75% of the value of the gnomes they finish here, for two years.")
    assert rows_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "", "tariff", "reduce", None)]


def test_an_offset_importers_may_claim_from_an_official():
    text = ("Importers that expand gnome painting in Ohio may apply to the Secretary of Commerce for a two-year offset "
            "worth 3.5 percent of the value of their imports.")
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "tariff", "reduce")]


def test_offset_as_a_verb_or_without_a_share_of_value_is_no_row():
    texts = ["The duties were meant to offset the subsidies that gnome makers abroad receive.",
             "Gnome makers may apply for an offset, the Secretary said."]
    rows = fact_sheet(ORDER_LEAD, *texts)
    assert [r for r in rows if any(t in r.evidence for t in texts)] == []


# 4. A heading that names the goods bought by their American origin names no actor for its bullets.
DEAL_TITLE = "Fact Sheet: President Donald J. Trump Secures Commitments from the Republic of Fiji"


def deal_page(heading: str, bullet: str):
    """Rows of a deal fact sheet: a lead, a heading, one bullet under it."""
    lead = "Today, President Donald J. Trump secured new commitments from the Republic of Fiji."
    return commitments_from([lead, heading, bullet], published_at=ON, title=DEAL_TITLE,
                            kinds=["paragraph", "heading", "list_item"])


def test_a_heading_of_american_goods_bought_leaves_the_buyer_to_the_bullet():
    bullet = "Koro Air will purchase 4 Boeing 787 aircraft, an order worth about $1.1 billion at list prices."
    rows = deal_page("FLYING AMERICAN:", bullet)
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows if bullet in r.evidence] == [
        ("FJI", "purchase", "purchase", 4.0, "units")]


def test_a_heading_with_american_energy_after_a_preposition():
    bullet = "Vuda Power will buy 300,000 metric tons a year of U.S. liquefied natural gas from 2029."
    rows = deal_page("KEEPING THE LIGHTS ON WITH AMERICAN ENERGY:", bullet)
    assert triples_in(rows, bullet) == [("FJI", "purchase", "purchase")]


def test_a_heading_opening_with_american_or_naming_american_people_keeps_the_united_states():
    bullet = "Cut the tariff on Fijian kava to zero."
    assert triples_in(deal_page("U.S. Commitments", bullet), bullet) == [("USA", "tariff", "remove")]
    assert triples_in(deal_page("SUPPORTING AMERICAN FARMERS", bullet), bullet) == [("USA", "tariff", "remove")]


def test_a_heading_of_two_kinds_of_american_goods_joined_by_and():
    bullet = "Nadi Air will purchase 6 Boeing 737-8 aircraft for its regional routes."
    rows = deal_page("BUYING AMERICAN ENERGY AND AMERICAN GOODS", bullet)
    assert triples_in(rows, bullet) == [("FJI", "purchase", "purchase")]


# 5. A government's own buying tied to where the goods are made: the order's government restricts its procurement.
def test_goods_bought_for_a_federal_stockpile_must_be_made_at_home():
    text = ("From 2029, the Department of Energy will require that transformers purchased for the Strategic Petroleum "
            "Reserve be manufactured in the United States.")
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "procurement", "restrict")]


def test_an_order_directs_an_official_to_require_domestic_goods_on_defense_contracts():
    text = ("The Proclamation directs the Secretary of Defense to require, within one year, that gnome-shaped decoys "
            "used on defense contracts be produced in the United States.")
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "procurement", "restrict")]


def test_federal_agencies_may_no_longer_buy_goods_made_by_an_adversary():
    text = "Starting next year, Federal agencies may no longer purchase garden robots built with Chinese sensors."
    assert triples_in(fact_sheet(ORDER_LEAD, text), text) == [("USA", "procurement", "restrict")]


def test_a_requirement_on_imports_or_private_buyers_is_no_procurement_row():
    texts = ["The Order will require that imported gnomes be made without forced labor.",
             "Retailers will require that gnomes purchased for their stores be made of recycled clay."]
    rows = fact_sheet(ORDER_LEAD, *texts)
    assert [r for r in rows if r.category == "procurement"] == []
