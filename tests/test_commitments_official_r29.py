"""Round 29 (OF): official rows missed entirely; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
ORDER = "Fact Sheet: President Donald J. Trump Protects American Battery Recycling Technology"
LEAD = "Today, President Donald J. Trump signed an Executive Order to protect American battery recycling technology."


def rows_of(texts, title=ORDER, kinds=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, article_id="r29-of")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, counterparty, category, action, rate and unit."""
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_to, r.unit) for r in rows)


# 1. An order directing its officials to act: the officials act for the signer's government.
def test_order_directs_secretary_to_impose_a_tariff():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to impose a 30 percent tariff on cathode "
                          "foil from Vietnam."])
    assert seen(rows) == [("USA", "VNM", "tariff", "impose", 30.0, "percent")]


def test_order_also_instructs_trade_representative_to_restrict_exports():
    rows = rows_of([LEAD, "The Order also instructs the Trade Representative to restrict exports of lithium "
                          "recovery furnaces to Belarus."])
    assert seen(rows) == [("USA", "BLR", "export_control", "restrict", None, None)]


def test_order_directing_a_report_stays_silent():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to report within 90 days on recycling "
                          "capacity in the United States."])
    assert rows == []


def test_a_foundation_directing_a_secretary_is_no_party():
    rows = rows_of([LEAD, "The foundation directs its secretary to buy 20 tonnes of recycled cobalt."])
    assert not any(r.actor == "USA" for r in rows)


# 2. A licence required for exports, with a time told between, and a row per destination listed.
def test_licence_with_interposed_time_a_row_per_destination():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to require a license, within 45 days, for "
                          "the export of black-mass leaching lines to Iran, Venezuela and Cuba."])
    assert seen(rows) == [("USA", "CUB", "export_control", "restrict", None, None),
                          ("USA", "IRN", "export_control", "restrict", None, None),
                          ("USA", "VEN", "export_control", "restrict", None, None)]


def test_export_licences_for_goods_destined_for_a_list():
    rows = rows_of([LEAD, "The Secretary of Commerce will require export licenses for electrolyte recovery "
                          "software destined for Russia, Belarus or North Korea."])
    assert seen(rows) == [("USA", "BLR", "export_control", "restrict", None, None),
                          ("USA", "PRK", "export_control", "restrict", None, None),
                          ("USA", "RUS", "export_control", "restrict", None, None)]


def test_a_ban_on_exports_to_two_destinations_is_a_row_each():
    rows = rows_of([LEAD, "The United States will ban exports of spent-cell shredders to Iran and Syria."])
    assert seen(rows) == [("USA", "IRN", "export_control", "restrict", None, None),
                          ("USA", "SYR", "export_control", "restrict", None, None)]


def test_licence_for_imports_is_no_export_control():
    rows = rows_of([LEAD, "The Secretary of Commerce will require a license, within 45 days, for the import of "
                          "used cells from Iran and Cuba."])
    assert not any(r.category == "export_control" for r in rows)


def test_goods_made_in_one_country_sent_to_one_destination_keep_one_row():
    rows = rows_of([LEAD, "The United States will restrict exports of recycling furnaces to Iran, citing the "
                          "risks identified by Japan."])
    assert seen(rows) == [("USA", "IRN", "export_control", "restrict", None, None)]


# 3. A ceiling on a rate told with a negated payment, "tops out at", or a rate noun with an aside before its ceiling:
# a row per partner named (guide rules 11, 23).
PROCLAMATION = "Adjusting Imports of Pressure Cookers into the United States"


def test_goods_that_will_not_pay_more_than_a_rate():
    rows = rows_of(["Pressure cookers from Mexico will be charged 20% on entry, and goods from the European Union "
                    "and Japan will not pay more than 15%, as their agreements provide."], title=PROCLAMATION)
    assert seen(rows) == [("USA", "EUN", "tariff", "impose", 15.0, "percent"),
                          ("USA", "JPN", "tariff", "impose", 15.0, "percent"),
                          ("USA", "MEX", "tariff", "impose", 20.0, "percent")]


def test_tariff_that_tops_out_at_a_rate_for_fronted_partners():
    rows = rows_of(["For Japan and the Republic of Korea, which have agreements with the United States, the new "
                    "tariff plus the ordinary duty tops out at 15 percent."], title=PROCLAMATION)
    assert seen(rows) == [("USA", "JPN", "tariff", "impose", 15.0, "percent"),
                          ("USA", "KOR", "tariff", "impose", 15.0, "percent")]


