"""Round 25: commitments in reported speech (news), our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def pledges(rows) -> list[tuple]:
    """(actor, counterparty, category, action, amount, unit) of each purchase or investment row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.amount, r.unit)
                  for r in rows if r.category in ("investment", "purchase"))


# --- a firm's pledge told in its own words: its home named beside it, not in the clause -----------------

def test_a_firm_based_in_a_named_state_pledges_for_its_country():
    rows = story("MAPUTO - Mozambique and the United States signed a package of energy and farm deals on Monday.",
                 "Much of the money comes from Ohio-based Lakeshore Gas, which said it would invest $3 billion in a "
                 "terminal at Nacala, with a final decision due next year.")
    assert ("USA", "MOZ", "investment", "invest", 3e9, "usd") in pledges(rows)


def test_a_firm_named_as_part_of_a_foreign_group_pledges_for_that_country():
    rows = story("HANOI - Vietnam and the United States signed deals worth $20 billion during a state visit.",
                 "Shipping line Halong Marine, part of Vietnam's Bach Dang group, said it would invest $400 million "
                 "in a container depot in Georgia.")
    assert ("VNM", "USA", "investment", "invest", 4e8, "usd") in pledges(rows)


def test_a_firm_whose_home_no_country_name_gives_is_the_partners_in_a_us_story():
    rows = story("ANKARA - Turkey and the United States announced a string of deals during a state visit.",
                 "Separately, Ege Cable, an Izmir-based maker of copper wire, said it would spend $300 million on a new "
                 "plant in South Carolina.")
    assert ("TUR", "USA", "investment", "invest", 3e8, "usd") in pledges(rows)


def test_money_spent_on_goods_stays_a_purchase():
    rows = story("ANKARA - Turkey and the United States announced a string of deals during a state visit.",
                 "Turkey's flag carrier will spend $2 billion on 12 Boeing jets.")
    assert not [r for r in rows if r.category == "investment"]


def test_a_firm_investing_in_its_own_country_gives_no_partner_pledge():
    rows = story("HANOI - Vietnam and the United States signed deals worth $20 billion during a state visit.",
                 "Ohio-based Lakeshore Gas said on Monday that it would invest $3 billion in a terminal in Louisiana.")
    assert ("VNM", "USA", "investment", "invest", 3e9, "usd") not in pledges(rows)


# --- the subject of a reported clause, read past its attribution -----------------------------------------

def tariffs(rows) -> list[tuple]:
    """(actor, counterparty, action, new level, status) of each `tariff` row, sorted."""
    return sorted(((r.actor or "", r.counterparty or "", r.action, r.value_to, r.status)
                   for r in rows if r.category == "tariff"), key=lambda t: tuple("" if v is None else str(v) for v in t))


def test_the_government_right_after_the_speech_verb_is_the_datelines():
    for attribution in ("The trade minister said", "Two senior officials told reporters",
                        "A spokesperson for the trade ministry said on Monday"):
        rows = story("JAKARTA - Indonesia and Vietnam remain at odds over footwear duties.",
                     f"{attribution} the government would cut its tariff on Vietnamese sandals to 5%.")
        assert ("IDN", "VNM", "reduce", 5.0, "announced") in tariffs(rows), attribution


def test_the_ministry_after_told_reporters_is_the_datelines():
    rows = story("SANTIAGO - Chile is weighing its response to Argentine steel.",
                 "The deputy minister told reporters in Valparaiso the ministry would impose a 12% duty on Argentine rebar.")
    assert ("CHL", "ARG", "impose", 12.0, "announced") in tariffs(rows)


def test_a_reported_government_with_no_dateline_is_not_guessed():
    rows = story("Australia and China traded words over aluminium on Tuesday.",
                 "The Anti-Dumping Commission will review the levies on extrusions.",
                 "She said the government was ready to extend the pause to all extrusions.")
    assert not [r for r in rows if r.action == "extend" and r.actor not in (None, "AUS")]


def test_a_storys_bare_administration_is_the_us_one():
    rows = story("ACCRA - Ghana's parliament voted on Tuesday to shelve the trade pact with the United States.",
                 "Three people briefed on the talks said the administration could reimpose the cocoa duty if the vote stands.")
    assert ("USA", "GHA", "resume", None, "threatened") in tariffs(rows)


def test_the_administration_of_a_story_without_the_united_states_is_left_alone():
    rows = story("ACCRA - Ghana and Nigeria are at odds over cement.",
                 "Officials said the administration could reimpose the cement duty if talks fail.")
    assert "USA" not in {r.actor for r in rows}


def test_a_speech_participle_leaves_the_pronoun_to_the_speaker():
    rows = story("SEOUL - South Korea will postpone the second tranche of its shipbuilding fund.",
                 "President Donald Trump hit back within hours, writing on social media that he would raise the levy on "
                 "Korean trucks to 30% if Seoul did not keep its word.")
    assert ("USA", "KOR", "raise", 30.0, "threatened") in tariffs(rows)
    rows = story("OTTAWA - Canada and the United States are at odds over dairy.",
                 "Washington reacted sharply, saying it would impose a 20% duty on Canadian cheese.")
    assert ("USA", "CAN", "impose", 20.0, "announced") in tariffs(rows)


def test_a_speech_participle_of_a_firm_gives_no_row():
    rows = story("SEOUL - South Korea will postpone the second tranche of its shipbuilding fund.",
                 "Carmakers reacted with dismay, saying they would raise prices on Korean trucks by 5%.")
    assert not [r for r in rows if r.category == "tariff"]


def test_an_outside_voice_in_an_opening_phrase_is_not_the_speaker():
    rows = story("TOKYO - Japan and Britain upgraded their trade pact on Monday.",
                 "In a step that surprised several analysts, Tokyo said it would suspend the licence requirement on "
                 "exports of fluorine gas to Britain for two years.")
    assert [(r.actor, r.category, r.action) for r in rows if r.category == "export_control"] == \
        [("JPN", "export_control", "suspend")]


def test_an_analysts_view_stays_silent():
    rows = story("TOKYO - Japan and Britain upgraded their trade pact on Monday.",
                 "Analysts at a Tokyo brokerage said Tokyo would suspend the licence requirement on exports of fluorine "
                 "gas to Britain.")
    assert not [r for r in rows if r.category == "export_control"]
