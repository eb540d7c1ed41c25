"""Round 31 (PY): rates told by what goods pay, face or attract rather than by a verb of the government.
Goods that pay a bare rate with the level it replaces told after it ("will pay 30 per cent, up from 20", "will attract
25 pct instead of 18 pct") are a tariff moved by the country whose border they cross; goods that keep paying, continue
to pay or keep attracting a rate hold it (`maintain`). Our own sentences."""
from __future__ import annotations

from datetime import datetime, timezone

from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 20, 8, 0, tzinfo=timezone.utc)


def _tariffs(texts, title, authors=("A. Reporter",)):
    rows = commitments_from(texts, published_at=ON, title=title, authors=list(authors))
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


def _rows_of_sentence(texts, title, needle):
    rows = commitments_from(texts, published_at=ON, title=title, authors=["A. Reporter"])
    return [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if needle in r.evidence]


# --- a bare rate paid, with the level it replaces ---------------------------------------------------------------------

def test_goods_pay_a_bare_rate_up_from_an_earlier_one_in_a_one_country_budget_story():
    rows = _rows_of_sentence([
        "Pakistan's finance minister presented the budget to the National Assembly on Friday.",
        "Laptops priced above $900 will now pay customs duty of 20 per cent, up from 11 per cent, the finance bill shows.",
    ], "Budget: duties on laptops and tablets", "Laptops priced")
    assert rows == [("PAK", "tariff", "raise", 11.0, 20.0)]


def test_goods_attract_a_bare_rate_instead_of_an_earlier_one_beside_a_duty_moved_in_the_same_sentence():
    rows = _rows_of_sentence([
        "India raised import duties on bicycles and kitchen appliances in its budget on Saturday.",
        "The basic customs duty on bicycles goes up to 30 pct from 20 pct, and blenders will attract 45 pct instead of "
        "25 pct, the finance minister told parliament.",
    ], "India raises duties on bicycles, blenders", "blenders will attract")
    assert ("IND", "tariff", "raise", 25.0, 45.0) in rows
    assert ("IND", "tariff", "raise", 20.0, 30.0) in rows


def test_goods_face_a_bare_rate_up_from_an_earlier_one_after_a_clause_that_moves_another_duty():
    rows = _rows_of_sentence([
        "Saudi Arabia raised customs duties on about 90 products, the customs authority said on Sunday.",
        "Duties on most of the tinned fish on the list will rise to 12% from 6%, while plastic chairs will face 20%, "
        "up from 8%, the authority said.",
    ], "Saudi Arabia raises customs duties on tinned fish, chairs", "plastic chairs")
    assert ("SAU", "tariff", "raise", 8.0, 20.0) in rows


def test_a_firms_tax_told_with_its_earlier_level_is_no_tariff():
    rows = _rows_of_sentence([
        "Pakistan's finance minister presented the budget to the National Assembly on Friday.",
        "Large companies will pay 25 per cent, down from 29 per cent, the finance bill shows.",
    ], "Budget: duties on laptops and tablets", "Large companies")
    assert rows == []


def test_a_bare_rate_with_no_earlier_level_stays_unread_in_a_story():
    rows = _rows_of_sentence([
        "Pakistan's finance minister presented the budget to the National Assembly on Friday.",
        "Jobless young graduates will face 30 per cent unemployment by next year, the finance bill shows.",
    ], "Budget: duties on laptops and tablets", "Jobless")
    assert rows == []


# --- a rate the goods keep paying ----------------------------------------------------------------------------------

def test_goods_that_keep_attracting_a_duty_hold_it():
    rows = _rows_of_sentence([
        "Tanzania's finance minister presented the 2027/28 budget in Parliament on Thursday, with relief for cooking oil "
        "refiners and bus builders, many of whom buy from Kenya and India.",
        "Refined cooking oil will keep attracting a 40 percent duty, she said.",
    ], "Budget raises cooking oil duty", "Refined cooking oil")
    assert rows == [("TZA", "tariff", "maintain", None, 40.0)]


def test_goods_that_keep_paying_a_bare_rate_beside_a_removal_hold_it():
    rows = _rows_of_sentence([
        "Tanzania's finance minister presented the 2027/28 budget in Parliament on Thursday, with relief for cooking oil "
        "refiners and bus builders, many of whom buy from Kenya and India.",
        "Bus builders also got good news: the duty on bus chassis falls from 10 percent to nothing, while fully built "
        "buses will keep paying 25 percent.",
    ], "Budget raises cooking oil duty", "fully built")
    assert ("TZA", "tariff", "maintain", None, 25.0) in rows
    assert ("TZA", "tariff", "remove", 10.0, 0.0) in rows


