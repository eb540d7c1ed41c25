"""Round 24: official pages, second pass — our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import ORDER_OPENING, commitments_from

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



# 3. The signer's determination that modifying the duty is "necessary and appropriate", with no rate of its own,
# points at the clauses that state the change: no row of its own; the clauses keep theirs.
ORDER_TITLE = "Further Extending the Suspension of the Heightened Duty on Goods of Fiji and Modifying Its Rate"
RECORD = ("In Executive Order 14501 of February 3, 2027, I set the additional ad valorem duty on goods of Fiji at 20 "
          "percent and suspended the heightened duty on its canned fish until August 1, 2027.")
CLAUSE = ("(a) Effective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight time on "
          "August 1, 2027, goods of Fiji shall be subject to an additional ad valorem duty of 15 percent, in place of "
          "the 20 percent rate.")


def order_rows(determination: str, *clauses: str):
    texts = [ORDER_OPENING, "Section 1. Background.", RECORD, determination, "Sec. 2. Modification of the Rate.", *clauses]
    kinds = ["paragraph", "heading", "paragraph", "paragraph", "heading", *["paragraph"] * len(clauses)]
    return commitments_from(texts, published_at=ON, title=ORDER_TITLE, kinds=kinds, article_id="r24-of2-order")


def tariff_rows(rows):
    return sorted((r.action, r.value_from, r.value_to, r.evidence[:12]) for r in rows if r.category == "tariff")


def test_a_determination_to_modify_the_rate_as_set_out_below_gives_no_row():
    rows = order_rows("Talks with Fiji on its remaining barriers continue. In my judgment, it is necessary and "
                      "appropriate to extend the suspension and to modify the rate of duty as set out below.", CLAUSE)
    assert tariff_rows(rows) == [("impose", None, 20.0, "In Executive"), ("reduce", 20.0, 15.0, "(a) Effectiv"),
                                 ("suspend", None, None, "In Executive")]


def test_a_determination_told_with_i_have_determined_gives_no_row_either():
    rows = order_rows("I have determined that it is necessary and appropriate to modify the duties that apply to "
                      "goods of Fiji in the manner this order sets out.", CLAUSE)
    assert [a for a, _, _, evidence in tariff_rows(rows) if evidence.startswith("I have")] == []


def test_a_clause_that_modifies_the_duty_keeps_its_row():
    rows = order_rows("In my judgment, it is necessary and appropriate to modify the rate of duty as set out below.",
                      "(a) The additional duty on goods of Fiji shall be modified from 20 percent to 15 percent.")
    assert [(a, f, t) for a, f, t, evidence in tariff_rows(rows) if evidence.startswith("(a)")] == [("reduce", 20.0, 15.0)]


# The same told as a decision ("I have decided to adjust imports ... by imposing duties as set forth in this
# proclamation") in a Section 232 proclamation: the clause that follows keeps the row, at its own anchor.
PROCLAMATION_TITLE = "Adjusting Imports of Garden Tools into the United States"
PROCLAIM = "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do hereby proclaim as follows:"
DUTY_CLAUSE = ("Clause 1. Garden tools shall be subject to an additional ad valorem duty of 20 percent, effective with "
               "respect to goods entered for consumption on or after 12:01 a.m. eastern standard time on March 1, 2027.")


def proclamation_rows(decision: str):
    texts = ["5. The Secretary found that imports of garden tools threaten to impair the national security.",
             decision, PROCLAIM, DUTY_CLAUSE]
    return commitments_from(texts, published_at=ON, title=PROCLAMATION_TITLE, article_id="r24-of2-232")


def test_a_decision_to_impose_the_duties_set_forth_below_gives_no_row():
    rows = proclamation_rows("6. I concur with the Secretary's finding, and I have decided to adjust imports of garden "
                             "tools by imposing the duties set forth in this proclamation.")
    assert tariff_rows(rows) == [("impose", None, 20.0, "Garden tools")]


def test_a_decision_that_names_its_rate_is_not_silenced():
    rows = proclamation_rows("6. I have decided to adjust imports of garden tools by imposing a duty of 20 percent.")
    assert [t for _, _, t, _ in tariff_rows(rows)] == [20.0]


# 4. A fact sheet's signing lead whose relative clause lays the rates ("signed a Proclamation that levies a 25%
# tariff on X, 15% on Y"), and "put(s) a N% tariff on" as a rate laid.
SHEET_232 = "Fact Sheet: President Donald J. Trump Adjusts Imports of Garden Tools into the United States"


def sheet_232_rows(text: str):
    return commitments_from([text], published_at=ON, title=SHEET_232, article_id="r24-of2-232-sheet")


def test_a_signed_proclamation_that_levies_its_rates():
    rows = sheet_232_rows("PROTECTING TOOLMAKERS: Today, President Donald J. Trump signed a Proclamation that levies a 20% "
                          "tariff on imported garden tools, 12% on tool handles, and 8% on blades, all from April 1, 2027.")
    assert sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "impose", 8.0), ("USA", "impose", 12.0), ("USA", "impose", 20.0)]


def test_a_signed_proclamation_that_puts_a_rate():
    rows = sheet_232_rows("Today, President Donald J. Trump signed a Proclamation that puts a 20% tariff on imported "
                          "garden tools and a 12% tariff on tool handles.")
    assert sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "impose", 12.0), ("USA", "impose", 20.0)]


def test_put_a_rate_on_goods_in_a_record_line():
    rows = sheet_232_rows("In his first term, President Trump put a 25% tariff on steel imports under Section 232.")
    assert [(r.actor, r.action, r.value_to) for r in rows if r.category == "tariff"] == [("USA", "impose", 25.0)]


def test_put_on_hold_and_money_put_into_plants_keep_their_readings():
    assert [(r.category, r.action) for r in sheet_232_rows("The President put the planned tariffs on hold.")] == [
        ("tariff", "suspend")]
    rows = sheet_232_rows("Japanese investors will put $2 billion into new plants in Ohio.")
    assert [r.category for r in rows] == ["investment"]
