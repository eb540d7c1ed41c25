"""Round 33 (TL): one government asking another for talks, a meeting or consultations on a measure the story told.

Our own sentences (not from any page). The request is one row, the asking party's: `negotiate`, `proposed`, toward
the party asked; the topic named after "on" gives the category. Consultations asked under the WTO's rules are
procedure (no row), and a lobby's request is no government's.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _talks(text):
    rows = commitments_from([text], published_at=WHEN, title="Trade story", authors=["A Writer"])
    return sorted((r.actor, r.counterparty, r.category, r.action, r.status) for r in rows if r.action == "negotiate")


@pytest.mark.parametrize("text, expected", [
    # the ministry's request, told by "said", the partner by its capital
    ("Chile raised its tariff on Peruvian avocados to 20%. Peru's trade ministry said it would seek talks with "
     "Santiago on the tariff.", ("PER", "CHL", "tariff")),
    # the party asked as the verb's object, a measure noun of another kind
    ("Vietnam imposed a levy on Cambodian rice. Cambodia's commerce ministry, citing losses, asked Hanoi for formal "
     "negotiations on the levy.", ("KHM", "VNM", "tariff")),
    # consultations asked of a capital, "urgent"
    ("Kenya banned imports of Ugandan milk last week. Uganda has asked Nairobi for urgent consultations on the ban.",
     ("UGA", "KEN", None)),
    # an invitation to meet, the asking minister told by a pronoun, the partner by its adjective
    ("Ghana halted imports of Nigerian poultry. Nigeria's agriculture minister said he had invited his Ghanaian "
     "counterpart to meet in Accra over the halt.", ("NGA", "GHA", None)),
    # a meeting sought, the capital as the asking party
    ("Japan tightened its curbs on Korean fish imports. Seoul said it would seek an early meeting with Tokyo on the "
     "curbs.", ("KOR", "JPN", "import_restriction")),
    # "has sought", present perfect
    ("Australia suspended imports of Thai shrimp. Thailand has sought consultations with Canberra on the suspension.",
     ("THA", "AUS", None)),
    # a bloc whose name holds "Union" is a government, not a trade union
    ("China raised its duties on European pork. The European Union has sought talks with Beijing on the duties.",
     ("EUN", "CHN", "tariff")),
])
def test_a_government_asks_for_talks(text, expected):
    actor, asked, category = expected
    found = [row for row in _talks(text) if row[0] == actor]
    assert len(found) == 1, _talks(text)
    assert found[0][1] == asked and found[0][3] == "negotiate" and found[0][4] == "proposed"
    if category:
        assert found[0][2] == category


@pytest.mark.parametrize("text", [
    # consultations under the WTO's rules: procedure, no row (guide, round 28 review)
    "Turkey raised its duty on Georgian hazelnuts. Georgia asked for consultations under the WTO dispute settlement "
    "rules on the duty.",
    "South Africa raised its tyre duty to 40%. Thailand's commerce ministry said it would ask for consultations at "
    "the WTO.",
    # a lobby's request is no government's
    "Peru raised its tariff on Chilean wine. Chilean winemakers asked for talks with Lima on the tariff.",
])
def test_no_talks_row(text):
    assert _talks(text) == []


def test_a_ministry_of_industry_is_no_lobby():
    """"Vietnam's Ministry of Industry and Trade" is a government, not an industry's wish (`_industry_wish`)."""
    from types import SimpleNamespace

    from pipeline.commitments import _industry_wish

    said = "said it had asked Jakarta for consultations on the duties."
    assert not _industry_wish(SimpleNamespace(evidence="Vietnam's Ministry of Industry and Trade " + said))
    assert not _industry_wish(SimpleNamespace(evidence="Malaysia's Ministry of Trade and Industry " + said))
    assert _industry_wish(SimpleNamespace(evidence="The footwear industry had asked for a 25% duty."))
