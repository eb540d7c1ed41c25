"""Round 29: wrong fields on paired rows (issue 4). Our own sentences only.

- a remove / keep / suspend verb whose object is a restriction the lexicon does not name ("its suspension of X
  imports", "the inspection rule for Fijian taro") takes the border the restriction's complement names: imports,
  entry or goods of a foreign origin -> `import_restriction`; exports -> `export_control` (not the verb's `other`);
- a measure kept for a further stretch of time ("for another six months", "for two more years") is prolonged
  (`extend`), and a duty the sentence says "will be extended" is extended, not imposed;
- talks on trading in a field ("a working group on agricultural trade", "a protocol covering insurance services", "a
  cross-border trade agreement") are `market_access` talks; a trade agreement itself stays `diplomatic`.

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, levels_in as rows_of

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Island partners trade concessions as a regional pact nears"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r29-fields-news")


# --- a restriction the verb governs: its complement names the border --------------------------------------------

def test_a_suspension_placed_on_imports_lifted_is_an_import_restriction():
    rows = news("Samoa will end the suspension it imposed last spring on imports of Tongan squash and yams.")
    assert rows_of(rows, "suspension it imposed") == [("WSM", "import_restriction", "remove", None, None)]


def test_a_requirement_for_imports_scrapped_is_an_import_restriction():
    rows = news("Fiji will scrap the pre-shipment approval requirement for imports of Samoan kava next month.")
    assert rows_of(rows, "pre-shipment approval") == [("FJI", "import_restriction", "remove", None, None)]


def test_a_suspension_kept_on_a_partners_goods_named_by_origin_is_an_import_restriction():
    rows = news("Tonga will keep its suspension of Fijian poultry until the outbreak is over.")
    assert rows_of(rows, "suspension of Fijian") == [("TON", "import_restriction", "maintain", None, None)]


def test_a_rule_on_a_partners_exports_named_by_origin_is_still_the_importers_restriction():
    rows = news("Samoa agreed to suspend its fumigation rule for Tongan taro exports.")
    assert rows_of(rows, "fumigation rule") == [("WSM", "import_restriction", "suspend", None, None)]


def test_a_hold_on_its_own_exports_lifted_is_an_export_control():
    rows = news("Fiji lifted the hold on exports of raw timber logs in March.")
    assert rows_of(rows, "hold on exports") == [("FJI", "export_control", "remove", None, None)]


def test_a_restriction_on_people_named_by_origin_is_no_import_restriction():
    rows = news("Fiji will scrap the requirement for Samoan firms to hire a local agent.")
    assert all(r.category != "import_restriction" for r in rows)


def test_restrictions_on_domestic_fishermen_stay_silent():
    rows = news("The minister is committed to removing unnecessary restrictions on American fishermen.")
    assert rows == []


# --- a measure kept for a further stretch of time is prolonged ---------------------------------------------------

def test_a_levy_kept_for_another_stretch_is_extended():
    rows = news("Fiji will keep its 20 percent levy on Samoan sugar for another nine months.")
    assert rows_of(rows, "another nine months") == [("FJI", "tariff", "extend", None, 20.0)]


def test_goods_kept_duty_free_for_more_years_are_extended():
    rows = news("Samoa will keep nearly all goods from Tonga free of duty for three more years.")
    assert rows_of(rows, "three more years") == [("WSM", "tariff", "extend", None, 0.0)]


def test_an_export_halt_kept_in_place_for_another_stretch_is_extended():
    rows = news("Fiji will keep its halt on new sugar export contracts in place for another 45 days.")
    assert rows_of(rows, "another 45 days") == [("FJI", "export_control", "extend", None, None)]


def test_a_duty_said_to_be_extended_is_extended_not_imposed():
    rows = news("Fiji's 12 percent duty on cement imports from Samoa will be extended for another year.")
    assert rows_of(rows, "will be extended") == [("FJI", "tariff", "extend", None, 12.0)]


def test_a_duty_not_to_be_extended_is_not_extended():
    rows = news("Fiji's 12 percent duty on cement imports from Samoa will not be extended beyond June.")
    assert all(r.action != "extend" for r in rows)


def test_a_rate_kept_instead_of_rising_stays_maintain():
    rows = news("Fiji will keep its duty on imported rice at 30 per cent for another year, rather than move to the "
                "regional rate.")
    assert ("FJI", "tariff", "maintain", None, 30.0) in rows_of(rows, "rather than")


def test_a_rate_retained_after_a_prolonged_suspension_stays_maintain():
    rows = news("Fiji will also keep suspending part of the extra tariff on Samoan goods for one more year and retain "
                "a rate of 10 percent.")
    assert ("FJI", "tariff", "maintain", None, 10.0) in rows_of(rows, "retain")


def test_a_rate_kept_with_no_stretch_stays_maintain():
    rows = news("Fiji will keep its tariff on Samoan sugar at 25 percent.")
    assert rows_of(rows, "keep its tariff") == [("FJI", "tariff", "maintain", None, 25.0)]


# --- talks on trading in a field are market access ----------------------------------------------------------------

PAIR_TITLE = "Fiji and Samoa sign a farm and services accord"
PAIR_LEAD = "SUVA, June 1 — Fiji and Samoa signed an accord on Monday."


def pair(*texts):
    return commitments_from([PAIR_LEAD, *texts], published_at=ON, title=PAIR_TITLE, authors=["Staff Writer"],
                            article_id="r29-fields-pair")


def test_a_working_group_on_farm_trade_is_market_access_talks():
    rows = pair("The two governments will set up a working group on agricultural trade that meets every quarter.")
    assert rows_of(rows, "working group") == [("FJI", "market_access", "negotiate", None, None),
                                              ("WSM", "market_access", "negotiate", None, None)]


def test_talks_on_a_protocol_covering_services_are_market_access():
    rows = pair("Officials from both sides will open talks next month on a protocol covering banking and insurance services.")
    assert rows_of(rows, "protocol covering") == [("FJI", "market_access", "negotiate", None, None),
                                                  ("WSM", "market_access", "negotiate", None, None)]


def test_talks_on_a_deal_named_by_border_trade_are_market_access():
    rows = pair("Both sides agreed to start talks on a cross-border trade agreement that would speed up checks at two ports.")
    assert rows_of(rows, "cross-border trade") == [("FJI", "market_access", "negotiate", None, None),
                                                   ("WSM", "market_access", "negotiate", None, None)]


def test_talks_on_a_trade_agreement_stay_the_deal():
    rows = pair("Both sides agreed to start talks on a trade agreement before the end of the year.")
    assert rows_of(rows, "start talks") == [("FJI", "diplomatic", "negotiate", None, None),
                                            ("WSM", "diplomatic", "negotiate", None, None)]


def test_talks_on_an_agreement_on_trade_in_goods_stay_the_deal():
    rows = pair("Both sides will hold exploratory talks on a possible agreement on trade in goods.")
    assert all(r.category == "diplomatic" for r in rows if "exploratory" in (r.evidence or ""))
