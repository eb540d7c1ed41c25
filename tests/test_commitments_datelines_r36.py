"""Round 36 (issue 4), DL: a dateline printed as a paragraph of its own ("ACCRA, Feb 2 (GNW) -"), read as the
story's dateline (its home, its wire agency, the `news` register), and the readings it exposes: a rate the sentence
sets in another party's hands ("In Ecuador, the trade ministry said the country's 12% duty ...", "when Colombia's
Congress approved duties of up to 40 per cent") is that party's, not the dateline's government's; a rate owned by a
name the reader does not know ("the bloc's 20% common external tariff") is lent to nobody.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from pipeline.metadata import find_dateline
from tests.commitment_text import bylined_story

ON = datetime(2027, 5, 2, tzinfo=timezone.utc)


def story(*paragraphs, title="Trade round-up"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


def levels(rows):
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if r.category == "tariff")


# 1. a dateline alone in its paragraph: a date, an agency or a dash after the place
@pytest.mark.parametrize("line, place, agency", [
    ("ACCRA, Feb 2 (GNW) -", "ACCRA", "GNW"),
    ("TUNIS —", "TUNIS", None),
    ("MANILA, 4 March", "MANILA", None),
    ("VIENTIANE, Laos, May 6 (Lao Wire)", "VIENTIANE, Laos", "Lao Wire"),
    ("BOGOTA/QUITO, Nov 3 (AWN) –", "BOGOTA/QUITO", "AWN"),
])
def test_a_dateline_alone_in_its_paragraph(line, place, agency):
    found = find_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, agency)


# negatives: a label in capitals with no date, agency or dash; a long capitals line
@pytest.mark.parametrize("line", ["KEY POINTS", "TRADE AND TARIFFS", "FACT SHEET",
                                  "THE MINISTRY OF TRADE AND INDUSTRY OF THE REPUBLIC WILL HOLD A BRIEFING FOR EXPORTERS "
                                  "AND IMPORTERS OF GRAIN ON MONDAY"])
def test_a_capitals_line_alone_is_no_dateline(line):
    assert find_dateline(line) is None


# 2. the place opening the sentence owns the rate, not the dateline's government
def test_a_place_opening_the_sentence_owns_the_rate():
    rows = story("LIMA, May 2 (Andes Wire) —",
                 "Onion prices rose again this week as Peruvian growers shipped more to their neighbours.",
                 "In Ecuador, the trade ministry said the country's 12% duty on imported onions would stay unchanged "
                 "until December, turning down a request from importers.")
    assert ("ECU", "tariff", "maintain", 12.0) in levels(rows)
    assert not any(r.actor == "PER" for r in rows if r.category == "tariff")


def test_a_place_with_its_article_opening_the_sentence_owns_the_rate():
    rows = story("JAKARTA, May 2 (ACW) -",
                 "Palm oil traders said demand from Asian refiners held up in April.",
                 "In the Philippines, the tariff commission confirmed that the 7% import duty on refined palm oil will "
                 "come back on July 1.")
    assert [a for a, *_ in levels(rows)] == ["PHL"]


# 3. a country's own body as the clause's subject owns the rate it approves
def test_a_country_s_congress_owns_the_duties_it_approved():
    rows = story("QUITO, May 2 (AWN) —",
                 "Ecuador's shoemakers say they are losing sales across the northern border.",
                 "The quarrel began last year, when Colombia's Congress approved duties of up to 40 per cent on "
                 "imported footwear from countries with which it has no trade agreement.")
    assert ("COL", "tariff", "impose", 40.0) in levels(rows)
    assert not any(r.actor == "ECU" for r in rows if r.category == "tariff")


# 4. a rate owned by a name the reader does not know: no row for the dateline's government
@pytest.mark.parametrize("sentence", [
    "Every truck above the quota pays Caricom's 25% common tariff.",
    "Sugar above the quota pays Sacu's 20% common duty.",
    pytest.param("Cars above the quota pay the bloc's 35% common external tariff.", marks=pytest.mark.xfail(
        reason="round 36 DL: 'the bloc' is read as the dateline's party by the description reader, not the levier",
        strict=True)),
])
def test_a_rate_of_an_unread_owner_is_not_the_datelines(sentence):
    rows = story("MONTEVIDEO, May 2 (SAW) – Uruguay and its neighbours renewed their vehicle trade pact on Friday.",
                 sentence)
    assert not any(r.actor == "URY" for r in rows if r.category == "tariff")


# guards: the dateline still levies where the sentence names only the goods' country; an owner told before the rate
# wins over a place opening the sentence
def test_the_dateline_still_levies_on_the_goods_of_another_country():
    rows = story("VIENTIANE, May 2 (Lao Wire) —", "Rice prices in the capital climbed for a third month.",
                 "The government will raise the duty on imported Thai rice to 30% from 20% from June.")
    assert ("LAO", "tariff", "raise", 30.0) in levels(rows)


def test_an_owner_before_the_rate_wins_over_the_opening_place():
    rows = story("ASUNCION, May 2 (PWN) —", "Sugar mills in the east cut their prices on Friday.",
                 "In Paraguay, millers said Brazil's 8% duty on Paraguayan sugar would stay in place next year.")
    assert [a for a, *_ in levels(rows)] in ([], ["BRA"])


def test_a_place_opening_the_sentence_with_no_rate_lends_nothing():
    rows = story("NAIROBI, May 2 (KTW) -", "Tea auctions in Mombasa were steady this week.",
                 "In Uganda, traders said prices would stay high until the rains came.")
    assert levels(rows) == []


# 5. a news story's proposal told by "floated" before its gerund (the learned reader took it in the `press` register
# only): the measure proposed, as after "proposed" or "suggested"
def test_a_measure_floated_is_proposed():
    rows = story("HANOI, May 2 (APN) —", "Cashew processors in the south reported thin margins in April.",
                 "Hanoi has floated raising the export duty on raw cashew nuts to 12%, an idea the finance ministry said "
                 "was still being studied.")
    assert [(r.actor, r.category, r.action, r.value_to, r.status) for r in rows] == [
        ("VNM", "tariff", "raise", 12.0, "proposed")]


def test_a_company_floating_its_shares_is_no_measure():
    rows = story("HANOI, May 2 (APN) —", "The cashew processor floated shares in Singapore after raising its prices by 12%.")
    assert rows == []
