"""Commitment extraction, round 7: agreement texts in treaty language (joint
statements, joint fact sheets, "general terms" and framework documents).

Each rule reads a clause shape, so each test gives it more than one wording.
Every sentence here is our own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc)
TITLE = "Joint statement on a framework for a Norway-Iceland agreement on reciprocal trade"


def extract(*texts, title=TITLE, levels=None, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, levels=levels, kinds=kinds,
                            article_id="test-agreements-r7")


# A fronted reason ("Given X's commitment to ..., Y will ...") names who earned the measure,
# not who takes it.
@pytest.mark.parametrize("opener", [
    "Given Iceland’s commitment to take significant steps toward a more balanced trade relationship,",
    "Given the progress Iceland has made on customs procedures,",
    "In recognition of the steps Iceland has taken on customs procedures,",
])
def test_a_fronted_reason_naming_the_partner_does_not_make_it_the_actor(opener):
    rows = extract(
        "Norway and Iceland have agreed to a framework for an agreement on reciprocal trade.",
        "Key terms of the agreement will include:",
        "Iceland has committed to address non-tariff barriers affecting trade in fish.",
        "In the coming weeks, Norway and Iceland will work to finalize the agreement. "
        f"{opener} Norway will remove the reciprocal tariffs on Iceland’s exports of certain goods that "
        "cannot be produced in Norway.",
        kinds=["paragraph", "paragraph", "list_item", "paragraph"], levels=[0, 0, 1, 0],
    )
    tariff_rows = [row for row in rows if row.category == "tariff"]
    assert [(row.actor, row.counterparty, row.action) for row in tariff_rows] == [("NOR", "ISL", "remove")]
