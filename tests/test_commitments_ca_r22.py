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
# granted it is `remove` to 0, kept `maintain` at 0, prolonged `extend`, suspended `suspend` (round 42: with no
# value_to, as every suspended tariff row of the gold: the zero is the level the pause takes away, not a new one)
@pytest.mark.parametrize("text, news, expected", [
    ("Japan will continue to grant duty-free, quota-free access to goods from the poorest countries.", False,
     ("JPN", "tariff", "maintain", None, 0.0)),
    ("The EU will extend duty-free and quota-free access for Nepali goods until 2029.", True,
     ("EUN", "tariff", "extend", None, None)),
    ("In 2019 Washington suspended the country's duty-free benefits under the Generalized System of Preferences.", True,
     ("USA", "tariff", "suspend", None, None)),
    ("Canada shall maintain duty-free status for American farm machinery.", False,
     ("CAN", "tariff", "maintain", None, 0.0)),
    ("Norway will keep duty-free and quota-free market access for Ghanaian cocoa.", True,
     ("NOR", "tariff", "maintain", None, 0.0)),
    ("The United Kingdom will provide duty-free, quota-free access for all Bangladeshi goods from January 1.", False,
     ("GBR", "tariff", "remove", None, 0.0)),
])
def test_duty_free_access_is_a_zero_tariff(text, news, expected):
    assert _rows(text, news) == [expected]


# A rate's step named by its noun alone ("the increase", "the planned hike"), its level told elsewhere, is the
# tariff suspended or delayed, whatever else the sentence names (talks, a truce); not a step of something else
@pytest.mark.parametrize("text, expected", [
    ("Washington suspended the increase until May 1 to let talks with Hanoi continue.", ("USA", "tariff", "suspend")),
    ("Tokyo suspended the increase so that negotiations with Washington could go on.", ("JPN", "tariff", "suspend")),
    ("Beijing suspended the increase for a year under the trade truce with the United States.",
     ("CHN", "tariff", "suspend")),
    ("The EU delayed the planned hike by 90 days while negotiators work on a deal with the United States.",
     ("EUN", "tariff", "delay")),
    ("Ottawa paused the tariff hike on U.S. dairy for six months.", ("CAN", "tariff", "suspend")),
])
def test_step_noun_alone_is_the_tariff(text, expected):
    assert [row[:3] for row in _rows(text, news=True)] == [expected]


def test_step_noun_in_an_order_after_the_raise():
    rows = order_commitments(
        ["Sec. 2. In Proclamation 10999, I raised the additional duty on goods of Peru to 30 percent.",
         "In the same proclamation, I suspended the increase until March 3, 2027, so that discussions with the "
         "Government of Peru could continue."],
        published_at=datetime(2027, 1, 5), title="Extending the Suspension of Duties on Goods of Peru", article_id="ca22-step")
    assert ("USA", "tariff", "suspend") in [(r.actor, r.category, r.action) for r in rows]
    assert not any(r.category == "diplomatic" and r.action == "suspend" for r in rows)


def test_step_of_something_else_is_no_tariff():
    assert not any(row[1] == "tariff" for row in _rows("The government suspended the increase in fuel subsidies.", news=True))
