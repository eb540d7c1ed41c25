"""Commitment extraction, round 16: values of measures.

The levels a tariff row carries when the text gives them without the usual tariff verb: a
ceiling on a rate (the goods "will pay no more than", "subject to a ceiling of"), a rate taken
to nothing, a rate stepped up, a suspended increase, a tariff-rate quota, purchases raised by a
share. Every sentence is our own; each class is given several wordings, registers and parties.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, one

PUBLISHED = datetime(2026, 6, 2, 9, 0, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: The United States and Japan Reach a Trade Agreement"
NEWS = "Japan and US strike trade deal after months of talks"


def extract(*texts, title=FACT_SHEET):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-values-r16")


def values(row):
    return row.actor, row.counterparty, row.category, row.action, row.value_from, row.value_to


# A ceiling on a rate with no tariff verb is that rate set (guide rule 23: `impose`, value_to);
# `reduce` when the higher rate it replaces is stated.
@pytest.mark.parametrize("text, title, expected", [
    ("Under the deal, Japanese cars will pay no more than 15% when they enter the United States.", NEWS,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("Japanese pharmaceuticals will be subject to a ceiling of 15 percent.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("The agreement puts a ceiling of 15 per cent on US tariffs on Japanese semiconductors.", NEWS,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("The United States agreed to a ceiling of 15% on any future Section 232 tariffs on Japanese lumber.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("Japanese machine tools will face a maximum tariff rate of 10 percent under the arrangement.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 10.0)),
    ("Duties on Japanese steel are capped at 25 per cent, down from 50 per cent.", NEWS,
     ("USA", "JPN", "tariff", "reduce", 50.0, 25.0)),
    ("Exporters of Japanese machinery will pay at most 15 percent, down from 27.5 percent.", NEWS,
     ("USA", "JPN", "tariff", "reduce", 27.5, 15.0)),
])
def test_rate_ceiling_without_a_tariff_verb(text, title, expected):
    row = one(extract(text, title=title))
    assert values(row) == expected
    assert not row.conditional  # "subject to a ceiling" is the rate, not a condition


def test_ceiling_down_from_a_threat_is_no_earlier_level():
    # convention 16: a threatened rate never applied is its own `threatened` row, not the cap's earlier level
    rows = extract("Japanese cars will pay no more than 15 percent, down from the 25 percent Trump had threatened.",
                   title=NEWS)
    assert sorted((r.action, r.value_from, r.value_to, r.status) for r in rows) == [
        ("impose", None, 15.0, "agreed"), ("impose", None, 25.0, "threatened")]


def test_ceiling_words_outside_trade_give_no_row():
    assert extract("Officials said a ceiling of 15 percent on rent increases would help tenants.", title=NEWS) == []
