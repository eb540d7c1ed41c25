"""Round 22: measures in place in the news (rates named in passing: whose they are), our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 10, 8)
CANADA_KOREA = "OTTAWA - Canada and South Korea signed a steel and LNG pact on Tuesday."


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def rates(rows) -> list[tuple]:
    """(government, goods' country, category, action, new level) of each tariff row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action, r.value_to) for r in rows if r.category == "tariff")


# 1. The government a rate phrase belongs to is the subject of its clause: the antecedent of a relative clause
# whose verb levies ("X, which charges a N% tariff", "X, whose N% duty"), or the subject of a verb of hitting or
# answering whose "with" takes the phrase; never the story's own parties nor the goods' origin. A passive's
# subject ("Canada was hit with") pays and does not levy.
@pytest.mark.parametrize("paragraphs, expected", [
    # wire register, answered with a list of rates: a row per rate, each the answering government's
    ((CANADA_KOREA, "China hit back in March with 100 per cent tariffs on Canadian canola oil and 25 per cent on pork."),
     [("CHN", "CAN", "tariff", "impose", 25.0), ("CHN", "CAN", "tariff", "impose", 100.0)]),
    # newspaper register, the capital as subject, a date between the verb and "with"
    ((CANADA_KOREA, "Beijing retaliated in May 2025 with 75 per cent tariffs on Canadian canola meal."),
     [("CHN", "CAN", "tariff", "impose", 75.0)]),
    # the goods between the verb and "with"
    (("GENEVA - Switzerland and the United States agreed a deal in November.",
      "Washington hit Swiss goods with a 39 per cent levy in August 2025, one of the steepest anywhere."),
     [("USA", "CHE", "tariff", "impose", 39.0)]),
    # a non-restrictive relative clause: its antecedent levies (not the story's parties)
    ((CANADA_KOREA, "The United States, which charges a 50% tariff on steel from both countries, was not part of the talks."),
     [("USA", "", "tariff", "impose", 50.0)]),
    # wire style "pct", the goods' country after "from"
    (("TOKYO - Japan and Canada held talks on Monday.",
      "The European Union, which levies a 10 pct tariff on cars from Japan, was not at the table."),
     [("EUN", "JPN", "tariff", "impose", 10.0)]),
    # the possessive relative "whose"
    (("BRUSSELS - The EU and the United States met on Monday.",
      "Steelmakers look to Washington, whose 50% duty on European steel has not moved."),
     [("USA", "EUN", "tariff", "impose", 50.0)]),
])
def test_the_clause_subject_levies_the_rate(paragraphs, expected):
    assert rates(story(*paragraphs)) == expected


def test_a_passive_subject_pays_and_does_not_levy():
    rows = story(CANADA_KOREA, "Canada was hit with a 25% tariff on its steel in March.")
    assert all(r.actor != "CAN" for r in rows if r.category == "tariff")

