"""Round 26: wrong fields on paired rows (issue 4). Our own sentences only.

- a surtax or surcharge a government collects on goods is a duty, whether or not its rate is told;
- goods let in without a check at the border are an import formality eased (guide rule 13; guide Round 20: testing
  at the border), and a list item keeps the specific measure the sentence reader found past an access head;
- a duty said to go to zero is removed, zero its new level (convention 13).

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples_in

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Island states trim levies as trade talks wind down"
STATEMENT_TITLE = "Joint Statement on a Framework for a United States-Fiji Agreement on Reciprocal Trade"
ORDER_TITLE = "Implementing the Agreement on Reciprocal Trade with the Republic of Fiji"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r26-fields-news")


def statement(*texts, kinds=None, levels=None, title=STATEMENT_TITLE):
    return commitments_from(list(texts), published_at=ON, title=title, kinds=kinds, levels=levels,
                            article_id="r26-fields-statement")



def levels_in(rows, text: str) -> list[tuple]:
    """(actor, category, action, value_from, value_to, unit) of the rows read from the sentence holding ``text``."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.unit)
                  for r in rows if text in (r.evidence or ""))


# --- surtaxes and surcharges on goods are duties -------------------------------------------------------------

def test_a_surtax_without_its_rate_is_a_tariff_kept():
    rows = news("Wellington said on Monday it would keep the surtax on Chinese-made electric scooters for now.")
    assert triples_in(rows, "scooters") == [("NZL", "tariff", "maintain")]


def test_a_surcharge_a_government_collects_on_imports_is_a_tariff_removed():
    rows = statement("Fiji will scrap the environmental surcharge it collects on imported U.S. refrigerators.")
    assert triples_in(rows, "refrigerators") == [("FJI", "tariff", "remove")]


def test_a_surcharge_on_a_partners_goods_is_a_tariff_removed_in_the_news():
    rows = news("Tonga will drop the surcharge it collects on imported Australian trucks from July, its finance ministry said.")
    assert triples_in(rows, "trucks") == [("TON", "tariff", "remove")]


def test_a_surtax_on_incomes_is_no_trade_measure():
    rows = news("The finance minister would impose a 3 per cent surtax on incomes above $1 million.")
    assert not [r for r in rows if r.category == "tariff"]


def test_a_fuel_surcharge_on_flights_is_no_tariff():
    rows = news("Air Pacific will drop the fuel surcharge on flights to Nadi from next month.")
    assert not [r for r in rows if r.category == "tariff"]


# --- goods let in without a check at the border -------------------------------------------------------------

def test_the_importation_of_meat_without_further_certification_is_an_import_formality_eased():
    rows = statement("Fiji shall permit the importation of lamb and goat meat passed by the inspectors of the United "
                     "States without requiring additional certification or re-inspection at the border.")
    assert triples_in(rows, "lamb") == [("FJI", "import_restriction", "relax")]


def test_imports_let_in_without_additional_testing_are_an_import_formality_eased():
    rows = statement("Fiji will allow imports of United States turkey without additional testing.")
    assert triples_in(rows, "turkey") == [("FJI", "import_restriction", "relax")]


def test_a_list_item_keeps_the_certificates_the_sentence_names_past_the_inspection():
    rows = statement("Under the Agreement, Fiji has undertaken the following:",
                     "Fiji shall accept lamb inspected by the Food Safety and Inspection Service of the U.S. "
                     "Department of Agriculture without requiring additional veterinary certificates.",
                     kinds=["paragraph", "list_item"], levels=[0, 1], title=ORDER_TITLE)
    assert triples_in(rows, "lamb") == [("FJI", "import_restriction", "relax")]


def test_vehicles_built_to_standards_accepted_without_further_testing_stay_market_access():
    rows = statement("Fiji will accept trucks built to U.S. Federal Motor Vehicle Safety Standards without additional "
                     "testing.")
    assert triples_in(rows, "trucks") == [("FJI", "market_access", "relax")]


def test_a_list_item_on_standards_keeps_the_access_category():
    rows = statement("Under the Agreement, Fiji has undertaken the following:",
                     "Fiji shall accept buses built to U.S. safety standards without further testing.",
                     kinds=["paragraph", "list_item"], levels=[0, 1], title=ORDER_TITLE)
    assert triples_in(rows, "buses") == [("FJI", "market_access", "relax")]


# --- a duty that goes to zero -------------------------------------------------------------------------------

def test_a_duty_with_its_rate_that_goes_to_zero_is_removed_from_that_rate():
    rows = news("Tonga's 12 percent duty on American pork goes to zero on day one, the trade minister said.")
    assert levels_in(rows, "pork") == [("TON", "tariff", "remove", 12.0, 0.0, "percent")]


def test_duties_that_will_go_to_zero_over_years_are_removed():
    rows = news("Fiji's duties on most Samoan goods will go to zero within eight years under the pact.")
    assert levels_in(rows, "Samoan") == [("FJI", "tariff", "remove", None, 0.0, "percent")]


def test_a_duty_that_goes_to_a_rate_is_still_moved_by_its_levels():
    rows = news("Tonga's duty on American pork goes to 5% from 12% next year.")
    assert levels_in(rows, "pork") == [("TON", "tariff", "reduce", 12.0, 5.0, "percent")]


def test_exports_that_went_to_zero_are_no_tariff():
    rows = news("Tonga's exports of squash to Japan went to zero last year after a poor harvest.")
    assert not [r for r in rows if r.category == "tariff"]


# --- markets opened to each other at large --------------------------------------------------------------------

def test_markets_opened_to_each_other_are_no_row():
    rows = news("Suva and Nuku'alofa are set to open their markets to each other under the pact signed on Friday.")
    assert not [r for r in rows if r.category == "market_access"]


def test_markets_opened_to_each_others_producers_on_fair_terms_are_no_row():
    rows = statement("The two sides intend to widen their trade ties and to open their markets to each other's "
                     "farmers on fair terms.")
    assert not [r for r in rows if r.category == "market_access"]


def test_markets_opened_to_each_others_named_goods_stay_rows():
    rows = news("Fiji and Tonga will open their markets to each other's kava and taro from next year.")
    assert triples_in(rows, "kava") == [("FJI", "market_access", "relax"), ("TON", "market_access", "relax")]


# --- talks on "the dispute", "the subject": the measure told before ----------------------------------------

def test_consultations_on_the_dispute_take_the_measure_of_the_story_s_lead():
    rows = news("SUVA, March 3 - Fiji will charge duties of up to 30% on Tongan kava and squash from April, the trade "
                "ministry said, hitting back at a Tongan quota on Fijian sugar.",
                "Officials in Suva said exporters had lost a third of their sales since the quota began.",
                "Growers' groups on both sides have urged calm.",
                "Officials from Suva and Nuku'alofa are due to hold consultations on the dispute in Apia next month, "
                "a diplomat said.")
    assert triples_in(rows, "Apia") == [("FJI", "tariff", "negotiate"), ("TON", "tariff", "negotiate")]


def test_talks_on_the_subject_take_the_topic_named_before_in_the_sentence():
    rows = statement("The two ministers discussed ways to secure supply chains for nickel and other critical minerals, "
                     "and agreed that their teams would hold further talks on the subject in the spring.")
    assert {category for _, category, _ in triples_in(rows, "further talks")} == {"other"}


def test_talks_on_the_dispute_with_no_measure_told_stay_diplomatic():
    rows = news("Fiji and Tonga will hold talks on the dispute in Apia next month, officials said.")
    assert {category for _, category, _ in triples_in(rows, "Apia")} <= {"diplomatic"}
