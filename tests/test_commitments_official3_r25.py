"""Round 25 (second wave): official rows missed or wrong, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)
STATEMENT = "Joint Statement on a Framework for a United States-Paraguay Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: The United States and Paraguay Reach Agreement on Reciprocal Trade"


def rows_of(texts, title, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r25-of3")


def items(lead, entries, title):
    """Rows of a lead paragraph and its list items."""
    return rows_of([lead, *entries], title, kinds=["paragraph", *["list_item"] * len(entries)],
                   levels=[0, *[1] * len(entries)])


def acts(rows) -> list[tuple]:
    return sorted((r.actor, r.category, r.action) for r in rows)


# 1. The other side's inspection itself held equal to one's own, goods let in on it, and its safety marks accepted
# are market access (guide rule 14; round 13 review: the inspection *system*, not its certificates).
def test_inspection_system_accepted_as_equivalent():
    rows = items("Paraguay will:", ["accept as equivalent the U.S. system of meat and dairy inspection;"], STATEMENT)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_agency_inspection_of_plants_recognised_as_equivalent():
    rows = items("Paraguay will:", ["Recognize United States Department of Agriculture inspection of dairy plants as "
                                    "equivalent to its own."], FACT_SHEET)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_goods_inspected_under_the_us_service_accepted():
    rows = items("Paraguay will:", ["Accept U.S. lamb and goat meat inspected under the U.S. Department of "
                                    "Agriculture's inspection service, without approving each plant again."], FACT_SHEET)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_safety_certification_marks_accepted():
    rows = rows_of(["Paraguay will accept U.S. safety certification marks for electric heaters and kettles."], STATEMENT)
    assert acts(rows) == [("PRY", "market_access", "relax")]


def test_export_certificates_accepted_stay_import_side():
    # accepting the other side's certificates eases an import formality (guide rule 13, round 13 review)
    rows = items("Paraguay will:", ["accept sanitary export certificates issued by the U.S. Department of Agriculture "
                                    "for dairy;"], STATEMENT)
    assert acts(rows) == [("PRY", "import_restriction", "relax")]


def test_border_inspection_waived_stays_import_side():
    rows = items("Paraguay will:", ["waive pre-shipment inspection of U.S. machinery;"], STATEMENT)
    assert [(r.actor, r.category) for r in rows] == [("PRY", "import_restriction")]
