"""Round 41 (issue 4), the lead: two readings NSX's report found wrong outside its area.

The team's own sentences (never text from the shared or written pages).

- A ban or embargo "imposed" or "slapped" on goods with no levy named is a restriction, and its complement says which
  border it closes: "imposed a ban on 24 Serbian farm products" (goods of a foreign origin: `import_restriction`),
  "imposed a ban on the export of raw cashew nuts" (`export_control`). Round 29's reading of a restriction's
  complement (`_restriction_category`) decides; a bare "the ban" with no complement is left to the page, as before.
- Sales an export control governs are restricted, not bought: "will restrict sales of advanced chips to China" gives
  the control only, no purchase by China (guide rule 25 reads a sale to a country as its purchase when it is made).
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)


def _rows(text):
    rows = commitments_from([text], published_at=WHEN, authors=["A Reporter"])
    return sorted((r.actor, r.category, r.action) for r in rows)


@pytest.mark.parametrize("text, expected", [
    ("Hungary imposed a ban on 24 Serbian farm products last year.", ("HUN", "import_restriction", "restrict")),
    ("Kenya slapped an embargo on Tanzanian maize after the aflatoxin scare.", ("KEN", "import_restriction", "restrict")),
    ("Ghana imposed a ban on the export of raw cashew nuts in April.", ("GHA", "export_control", "restrict")),
    ("Beijing imposed a restriction on exports of gallium and germanium.", ("CHN", "export_control", "restrict")),
])
def test_a_ban_imposed_on_goods_is_a_restriction_by_its_complement(text, expected):
    assert _rows(text) == [expected]


def test_a_levy_imposed_on_goods_stays_a_tariff():
    assert _rows("Mexico imposed a 30 percent tariff on Chinese steel.") == [("MEX", "tariff", "impose")]


@pytest.mark.parametrize("text, expected", [
    ("Washington will restrict sales of advanced chips to China.", [("USA", "export_control", "restrict")]),
    ("The Netherlands will restrict sales of lithography machines to China from next month.",
     [("NLD", "export_control", "restrict")]),
])
def test_sales_under_an_export_control_are_no_purchase(text, expected):
    assert _rows(text) == expected


def test_a_sale_made_to_a_country_is_still_its_purchase():
    rows = _rows("Boeing announced the sale of 40 jets to Vietnam Airlines.")
    assert rows == [("VNM", "purchase", "purchase")]
