"""Round 17: one slot reader for rates, on every kind of page (our own sentences)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 5, 4)
SHEET = "Fact Sheet: The United States and Peru Reach an Agreement on Reciprocal Trade"


def sheet(*paragraphs: str, title: str = SHEET):
    """Rows of an official page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def story(*paragraphs: str, title: str = "Trade round-up"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def tariffs(rows) -> list[tuple]:
    return sorted((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


# 1. The rate-phrase reader runs on official pages too: a rate in force named as a noun phrase.
@pytest.mark.parametrize("text, expected", [
    ("Peruvian fishmeal faces a combined duty of about 20 percent at the U.S. border, the Ministry noted.",
     ("USA", "PER", "impose", None, 20.0)),
    ("American wheat growers, long held back by Peru's 17% tariff on grain, stand to gain.",
     ("PER", "USA", "maintain", None, 17.0)),
    ("The 35 percent U.S. levy on Peruvian textiles has cut shipments by half since March.",
     ("USA", "PER", "impose", None, 35.0)),
    ("Peruvian avocados are taxed at 9.5 percent when they enter the United States.",
     ("USA", "PER", "impose", None, 9.5)),
    ("Exporters of Peruvian grapes still pay a separate 7 per cent duty in the United States.",
     ("USA", "PER", "maintain", None, 7.0)),
    # a range, by its top, with no second row for its first figure
    ("Peruvian quinoa will face U.S. tariffs of 10% to 18%, depending on the grade.",
     ("USA", "PER", "impose", None, 18.0)),
])
def test_rate_phrase_on_official_pages(text, expected):
    assert tariffs(sheet(text)) == [expected]


# 1b. What the reader leaves: the rate a measure replaces ("would otherwise"), and the parts of a
# stated total (the row is the total, convention 5); the parts of a total the sentence before
# stated stay its levier's (a breakdown, not rates in passing).
def test_counterfactual_and_parts_of_a_total():
    rows = sheet("Imports of Peruvian copper that would otherwise be subject to a 50 percent tariff shall instead "
                 "be subject to a 10 percent tariff, in addition to the most-favored-nation rate of 2.5 percent, "
                 "for a combined tariff of 12.5 percent.")
    assert [r[4] for r in tariffs(rows)] == [12.5]
    rows = sheet("Peruvian cars will be subject to a total tariff rate of 15% (12.5% plus 2.5% most-favored-nation rate).")
    assert [r[4] for r in tariffs(rows)] == [15.0]


def test_breakdown_of_a_total_keeps_its_levier():
    rows = sheet("The United States has imposed a 30% tariff on Peruvian goods.", "This includes a 20% reciprocal tariff, "
                 "a 5% tariff to address transshipment, and Section 301 tariffs on specific goods, between 2.5% and 5%.")
    # (the two 5% parts are one row: repeats merge)
    assert tariffs(rows) == [("USA", "PER", "impose", None, 5.0), ("USA", "PER", "impose", None, 20.0),
                             ("USA", "PER", "impose", None, 30.0)]


# 2. A measure moved between two levels, whatever the verb: the direction from the levels (new below the
# earlier: reduce; above: raise; zero: remove), either order of the pair, a later "and to Z" a second step.
@pytest.mark.parametrize("texts, news, expected", [
    # official, an unlisted verb, the earlier level first
    (["On January 1, 2027, the U.S. duty on Peruvian asparagus will step up from 10% to 25%."], False,
     [("USA", "PER", "raise", 10.0, 25.0)]),
    # news, the verb far from its object, "all the way down to"
    (["SANTIAGO, May 3 - The agreement takes the levy Chilean exporters pay at the U.S. border from 20 per cent "
      "all the way down to 10 per cent."], True, [("USA", "CHL", "reduce", 20.0, 10.0)]),
    # the new level first ("to Y from X"), the owner before the noun
    (["SEOUL, May 3 - Under the new deal, Korea's duties on American beef will drop to 5 percent from 15 percent "
      "next year."], True, [("KOR", "USA", "reduce", 15.0, 5.0)]),
    # a later step from the same earlier level
    (["NEW DELHI, May 3 - India's tariff on Australian wine will fall to 50% from 150% at once and to 25% after "
      "five years."], True, [("IND", "AUS", "reduce", 150.0, 25.0), ("IND", "AUS", "reduce", 150.0, 50.0)]),
    # a zero level: remove
    (["Peru's tariffs on U.S. almonds will go from 30 percent to zero percent."], False,
     [("PER", "USA", "remove", 30.0, 0.0)]),
    # "and then to": (round 30) the later step starts from the level the first reached (guide, round 21 review: a
    # second step stated after the first in the same sentence takes the first's rate as value_from)
    (["Under the arrangement, the U.S. tariff rate on Peruvian textiles comes down from 18 percent to 10 percent, "
      "and then to 5 percent."], False, [("USA", "PER", "reduce", 10.0, 5.0), ("USA", "PER", "reduce", 18.0, 10.0)]),
])
def test_levels_moved_whatever_the_verb(texts, news, expected):
    rows = story(*texts) if news else sheet(*texts)
    assert tariffs(rows) == expected


@pytest.mark.parametrize("text", [
    # a statistic's rate moved, a share moved: no measure
    "Peru's capacity utilization rate for copper smelters went from 40% to 61% between 2017 and 2019.",
    "The average tariff Peru applies went from 12% down to 9% over the decade.",
])
def test_levels_of_no_measure(text):
    assert tariffs(sheet(text)) == []