def test_combined_rate_with_an_aside_before_its_ceiling():
    rows = rows_of(["Pressure cookers that are products of the European Union or Japan shall bear a combined rate, "
                    "inclusive of the column 1 duty, no higher than 15 percent."], title=PROCLAMATION)
    assert seen(rows) == [("USA", "EUN", "tariff", "impose", 15.0, "percent"),
                          ("USA", "JPN", "tariff", "impose", 15.0, "percent")]


def test_prices_that_will_not_rise_more_than_a_share_stay_silent():
    rows = rows_of(["Retail prices of Japanese pressure cookers will not rise more than 15 percent, the Secretary "
                    "expects."], title=PROCLAMATION)
    assert rows == []


def test_a_score_that_tops_out_is_no_tariff():
    rows = rows_of(["The survey's confidence index for Japan tops out at 15 percent."], title=PROCLAMATION)
    assert rows == []


# 4. Purchases of one party's goods on a deal fact sheet: a firm named alone, two firms joined by "and", a heading
# that names where the goods come from (the other party buys, convention 3).
VISIT = "Fact Sheet: President Donald J. Trump Secures Billions in American Exports from Estonia"
VISIT_LEAD = ("On the occasion of the Prime Minister's visit, President Donald J. Trump secured commitments from "
              "Estonia to buy American products.")


def test_firm_named_alone_buying_goods_shipped_on_to_europe():
    rows = rows_of([VISIT_LEAD, "Baltic Gasline will purchase 800,000 tonnes of U.S. liquefied natural gas a year, "
                                "to be landed at Paldiski and sent on to Central Europe."], title=VISIT)
    assert [(r.actor, r.category, r.amount, r.unit) for r in rows if r.amount == 800000.0] == [
        ("EST", "purchase", 800000.0, "tonnes")]


def test_two_firms_joined_by_and_buy_american_gas():
    rows = rows_of([VISIT_LEAD, "Eesti Gaas and Baltic Energia agreed to buy 400,000 tonnes a year of American "
                                "liquefied natural gas for eight years."], title=VISIT)
    assert [(r.actor, r.category, r.amount) for r in rows if r.amount == 400000.0] == [("EST", "purchase", 400000.0)]


def test_heading_naming_the_goods_origin_is_not_the_buyer():
    rows = rows_of([VISIT_LEAD, "American Farm Goods",
                    "Estonian feed and milling companies signed letters of intent to buy $300 million worth of U.S. "
                    "wheat and soybeans."], title=VISIT, kinds=["paragraph", "heading", "list_item"])
    assert [(r.actor, r.counterparty, r.amount) for r in rows if r.amount == 300000000.0] == [("EST", "USA", 300000000.0)]


def test_heading_naming_the_buyer_keeps_it():
    rows = rows_of([VISIT_LEAD, "Estonia's Commitments",
                    "Will buy $300 million worth of U.S. wheat and soybeans."],
                   title=VISIT, kinds=["paragraph", "heading", "list_item"])
    assert [(r.actor, r.amount) for r in rows if r.amount == 300000000.0] == [("EST", 300000000.0)]


def test_two_words_joined_by_and_without_capitals_stay_no_firm():
    rows = rows_of([VISIT_LEAD, "Retailers and wholesalers will purchase more goods this winter."], title=VISIT)
    assert not any(r.category == "purchase" and r.amount is None and "Retailers" in (r.evidence or "") for r in rows)


# 5. Goods that go on entering free of duty or at a ceiling: the level kept (`maintain`, convention 2 and 13).
DEAL = "Fact Sheet: President Donald J. Trump Secures a Framework with Estonia"


def test_goods_that_continue_to_enter_free_of_duty():
    rows = rows_of(["Estonian smoked sprats will continue to enter the United States free of duty."], title=DEAL)
    assert seen(rows) == [("USA", "EST", "tariff", "maintain", 0.0, "percent")]


def test_goods_that_will_still_come_in_duty_free():
    rows = rows_of(["Estonian rye bread will still come in duty-free under the framework."], title=DEAL)
    assert seen(rows) == [("USA", "EST", "tariff", "maintain", 0.0, "percent")]


def test_goods_that_continue_to_enter_at_a_ceiling():
    rows = rows_of(["Estonian goods will continue to enter the United States at the all-inclusive tariff ceiling of "
                    "15 percent."], title=DEAL)
    assert seen(rows) == [("USA", "EST", "tariff", "maintain", 15.0, "percent")]


def test_goods_that_will_enter_free_of_duty_are_a_removal():
    rows = rows_of(["Estonian smoked sprats will enter the United States free of duty."], title=DEAL)
    assert seen(rows) == [("USA", "EST", "tariff", "remove", 0.0, "percent")]
