"""Round 38 (issue 4), OS: official sentences where nothing is emitted — a firm's investment on a deal page between
the United States and one partner, where the firm's country is not in the lexicon:

- a firm named by its own name investing in the partner's territory ("in its mines in <partner>'s <region>", "in a plant
  in southern <partner>") is the American side's pledge, counterparty the partner (guide rule 1: investment pledged into
  another country is a row; the written gold reads such firms as U.S. ones);
- the place of an investment cut off by a purpose verb the lexicon reads ("$1.5 billion to modernize its shipyard in
  ...", "to extend the life of its mine in ...") is read to the sentence's end;
- a connective opening the clause ("In addition, <firm> will invest ...") does not hide the firm.

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)


def page(country: str, sentence: str):
    title = f"Fact Sheet: President Donald J. Trump Secures Investment and Purchase Commitments from {country}"
    lead = (f"Today, President Donald J. Trump welcomed the Prime Minister of {country} to the White House and secured "
            f"new commitments that open {country}'s market to American goods.")
    rows = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r38-os")
    return sorted((r.actor, r.counterparty, r.category, r.action, r.amount) for r in rows if r.evidence == sentence)


POSITIVES = [
    # a firm of no known country building in the partner: the United States' side
    ("Zambia", "Harlan Mining will invest $800 million in a copper mine in Zambia's Copperbelt Province.",
     [("USA", "ZMB", "investment", "invest", 800_000_000.0)]),
    ("Peru", "Quillbrook will invest $350 million in a fish-meal plant in southern Peru.",
     [("USA", "PER", "investment", "invest", 350_000_000.0)]),
    ("Zambia", "Brightwater will invest $1.1 billion to modernize its desalination plants in Zambia.",
     [("USA", "ZMB", "investment", "invest", 1_100_000_000.0)]),
    ("Colombia", "Separately, Corliden will invest $90 million in a coffee roastery in Colombia.",
     [("USA", "COL", "investment", "invest", 90_000_000.0)]),
    # the place after a purpose verb the lexicon reads
    ("Norway", "Vardehavn will invest $400 million to extend the life of its aluminum smelter in Ohio.",
     [("NOR", "USA", "investment", "invest", 400_000_000.0)]),
    ("Japan", "Sakuragawa will invest $1.2 billion to modernize its bearing plant in Kentucky.",
     [("JPN", "USA", "investment", "invest", 1_200_000_000.0)]),
    ("Ghana", "Harlan Mining will invest $2 billion to extend the life of its gold mines in Ghana's Western Region.",
     [("USA", "GHA", "investment", "invest", 2_000_000_000.0)]),
    # a connective before the firm
    ("Japan", "In addition, Kuroshima will invest $600 million in a wing factory in Kansas.",
     [("JPN", "USA", "investment", "invest", 600_000_000.0)]),
    ("Italy", "Furthermore, Vellatori will invest $250 million in a pasta plant in Georgia.",
     [("ITA", "USA", "investment", "invest", 250_000_000.0)]),
]


@pytest.mark.parametrize("country,sentence,expected", POSITIVES, ids=[s[:40] for _, s, _ in POSITIVES])
def test_a_firms_investment_is_read(country, sentence, expected):
    assert page(country, sentence) == expected


NEGATIVES = [
    # two countries named as the place: no one partner's territory
    ("Zambia", "Harlan Mining will invest $800 million in copper mines in Zambia and Chile."),
    # the place is a third country's
    ("Zambia", "Harlan Mining will invest $800 million in a copper mine in Chile."),
    # no place at all
    ("Zambia", "Harlan Mining will invest $800 million to expand a mine."),
    # an office holder after the connective is no firm
    ("Zambia", "Meanwhile, Minister Banda will invest $50 million in rural roads in Zambia."),
    # a plural noun, no named firm, no figure
    ("Zambia", "Furthermore, exporters will invest more in Zambia."),
]


@pytest.mark.parametrize("country,sentence", NEGATIVES, ids=[s[:40] for _, s in NEGATIVES])
def test_no_firm_investment_row(country, sentence):
    assert page(country, sentence) == []


def test_a_partners_firm_in_the_united_states_is_still_the_partners():
    # read before this round: a firm of no known country investing in a U.S. state is the partner's
    assert page("Zambia", "Chambishi Copper will invest $200 million in a smelter in Arizona.") == [
        ("ZMB", "USA", "investment", "invest", 200_000_000.0)]


# --- the two leaders (Presidents, ministers) instructing their officials: steps still to come are each party's
# (guide rule 1a), as round 30 read "The Ministers instructed their negotiators to ..."

def statement(country: str, sentence: str):
    title = f"Joint Statement on the United States–{country} Trade and Investment Dialogue"
    lead = (f"The United States and {country} held the second meeting of their Trade and Investment Dialogue in "
            f"Washington on September 1, 2027.")
    rows = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r38-os-talks")
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows if r.evidence == sentence)


INSTRUCTED = [
    ("Peru", "The leaders instructed their ministers to conclude, within 120 days, a memorandum of understanding on "
             "battery supply chains.", "other"),
    ("Peru", "The leaders also instructed their ministers to begin negotiating a customs cooperation protocol before the "
             "end of the year.", "other"),
    ("Ecuador", "The two leaders instructed their trade ministers to begin talks on a customs protocol before the end "
                "of the year.", "other"),
    ("Ecuador", "The two leaders instructed their governments to begin negotiations on an arrangement on critical "
                "minerals within 90 days.", "other"),
]


@pytest.mark.parametrize("country,sentence,category", INSTRUCTED, ids=[s[:40] for _, s, _ in INSTRUCTED])
def test_leaders_instructing_their_officials_give_each_party_a_talks_row(country, sentence, category):
    code = {"Peru": "PER", "Ecuador": "ECU"}[country]
    assert statement(country, sentence) == sorted([(code, "USA", category, "negotiate"),
                                                   ("USA", code, category, "negotiate")])


@pytest.mark.parametrize("sentence", [
    # no talks or deal step named
    "The leaders instructed their teams to prepare a state visit to Lima in the autumn.",
    "The two leaders instructed their trade teams to study the effects of the tariff cuts.",
])
def test_an_instruction_with_no_talks_step_is_no_row(sentence):
    assert statement("Peru", sentence) == []
