"""Round 19 (tidy): the round-18 leftovers a user would notice. Our own sentences (rates and dates are
real-world-like, the wordings are ours)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 8, 12, 14, tzinfo=timezone.utc)
OFFICIAL_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imports"


def _story(*paragraphs, title="Trade tensions rise before the autumn talks"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["Ana Reyes"])


def _official(*paragraphs, title=OFFICIAL_TITLE):
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def _burdens(rows):
    return [(r.actor, r.category, r.action, r.value_to, r.status) for r in rows
            if r.action in ("impose", "raise", "resume", "restrict")]


# --- 1. status of threats: a burden held out is `threatened`, by family of wording -------------------------

@pytest.mark.parametrize("sentence, expected", [
    # modal of possibility + imposition verb, news register, condition after the measure
    ("Beijing could impose duties of up to 25% on American soybeans if the talks collapse.",
     ("CHN", "tariff", "impose", 25.0, "threatened")),
    # another modal and verb, the rate as a figure before the noun
    ("Japan might levy a 10% tariff on U.S. beef imports, a ministry official said.",
     ("JPN", "tariff", "impose", 10.0, "threatened")),
    # readiness, the rate in words
    ("India is prepared to raise tariffs on American almonds to 50 per cent.",
     ("IND", "tariff", "raise", 50.0, "threatened")),
    # "stands ready to", the speaker after the clause
    ("Brazil stands ready to impose reciprocal tariffs on U.S. ethanol, the trade minister said.",
     ("BRA", "tariff", "impose", None, "threatened")),
    # a vow of retaliation, the measure after "with"
    ("Canada vowed to retaliate with tariffs on $20 billion of American goods.",
     ("CAN", "tariff", "impose", None, "threatened")),
    # a warning with the verb far from its object and a date in between
    ("India warned on Tuesday that it could raise tariffs on U.S. apples to 70 percent.",
     ("IND", "tariff", "raise", 70.0, "threatened")),
    # a vow reported with "that" and another subject
    ("The minister vowed that Jakarta would slap a 10% levy on U.S. wheat if Washington refused.",
     ("IDN", "tariff", "impose", 10.0, "threatened")),
])
def test_a_burden_held_out_is_threatened(sentence, expected):
    assert expected in _burdens(_story(sentence))


def test_a_possible_rise_told_of_the_tariff_is_threatened():
    # passive register: the tariff as subject, "could rise to"
    rows = _story("Tariffs on Canadian lumber could rise to 45% if no deal is reached by October.")
    held = [r for r in rows if r.category == "tariff" and r.value_to == 45.0]
    assert held and held[0].status == "threatened" and held[0].action == "raise"


def test_a_possible_burden_on_an_official_page_is_threatened():
    rows = _official("The President may impose additional duties if Brazil retaliates.")
    assert [(r.actor, r.action, r.status, r.conditional) for r in rows] == [("USA", "impose", "threatened", True)]


@pytest.mark.parametrize("sentence, status", [
    # an agreed term with a plain "will" is not a threat
    ("Under the agreement, the United States will impose a 15 percent tariff on most Japanese goods.", "agreed"),
    # a past threat restated in background stays threatened
    ("In March, Trump threatened to impose a 200% tariff on European wine.", "threatened"),
])
def test_a_plain_term_and_a_restated_threat(sentence, status):
    rows = [r for r in _story(sentence) if r.category == "tariff"]
    assert rows and {r.status for r in rows} == {status}


def test_readiness_to_buy_more_is_not_a_threat():
    # "ready to increase" on purchases is an offer of more buying, not a burden held out
    rows = _story("China is ready to increase its purchases of American soybeans to 25 million tonnes.")
    assert rows and all(r.status != "threatened" for r in rows)


def test_a_modal_after_the_measure_does_not_make_it_a_threat():
    # the modal belongs to a later clause: the cut itself is not held out
    rows = _story("The United States will reduce its tariff on Swiss watches to 15 percent, which could later rise "
                  "to 20 percent.")
    cut = [r for r in rows if r.action == "reduce"]
    assert cut and cut[0].status != "threatened"


# --- 2. talks on a trade or tariff war are trade talks; talks on a war are not ------------------------------

@pytest.mark.parametrize("sentence, parties", [
    ("Talks aimed at ending the trade war between China and the United States will resume next week.",
     {"CHN", "USA"}),
    ("Negotiators from Brussels and Washington will meet in Geneva to end a months-long trade war.",
     {"EUN", "USA"}),
    ("China and the United States will hold talks next week aimed at ending the trade war.", {"CHN", "USA"}),
    ("India and the United States launched negotiations on Monday aimed at halting their trade war over steel.",
     {"IND", "USA"}),
    ("Canada and the United States will begin talks to de-escalate the tariff war, officials said.",
     {"CAN", "USA"}),
    ("Washington and Beijing agreed to resume negotiations to end their tariff war.", {"CHN", "USA"}),
])
def test_talks_on_a_trade_war_are_rows(sentence, parties):
    rows = _story(sentence)
    assert {r.actor for r in rows} == parties


@pytest.mark.parametrize("sentence", [
    "The two sides will hold another round of talks to end the war in Ukraine.",
    "Russia and Ukraine agreed to begin negotiations to end the war.",
])
def test_talks_on_a_war_are_not_rows(sentence):
    assert _story(sentence) == []


# --- 3. a demand on an official page is the owner's `proposed` row, toward the asker -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Peru urged the United States to remove its tariff on Peruvian coffee.",
     ("USA", "PER", "tariff", "remove", None, "proposed")),
    ("India asked the United States to lower its 25 percent tariff on Indian shrimp.",
     ("USA", "IND", "tariff", "reduce", 25.0, "proposed")),
    ("The United States urged Japan to eliminate its duties on American rice.",
     ("JPN", "USA", "tariff", "remove", None, "proposed")),
    ("President Trump called on Canada to scrap its 250% tariffs on U.S. dairy products.",
     ("CAN", "USA", "tariff", "remove", 250.0, "proposed")),
    ("Vietnam has asked the United States to suspend its 46 percent duty on Vietnamese furniture.",
     ("USA", "VNM", "tariff", "suspend", 46.0, "proposed")),
    ("The United States pressed Korea to lift its ban on American beef over 30 months of age.",
     ("KOR", "USA", "import_restriction", "remove", None, "proposed")),
])
def test_a_demand_on_an_official_page_is_the_owners_proposed_row(sentence, expected):
    rows = _official(sentence)
    got = [(r.actor, r.counterparty, r.category, r.action, r.value_from, r.status) for r in rows]
    assert expected in got


# --- 4. a row whose content did not change keeps its id when other rows appear -----------------------------

def _id_of(rows, actor, counterparty):
    found = [r.commitment_id for r in rows if r.actor == actor and r.counterparty == counterparty and r.category == "tariff"]
    assert len(found) == 1, [(r.actor, r.counterparty, r.category, r.action) for r in rows]
    return found[0]


JAPAN_RATE = "The United States will apply a 15 percent tariff to goods from Japan."


@pytest.mark.parametrize("earlier", [
    # a new earlier paragraph with the same figures for another partner
    ["The United States will apply a 15 percent tariff to goods from the European Union."],
    # the same, told the other way round (the partner pays it)
    ["The European Union will pay a 15% tariff on its exports to the United States."],
    # and two new partners at once, with their own preamble
    ["The President spoke with the leaders of two more partners on Sunday.",
     "Korean goods will face a 15 percent tariff.",
     "Vietnam will pay a 15% tariff on its exports to the United States."],
])
def test_a_rows_id_does_not_move_when_an_earlier_row_shares_its_figures(earlier):
    alone = _official(JAPAN_RATE)
    beside = _official(*earlier, JAPAN_RATE)
    assert len(beside) > len(alone)
    assert _id_of(beside, "USA", "JPN") == _id_of(alone, "USA", "JPN")


def test_rows_of_one_sentence_with_the_same_rate_have_their_own_ids():
    rows = _official("Japan and the European Union will each pay a 15% tariff on their exports to the United States.")
    assert sorted(r.counterparty for r in rows) == ["EUN", "JPN"]
    assert rows[0].commitment_id != rows[1].commitment_id


def test_an_id_follows_the_rows_content():
    first = _id_of(_official(JAPAN_RATE), "USA", "JPN")
    again = _id_of(_official(JAPAN_RATE), "USA", "JPN")
    other = _id_of(_official(JAPAN_RATE.replace("15 percent", "20 percent")), "USA", "JPN")
    assert first == again and other != first


# --- 6. an item restates a term only when it shares most of its words, not one ------------------------------

def _term(actor, category, action, subject):
    from pipeline.model import Commitment
    return Commitment(actor=actor, category=category, action=action, subject=subject, evidence=subject,
                      paragraph_index=0, char_start=0, char_end=len(subject))


@pytest.mark.parametrize("item, earlier, restated", [
    # the same term again, word for word and in another order: no second row
    ("tariff-rate quota of 30,000 tonnes a year for U.S. pork", "tariff-rate quota of 30,000 tonnes a year for U.S. pork",
     True),
    ("barriers to frozen U.S. beef", "barriers to U.S. frozen beef", True),
    # two terms sharing one content word are two terms
    ("barriers to U.S. dairy exports", "barriers to U.S. poultry exports", False),
    ("approval of U.S. dairy plants", "approval of U.S. seafood exporters", False),
    # a shared "or" is no shared term (round 19: it hid an inspection item behind a legalisation one)
    ("inspection or registration of each U.S. packing house", "legalisation of invoices or certificates of origin",
     False),
    # another party's term is not this one's
    ("tariff-rate quota for U.S. pork", None, False),
])
def test_an_item_restates_a_term_only_with_most_of_its_words(item, earlier, restated):
    from pipeline.commitments import _item_restated

    row = _term("PRY", "import_restriction", "relax", item)
    other = _term("PRY" if earlier else "USA", "import_restriction", "relax", earlier or item)
    assert _item_restated(row, [other]) is restated
