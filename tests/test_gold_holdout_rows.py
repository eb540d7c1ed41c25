"""The held-out sets (tests/gold/commitments/white-house-holdout-5/ and written-holdout-32/, and the released written/): rows on one
sentence stay distinguishable, so the evaluator can pair every one of them (its anchor
rule is checked with the first set's in tests/test_gold.py). The gold files are
read alone, so this runs without ../shared/data too."""
from __future__ import annotations

import pytest

from bench.gold import load_gold, normalise


@pytest.mark.parametrize("set_name", ["white-house-holdout-5", "written-holdout-32", "written"])
def test_holdout_rows_sharing_an_anchor_differ_in_a_scored_field(set_name):
    """Rows on one sentence are paired one-to-one by their fields; two rows equal in
    every scored field would be indistinguishable duplicates of one commitment."""
    scored = ("actor", "counterparty", "category", "action", "value_from", "value_to",
              "change", "amount", "unit", "status")
    duplicates = []
    for doc in load_gold("commitments", set_name):
        seen = set()
        for row in doc.rows:
            key = (normalise(row["anchor"]),) + tuple(row.get(field) for field in scored)
            if key in seen:
                duplicates.append(f"{doc.name}: {row['anchor']!r} {row.get('actor')} {row.get('category')}")
            seen.add(key)
    assert not duplicates, "\n".join(duplicates)
