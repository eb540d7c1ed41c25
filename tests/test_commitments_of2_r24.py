"""Round 24: official pages, second pass — our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 1)
SHEET = "Fact Sheet: President Donald J. Trump Secures a Trade and Investment Deal with the Republic of Ghana"
LEAD = ("Today, President Donald J. Trump and President John Mahama announced an Agreement on Reciprocal Trade "
        "and Investment between the United States and the Republic of Ghana.")


def sheet_rows(*paragraphs: str, heading: str | None = None):
    """Rows of a fact sheet: its lead, then ``paragraphs`` (as bullets under ``heading`` when one is given)."""
    if heading is None:
        return commitments_from([LEAD, *paragraphs], published_at=ON, title=SHEET)
    texts = [LEAD, heading, *paragraphs]
    kinds = ["paragraph", "heading", *["list_item"] * len(paragraphs)]
    levels = [0, 2, *[1] * len(paragraphs)]
    return commitments_from(texts, published_at=ON, title=SHEET, kinds=kinds, levels=levels)


def investments(rows):
    return sorted((r.actor, r.action, r.amount, r.unit) for r in rows if r.category == "investment")


# 1. A sum put into projects: told in words or with decimals, pledged "for" plants, put into a mill or terminals.

def test_a_sum_with_decimals_committed_to_a_mill():
    rows = sheet_rows("Ghanaian investors have committed $2.5 billion to a new textile mill in Georgia.")
    assert investments(rows) == [("GHA", "invest", 2_500_000_000, "usd")]


def test_a_sum_in_words_put_into_terminals():
    rows = sheet_rows("Ghanaian investors will put three billion dollars into new export terminals on the Gulf Coast.")
    assert investments(rows) == [("GHA", "invest", 3_000_000_000, "usd")]


def test_a_sum_pledged_for_new_plants():
    rows = sheet_rows("Ghanaian pension funds have pledged $700 million for new battery plants in the United States.")
    assert investments(rows) == [("GHA", "invest", 700_000_000, "usd")]


def test_a_sum_pledged_in_purchases_is_no_investment():
    rows = sheet_rows("Ghana pledged $400 million in purchases of American wheat and soybeans.")
    assert investments(rows) == []
    assert [(r.actor, r.category) for r in rows if r.category == "purchase"] == [("GHA", "purchase")]


def test_a_sum_put_into_a_campaign_is_no_investment():
    assert investments(sheet_rows("The senator said he put two billion dollars of effort into his campaign.")) == []


# 2. A heading's "for American workers" names who gains, not who acts: its bullets keep their own subjects.

def test_bullets_under_a_heading_for_american_workers_keep_their_buyer():
    rows = sheet_rows("Ghanaian state enterprises will buy $900 million of American wheat over the next three years.",
                      "Ghanaian investors have pledged $1.5 billion for new factories in Ohio.",
                      heading="DELIVERING FOR AMERICAN WORKERS:")
    assert sorted((r.actor, r.category, r.amount) for r in rows if r.category in ("purchase", "investment")) == [
        ("GHA", "investment", 1_500_000_000), ("GHA", "purchase", 900_000_000)]


def test_a_heading_naming_one_party_still_gives_its_bullets_their_actor():
    rows = sheet_rows("Eliminate its duties on American poultry.", heading="GHANA'S COMMITMENTS:")
    assert [(r.actor, r.category, r.action) for r in rows if r.category == "tariff"] == [("GHA", "tariff", "remove")]
