"""Round 35 (issue 4), HC: who acts in a news story whose measures are told with a subject that names no country
("the government", "the ministry", "the cabinet"), on a story that names its country only by a dateline printed as a
paragraph of its own ("HARARE, June 3 (Wire) —") or by the capital opening its headline ("Nairobi cuts duty on ...").

Tried this round and dropped (gates: `docs/commitments.md`, Round 35 HC; patches in /tmp/s35/dropped/): the tests of
the new behaviour are marked `xfail` with the reason; the negatives hold on the base and guard a later attempt.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from pipeline.metadata import find_dateline
from tests.commitment_text import bylined_story

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)
DROPPED = "round 35 HC: read by the dropped patch (open pages +2 right on 2 pages, extras from the dateline levier)"


def story(*paragraphs, title="Trade round-up"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


def triples(rows):
    return sorted((r.actor, r.category, r.action) for r in rows)


# 1. a dateline printed as a paragraph of its own: the story's home, as a dateline opening the lead is
@pytest.mark.parametrize("line, place", [
    ("HARARE, June 3 (Wire) —", "HARARE"),
    ("LUSAKA, June 3 (ZNW)", "LUSAKA"),
    ("PORT LOUIS, Mauritius —", "PORT LOUIS, Mauritius"),
    ("QUITO, 3 June", "QUITO"),
])
# (round 36, DL: the lone dateline is read now — `metadata._DATELINE_ALONE`)
def test_a_dateline_alone_in_its_paragraph_is_found(line, place):
    found = find_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize("line", ["EXECUTIVE SUMMARY", "ANALYSIS", "WHAT THE DEAL MEANS FOR FARMERS:",
                                  "BY THE PRESIDENT OF THE REPUBLIC"])
def test_a_capitals_label_alone_is_no_dateline(line):
    assert find_dateline(line) is None


# the stories name another party more often than their home: on the base "the government" took that party
@pytest.mark.parametrize("paragraphs, expected", [
    (("HARARE, June 3 (Wire) —", "South Africa and Zambia buy most of Zimbabwe's chrome ore, and South Africa wants more.",
      "The government will raise the export tax on chrome ore to 10 per cent from 5 per cent next month."),
     ("ZWE", "tariff", "raise")),
    (("SEOUL, June 3 (KTW)", "Norway sells most of the mackerel eaten in Korea, and Norway has asked for lower duties.",
      "The finance ministry will cut the tariff on imported frozen mackerel to 5% from 10% until the end of the year."),
     ("KOR", "tariff", "reduce")),
    (("LIMA, June 3 (Andes Wire) —", "Bolivia and Bolivian traders buy much of Peru's quinoa seed, Bolivia's growers say.",
      "The cabinet approved a ban on exports of raw quinoa seed for six months."), ("PER", "export_control", "restrict")),
])
# (round 36, DL: kept)
def test_the_government_of_a_dateline_told_alone(paragraphs, expected):
    assert expected in triples(story(*paragraphs, title="Exporters brace for new rules"))


# 2. a headline opening with the capital sets the story's home, as its country's name does (not Washington)
@pytest.mark.parametrize("title, paragraphs, expected", [
    ("Nairobi cuts duty on imported cooking oil",
     ("Uganda supplies most of the palm oil refined in Kenya, and Uganda wants the duty gone.",
      "The government will cut the import duty on crude palm oil to 10 per cent from 25 per cent from July."),
     ("KEN", "tariff", "reduce")),
    ("Accra scraps levy on imported rice",
     ("Vietnam and Thailand ship most of the rice eaten in Ghana, Vietnam says.",
      "The government will scrap the 20% levy on imported parboiled rice from January."), ("GHA", "tariff", "remove")),
])
@pytest.mark.xfail(reason=DROPPED, strict=True)
def test_the_government_of_a_capital_opening_the_headline(title, paragraphs, expected):
    assert expected in triples(story(*paragraphs, title=title))


# 3. a headline opening with the country's name: its bare "the government" too (round 31 lent it "the ministry")
@pytest.mark.xfail(reason=DROPPED, strict=True)
def test_the_government_of_a_country_opening_the_headline():
    rows = story("China makes most of the nets used by Namibian fleets, and China has asked for the cut.",
                 "The government will remove the 15% duty on imported fishing nets from September.",
                 title="Namibia drops duty on fishing nets")
    assert ("NAM", "tariff", "remove") in triples(rows)


# 4. guards: a speaker told by the surname — "the government" is the speaker's (read where the story first names the
# speaker), not the headline's country; the base reads these right, the dropped patch had to keep them
def test_the_government_a_surnamed_speaker_speaks_for():
    rows = story("Zambia stopped Malawian maize at the border last week.",
                 "Malawi's Agriculture Minister Peter Mwaleka called the ban unjust.",
                 "Mwaleka warned that the government could ban exports of soya beans to Zambia.",
                 title="Zambia bars Malawian maize")
    assert ("MWI", "export_control", "restrict") in triples(rows)


def test_the_speaker_named_with_an_apposition():
    rows = story("Lesotho will cut its duty on South African flour, officials said.",
                 "The Minister for Trade, Thabo Ranthe, who leads the Botswana delegation, said the cut came late.",
                 "Ranthe said that the government would raise the duty on imported flour to 20% from 10%.",
                 title="Lesotho trims flour duty")
    assert ("BWA", "tariff", "raise") in triples(rows)


# negatives: no home, or another party's government — no row for the story's headline country
def test_a_government_the_sentence_names_is_not_the_datelines():
    rows = story("SEOUL, June 3 (KTW)", "Japan's government will cut the tariff on Korean laver to 5% from 10%.")
    assert ("JPN", "tariff", "reduce") in triples(rows) and "KOR" not in {r.actor for r in rows}


@pytest.mark.xfail(reason=DROPPED, strict=True)
def test_a_story_filed_from_two_cities_lends_neither_its_government():
    rows = story("ACCRA/LAGOS, June 3 (Wire) — The government will raise the duty on frozen chicken to 35% from 20%.")
    assert not {r.actor for r in rows} & {"GHA", "NGA"}


def test_the_government_of_the_paragraph_named_party_not_the_headline():
    rows = story("Nigeria has protested against the levy. Its government will raise the duty on Ghanaian cement to 30% "
                 "from 20%.", title="Ghana lifts levy on imported rice")
    assert "GHA" not in {r.actor for r in rows if r.category == "tariff"}


def test_a_label_in_capitals_lends_no_home():
    rows = story("EXECUTIVE SUMMARY", "The government will raise the duty on cement to 20% from 10%.")
    assert not [r for r in rows if r.actor]


def test_a_trader_reporting_the_government_in_a_story_with_no_dateline():
    rows = story("An importer in Tema said the government could double the duty on rice to 40%.",
                 title="Ghana rice importers fret")
    assert not [r for r in rows if r.actor == "GHA" and r.action == "raise" and r.status == "announced"]
