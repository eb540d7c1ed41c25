"""Round 38 (issue 4), RP: a commitment told twice -- a visit's lead total that the items below break down.

The team's own sentences (never text from the shared or written pages).

- A deal page's lead total of the day's purchases ("more than $9 billion in commitments to buy American wheat, aircraft
  and turbines", "more than $25 billion in purchases and investments", "signed agreements to buy ... worth about $5
  billion") that the items below give one by one with their own figures is a summary, no row (guide, Round 34 review:
  "a purchase fact sheet's lead total ... that the bullets break down is a summary, no row"; rule 6; the held-out rule
  on totals of deals). A party's own headline pledge with a figure ("Ghana will purchase $8 billion of ..."), a total
  the items do not break down (they add up to more, or there is one item only), a headline investment pledge ("Korea's
  commitments to invest $300 billion") and another party's total stay rows.
"""
from datetime import datetime, timezone

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 9, 1, tzinfo=timezone.utc)


def _amounts(*paragraphs, title="Fact Sheet: President Donald J. Trump Secures Purchase Commitments", authors=None):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=title, authors=authors)
    return sorted((r.actor, r.category, r.amount, r.unit) for r in rows if r.category in ("purchase", "investment")
                  and r.amount is not None)


# --- lead totals the items break down: no row of their own

def test_commitments_to_buy_several_goods_broken_down():
    rows = _amounts(
        "Today, President Donald J. Trump welcomed the President of Paraguay to the White House, where the two leaders "
        "announced more than $9 billion in commitments to buy American wheat, aircraft and power equipment.",
        "Paraguayan millers will buy $1.5 billion of U.S. wheat over the next three years.",
        "The national carrier will order 8 Boeing 737-8 aircraft.")
    assert ("PRY", "purchase", 9e9, "usd") not in rows
    assert ("PRY", "purchase", 1.5e9, "usd") in rows


def test_purchases_and_investments_total_broken_down():
    rows = _amounts(
        "On his visit to Oslo, President Donald J. Trump secured more than $25 billion in purchases and investments "
        "that will support American workers in every region.",
        "Norwegian utilities will purchase $4 billion of American liquefied natural gas through 2031.",
        "Equinor will invest $6 billion in offshore wind supply chains in Virginia and Maryland.")
    assert all(amount != 25e9 for _, _, amount, _ in rows), rows
    assert ("NOR", "purchase", 4e9, "usd") in rows


def test_investment_and_purchases_total_broken_down():
    rows = _amounts(
        "Today, President Donald J. Trump and the Emir of Qatar announced an agreement bringing more than $60 billion in "
        "new Qatari investment and purchases to the American economy.",
        "Qatar's sovereign fund will invest $40 billion in American data centers and power plants.",
        "Qatar Airways will purchase $3 billion of American aircraft engines.")
    assert all(amount != 60e9 for _, _, amount, _ in rows), rows
    assert ("QAT", "investment", 40e9, "usd") in rows


def test_commitments_worth_total_broken_down():
    rows = _amounts(
        "The framework opens Chile's copper and fruit sectors to American suppliers, backed by purchase and investment "
        "commitments worth more than $12 billion.",
        "Chilean mining firms will purchase $2 billion of American trucks and excavators.",
        "Chile will buy 400,000 tonnes of U.S. corn each year.")
    assert all(amount != 12e9 for _, _, amount, _ in rows), rows
    assert ("CHL", "purchase", 2e9, "usd") in rows


def test_news_agreements_worth_total_broken_down():
    rows = _amounts(
        "WASHINGTON - Uruguayan companies signed agreements to buy American soybeans, gas turbines and helicopters worth "
        "about $5 billion during President Orsi's visit on Monday, officials said.",
        "Uruguay's state power company UTE will buy four GE Vernova gas turbines worth $1.2 billion.",
        "Uruguay's feed makers committed to buy $800 million of U.S. soybeans over two years.",
        title="Uruguay signs U.S. purchase deals", authors=["A Reporter"])
    assert all(amount != 5e9 for _, _, amount, _ in rows), rows
    assert ("URY", "purchase", 8e8, "usd") in rows


def test_deals_total_broken_down():
    rows = _amounts(
        "President Donald J. Trump secured deals worth more than $7 billion for American exporters from Kenya.",
        "Kenya Airways will purchase 6 Boeing 787 aircraft.",
        "Kenyan millers will buy $900 million of U.S. wheat through 2030.")
    assert all(amount != 7e9 for _, _, amount, _ in rows), rows
    assert ("KEN", "purchase", 9e8, "usd") in rows


# --- near-misses: the total stays a row

def test_party_pledge_of_its_own_stays():
    # a party's own headline pledge: no word of a tally of commitments
    rows = _amounts(
        "Ghana will purchase $8 billion of U.S. energy products, aircraft and farm goods over the next five years.",
        "Ghana's refiners will buy $2 billion of American crude oil.",
        "Africa World Airlines will order 4 Boeing 737-8 aircraft.")
    assert ("GHA", "purchase", 8e9, "usd") in rows


def test_items_adding_up_to_more_than_the_total_stay_apart():
    rows = _amounts(
        "The two leaders announced more than $2 billion in commitments to buy American wheat and corn.",
        "Egypt's state grain buyer will purchase $1.5 billion of U.S. wheat.",
        "Egyptian feed mills will purchase $1.2 billion of U.S. corn.")
    assert ("EGY", "purchase", 2e9, "usd") in rows


def test_total_with_one_item_stays():
    rows = _amounts(
        "The two leaders announced more than $3 billion in commitments to buy American energy and aircraft.",
        "Morocco's state power company will purchase $1 billion of U.S. liquefied natural gas.")
    assert ("MAR", "purchase", 3e9, "usd") in rows


def test_headline_investment_pledge_stays():
    # a partner's headline investment pledge is a row, and so is each listed project (held-out rule)
    rows = _amounts(
        "Under the agreement, Korea's commitments to invest $300 billion in the United States will fund shipyards, "
        "battery plants and chip factories.",
        "Hanwha will invest $5 billion in a shipyard in Pennsylvania.",
        "Samsung will invest $20 billion in a chip plant in Texas.")
    assert ("KOR", "investment", 300e9, "usd") in rows


def test_another_partys_total_stays():
    rows = _amounts(
        "The President expects the European Union's commitments to purchase $700 billion in American energy to be "
        "honored.",
        "Belgian utilities will purchase $3 billion of American liquefied natural gas.",
        "Belgian feed makers will buy $1 billion of American soybeans.")
    assert ("EUN", "purchase", 700e9, "usd") in rows


def test_total_told_after_the_items_is_not_a_lead():
    # the items come first; the recap closes the page (no lead the items break down below it)
    rows = _amounts(
        "Peruvian mills will buy $1 billion of U.S. wheat over three years.",
        "LATAM Airlines will order 10 Boeing 787 aircraft.",
        "The two leaders announced more than $5 billion in commitments to buy American goods.")
    assert ("PER", "purchase", 1e9, "usd") in rows
