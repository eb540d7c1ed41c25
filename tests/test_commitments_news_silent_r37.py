"""Round 37: news sentences where nothing was emitted (NS), our own sentences.

Two parties' people named as such, meeting still to come: "the EU's trade commissioner and the U.S. Trade
Representative will meet in Washington on May 4", "Australia's trade minister is due to meet Indonesian officials in
Jakarta", "Kenya's trade secretary will meet his Ugandan counterpart", "the two officials will speak again next week",
"Officials of both Governments will meet in Oslo". The meeting reader (`_NEGOTIATORS_MEET`) knew negotiators,
delegations, "officials from both countries" and ministers told as a pair, not people named one by one with their
parties, nor "officials" as a pair, nor "Governments" with a capital: the sentence gave no row. Convention 19: talks
to come are a row per party, on the measure the meeting is to discuss (else `diplomatic`).
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def talks_of(rows, text):
    """(actor, category, action) of the `negotiate` rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or "") and r.action == "negotiate")


def rows_in(rows, text):
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


LEAD = "The United States raised its tariff on Japanese cars to 25 percent on Monday, the Commerce Department said."


# People of two parties named one by one (by their titles, possessives or adjectives), meeting still to come (the
# one with a named EU commissioner and "he would meet U.S. Commerce Secretary ..." read already: a guard).
def test_two_named_officials_will_meet_on_the_measure():
    lead = "The United States raised its duty on Canadian softwood lumber to 35 percent on Monday."
    text = ("Canada's finance minister and U.S. Commerce Secretary Howard Lutnick will meet in Ottawa on May 4 to "
            "discuss the lumber duty, officials said.")
    assert talks_of(story(lead, text), "will meet in Ottawa") == [("CAN", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]


def test_official_due_to_meet_another_partys_officials():
    lead = "Indonesia banned imports of live cattle from Australia on Tuesday, citing an outbreak of lumpy skin disease."
    text = "Australia's agriculture minister is due to meet Indonesian officials in Jakarta next week to discuss the cattle restrictions."
    assert talks_of(story(lead, text), "is due to meet") == [("AUS", "import_restriction", "negotiate"),
                                                             ("IDN", "import_restriction", "negotiate")]


def test_official_will_meet_his_counterpart():
    lead = "Uganda doubled its import duty on Kenyan sugar to 50 percent, the finance ministry said on Monday."
    text = "Kenya's trade secretary will meet his Ugandan counterpart in Kampala on Friday, the ministry said."
    assert talks_of(story(lead, text), "his Ugandan counterpart") == [("KEN", "diplomatic", "negotiate"),
                                                                       ("UGA", "diplomatic", "negotiate")]


@pytest.mark.xfail(reason="the cue path reads 'to discuss the sugar duty' first, with one party only (UGA): the "
                          "meeting reader is not reached when the sentence has rows; left", strict=True)
def test_official_will_meet_his_counterpart_to_discuss_the_measure():
    lead = "Uganda doubled its import duty on Kenyan sugar to 50 percent, the finance ministry said on Monday."
    text = "Kenya's trade secretary will meet his Ugandan counterpart in Kampala on Friday to discuss the sugar duty."
    assert talks_of(story(lead, text), "his Ugandan counterpart") == [("KEN", "tariff", "negotiate"),
                                                                       ("UGA", "tariff", "negotiate")]


def test_named_official_scheduled_to_meet_a_named_official_no_topic():
    lead = "The Philippines and Vietnam signed a rice supply agreement in Manila on Monday."
    text = ("The Philippine agriculture secretary is scheduled to meet Vietnam's trade minister in Hanoi later this "
            "month, the department said.")
    assert talks_of(story(lead, text), "is scheduled to meet") == [("PHL", "diplomatic", "negotiate"),
                                                                   ("VNM", "diplomatic", "negotiate")]


def test_the_two_officials_will_speak_again():
    lead = ("Chile's trade minister spoke by telephone on Monday with her Peruvian counterpart about Peru's new duty "
            "on Chilean onions, the ministry said.")
    text = "The two officials will speak again next week, the ministry added."
    assert talks_of(story(lead, text), "The two officials") == [("CHL", "diplomatic", "negotiate"),
                                                                ("PER", "diplomatic", "negotiate")]


def test_officials_of_both_governments_capitalised():
    lead = "Norway and Chile signed a framework on reciprocal trade in Oslo on Tuesday."
    text = "Officials of both Governments will meet in Santiago within 60 days to draw up a work plan."
    assert talks_of(story(lead, text), "Officials of both Governments") == [("CHL", "diplomatic", "negotiate"),
                                                                            ("NOR", "diplomatic", "negotiate")]


def test_named_official_would_meet_named_official_after_said():
    lead = "The European Union put a 25 percent duty on U.S. motorcycles on Monday in answer to Washington's steel tariffs."
    text = ("The EU trade commissioner said he would meet U.S. Commerce Secretary Howard Lutnick in Geneva next week to "
            "discuss the motorcycle duty.")
    assert talks_of(story(lead, text), "Howard Lutnick in Geneva") == [("EUN", "tariff", "negotiate"),
                                                                       ("USA", "tariff", "negotiate")]


# Near misses: one party's people meeting their own growers, firms or the press, a meeting refused, talks of no
# trade, anonymous officials.
def test_minister_meeting_own_growers_gives_no_talks():
    lead = "China suspended imports of Brazilian soybeans from two ports on Monday, customs said."
    text = "Brazil's agriculture minister will meet soybean growers in Cuiaba next week to discuss the suspension."
    assert talks_of(story(lead, text), "soybean growers") == []


def test_minister_meeting_exporters_gives_no_talks():
    lead = "Indonesia will require import licences for ceramic tiles from January, the trade ministry said."
    text = "Indonesia's trade minister will meet exporters in Surabaya on Thursday to explain the new rules."
    assert talks_of(story(lead, text), "exporters in Surabaya") == []


def test_minister_meeting_reporters_gives_no_talks():
    text = "Japan's economy minister will meet reporters in Tokyo on Tuesday to explain the government's response."
    assert talks_of(story(LEAD, text), "will meet reporters") == []


def test_meeting_refused_gives_no_talks():
    lead = "Peru raised its duty on Chilean onions to 20 percent on Monday."
    text = "Chile's trade minister said she would not meet Peruvian officials until the onion duty was lifted."
    assert talks_of(story(lead, text), "would not meet Peruvian") == []


def test_meeting_on_no_trade_gives_no_talks():
    lead = "Germany and France agreed on Monday to cut tariffs on each other's wine, the ministries said."
    text = "Germany's chancellor will meet the French president in Paris on Friday to discuss the war in Ukraine."
    assert talks_of(story(lead, text), "the war in Ukraine") == []


def test_two_officials_who_said_give_no_talks():
    text = "The two officials declined to say whether the tariff would be lowered."
    assert talks_of(story(LEAD, text), "The two officials declined") == []


def test_conditional_meeting_gives_no_talks():
    lead = "Peru raised its duty on Chilean onions to 20 percent on Monday."
    text = "Chile's trade minister will meet Peruvian officials in Lima if the duty is not lifted by March."
    assert talks_of(story(lead, text), "in Lima if the duty") == []


# Goods kept at a rate told bare after a tariff step with no level: "stay at 15 per cent" after a plural subject,
# "remain subject to the full 10 per cent" (the kept-rate reader, `_goods_kept_at_rate`, knew "stays at" and "remains
# at" only, and only after a tariff row with a level).
def kept(rows, text):
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if text in (r.evidence or ""))


