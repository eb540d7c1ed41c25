"""Round 7, shared mechanisms: category and action by noun class, document structure.

Every sentence here is the team's own invention; each rule is tested on several
paraphrases of one shape, so that it holds for the class and not for one page's wording.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of

WHEN = datetime(2025, 11, 1, tzinfo=timezone.utc)
PERU_DEAL = "Joint Statement on a Framework for a United States-Peru Agreement on Reciprocal Trade"


def _rows(*texts: str, title: str = PERU_DEAL, **kwargs) -> list[tuple]:
    return rows_of(commitments_from(list(texts), published_at=WHEN, title=title, **kwargs))


# Guide rule 13: papers, checks and marks demanded of goods at entry are import restrictions,
# whichever of them a page happens to name.
@pytest.mark.parametrize("sentence, action", [
    ("Peru will remove apostille requirements for U.S. exports.", "remove"),
    ("Peru will eliminate consular formalities for U.S. shipments.", "remove"),
    ("Peru will end pre-export inspection and verification requirements on U.S. goods.", "remove"),
    ("Peru will streamline certificate of free sale requirements for U.S. cosmetics.", "relax"),
    ("Peru will accept electronic certificates for U.S. dairy shipments.", "relax"),
    ("Peru will ease labelling rules for U.S. cosmetics.", "relax"),
    ("Peru will simplify its import licensing requirements for U.S. machinery.", "relax"),
    ("Peru intends to address measures that restrict market access for U.S. seafood.", "relax"),
])
def test_import_side_requirements_are_import_restrictions(sentence, action):
    assert _rows(sentence) == [("PER", "import_restriction", action, None, None, None)]


def test_approval_of_the_product_itself_stays_market_access():
    # guide rule 14: accepting the other side's product approvals opens the market
    assert _rows("Peru will accept FDA certificates for U.S. medical devices.") == [
        ("PER", "market_access", "relax", None, None, None)]


def test_licensing_before_a_requirement_noun_is_no_verb():
    # "licensing requirements" names the measure; it does not license anything
    rows = _rows("Peru will work to address barriers for U.S. exports, including removing import "
                 "restrictions or licensing requirements on U.S. remanufactured goods.")
    assert ("PER", "import_restriction", "remove", None, None, None) in rows
    assert not [row for row in rows if row[2] == "restrict"]
