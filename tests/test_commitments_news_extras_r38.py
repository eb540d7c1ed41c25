"""Round 38 (issue 4), NX: news rows the gold does not have — a standing zero told with "already", a past measure
dated in a clause of time on a paper's page, an investment told only as made before.

- **A standing zero told in passing with "already"** (Round 29 review: "a standing zero rate named in passing
  ('goods that already enter duty-free') states no measure: no row, unless a party commits to keep it"): goods that
  "already came in" duty-free, a party that "already charges no duty" or "already admits" goods free of duty, an
  older pact that "already removes tariffs", tariffs that "already stand at zero", a share "most of which already
  enters" free of customs duty. Kept: a measure told beside it ("and will scrap its 10 per cent duty on barley"),
  goods let in duty-free from a date to come, a zero reached by a cut.
- **A past measure dated by a clause of time on a paper's page** (Round 35 review (lead): past measures in "after",
  "when", "since" clauses where the main clause tells another event — prices, trade flows — are no rows): the
  readers of round 36 now read a paper's page with no byline as they read a bylined story, and a trade flow that
  "has been steady" since a measure, or one told after ", noting that", is such a course. Kept: a measure the
  sentence itself announces.
- **An investment told only as made before, with no sum** (guide rule 2: noted commercial deals with no figure; rule
  1: a country's own firms investing at home): "has previously invested in", "has invested heavily in ... in
  recent years", "have been investing in X for two decades". Kept: an investment with a sum, or one still to come.

Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

from pipeline.model import article_from_paragraphs
from pipeline.commitments import extract_commitments
from tests.commitment_text import commitments_from, triples

import pytest

ON = datetime(2027, 6, 8)


def story(title: str, paragraphs: list[str], sentence: str):
    """Rows of a bylined story whose paragraphs end with ``sentence`` (rows of that sentence only)."""
    return [r for r in commitments_from([*paragraphs, sentence], published_at=ON, title=title, authors=["A Writer"])
            if r.evidence == sentence]


def paper_page(title: str, paragraphs: list[str], sentence: str):
    """Rows of a paper's page with no byline (the "press" register) ending with ``sentence`` (that sentence's rows)."""
    article = article_from_paragraphs([*paragraphs, sentence], published_at=ON, title=title)
    article.publisher = "Riverside Gazette"
    article.authors = []
    article.article_id = "test-article"
    return [r for r in extract_commitments(article) if r.evidence == sentence]


PACT = ["Peru and South Korea signed an upgrade of their trade pact in Lima on Monday, the two trade ministries said."]

# a standing zero told with "already" — no row
STANDING_ZEROS = [
    "Because most Peruvian fruit already came in duty-free, the main winners are importers of wine and cheese.",
    "Kenya already charges no duty on the wheat, so the accord changes little for millers.",
    "Norway, which signed a pact with Iceland in 2009, already levies no tariff on Icelandic fish, but exporters "
    "complained about paperwork.",
    "The older pact between Chile and Mexico, signed in 1999, already removes tariffs on most manufactured goods.",
    "Because Oman shares a customs union with its Gulf neighbours, tariffs on Saudi plastics already stand at zero "
    "under the 2003 accord, which is why the new cuts are on farm goods.",
    "Cambodia supplies most of the rattan imported into Japan, most of which already enters free of duty under an "
    "older scheme; the cut mainly helps Laotian weavers.",
    "Raw wool already enters Egypt free of customs duty, but spinners say the paperwork takes weeks.",
    "The UAE already admits Jordanian phosphate free of duty under the 2015 pact, and officials said they had not "
    "sought more.",
]


@pytest.mark.parametrize("sentence", STANDING_ZEROS)
def test_a_standing_zero_told_with_already_gives_no_row(sentence):
    assert triples(story("Peru, Korea upgrade pact", PACT, sentence)) == []


def test_a_measure_told_beside_a_standing_zero_keeps_its_row():
    sentence = "Kenya already charges no duty on wheat and will scrap its 10 per cent duty on barley from July."
    found = story("Peru, Korea upgrade pact", PACT, sentence)
    assert ("KEN", "tariff", "remove") in triples(found)
    assert any(r.value_from == 10.0 for r in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Peru will let Korean cars come in duty-free from January.", [("PER", "tariff", "remove")]),
    ("Ghana's tariffs on Nigerian cement will fall to zero from June, the ministry said.", [("GHA", "tariff", "remove")]),
    ("Tunisia has already removed tariffs on Italian machinery under the deal signed last month.",
     [("TUN", "tariff", "remove")]),
])
def test_a_zero_to_come_or_a_removal_made_keeps_its_row(sentence, expected):
    assert triples(story("Peru, Korea upgrade pact", PACT, sentence)) == expected


COMPANY = ["A Lisbon cork maker reported higher first-half profit on Tuesday, helped by a weaker euro and strong orders.",
           "Net profit rose 9 per cent to 41 million euros on sales of 520 million euros, the company said in a statement."]

# a past measure dated by a clause of time whose main clause tells a market's or a trade flow's course — no row
MARKET_COURSES = [
    ("paper", "Cork prices have held some 15% above world levels since the 10% duty took effect."),
    ("paper", "The company said sales to Canada, once its third-largest market, had fallen by half since Ottawa's 12% "
              "duty on cork stoppers took effect in March 2026."),
    ("story", "Japanese demand has been steady since Tokyo scrapped its tariff on Portuguese cork last year, importers "
              "said."),
    ("story", "The industry association called the deal a relief, noting that cork exports to Brazil had fallen by about "
              "a quarter since the 20% rate took effect."),
    # a flow that "halved" is no halving of the duty (lead, round 38: NX's dropped reading, kept once the gold
    # agreed with Round 35)
    ("paper", "The distiller said shipments to Mexico, once its largest market, had halved since Mexico City's duties "
              "on Irish whiskey, of between 18% and 26%, took effect in May."),
]


@pytest.mark.parametrize("page, sentence", MARKET_COURSES)
def test_a_market_course_since_a_past_measure_gives_no_row(page, sentence):
    rows_of = paper_page if page == "paper" else story
    assert triples(rows_of("Cork maker lifts profit", COMPANY, sentence)) == []


@pytest.mark.parametrize("rows_of", [story, paper_page])
def test_a_measure_the_sentence_announces_keeps_its_row(rows_of):
    sentence = "Sales have fallen, and Brazil will cut its 20% duty on cork to 10% from January."
    assert triples(rows_of("Cork maker lifts profit", COMPANY, sentence)) == [("BRA", "tariff", "reduce")]


FUND = ["Oman's sovereign fund pledged on Monday to invest $4 billion in Kenyan ports and farms over five years, the two "
        "governments said."]

# an investment told only as made before, with no sum — no row
PAST_INVESTMENTS = [
    "The fund, which manages about $50 billion, has previously invested in Kenyan banks including Equity Group.",
    "Oman has invested heavily in East Africa's ports in recent years.",
]


@pytest.mark.parametrize("sentence", PAST_INVESTMENTS)
def test_an_investment_made_before_with_no_sum_gives_no_row(sentence):
    assert triples(story("Oman fund pledges Kenya investment", FUND, sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Oman has invested $1 billion in Kenyan ports since 2020, the fund said.",
    "Oman has invested in Kenyan ports and will invest $500 million more by 2030.",
    "Oman will invest $500 million in a fertiliser plant near Mombasa, the fund said.",
])
def test_an_investment_with_a_sum_or_still_to_come_keeps_its_row(sentence):
    assert triples(story("Oman fund pledges Kenya investment", FUND, sentence)) == [("OMN", "investment", "invest")]


def test_an_investment_made_before_on_an_official_page_keeps_its_row():
    # an official page's record of a partner's investment stays its row (the White House fact sheets' reading)
    rows = [r for r in commitments_from(FUND + ["Oman has invested heavily in East Africa's ports in recent years."],
                                        published_at=ON, title="Fact Sheet: Oman investment")
            if r.evidence.startswith("Oman has invested")]
    assert triples(rows) == [("OMN", "investment", "invest")]
