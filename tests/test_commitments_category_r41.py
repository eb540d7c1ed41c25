"""Round 41 (issue 4), CAT: rows paired with the gold but wrong in category or action.

The team's own sentences (never text from the shared or written pages).

- A suspension of named plants lifted, or the plants cleared again ("refused to lift its suspension of three
  Argentine beef plants", "lift a suspension it imposed ... on imports of chicken from five Brazilian slaughterhouses",
  "restored the export registrations of six Mexican pork plants", "will resume approving Chilean salmon processing
  plants"): `market_access` `relax` (Round 34 review: the lifting restores the approvals, like the approvals
  themselves), not `import_restriction` `remove` nor the remove verb's default `other`.
- Left alone: a suspension of a country's product as such lifted ("its suspension of imports of Indian grapes": still
  `import_restriction` `remove`), the suspension laid (`import_restriction` `restrict`), a rate or imports brought back
  ("restore the 30 percent tariff", "resume imports of Russian wheat"), a suspension of a levy lifted.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 3, 1, tzinfo=timezone.utc)


def _triples(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action) for r in rows)


# a suspension of named plants lifted, or the plants cleared again: access restored
@pytest.mark.parametrize("sentence, expected", [
    ("Beijing refused on Monday to lift its suspension of three Argentine beef plants, the ministry said.",
     ("CHN", "market_access", "relax")),
    ("Indonesia agreed to lift a suspension it imposed in May on imports of frozen chicken from five Brazilian "
     "slaughterhouses.", ("IDN", "market_access", "relax")),
    ("Egypt will lift the suspension on beef from plants in Parana and Goias from next month.",
     ("EGY", "market_access", "relax")),
    ("Malaysia said it had lifted a suspension imposed in June on two Thai poultry plants after a bird flu case was "
     "cleared.", ("MYS", "market_access", "relax")),
    ("Jordan ended its suspension of four Ukrainian dairy establishments on Friday, the food agency said.",
     ("JOR", "market_access", "relax")),
    ("Japan's customs agency restored the export registrations of six Mexican pork plants, officials said.",
     ("JPN", "market_access", "relax")),
    ("Kenya will restore the registrations of 12 Tanzanian avocado packhouses from July, the plant health agency said.",
     ("KEN", "market_access", "relax")),
    ("Seoul will resume approving Chilean salmon processing plants for export, the ministry said.",
     ("KOR", "market_access", "relax")),
])
def test_a_plant_suspension_lifted_restores_access(sentence, expected):
    rows = _triples(sentence)
    assert expected in rows, rows
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


# near misses: a product's suspension lifted, a suspension laid, a rate or imports brought back, a levy's suspension
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam lifted its suspension of imports of Indian grapes on Tuesday.", ("VNM", "import_restriction", "remove")),
    ("Peru will lift a 10-month suspension of Bolivian beef imports next week.", ("PER", "import_restriction", "remove")),
    ("Qatar suspended imports from three Indian shrimp plants on Monday, citing residues.",
     ("QAT", "import_restriction", "restrict")),
    ("The Philippines said it would restore the 30 percent tariff on imported sugar if prices fall.",
     ("PHL", "tariff", "resume")),
    ("Turkey will resume imports of Russian wheat from March.", ("TUR", "purchase", "resume")),
])
def test_near_misses_keep_their_reading(sentence, expected):
    rows = _triples(sentence)
    assert expected in rows, rows
    assert not any(category == "market_access" for _, category, _ in rows), rows


def test_a_levy_suspension_lifted_is_no_access():
    rows = _triples("Ghana lifted its suspension of the fuel levy on Monday.")
    assert not any(category == "market_access" for _, category, _ in rows), rows
