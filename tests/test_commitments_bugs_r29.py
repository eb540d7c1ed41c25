"""Round 29 (BF): field bugs found this round (issue 4). Our own sentences only.

- a zero rate named in words that replaces a standing one ("a zero rate ..., in place of the current rates of 3 to 8
  percent") is a removal from that rate: round 28's `_replaced_level_rows` test for it was shadowed by a later
  definition of the same name (the duty-free readers'), which asks for "zero tariff/duty";
- a rate only threatened by a person named in several words ("the 30 percent rate President Jane Q. Doe had
  threatened") was never an earlier level (convention 16), as with a one-word subject.

Each test names the reading it checks; the negative cases say what must stay unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, levels_in as rows_of

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Partners reset duties as a regional pact nears"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r29-bugs-news")


# --- a zero rate in place of a standing one ----------------------------------------------------------------------

def test_a_zero_rate_in_place_of_a_range_removes_the_top_rate():
    rows = news("Ghana will apply a zero rate to Indian cocoa beans, in place of the current rates of 3 to 8 percent.")
    assert rows_of(rows, "zero rate") == [("GHA", "tariff", "remove", 8.0, 0.0)]


def test_a_zero_tariff_rate_in_place_of_a_figure_still_removes_it():
    rows = news("Canada will apply the zero tariff rate to Korean cars, in place of 6.1 percent.")
    assert rows_of(rows, "zero tariff rate") == [("CAN", "tariff", "remove", 6.1, 0.0)]


def test_a_new_figure_in_place_of_an_old_one_is_no_zero():
    rows = news("Mexico will charge a 15 percent tariff on Chinese steel, instead of the 30 percent rate it charged "
                "last year.")
    assert rows_of(rows, "15 percent tariff") == [("MEX", "tariff", "reduce", 30.0, 15.0)]


# --- a rate only threatened, by a subject of several words -------------------------------------------------------

def test_a_rate_a_named_president_threatened_is_no_earlier_level():
    rows = news("Mexico will charge a 15 percent tariff on Chinese steel, instead of the 30 percent rate President "
                "Donald Trump had threatened.")
    assert ("MEX", "tariff", "reduce", 30.0, 15.0) not in rows_of(rows, "15 percent tariff")
    assert ("MEX", "tariff", "impose", None, 15.0) in rows_of(rows, "15 percent tariff")


def test_a_rate_a_one_word_subject_threatened_stays_no_earlier_level():
    rows = news("Mexico will charge a 15 percent tariff on Chinese steel, instead of the 30 percent rate Washington "
                "had threatened.")
    assert ("MEX", "tariff", "reduce", 30.0, 15.0) not in rows_of(rows, "15 percent tariff")


# --- a bare form closing a cue's object noun phrase is its noun --------------------------------------------------

def test_an_age_limit_lifted_is_one_removal_not_a_new_restriction():
    rows = news("Taiwan agreed to lift its 30-month age limit on American beef.")
    assert rows_of(rows, "age limit") == [("TWN", "import_restriction", "remove", None, None)]


def test_a_price_band_scrapped_is_one_removal_of_the_object():
    rows = news("Vietnam will scrap the seasonal price cap on Thai sugar imports.")
    assert not any(r[2] in ("restrict", "impose") for r in rows_of(rows, "price cap"))


def test_a_modal_before_the_verb_keeps_it_a_verb():
    rows = news("Japan said its agriculture ministry will limit imports of Chinese garlic from July.")
    assert ("JPN", "import_restriction", "restrict", None, None) in rows_of(rows, "limit imports")


def test_a_state_visit_after_a_verb_of_no_measure_stays_a_visit():
    rows = news("Trump said he would visit China in April, and that Xi would make a state visit to the United States later.")
    assert ("CHN", "diplomatic", "visit", None, None) in rows_of(rows, "state visit")


# --- short names of countries ------------------------------------------------------------------------------------

def test_chinese_taipei_is_taiwan_not_china():
    rows = news("Japan will lower its tariffs on pork from Chinese Taipei to 5 percent.")
    assert [(r.actor, r.counterparty) for r in rows if "Chinese Taipei" in r.evidence] == [("JPN", "TWN")]


def test_trinidad_alone_is_trinidad_and_tobago():
    rows = news("Trinidad will scrap its 20 percent duty on Guyanese rice.")
    assert [(r.actor, r.category, r.action, r.counterparty) for r in rows if "Guyanese" in r.evidence] == [
        ("TTO", "tariff", "remove", "GUY")]
