"""Round 35 (FS): cooperation on fact sheets and joint statements.

Our own sentences (not from any page). Cooperation on screening investments, named alone, is `investment` `negotiate`
per party (guide, third review and Round 26 review), not export-control talk; screening and export controls as
objects of one verb stay `export_control` (guide rule 15); two verbs with their own objects give a row per object
(Round 26 review). "Investment security" alone keeps round 25's `export_control` reading (the gold's).
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 6, 1, tzinfo=timezone.utc)
JOINT = "Joint Statement on a United States-Chile Framework for Reciprocal Trade"


def _joint(sentence):
    rows = commitments_from([sentence], published_at=WHEN, title=JOINT)
    return sorted((r.actor, r.category, r.action) for r in rows if r.action == "negotiate")


BOTH = lambda category: [("CHL", category, "negotiate"), ("USA", category, "negotiate")]  # noqa: E731


@pytest.mark.parametrize("sentence, expected", [
    # "in the screening of", a list of sectors after it
    ("The United States and Chile will cooperate in the screening of foreign investments in airports and power grids.",
     BOTH("investment")),
    # the regime as the object of "coordinate", a purpose clause after it
    ("The two countries will coordinate their investment screening mechanisms to keep adversaries out of their "
     "telecom networks.", BOTH("investment")),
    # "in screening investments", a class of investor after it
    ("Both governments will cooperate in screening investments in their battery sectors by firms of countries of "
     "concern.", BOTH("investment")),
    # the minerals sector named: the screening, not the minerals, is the subject
    ("The United States and Chile will cooperate to screen investments in their critical minerals sectors by "
     "state-owned firms of third countries.", BOTH("investment")),
    # two verbs with their own objects: a row per object and party
    ("The United States and Chile will align their export controls on drones and will cooperate on the screening of "
     "investments in their ports.", sorted(BOTH("export_control") + BOTH("investment"))),
])
def test_screening_cooperation_is_investment(sentence, expected):
    assert _joint(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one verb, screening and export controls as its objects: export-control talk (guide rule 15)
    ("The United States and Chile will cooperate on screening foreign investment in seaports and on preventing the "
     "diversion of controlled American technology to adversaries.", BOTH("export_control")),
    ("The United States and Chile will cooperate on export controls and the screening of foreign investment.",
     BOTH("export_control")),
    # investment security alone: round 25's reading, kept
    ("The United States and Chile will work together on investment security.", BOTH("export_control")),
    # cooperation to attract investment into critical minerals stays the minerals' `other` (convention 12)
    ("The United States and Chile will cooperate to facilitate investment and trade in critical minerals.",
     BOTH("other")),
])
def test_screening_beside_controls_or_minerals_keeps_its_category(sentence, expected):
    rows = _joint(sentence)
    assert [r for r in rows if r[2] == "negotiate"] == expected
