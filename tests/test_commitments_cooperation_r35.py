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
    # two verbs with their own objects: a row per object and party (Round 27 review; the lead's decision in round 35)
    ("The United States and Chile will align their export controls on drones and will cooperate on the "
     "screening of investments in their ports.", sorted(BOTH("export_control") + BOTH("investment"))),
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


# --- one party to work with or consult named partners (convention 19; guide Q2 of round 24: a row per partner named)

FACT_SHEET = "Fact Sheet: President Donald J. Trump Restricts Exports of Drone Engines"
OPENING = "Today, President Donald J. Trump signed an Executive Order restricting exports of drone engines."


def _fact_sheet_talks(sentence):
    rows = commitments_from([OPENING, sentence], published_at=WHEN, title=FACT_SHEET)
    return sorted((r.actor, r.counterparty, r.category) for r in rows if r.action == "negotiate")


@pytest.mark.parametrize("sentence, expected", [
    # officers of one government, "consult with" a list, the subject after "on"; a clause after the subject
    ("The Secretary of the Treasury and the Secretary of State will consult with Italy, Spain, and Greece on adopting "
     "comparable limits on investment in these firms, so that Chinese buyers cannot step in.",
     [("USA", "ESP", "investment"), ("USA", "GRC", "investment"), ("USA", "ITA", "investment")]),
    # "work with", partners by name and partners at large (no row for "our European partners")
    ("The Secretary of State will work with Norway, Chile, and our European partners to align export controls on "
     "satellite components.",
     [("USA", "CHL", "export_control"), ("USA", "NOR", "export_control")]),
    # partners at large first, the named ones after "beginning with"
    ("The United States will work with allies and partners, beginning with Chile and Peru, to align screening of "
     "foreign investment in farmland.",
     [("USA", "CHL", "investment"), ("USA", "PER", "investment")]),
    # consultations begun, a country named with "the", the subject whole after the list
    ("The Secretary of State and the Trade Representative will begin consultations with Canada, Australia and the "
     "Republic of Korea on coordinating export controls on drone engines.",
     [("USA", "AUS", "export_control"), ("USA", "CAN", "export_control"), ("USA", "KOR", "export_control")]),
    # "the Netherlands" ends the list
    ("The Secretary of Commerce will consult with Japan and the Netherlands on aligning export controls.",
     [("USA", "JPN", "export_control"), ("USA", "NLD", "export_control")]),
    # the partner's own pledge, under its name
    ("Ghana will work with the United States on export controls and investment screening.",
     [("GHA", "USA", "export_control")]),
])
def test_one_party_works_with_named_partners(sentence, expected):
    assert _fact_sheet_talks(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # work with a home body: home policy (guide rule 1)
    "The Secretary of Commerce will work with Congress to align federal export licensing rules with the new controls.",
    # an officer working with another officer, no talks
    "The Trade Representative, working with the Secretary of Commerce, shall monitor the implementation of the controls.",
    # work with a partner on financing: no talks on a measure
    "The United States will work with Peru to speed export-credit financing for a copper smelter.",
    # work with the other party to stop evasion: enforcement, no talks row
    "Lesotho will work with the United States to stop goods from third countries being routed through its territory.",
])
def test_work_with_that_is_no_talks(sentence):
    assert _fact_sheet_talks(sentence) == []


def test_requested_consultations_under_an_agreement_stay_one_row_or_none():
    # a request for consultations under an agreement is procedure (guide, round 28 review): no row per partner
    rows = commitments_from(["Vietnam's trade ministry said it would request consultations with New Delhi under the "
                             "ASEAN-India goods agreement."], published_at=WHEN, title="Trade round-up",
                            authors=["A. Writer"])
    assert len([r for r in rows if r.action == "negotiate"]) <= 1
