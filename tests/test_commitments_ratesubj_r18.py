"""Round 18: rates told with the measure or the goods as subject, and rates referred back to (our own sentences)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 5, 4)
PROCLAMATION_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Forklifts into the United States"
DEAL_SHEET = "Fact Sheet: The United States and Peru Reach an Agreement on Reciprocal Trade"


def sheet(*paragraphs: str, title: str = DEAL_SHEET):
    """Rows of an official page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def story(*paragraphs: str, title: str = "Trade round-up"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def tariffs(rows) -> list[tuple]:
    """(actor, action, earlier level, new level) of each tariff row, sorted."""
    return sorted((r.actor or "", r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


SIGNED = "Today, President Donald J. Trump signed a Proclamation that adjusts imports of forklifts and their parts."


# 1. The goods as subject of an application: face, pay, be charged, be tariffed at, be hit with, carry, enter at.
@pytest.mark.parametrize("text, expected", [
    # official, passive, the signing government levies
    ("Imported forklifts and their spare batteries will be tariffed at 12%.", ("USA", "impose", None, 12.0)),
    # official, the second of two clauses, a bare rate after "face"
    ("Forklift frames will carry a 20% duty, while hydraulic lifting assemblies will face 5%.", ("USA", "impose", None, 5.0)),
    # official, the goods' own country named in the subject, a zero
    ("Forklift parts from Canada will enter at zero under the quota.", ("USA", "remove", None, 0.0)),
])
def test_goods_as_subject_on_a_proclamation_sheet(text, expected):
    assert expected in tariffs(sheet(SIGNED, text, title=PROCLAMATION_SHEET))


@pytest.mark.parametrize("text, expected", [
    # news, past passive, a place after the rate names the levier
    ("LIMA, May 3 (Reuters) - Peruvian grapes were hit with a 25% levy at the U.S. border last year.",
     ("USA", "impose", None, 25.0)),
    # news, "per cent" written out, the levier's adjective inside the phrase
    ("LIMA, May 3 (Reuters) - Peruvian asparagus now pays a 9 per cent U.S. duty.", ("USA", "impose", None, 9.0)),
])
def test_goods_as_subject_in_a_story(text, expected):
    assert expected in tariffs(story(text))


# 2. The measure as subject of a change or a hold: the direction from the verb's family or the levels.
def test_measure_as_subject_moves_and_holds():
    rows = sheet("Under the deal, the baseline stays at 10 percent for most other Peruvian goods.")
    assert tariffs(rows) == [("USA", "maintain", None, 10.0)]
    # the current level told in the subject is the change's earlier level, not a rate of its own
    rows = story("LIMA, May 3 (Reuters) - Peruvian pisco, now taxed at 30% in the United States, will see its duty "
                 "cut to 10% over five years.")
    assert tariffs(rows) == [("USA", "reduce", 30.0, 10.0)]


# 3. Rates referred back to: "it", "that rate", "the rate" take the antecedent's levier and goods; the levels
# come from the row's own sentence (convention 5).
def test_rate_referred_back_to_in_the_next_sentence():
    rows = sheet("The United States will impose a 20% tariff on Peruvian textiles.", "The rate rises to 30% in 2028.")
    assert ("USA", "raise", None, 30.0) in tariffs(rows)
    assert next(r for r in rows if r.value_to == 30.0).counterparty == "PER"
    rows = sheet(SIGNED, "Imported forklifts will face a 15% tariff beginning June 1, 2026.",
                 "That rate steps up to 25% on January 1, 2028.", title=PROCLAMATION_SHEET)
    stepped = next(r for r in rows if r.value_to == 25.0)
    assert (stepped.actor, stepped.action, stepped.status) == ("USA", "raise", "announced")


def test_rate_referred_back_to_in_its_own_sentence():
    rows = sheet(SIGNED, "Forklift engines will be charged a 10% tariff from June 1, 2026, and that rate climbs to 15% "
                 "at the start of 2027.", title=PROCLAMATION_SHEET)
    assert ("USA", "raise", 10.0, 15.0) in tariffs(rows)
    rows = story("LIMA, May 3 (Reuters) - Peru charged a 12% duty on U.S. wheat in 2020, and it was halved to 6% in 2023.")
    assert ("PER", "reduce", 12.0, 6.0) in tariffs(rows)
    # a verb coordinated with the one before: the second step starts from the first one's level
    rows = story("WASHINGTON, May 3 (Reuters) - The United States will drop its 10% fentanyl tariff on Chinese goods.",
                 "It was doubled to 20% from 10% in March 2025 and halved to 10% in November of that year.")
    assert {("USA", "raise", 10.0, 20.0), ("USA", "reduce", 20.0, 10.0)} <= set(tariffs(rows))


# 4. Precision: no trade measure, or no measure at all.
@pytest.mark.parametrize("text", [
    "Inflation rose to 5% last year, the central bank said.",
    "The interest rate stays at 4.5 percent until June.",
    "Consumers will pay 10% more for coffee this winter.",
    "The water tariff will rise to 8% in April, the utility said.",
    "Unemployment remained at 3.9 per cent in March.",
    # a story's bare rate after "face" names no measure
    "Exporters will face 15% as the economy slows, the minister said.",
    # a rate goods would pay but for the measure
    "Forklifts that would otherwise be subject to a 25 percent tariff shall instead be subject to a 10 percent tariff.",
])
def test_no_trade_rate_no_row(text):
    assert 25.0 not in [r.value_to for r in story(text)] and not [
        r for r in story(text) if r.category == "tariff" and r.value_to in (5.0, 4.5, 10.0, 8.0, 3.9, 15.0)
        and "otherwise" not in text]
