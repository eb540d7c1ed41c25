"""Round 44 (issue 4), OFS2: silent sentences of official pages whose row the chain made and the repeats rule then merged
into an earlier row at the same level: a duty told as set on a past date beside another told undated or to come.

Mechanism this round added (docs/commitments.md, Round 44 OFS2):
- `_dated_apart` (the repeats rule's test of two recounts): a tariff row whose sentence opens on a date and tells the step
  as done ("On June 9, 2026, I imposed an additional 20 percent duty", "In March, President Trump imposed a 30% tariff on
  lawn mowers") is not the same duty as one at the same level told with no date or as to come ("... set the reciprocal
  rate ... at 20 percent", "Effective March 1, 2029, ... shall again be subject to a rate of 40 percent");
- not for a pledge told again with its deal's date (an investment, a purchase), nor for a dated sentence that tells the
  step as to come ("On July 1, the tariff will take effect"), nor for two undated sentences.

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, levels_in, order_commitments, triples_in

ON = datetime(2027, 9, 1)


def fact_sheet(title: str, *paragraphs: str):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="r44-ofs2")


def order(title: str, *paragraphs: str):
    return order_commitments(list(paragraphs), published_at=ON, title=title, article_id="r44-ofs2")


# (page maker, title, first sentence, later sentence, anchor words of the later one, expected rows of the later one)
POSITIVES = [
    # a dated past step after an undated one at the same level: two steps (new in _dated_apart; one row at 72046491)
    (fact_sheet, "Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Garden Tools",
     "Today, President Donald J. Trump signed a Proclamation making parts of lawn mowers subject to a 30% tariff as "
     "derivative products.",
     "In March, President Trump imposed a 30% tariff on lawn mowers after the Department of Commerce found that imports "
     "threatened to impair the national security.",
     "In March", [("USA", "tariff", "impose", None, 30.0)]),
    (order, "Modifying Duties on Imports of Canned Tuna from Peru",
     "In a later order of May 5, 2026, I set the reciprocal rate for goods of Peru at 20 percent.",
     "On June 9, 2026, I imposed an additional 20 percent duty on goods of Peru.",
     "On June 9, 2026", [("USA", "tariff", "impose", None, 20.0)]),
    (order, "Adjusting Imports of Ceramic Sinks into the United States",
     "Ceramic sinks of Mexico are subject to an additional duty of 12 percent.",
     "On February 2, 2026, I imposed an additional duty of 12 percent on ceramic sinks of Mexico.",
     "On February 2, 2026", [("USA", "tariff", "impose", None, 12.0)]),
]

# (page maker, title, first sentence, later sentence, anchor words of the later one): a row each
BOTH_KEPT = [
    # a dated past step told first, then a step to come at the same level (new in _dated_apart; one row at 72046491)
    (order, "Adjusting Imports of Copper Rod into the United States",
     "On April 4, 2026, in Proclamation 10990, I increased the duty on copper rod to 40 percent.",
     "Effective March 1, 2029, copper rod of every country shall again be subject to a rate of 40 percent.",
     "Effective March 1, 2029"),
    # guards, two rows already at 72046491: a past year, another action, another instrument's recital, other goods
    (fact_sheet, "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imported Bicycles",
     "Bicycle frames from every country will be subject to a 35% tariff.",
     "Last year, President Trump imposed a 35% tariff on bicycle frames from every country.", "Last year"),
    (order, "Modifying Duties on Goods of Laos",
     "On October 1, 2026, I imposed an additional duty of 15 percent on goods of Laos.",
     "Effective January 1, 2028, goods of Laos shall again be subject to an additional duty of 15 percent.",
     "Effective January 1, 2028"),
    (order, "Adjusting Imports of Pianos into the United States",
     "In Proclamation 11002 of March 3, 2026, I imposed a duty of 18 percent on upright pianos.",
     "Grand pianos are subject to a duty of 18 percent.", "Grand pianos"),
    (fact_sheet, "Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Kitchen Knives",
     "In January, President Trump imposed a 25% tariff on kitchen knives.",
     "Today, President Donald J. Trump signed a Proclamation making knife blocks subject to the 25% tariff on kitchen "
     "knives.", "knife blocks"),
]

NEGATIVES = [
    # a pledge told again with its deal's date: the one pledge (the merge stands)
    (fact_sheet, "Fact Sheet: President Donald J. Trump Secures a Shipbuilding Deal with Norway",
     "Norway agreed to invest $200 billion in American shipyards.",
     "In May, President Trump announced an agreement with Norway, in which Norway agreed to invest $200 billion in "
     "American shipyards.", "In May"),
    (fact_sheet, "Fact Sheet: President Donald J. Trump Secures Aircraft Orders from Vietnam",
     "Vietnam will buy $5 billion of American aircraft.",
     "In June, Vietnam agreed to buy $5 billion of American aircraft.", "In June"),
    # a dated sentence that tells the step as to come: the duty told again
    (fact_sheet, "Fact Sheet: President Donald J. Trump Imposes Tariffs on Imported Forklifts",
     "Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on imported forklifts.",
     "On July 1, the 25% tariff on forklifts will take effect.", "On July 1"),
    # two undated sentences: the duty told again
    (fact_sheet, "Fact Sheet: President Donald J. Trump Imposes Tariffs on Imported Pianos",
     "On Friday, President Trump signed a Proclamation that will impose a 25% tariff on imported pianos.",
     "The 25% tariff on pianos takes effect in 30 days.", "takes effect"),
    (fact_sheet, "Fact Sheet: President Donald J. Trump Imposes Tariffs on Imported Tractors",
     "Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on imported tractors.",
     "The 25% tariff covers tractors and their parts.", "covers tractors"),
]


@pytest.mark.parametrize("make, title, first, later, anchor, expected", POSITIVES)
def test_dated_past_step_is_its_own_row(make, title, first, later, anchor, expected):
    rows = make(title, first, later)
    assert levels_in(rows, anchor) == expected
    assert levels_in(rows, first[:40]), "the first statement keeps its row"


@pytest.mark.parametrize("make, title, first, later, anchor", BOTH_KEPT)
def test_steps_dated_apart_keep_a_row_each(make, title, first, later, anchor):
    rows = make(title, first, later)
    assert [row[1] for row in levels_in(rows, first[:40])] == ["tariff"]
    assert [row[1] for row in levels_in(rows, anchor)] == ["tariff"]


@pytest.mark.parametrize("make, title, first, later, anchor", NEGATIVES)
def test_the_same_measure_told_again_stays_one_row(make, title, first, later, anchor):
    rows = make(title, first, later)
    assert triples_in(rows, anchor) == []
    assert len(triples_in(rows, first[:40])) == 1
