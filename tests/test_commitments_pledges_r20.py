"""Round 20: pledges, orders and licences in the news register (our own sentences)."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1)


def _rows(text: str, title: str = "Trade partners trade blows over minerals"):
    return commitments_from([text], published_at=WHEN, title=title, authors=["A Reporter"])


def _has(rows, actor, category, action) -> bool:
    return any((r.actor, r.category, r.action) == (actor, category, action) for r in rows)


# --- export controls told by the way the goods go out -------------------------------------------------

def test_licence_on_shipments_to_a_named_place_is_an_export_control():
    rows = _rows("Beijing will suspend licensing requirements on antimony shipments to Japan for six months.")
    assert _has(rows, "CHN", "export_control", "suspend")
    assert not any(r.category == "import_restriction" for r in rows)


def test_licence_requirement_with_a_relative_clause_before_its_goods():
    rows = _rows("The United States will lift for 90 days the licence requirement it placed last year on "
                 "deliveries of high-end GPUs to Vietnam, the Commerce Department said.")
    assert any(r.actor == "USA" and r.category == "export_control" for r in rows)


def test_licensing_regime_over_strategic_minerals():
    rows = _rows("Under the truce, China said it would pause for a year the licensing regime that covers "
                 "five heavy rare earths, including terbium.")
    assert _has(rows, "CHN", "export_control", "suspend")


def test_require_export_licences_is_a_restriction():
    rows = _rows("China will require export licences for three more metals from January 1, the Commerce "
                 "Ministry said on Friday.")
    assert _has(rows, "CHN", "export_control", "restrict")


def test_require_exporters_to_obtain_a_licence():
    rows = _rows("Jakarta will require exporters of bauxite to obtain a licence for each cargo, the mines "
                 "ministry said.")
    assert _has(rows, "IDN", "export_control", "restrict")


def test_require_licences_for_sales_abroad():
    rows = _rows("The Commerce Department will require licences for sales of advanced memory chips to "
                 "Chinese buyers.")
    assert _has(rows, "USA", "export_control", "restrict")


def test_import_licences_are_left_to_the_import_readers():
    rows = _rows("India will require import licences for laptops from November.")
    assert not any(r.category == "export_control" for r in rows)


def test_a_control_stretched_over_new_goods_restricts_them():
    rows = _rows("Beijing extended its licensing regime to graphite and tungsten on Thursday.")
    assert _has(rows, "CHN", "export_control", "restrict")
    rows = _rows("China will extend its export curbs to two more metals, the ministry said.")
    assert _has(rows, "CHN", "export_control", "restrict")


def test_a_control_prolonged_to_a_date_stays_extended():
    rows = _rows("China will extend its export controls to the end of the year.")
    assert _has(rows, "CHN", "export_control", "extend")
    assert not any(r.action == "restrict" for r in rows)


def test_a_licensing_regime_introduced():
    rows = _rows("Kazakhstan introduced an export licensing regime for tungsten concentrate in late 2025.")
    assert _has(rows, "KAZ", "export_control", "restrict")


def test_shipments_barred_to_a_named_country_are_exports():
    rows = _rows("In December 2024 Beijing prohibited shipments of gallium and germanium to the United States.")
    assert _has(rows, "CHN", "export_control", "restrict")
    rows = _rows("China barred shipments of antimony to the United States.")
    assert _has(rows, "CHN", "export_control", "restrict")


def test_shipments_of_the_other_side_s_goods_stay_an_import_ban():
    rows = _rows("China barred shipments of U.S. beef to China after the dispute.")
    assert not any(r.category == "export_control" for r in rows)


# --- financing: money lent is an investment; sums in Indian scale words and "and a half" -------------

DEAL_TITLE = "Kenya and United States sign trade and investment deal"


def test_money_lent_is_an_investment():
    rows = _rows("The U.S. Export-Import Bank could lend up to $700 million for the Mombasa port upgrade.", DEAL_TITLE)
    row = next(r for r in rows if r.category == "investment")
    assert (row.actor, row.action, row.amount, row.unit) == ("USA", "invest", 700_000_000, "usd")


def test_money_lent_to_a_named_receiver():
    rows = _rows("Beijing agreed to loan Nairobi $1.2 billion for a railway, officials said.", DEAL_TITLE)
    assert any((r.actor, r.category, r.amount) == ("CHN", "investment", 1_200_000_000) for r in rows)


def test_money_lent_in_words():
    rows = _rows("Washington will lend as much as two and a half billion dollars for the refinery.", DEAL_TITLE)
    assert any(r.category == "investment" and r.amount == 2_500_000_000 for r in rows)


def test_lent_without_a_sum_is_no_row():
    assert not [r for r in _rows("The central bank lent weight to the plan on Tuesday.", DEAL_TITLE)
                if r.category == "investment"]


def test_crore_and_lakh_scale_rupee_sums():
    from pipeline.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("₹2,500 crore")] == [(25_000_000_000, "inr")]
    assert [(q.value, q.unit) for q in find_quantities("₹75 lakh")] == [(7_500_000, "inr")]
    assert [(q.value, q.unit) for q in find_quantities("one and a half billion dollars")] == [(1_500_000_000, "usd")]


def test_a_rupee_investment_pledge_keeps_its_currency():
    rows = _rows("Indian firms will invest ₹1,800 crore in chip assembly plants in Texas.",
                 "India and United States agree on trade deal")
    row = next(r for r in rows if r.category == "investment")
    assert (row.amount, row.unit) == (18_000_000_000, "inr")


# --- a purchase pledge told in a relative clause on its quantity ---------------------------------------

PLEDGE_TITLE = "Japan and United States agree on trade deal"


def _bought(text: str, title: str = PLEDGE_TITLE):
    return [r for r in _rows(text, title) if r.category == "purchase"]


def test_tonnes_a_year_it_pledged_to_buy():
    rows = _bought("Tokyo said the cargoes would count towards the 12 million tonnes a year it pledged to buy.")
    assert [(r.actor, r.amount, r.unit) for r in rows] == [("JPN", 12_000_000, "tonnes")]


def test_money_of_goods_a_named_party_promised_to_buy():
    rows = _bought("The shipments count toward the $200 billion of goods Japan promised to buy over two years.")
    assert [(r.actor, r.amount, r.unit) for r in rows] == [("JPN", 200_000_000_000, "usd")]


def test_aircraft_they_agreed_to_purchase():
    rows = _bought("Japan's airlines have taken delivery of four of the 30 jets that they agreed to purchase.")
    assert any(r.amount == 30 and r.unit == "units" for r in rows)


def test_in_the_wire_register_with_mln():
    rows = _bought("The purchases will be counted against the 2.5 mln tonnes of corn Japan committed to import.")
    assert any(r.actor == "JPN" and r.amount == 2_500_000 and r.unit == "tonnes" for r in rows)


def test_a_quantity_stated_after_the_verb_is_kept():
    rows = _bought("Japan pledged to buy 8 million tonnes of U.S. corn a year.")
    assert [(r.amount, r.unit) for r in rows] == [(8_000_000, "tonnes")]


def test_a_relative_clause_on_no_quantity_adds_none():
    rows = _bought("Officials said the deal covers the goods Japan promised to buy.")
    assert all(r.amount is None for r in rows)
