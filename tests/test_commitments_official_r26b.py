"""Round 26 (second wave): official rates on goods the product lexicon does not know, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 10, 1)
SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Vanadium and Niobium to Protect National Security"
SIGNED = ("Today, President Donald J. Trump signed a Proclamation under Section 232 of the Trade Expansion Act of 1962 "
          "placing duties on imports of vanadium, niobium, and goods made from them.")


def bullets(*entries, title=SHEET):
    return commitments_from([SIGNED, *entries], published_at=ON, title=title,
                            kinds=["paragraph", *["list_item"] * len(entries)], levels=[0, *[1] * len(entries)],
                            article_id="r26-fs")


def rates(rows) -> list[tuple]:
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows
                  if r.category == "tariff" and r.value_to is not None)


# 1. Goods the title of a signed import action names are goods, whatever the product lexicon knows: their rate
# ("will pay 40%", "will pay 20% from July 1") is the signing government's.
def test_goods_the_title_names_pay_a_rate_and_its_step():
    rows = bullets("Vanadium pentoxide – flakes, powders and ferrovanadium – will pay 40%, rising to 60% in 2029.")
    assert rates(rows) == [("USA", "tariff", "impose", None, 40.0), ("USA", "tariff", "raise", 40.0, 60.0)]


def test_goods_the_title_names_pay_a_bare_rate():
    rows = bullets("Unwrought niobium and niobium bars will pay 20% from July 1.")
    assert rates(rows) == [("USA", "tariff", "impose", None, 20.0)]


def test_goods_the_title_names_in_a_paragraph():
    rows = commitments_from([SIGNED, "Niobium alloys from all countries will pay 20%."], published_at=ON,
                            title=SHEET, article_id="r26-fs")
    rows = [r for r in rows if r.paragraph_index == 1]
    assert rates(rows) == [("USA", "tariff", "impose", None, 20.0)]


def test_people_of_the_goods_trade_pay_no_tariff():
    rows = bullets("Vanadium miners will pay 40% more for their electricity.")
    assert rates(rows) == []


def test_goods_the_title_does_not_name_stay_unread():
    rows = bullets("Vanadium pentoxide will pay 40%.",
                   title="Fact Sheet: President Donald J. Trump Adjusts Imports of Graphite to Protect National Security")
    assert rates(rows) == []


# 2. An order's lettered items after "the following ad valorem duties shall apply:": the goods, a colon and the rate.
ORDER = "Adjusting Imports of Vanadium, Niobium, and Their Derivative Products Into the United States"
ENACTING = ("NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by the authority vested in me "
            "by the Constitution and the laws of the United States of America, including section 232 of the Trade "
            "Expansion Act of 1962, as amended, do hereby proclaim as follows:")


def order_items(lead, *items):
    return commitments_from([ENACTING, lead, *items], published_at=ON, title=ORDER,
                            kinds=["paragraph", "paragraph", *["list_item"] * len(items)],
                            levels=[0, 0, *[1] * len(items)], article_id="r26-fs-order")


def test_goods_and_rate_items_under_a_duty_lead():
    rows = order_items("Clause 1. For goods entered on or after July 1, 2028, the following ad valorem duties shall apply:",
                       "(a) niobium powders and niobium bars, whether or not alloyed: 35 percent; and",
                       "(b) vanadium flakes, vanadium slag and ferrovanadium: 20 percent.")
    assert rates(rows) == [("USA", "tariff", "impose", None, 20.0), ("USA", "tariff", "impose", None, 35.0)]


def test_items_under_a_lead_naming_no_duty_stay_silent():
    rows = order_items("Clause 1. The Secretary found that imports met the following shares of domestic use:",
                       "(a) niobium powders and niobium bars, whether or not alloyed: 85 percent; and",
                       "(b) vanadium flakes, vanadium slag and ferrovanadium: 60 percent.")
    assert rates(rows) == []


def test_a_share_after_the_colon_is_no_rate():
    rows = order_items("Clause 1. For goods entered on or after July 1, 2028, the following ad valorem duties shall apply:",
                       "(a) niobium powders: 85 percent of domestic consumption, to be reviewed each year.")
    assert [r for r in rates(rows) if r[4] == 85.0] == []
