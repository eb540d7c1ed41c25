"""Round 25: wrong fields and extra rows on paired sentences (issue 4). Our own sentences only.

- talks' topic read past where and when they are held (convention 19);
- export levies listed with export restrictions are export controls (guide rule 15), and a list item's bare
  "Not impose ..." is a standstill (convention 11);
- markets at large opened to a party's goods at large are no row (guide rule 2);
- a requirement not imposed is eased, one ended is removed (guide, round-20 review Q4); a waived inspection fee is eased.

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples_in

ON = datetime(2027, 5, 3)
NEWS_TITLE = "Trade ministers plan another round as duties bite"
FACT_SHEET_TITLE = "Fact Sheet: The United States and Ghana Reach a Reciprocal Trade Deal"
STATEMENT_TITLE = "Joint Statement on a Framework for a United States-Ghana Agreement on Reciprocal Trade"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r25-fields-news")


def fact_sheet(*texts, title=FACT_SHEET_TITLE):
    return commitments_from(list(texts), published_at=ON, title=title, article_id="r25-fields-fact-sheet")



# --- talks: the topic past where and when -----------------------------------------------------------------

def test_talks_held_somewhere_next_month_on_duties_are_tariff_talks():
    rows = news("Australia and Vietnam will hold talks in Hanoi next month on the barley and wine duties.")
    assert triples_in(rows, "barley") == [("AUS", "tariff", "negotiate"), ("VNM", "tariff", "negotiate")]


def test_talks_begun_later_this_year_on_rules_of_origin_are_other_talks():
    rows = news("Chile and Peru will begin negotiations later this year on rules of origin for copper cathodes.")
    assert triples_in(rows, "copper") == [("CHL", "other", "negotiate"), ("PER", "other", "negotiate")]


def test_talks_opened_within_a_period_on_quotas_take_the_quotas_category():
    rows = news("The pact commits Chile and Peru to open talks within 90 days on the dairy quotas.")
    assert {category for _, category, _ in triples_in(rows, "dairy")} == {"tariff"}


def test_talks_somewhere_on_the_deal_itself_stay_diplomatic():
    rows = news("Australia and Vietnam will hold talks in Hanoi next month on the free trade agreement.")
    assert triples_in(rows, "Hanoi") == [("AUS", "diplomatic", "negotiate"), ("VNM", "diplomatic", "negotiate")]


def test_a_place_named_in_a_talks_sentence_with_no_topic_leaves_talks_diplomatic():
    rows = news("Australia and Vietnam will hold talks in Hanoi next month.")
    assert {category for _, category, _ in triples_in(rows, "Hanoi")} <= {"diplomatic"}


# --- export levies among export controls; a bare "Not impose" item ----------------------------------------

def test_export_duties_listed_with_export_restrictions_are_export_controls_kept_absent():
    rows = fact_sheet("Ghana will not impose export duties or export restrictions on manganese bound for the United States.")
    assert triples_in(rows, "manganese") == [("GHA", "export_control", "maintain")]


def test_a_bare_not_impose_item_under_a_pledge_lead_is_a_standstill():
    rows = fact_sheet("Ghana will:", "Not impose export taxes, quotas or licensing requirements on bauxite sold to U.S. buyers.")
    assert triples_in(rows, "bauxite") == [("GHA", "export_control", "maintain")]


def test_an_export_duty_alone_stays_a_tariff():
    rows = fact_sheet("Ghana will refrain from levying export duties on cocoa butter sold to U.S. buyers.")
    assert triples_in(rows, "cocoa") == [("GHA", "tariff", "maintain")]


def test_an_export_duty_coordinated_with_import_tariffs_stays_a_tariff():
    rows = fact_sheet("Ghana will cut its export duty and its import tariffs on cocoa butter.")
    assert {category for _, category, _ in triples_in(rows, "cocoa")} == {"tariff"}


# --- markets at large -----------------------------------------------------------------------------------

def test_markets_at_large_opened_for_our_producers_are_no_row():
    rows = fact_sheet("The President promised to open markets for our ranchers and growers, and he kept his word.")
    assert triples_in(rows, "open markets") == []


def test_a_partner_opening_its_own_market_to_us_exports_stays_a_row():
    rows = fact_sheet("Ghana has agreed to further open its own market to U.S. exports.")
    assert triples_in(rows, "own market") == [("GHA", "market_access", "relax")]


def test_deals_opening_markets_to_american_exports_are_no_row():
    rows = fact_sheet("The President has secured trade deals with Ghana and Kenya that are opening markets to American exports.")
    assert triples_in(rows, "opening markets") == []


def test_a_market_opened_to_named_goods_stays_a_row():
    rows = fact_sheet("Ghana will open its market to U.S. beef and poultry.")
    assert triples_in(rows, "beef") == [("GHA", "market_access", "relax")]


# --- requirements not imposed, ended and waived ---------------------------------------------------------

def test_papers_not_required_are_eased():
    rows = fact_sheet("Ghana shall not require consular legalisation of commercial invoices for goods of the United States.")
    assert triples_in(rows, "legalisation") == [("GHA", "import_restriction", "relax")]
    rows = fact_sheet("Ghana will not require import permits for U.S. poultry.")
    assert triples_in(rows, "permits") == [("GHA", "import_restriction", "relax")]


def test_a_list_item_not_requiring_inspection_is_eased():
    rows = fact_sheet("Ghana will:", "(a) not require pre-shipment inspection of goods of the United States;")
    assert triples_in(rows, "pre-shipment") == [("GHA", "import_restriction", "relax")]


def test_a_facility_registration_no_longer_required_is_removed():
    rows = fact_sheet("Ghana will:", "no longer require the registration of individual U.S. dairy plants as a condition of entry;")
    assert triples_in(rows, "registration") == [("GHA", "import_restriction", "remove")]


def test_a_waived_inspection_fee_is_eased():
    rows = fact_sheet("Ghana will waive its pre-shipment inspection fee on goods originating in the United States.")
    assert triples_in(rows, "inspection fee") == [("GHA", "import_restriction", "relax")]


def test_import_permits_no_longer_required_stay_removed():
    rows = fact_sheet("Ghana will no longer require import permits for U.S. poultry.")
    assert triples_in(rows, "permits") == [("GHA", "import_restriction", "remove")]


# --- investment screening talks (guide rule 15) -----------------------------------------------------------

def test_working_together_on_investment_security_is_export_control_talk():
    rows = fact_sheet("The two countries will fight duty evasion and will work together on investment security.",
                      title=STATEMENT_TITLE)
    assert ("GHA", "export_control", "negotiate") in triples_in(rows, "investment security")
    assert ("USA", "export_control", "negotiate") in triples_in(rows, "investment security")
    assert not [t for t in triples_in(rows, "investment security") if t[1] == "investment"]


def test_export_controls_and_investment_screening_with_their_own_verbs_give_a_row_per_object_and_party():
    # (round 35) a row per object and party (Round 27 review), where round 25 kept one export-control row
    rows = fact_sheet("Ghana and the United States will coordinate their export controls on dual-use items and consult "
                      "on the screening of foreign investment in critical sectors.", title=STATEMENT_TITLE)
    assert sorted(triples_in(rows, "dual-use")) == [("GHA", "export_control", "negotiate"), ("GHA", "investment", "negotiate"),
                                                    ("USA", "export_control", "negotiate"), ("USA", "investment", "negotiate")]


def test_investment_promotion_talks_stay_investment():
    rows = fact_sheet("Ghana and the United States will work together on investment promotion in the mining sector.",
                      title=STATEMENT_TITLE)
    assert {category for _, category, _ in triples_in(rows, "promotion")} <= {"investment"}
