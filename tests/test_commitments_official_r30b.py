"""Round 30 (O2): official rows the extractor missed entirely, second pass; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Keeps Battery Scrap in America"


def extracted(texts, title=FACT_SHEET):
    return commitments_from(texts, published_at=ON, title=title, article_id="r30-o2")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, toward whom, category, action."""
    return sorted((r.actor, r.counterparty or "", r.category, r.action) for r in rows)


# 1. Licence applications for named destinations reviewed under a presumption of denial (guide rule 15, convention 2):
# the licensing government's export control toward each destination named.
def test_denial_for_each_destination_named():
    rows = extracted(["Requests to export lithium battery scrap to Venezuela, Cuba or Belarus will be reviewed under "
                      "a presumption of denial."])
    assert seen(rows) == [("USA", "BLR", "export_control", "restrict"), ("USA", "CUB", "export_control", "restrict"),
                          ("USA", "VEN", "export_control", "restrict")]


def test_denial_for_shipments_destined_for_two_countries():
    rows = extracted(["Applications for cargoes destined for Syria and Myanmar shall be reviewed under a presumption "
                      "of denial."])
    assert seen(rows) == [("USA", "MMR", "export_control", "restrict"), ("USA", "SYR", "export_control", "restrict")]


def test_denial_for_destinations_told_before_is_no_row():
    # the destinations were named by the licence's own sentence: nothing new, and no import measure
    assert extracted(["License applications for those countries will be reviewed under a presumption of denial."]) == []


def test_presumption_of_approval_is_not_denial():
    rows = extracted(["Applications for shipments destined for Japan will be reviewed under a presumption of approval."])
    assert not any(r.category == "export_control" and r.action == "restrict" for r in rows)
