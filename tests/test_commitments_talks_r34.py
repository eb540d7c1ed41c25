"""Round 34 (TG): a government that will put a matter to another party ("would raise the duties with U.S. officials
when the two sides' trade council meets", "will take up the matter with Moroccan officials at the joint committee").

Our own sentences (not from any page). Talks to come on the matter (convention 19): the raising party's row, and the
other party's too when the sentence names the meeting where both sit; the matter gives the category, a bare "the
matter" the measure the story told before. A rate raised, a matter put at the WTO or to a bloc's body, a lobby's
matter and a matter raised in the past give no talks row.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _talks(*paragraphs):
    rows = bylined_story(*paragraphs, published_at=WHEN)
    return sorted((r.actor, r.counterparty, r.category) for r in rows if r.action == "negotiate")


@pytest.mark.parametrize("before, text, expected", [
    # the ministry told by "said ... it", the partner by its adjective, the meeting after "when"
    ("Chile raised its tariff on Peruvian avocados to 20% last month.",
     "Peru's trade ministry said it would raise the avocado duty with Chilean officials when the two countries' free "
     "trade commission meets in Lima in June.",
     [("CHL", "PER", "tariff"), ("PER", "CHL", "tariff")]),
    # "take up the matter", the measure told before, the speaker's clause after the quote
    ("Vietnam imposed a levy on Cambodian rice.",
     "Cambodia will take up the matter with Vietnamese officials at a meeting of their joint trade committee next "
     "month, the commerce ministry said.",
     [("KHM", "VNM", "tariff"), ("VNM", "KHM", "tariff")]),
    # the capital as the party, "also", the partner's capital, "during ... talks"
    ("Japan tightened its curbs on Korean fish imports.",
     "Seoul would also raise the curbs with Tokyo during ministerial talks in Busan in July, a South Korean official "
     "said.",
     [("JPN", "KOR", "import_restriction"), ("KOR", "JPN", "import_restriction")]),
    # a minister by a pronoun, no meeting named: the raising party's row only
    ("Kenya banned imports of Ugandan milk last week.",
     "Uganda's agriculture minister said he would personally take up the ban with his Kenyan counterpart.",
     [("UGA", "KEN", "import_restriction")]),
    # a leader's officer by title, the purchases as the matter
    ("Beijing has not bought the soybeans it promised.",
     "U.S. Trade Representative Jamieson Greer will take up China's farm purchases with Vice Premier He Lifeng when "
     "the two meet in Geneva.",
     [("CHN", "USA", "purchase"), ("USA", "CHN", "purchase")]),
    # a government by its adjective, an export measure, "at the next round of talks"
    ("Indonesia cut its nickel ore export quota.",
     "The Japanese government said it would raise the export quota with Jakarta at the next round of talks on their "
     "economic partnership.",
     [("IDN", "JPN", "export_control"), ("JPN", "IDN", "export_control")]),
    # the verb inside a quote, the speaker after it, no meeting
    ("Canada imposed a 25% surtax on U.S. dairy.",
     "Washington continues to \"raise the issue\" with Ottawa, a USDA spokesperson said, without giving a timeline.",
     [("USA", "CAN", "tariff")]),
    # an aside between the subject and its verb, "plans to", a dialogue as the meeting
    ("India doubled its duty on Australian lentils.",
     "Canberra, which called the increase unjustified, plans to take up the increase with New Delhi at the trade "
     "ministers' dialogue in August.",
     [("AUS", "IND", "tariff"), ("IND", "AUS", "tariff")]),
    # market access as the matter, the officials as the subject
    ("The Philippines extended its ban on Thai pork.",
     "Thai officials would raise market access for pork with their Philippine counterparts at the joint committee "
     "meeting in Manila.",
     [("PHL", "THA", "market_access"), ("THA", "PHL", "market_access")]),
    # the particle after the object ("take the duty up"), a second clause raising it again
    ("Turkey raised its tariff on Egyptian textiles.",
     "Cairo said it would take the duty up with Ankara, and Egyptian negotiators will raise it again when the two "
     "sides meet in March.",
     [("EGY", "TUR", "tariff"), ("TUR", "EGY", "tariff")]),
])
def test_a_matter_put_to_the_other_party_is_talks(before, text, expected):
    assert _talks(before, text) == expected


@pytest.mark.parametrize("text", [
    # a rate raised, with a level or "with effect from"
    "Chile said it would raise the tariff on Peruvian avocados to 25% from June.",
    "The European Union will raise duties on U.S. motorcycles with effect from July 1.",
    # a quantity raised
    "Washington agreed to raise the volume of Mexican steel it lets in at the lower rate to 4.2 million tonnes.",
    # a lobby's matter, a matter at the WTO or a bloc's council, one asked of another, one raised in the past
    "The growers' association said it would raise the issue with Chilean officials at the trade fair.",
    "Brazil said it would raise the matter at the World Trade Organization.",
    "Chad said it would raise the matter at the next CEMAC council of ministers.",
    "The minister said the government would keep pressing the European Commission to raise the matter with Washington.",
    "Ghana raised the issue with Nigerian officials last week.",
    "The company will raise capital with investors in Singapore next year.",
])
def test_no_talks_row(text):
    assert _talks(text) == []
