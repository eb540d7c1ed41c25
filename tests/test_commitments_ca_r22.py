"""Round 22 (the measure acted on): category and action from the measure a verb acts on, not the verb alone.
Our own wordings."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, order_commitments

ON = datetime(2026, 9, 1)


def _rows(text, news=False):
    rows = commitments_from([text], published_at=ON, authors=["Staff Reporter"] if news else None)
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# Duty-free access named with its quota twin or as a benefit or status is a zero tariff (guide rule 20):
# granted it is `remove` to 0, kept `maintain` at 0, prolonged `extend`, suspended `suspend`
@pytest.mark.parametrize("text, news, expected", [
    ("Japan will continue to grant duty-free, quota-free access to goods from the poorest countries.", False,
     ("JPN", "tariff", "maintain", None, 0.0)),
    ("The EU will extend duty-free and quota-free access for Nepali goods until 2029.", True,
     ("EUN", "tariff", "extend", None, None)),
    ("In 2019 Washington suspended the country's duty-free benefits under the Generalized System of Preferences.", True,
     ("USA", "tariff", "suspend", None, 0.0)),
    ("Canada shall maintain duty-free status for American farm machinery.", False,
     ("CAN", "tariff", "maintain", None, 0.0)),
    ("Norway will keep duty-free and quota-free market access for Ghanaian cocoa.", True,
     ("NOR", "tariff", "maintain", None, 0.0)),
    ("The United Kingdom will provide duty-free, quota-free access for all Bangladeshi goods from January 1.", False,
     ("GBR", "tariff", "remove", None, 0.0)),
])
def test_duty_free_access_is_a_zero_tariff(text, news, expected):
    assert _rows(text, news) == [expected]
