"""Round 25 (second wave): rows an article-level merge took away that were commitments of their own; our own
sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, order_commitments


def levies(rows, level: float, goods: str = "") -> list[tuple]:
    """(actor, action, whether the sentence names ``goods``) of each `tariff` row at ``level``, sorted."""
    return sorted((r.actor or "", r.action, goods in r.evidence) for r in rows
                  if r.category == "tariff" and r.value_to == level)


# One rate, two goods, two sentences: each sentence puts the rate on goods the other never names, so two measures at
# one level (convention 8 merges a measure told again, not other goods at the same rate).
def test_other_goods_at_the_same_rate_in_an_order_are_their_own_row():
    rows = order_commitments([
        "Sec. 2. Imposition of Duties. (a) Imported ferry hulls shall be subject to an additional ad valorem duty of "
        "20 percent.",
        "(b) Marine diesel engines designed for passenger vessels shall be dutiable at an additional 20 percent ad "
        "valorem.",
    ], published_at=datetime(2027, 4, 1), title="Adjusting Imports of Ferries and Ferry Parts Into the United States",
        article_id="t-ferries")
    assert levies(rows, 20.0, "diesel") == [("USA", "impose", False), ("USA", "impose", True)]


def test_other_goods_at_the_same_rate_in_a_fact_sheet_are_their_own_row():
    rows = order_commitments([
        "Today, President Donald J. Trump signed a Proclamation that puts a 30% tariff on imported snowplows.",
        "Imported salt spreaders will face the same 30% tariff as snowplows.",
    ], published_at=datetime(2027, 4, 1), title="Fact Sheet: President Donald J. Trump Adjusts Imports of Snowplows",
        article_id="t-snowplows")
    assert levies(rows, 30.0, "spreaders") == [("USA", "impose", False), ("USA", "impose", True)]


# What stays one row: the same goods at the same rate told again, and a subject pointing back to the rate.
def test_the_same_goods_at_the_same_rate_told_again_stay_one_row():
    rows = order_commitments([
        "Sec. 2. Imposition of Duties. (a) Imported ferry hulls shall be subject to an additional ad valorem duty of "
        "20 percent.",
        "(b) The additional duty of 20 percent on ferry hulls shall apply to goods entered on or after May 1, 2027.",
    ], published_at=datetime(2027, 4, 1), title="Adjusting Imports of Ferries Into the United States",
        article_id="t-ferries-2")
    assert len(levies(rows, 20.0)) == 1


def test_a_rate_pointed_back_to_stays_one_row():
    rows = order_commitments([
        "Today, President Donald J. Trump signed a Proclamation that puts a 30% tariff on imported snowplows.",
        "That 30% tariff takes effect on May 1.",
    ], published_at=datetime(2027, 4, 1), title="Fact Sheet: President Donald J. Trump Adjusts Imports of Snowplows",
        article_id="t-snowplows-2")
    assert len(levies(rows, 30.0)) == 1


def story(*paragraphs: str):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=datetime(2026, 11, 30), title="Trade round-up",
                            authors=["A. Reporter"])


def removals(rows, actor: str) -> list[tuple]:
    """(earlier level, new level, the sentence's goods word) of ``actor``'s `tariff`/`remove` rows, sorted."""
    return sorted(((r.value_from if r.value_from is not None else -1.0), (r.value_to if r.value_to is not None else -1.0),
                   next((w for w in ("tea", "pumps", "guitars", "lines", "industrial") if w in r.evidence), ""))
                  for r in rows if r.category == "tariff" and r.action == "remove" and r.actor == actor)


# A lead named only by its kind ("removes tariffs on 95.5 per cent of its lines") takes no figure of a levy the body
# lays on other goods: the item is its own measure (guide rules 6 and 7), the lead stays a row without figures.
def test_a_figure_on_other_goods_is_no_figure_of_a_lead_named_by_its_kind():
    rows = story("WINDHOEK - Namibia and Kenya signed a free trade agreement on Monday.",
                 "Under the agreement, Namibia will remove tariffs on 95.5 per cent of its lines for Kenyan goods, most "
                 "of them at once.",
                 "Windhoek will bring its tariff on Kenyan tea down to zero from 12% over four years.")
    assert removals(rows, "NAM") == [(-1.0, -1.0, "lines"), (12.0, 0.0, "tea")]


def test_list_items_on_other_goods_keep_their_own_figures():
    rows = order_commitments([
        "Under the Agreement, Bhutan shall:",
        "(a) phase out over four years its duties on water pumps and irrigation pipes of U.S. origin; and",
        "(b) apply a zero rate of duty to acoustic guitars imported from the United States.",
    ], published_at=datetime(2027, 4, 1), title="Joint Statement on a United States-Bhutan Trade Framework",
        article_id="t-bhutan")
    assert removals(rows, "BTN") == [(-1.0, -1.0, "pumps"), (-1.0, 0.0, "guitars")]


# What stays one row: a lead naming no goods of its own takes the first figure (convention 8).
def test_a_lead_naming_no_goods_of_its_own_still_takes_the_first_figure():
    rows = story("WINDHOEK - Namibia and Kenya signed a free trade agreement on Monday.",
                 "Under the agreement, Namibia will remove its tariffs on Kenyan goods.",
                 "Windhoek will apply zero duties on all Kenyan industrial goods from January.")
    assert removals(rows, "NAM") == [(-1.0, 0.0, "")]


# A figureless removal told later is the earlier one referred to again only when its levy falls on the same goods.
def test_a_removal_on_other_goods_is_not_the_lead_s_removal_referred_to_again():
    rows = story("SANTIAGO - Vietnam will do away with its import duties on Chilean wine under a trade pact the two "
                 "countries signed on Tuesday.",
                 "Under the agreement, Hanoi will eliminate tariffs on about 95% of Chile's industrial exports from the "
                 "day the deal takes effect.")
    found = sorted(("wine" in r.evidence, r.counterparty) for r in rows
                   if r.category == "tariff" and r.action == "remove" and r.actor == "VNM")
    assert found == [(False, "CHL"), (True, "CHL")]


def test_a_removal_on_the_same_goods_told_again_stays_one_row():
    rows = story("SANTIAGO - Vietnam will do away with its import duties on Chilean wine under a trade pact the two "
                 "countries signed on Tuesday.",
                 "Hanoi will scrap its tariffs on Chilean wine within three years, the trade ministry said.")
    assert len([r for r in rows if r.category == "tariff" and r.action == "remove" and r.actor == "VNM"]) == 1
