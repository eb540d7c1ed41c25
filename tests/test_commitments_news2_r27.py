"""Round 27 (N2): news rows of the other categories (export control, import restriction) the extractor missed entirely.

Our own sentences; each mechanism has a case or two that must stay silent (or keep its old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story

ON = datetime(2026, 11, 30)
LEAD = "LUSAKA, Nov 3 (Wire) - Zambia will review its farm support scheme next year, the agriculture ministry said."


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(LEAD, *paragraphs, published_at=ON, title=title)


def rows(found, sentence: str) -> list[tuple]:
    """(actor, category, action, amount, unit, status) of each row the sentence opening ``sentence`` gave, sorted."""
    return sorted((r.actor or "", r.category, r.action, r.amount, r.unit, r.status) for r in found
                  if r.evidence and r.evidence.startswith(sentence[:40]))


# 1. A gerund after a verb of beginning is the act begun ("began requiring export licences", "started restricting
#    sales"); told in the past, the act is done (implemented), after a modal it is still to come.
def test_a_licence_requirement_begun_is_an_export_control_in_force():
    text = "Lusaka began requiring export licences for copper cathodes and cobalt hydroxide in March."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", None, None, "implemented")]


def test_a_requirement_to_begin_later_is_announced():
    text = "Zambia will start requiring export licences for manganese ore from January."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", None, None, "announced")]


def test_a_ban_begun_on_the_goods_going_out():
    text = "Zambia started restricting maize exports in June after a poor harvest."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", None, None, "implemented")]


def test_something_begun_that_is_no_measure_stays_silent():
    text = "Zambia began reviewing its mining code in June, officials said."
    assert rows(story(text), text) == []


def test_trade_that_began_rising_stays_silent():
    text = "Copper exports began rising in June as the new mines came on stream."
    assert rows(story(text), text) == []


# 2. Licences demanded for goods named before the word "exports" ("licences for copper and cobalt exports").
def test_licences_for_named_goods_exports_restrict_them():
    text = "Zambia will require licences for copper and cobalt exports from next year."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", None, None, "announced")]


def test_licences_for_importers_are_no_export_control():
    text = "Zambia will require licences for importers of used tyres."
    assert all(r.category != "export_control" for r in story(text))


# 3. A cap on the goods a country lets leave, with or without its size (guide rule 15: `export_control`
#    `restrict`, the volume in `amount`); a cap on imports of named goods with no size restricts imports.
def test_exports_capped_at_a_tonnage():
    text = "The government capped the country's soya exports at 250,000 tonnes for the season."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", 250000.0, "tonnes", "implemented")]


def test_a_cap_on_exports_for_a_term():
    text = "Zambia will cap maize exports for 60 days to hold down flour prices."
    assert rows(story(text), text) == [("ZMB", "export_control", "restrict", None, None, "announced")]


def test_imports_of_named_goods_capped():
    text = "Zambia last used a safeguard in 2015, when it capped imports of South African cement."
    assert rows(story(text), text) == [("ZMB", "import_restriction", "restrict", None, None, "implemented")]


def test_a_quota_told_as_a_cap_keeps_its_tariff_reading():
    text = "Zambia capped imports of Japanese cars at 20,000 units."
    assert rows(story(text), text) == [("ZMB", "tariff", "reduce", 20000.0, "units", "implemented")]


def test_a_cap_on_prices_or_forecasts_stays_silent():
    for text in ("The club capped ticket prices at $40 for the final.",
                 "The bank capped its exports growth forecast at 3% for the year."):
        assert rows(story(text), text) == []


# 4. A bare measure noun ("lifted the ban", "dropped the measure") after the same party's row in the sentence is
#    that measure: it takes the row's category.
def test_a_cap_dropped_later_is_an_import_restriction_removed():
    text = "Zambia last used a safeguard in 2015, when it capped imports of South African cement, but dropped the measure after a year."
    assert rows(story(text), text) == [("ZMB", "import_restriction", "remove", None, None, "implemented"),
                                       ("ZMB", "import_restriction", "restrict", None, None, "implemented")]


def test_a_ban_lifted_with_no_measure_before_it_keeps_its_old_reading():
    text = "Zambia lifted the ban on Tanzanian rice in October."
    assert all(r.category != "export_control" for r in story(text))