EXEMPTED = "The United States will drop its tariff on Kenyan cut roses from March 1, the trade office said."


def test_goods_remain_subject_to_the_full_rate():
    text = "Cut flowers other than roses remain subject to the full 10 per cent, exporters said."
    assert kept(story(EXEMPTED, text), "other than roses") == [("USA", "tariff", "maintain", 10.0)]


def test_goods_stay_at_a_bare_rate_plural():
    lead = "Japan will remove its tariff on Australian wine from April 1, the finance ministry said."
    text = "Spirits and fortified wines, a smaller trade worth about A$40 million a year, stay at 12 per cent."
    assert kept(story(lead, text), "fortified wines") == [("JPN", "tariff", "maintain", 12.0)]


def test_goods_remain_subject_to_a_rate():
    lead = "Canada will drop its surtax on Chinese canola meal from June 1, the finance department said."
    text = "Chinese seafood and fish remain subject to a 25 per cent, the department added."
    assert kept(story(lead, text), "Chinese seafood") == [("CAN", "tariff", "maintain", 25.0)]


def test_retail_price_staying_gives_no_row():
    text = "The suggested retail price for pork belly stays at 380 pesos a kilo in Manila."
    assert kept(story(EXEMPTED, text), "pork belly") == []


def test_goods_staying_at_a_rate_on_a_page_of_no_tariff_give_no_row():
    lead = "Kenya's flower farms hired 5,000 workers this season, the growers' council said on Monday."
    text = "Cut flowers stay at 15 per cent of the country's farm output, the council said."
    assert kept(story(lead, text), "farm output") == []


