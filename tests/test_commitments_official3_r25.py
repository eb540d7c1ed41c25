"""Round 25 (second wave): official rows missed or wrong, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)
STATEMENT = "Joint Statement on a Framework for a United States-Paraguay Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: The United States and Paraguay Reach Agreement on Reciprocal Trade"


def rows_of(texts, title, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r25-of3")


def items(lead, entries, title):
    """Rows of a lead paragraph and its list items."""
    return rows_of([lead, *entries], title, kinds=["paragraph", *["list_item"] * len(entries)],
                   levels=[0, *[1] * len(entries)])


def acts(rows) -> list[tuple]:
    return sorted((r.actor, r.category, r.action) for r in rows)


# 1. The other side's inspection itself held equal to one's own, goods let in on it, and its safety marks accepted
# are market access (guide rule 14; round 13 review: the inspection *system*, not its certificates).
def test_inspection_system_accepted_as_equivalent():
    rows = items("Paraguay will:", ["accept as equivalent the U.S. system of meat and dairy inspection;"], STATEMENT)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_agency_inspection_of_plants_recognised_as_equivalent():
    rows = items("Paraguay will:", ["Recognize United States Department of Agriculture inspection of dairy plants as "
                                    "equivalent to its own."], FACT_SHEET)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_goods_inspected_under_the_us_service_accepted():
    rows = items("Paraguay will:", ["Accept U.S. lamb and goat meat inspected under the U.S. Department of "
                                    "Agriculture's inspection service, without approving each plant again."], FACT_SHEET)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_safety_certification_marks_accepted():
    # (round 32) a partner's certification marks honoured are its certificates accepted: an import-side requirement eased
    # (guide Round 32 review; the written gold aligned this round), no longer round 19's market access
    rows = rows_of(["Paraguay will accept U.S. safety certification marks for electric heaters and kettles."], STATEMENT)
    assert acts(rows) == [("PRY", "import_restriction", "relax")]


def test_export_certificates_accepted_stay_import_side():
    # accepting the other side's certificates eases an import formality (guide rule 13, round 13 review)
    rows = items("Paraguay will:", ["accept sanitary export certificates issued by the U.S. Department of Agriculture "
                                    "for dairy;"], STATEMENT)
    assert acts(rows) == [("PRY", "import_restriction", "relax")]


def test_border_inspection_waived_stays_import_side():
    rows = items("Paraguay will:", ["waive pre-shipment inspection of U.S. machinery;"], STATEMENT)
    assert [(r.actor, r.category) for r in rows] == [("PRY", "import_restriction")]


# 2. A rate one sentence gives each of several partners is each partner's own row (guide rule 11): not the figure of a
# lead that names none of them, nor a restatement of a rate told before for other goods.
TILES_FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Ceramic Tiles"
TILES_LEAD = ("Today, President Donald J. Trump signed a Proclamation imposing tariffs under Section 232 of the Trade Expansion "
              "Act of 1962 on imports of ceramic tiles and tile adhesives.")


def tariff_rows(rows, said=""):
    return [(r.actor, r.counterparty, r.action, r.value_to) for r in rows if r.category == "tariff" and said in r.evidence]


def test_partners_capped_rate_after_a_figureless_lead():
    rows = rows_of([TILES_LEAD, "Tiles from the European Union and Japan will pay a combined rate of no more than 15%, "
                    "in keeping with the trade deals those partners made with the United States.",
                    "Tiles from the United Kingdom will be tariffed at 10%."], TILES_FACT_SHEET,
                   kinds=["paragraph", "list_item", "list_item"], levels=[0, 1, 1])
    assert tariff_rows(rows, "European Union") == [("USA", "EUN", "impose", 15.0), ("USA", "JPN", "impose", 15.0)]
    assert all(r.value_to is None for r in rows if "Proclamation" in r.evidence)  # the lead takes no partner's figure


def test_partners_capped_rate_after_a_lower_rate_on_other_goods():
    rows = rows_of([TILES_LEAD, "Glazed tiles will be charged a 25% tariff.",
                    "Tile adhesives, grout and grout products will face a lower rate of 15%.",
                    "Products of the European Union and Japan will pay a combined tariff of no more than 15%, honoring "
                    "the deals those partners struck with the United States."], TILES_FACT_SHEET,
                   kinds=["paragraph", "list_item", "list_item", "list_item"], levels=[0, 1, 1, 1])
    assert tariff_rows(rows, "European Union") == [("USA", "EUN", "impose", 15.0), ("USA", "JPN", "impose", 15.0)]


def test_one_partner_named_again_is_still_one_row():
    # a partner's rate told twice, each time for that partner alone, stays one row
    rows = rows_of(["Japan will pay a combined rate of no more than 15% on its tiles.",
                    "Under the deal, Japanese tiles will pay a combined rate of no more than 15%."], TILES_FACT_SHEET)
    assert [r for r in tariff_rows(rows) if r[1] == "JPN"] == [("USA", "JPN", "impose", 15.0)]


# 3. An order's schedule item that lets some of a partner's goods in at no rate beside the partner's rate: the zero
# is the partner's `remove` row for those goods, beside the rate row the item gives.
from tests.commitment_text import ORDER_OPENING  # noqa: E402

ORDER_TITLE = "Further Adjusting the Reciprocal Tariff Rates for Several Trading Partners"
SCHEDULE_LEAD = ("Sec. 2. Revised Rates. Effective on October 1, 2027, the additional duties in Annex I to Executive "
                 "Order 14257 are revised as follows:")


def order_with_items(items):
    texts = [ORDER_OPENING, SCHEDULE_LEAD, *items]
    return rows_of(texts, ORDER_TITLE, kinds=["paragraph", "paragraph", *["list_item"] * len(items)],
                   levels=[0, 0, *[1] * len(items)])


def zero_rows(rows):
    return sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows
                  if r.category == "tariff" and r.value_to == 0)


def test_schedule_item_with_zero_for_listed_goods_after_the_rate():
    rows = order_with_items(["(a) Republic of Peru: 12 percent, and zero for fresh asparagus and avocados;",
                             "(b) Republic of Ecuador: 15 percent, unchanged;"])
    assert zero_rows(rows) == [("USA", "PER", "remove", 0.0)]


def test_schedule_item_with_nil_for_annex_goods():
    rows = order_with_items(["(a) Republic of Fiji: for goods listed in Annex III to this order, nil; for all other "
                             "goods, 10 percent, unchanged;"])
    assert zero_rows(rows) == [("USA", "FJI", "remove", 0.0)]


def test_schedule_item_without_a_zero_gives_no_zero_row():
    rows = order_with_items(["(a) Republic of Peru: 12 percent, reduced from 18 percent;",
                             "(b) Republic of Ecuador: 15 percent for all goods, unchanged;"])
    assert zero_rows(rows) == []