def test_goods_that_continue_to_pay_the_current_rate_on_a_fact_sheet_hold_the_signers_rate():
    rows = commitments_from([
        "Today, President Donald J. Trump signed a Proclamation that postpones the scheduled increase in the tariff on "
        "imported bicycles from 20 percent to 30 percent.",
        "The tariff was scheduled to step up to 30 percent on October 1, 2027.",
        "Until then, bicycles will continue to pay the current 20 percent rate.",
    ], published_at=ON, title="Fact Sheet: President Donald J. Trump Pauses the Tariff Increase on Imported Bicycles")
    held = [(r.actor, r.action, r.value_to) for r in rows if "Until then" in r.evidence and r.category == "tariff"]
    assert held == [("USA", "maintain", 20.0)]


def test_people_who_keep_paying_a_rate_are_no_tariff():
    rows = _rows_of_sentence([
        "Tanzania's finance minister presented the 2027/28 budget in Parliament on Thursday, with relief for cooking oil "
        "refiners and bus builders, many of whom buy from Kenya and India.",
        "Households will continue to pay 18 percent on their electricity bills, she said.",
    ], "Budget raises cooking oil duty", "Households")
    assert rows == []


def test_a_keeping_verb_with_no_rate_after_it_gives_no_held_rate():
    rows = _rows_of_sentence([
        "Tanzania's finance minister presented the 2027/28 budget in Parliament on Thursday, with relief for cooking oil "
        "refiners and bus builders, many of whom buy from Kenya and India.",
        "Shoppers will keep paying more for imported oil, traders said, since prices rose 12 percent last year.",
    ], "Budget raises cooking oil duty", "Shoppers")
    assert rows == []


# --- the measure after the paying verb told with its own modifier, a cap, or its movement ---------------------------

def test_goods_that_continue_to_face_a_tariff_named_by_its_own_modifier_hold_it():
    rows = commitments_from([
        "Today, President Donald J. Trump signed a Proclamation that raises the tariff on imported garden furniture "
        "from 20% to 30%.",
        "Until then, parasols will continue to face the furniture tariff of 20 percent.",
    ], published_at=ON, title="Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Garden Furniture")
    held = [(r.actor, r.category, r.action, r.value_to) for r in rows if "parasols" in r.evidence]
    assert held == [("USA", "tariff", "maintain", 20.0)]


def test_goods_charged_no_more_than_a_rate_are_capped_at_it():
    rows = commitments_from([
        "Today, President Donald J. Trump signed a Proclamation that raises the tariff on imported garden furniture "
        "from 20% to 30%.",
        "Parasols from the European Union and Japan will be charged no more than 15%, the ceiling those partners agreed "
        "with the United States.",
    ], published_at=ON, title="Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Garden Furniture")
    capped = sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows if "no more than" in r.evidence)
    assert capped == [("USA", "EUN", "impose", 15.0), ("USA", "JPN", "impose", 15.0)]


def test_a_reduced_duty_after_the_paying_words_of_a_recital_is_a_reduction():
    rows = commitments_from([
        "By the authority vested in me as President by the Constitution and the laws of the United States of America, "
        "it is hereby ordered:",
        "Section 1. In Executive Order 14400, I imposed an additional ad valorem duty of 20 percent on products of Peru, "
        "with fresh asparagus of Peru subject to a reduced additional duty of 5 percent.",
    ], published_at=ON, title="Modifying Duties on Products of Peru")
    assert sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "impose", 20.0), ("USA", "reduce", 5.0)]


def test_charged_no_more_than_a_count_is_no_cap():
    rows = commitments_from([
        "Today, President Donald J. Trump signed a Proclamation that raises the tariff on imported garden furniture "
        "from 20% to 30%.",
        "A importer will be charged no more than twice in any one year for the same shipment, the Proclamation says.",
    ], published_at=ON, title="Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Garden Furniture")
    assert [r for r in rows if "twice" in r.evidence] == []


def test_people_who_continue_to_face_a_named_levy_are_no_tariff():
    rows = _rows_of_sentence([
        "Tanzania's finance minister presented the 2027/28 budget in Parliament on Thursday, with relief for cooking oil "
        "refiners and bus builders, many of whom buy from Kenya and India.",
        "Households will continue to face the electricity levy of 3 percent on their monthly bills.",
    ], "Budget raises cooking oil duty", "Households")
    assert rows == []