def test_plants_meaning_factories_give_no_row():
    text = "Processing plants remain subject to the full 10 per cent, the trade office said."
    assert kept(story(EXEMPTED, text), "Processing plants") == []


def test_goods_continue_to_pay_the_full_rate():
    lead = "The European Union will let 500,000 tonnes of Ukrainian wheat in duty-free from July, the Commission said."
    text = "Shipments above that volume will continue to pay the full 20 per cent, officials said."
    assert kept(story(lead, text), "above that volume") == [("EUN", "tariff", "maintain", 20.0)]


# A measure lifted, cut or paused told coming back, the measure the subject (a snap-back, `resume`): "the duty comes
# back", "the levy would return to 10 percent if ...", "the tariffs go right back to 40 percent". Before, no cue read
# the verb of return with a measure for its subject, and the sentence gave no row.
def resumed(rows, text):
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if text in (r.evidence or ""))


def test_duty_comes_back_in_a_quote():
    lead = "Japan cut its import duty on Thai shrimp to zero on Monday, the finance ministry said."
    text = '"If imports surge again, the duty comes back," the Japanese minister told reporters.'
    assert resumed(story(lead, text), "the duty comes back") == [("JPN", "tariff", "resume", None)]


def test_levy_would_return_to_a_rate():
    lead = "Kenya suspended its 10 percent levy on imported wheat flour for six months, the treasury said on Monday."
    text = "The Kenyan treasury warned that the levy would return to 10 percent early if millers failed to cut prices."
    assert resumed(story(lead, text), "would return to 10 percent") == [("KEN", "tariff", "resume", 10.0)]


def test_tariffs_go_right_back_to_a_rate():
    lead = "The United States lowered its tariff on Vietnamese furniture to 20 percent on Monday, the White House said."
    text = '"If they break the deal, the tariffs go right back to 40 percent," the U.S. president said.'
    assert resumed(story(lead, text), "go right back") == [("USA", "tariff", "resume", 40.0)]


def test_revenue_returning_to_normal_gives_no_row():
    lead = "Kenya suspended its 10 percent levy on imported wheat flour for six months, the treasury said on Monday."
    text = "Tariff revenue would return to normal next year, the Kenyan treasury said."
    assert resumed(story(lead, text), "Tariff revenue") == []


def test_exports_returning_to_growth_give_no_row():
    lead = "Japan cut its import duty on Thai shrimp to zero on Monday, the finance ministry said."
    text = "Thai shrimp exports will return to growth next year, the Thai exporters' association said."
    assert resumed(story(lead, text), "return to growth") == []


def test_exporters_coming_back_give_no_row():
    lead = "Japan cut its import duty on Thai shrimp to zero on Monday, the finance ministry said."
    text = '"Our exporters will come back stronger," the Thai commerce minister said.'
    assert resumed(story(lead, text), "come back stronger") == []
