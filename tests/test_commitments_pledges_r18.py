"""Commitment extraction, round 18: purchases and investments in every form — the object of a purchase
verb read as a slot (a count, a tonnage or a sum, in any style), whatever the verb.

Each mechanism is tested on several wordings of our own (official and news register); countries,
firms and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]


def extract(*texts, title, authors=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-pledges-r18")


def of(rows, sentence):
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows if r.evidence == sentence)


# --- (1) the object of a purchase verb read as a quantity slot ----------------------------------

def test_a_purchase_verb_takes_a_count_tonnage_or_sum_in_any_style():
    cases = [
        # official register, a model's plural the word list did not know
        ("Fact Sheet: The United States and Peru Reach a Trade Agreement",
         "Aerolineas Andinas of Peru will acquire 14 Boeing 787 Dreamliners.", None,
         ("PER", "purchase", "purchase", 14.0, "units")),
        # news, the count spelled out, the verb a phrase of its own
        ("Peru and US sign trade deal",
         "Peru's flag carrier firmed up an order for twelve 737-8 jets during the visit.", BYLINE,
         ("PER", "purchase", "purchase", 12.0, "units")),
        # a tonnage in an abbreviated style, the verb far from its subject
        ("Chile and the United States agree trade deal",
         "Chile, for its part, agreed to take 1.2 mln tonnes a year of U.S. wheat.", BYLINE,
         ("CHL", "purchase", "purchase", 1200000.0, "tonnes")),
        # "source", a sum with a currency code before it
        ("Chile and the United States agree trade deal",
         "Chile will source US$ 3 bln of American farm goods over three years.", None,
         ("CHL", "purchase", "purchase", 3000000000.0, "usd")),
        # a booked order, a hedge before the count
        ("Fact Sheet: The United States and Peru Reach a Trade Agreement",
         "Peru's national airline booked an order for up to 30 Boeing aircraft.", None,
         ("PER", "purchase", "purchase", 30.0, "units")),
        # "acquire" with a tonnage, list item under a party
        ("Fact Sheet: The United States and Chile Reach a Trade Agreement",
         "Chile will acquire 500,000 metric tons of U.S. corn each year.", None,
         ("CHL", "purchase", "purchase", 500000.0, "tonnes")),
    ]
    for title, sentence, authors, expected in cases:
        rows = extract(sentence, title=title, authors=authors)
        assert expected in of(rows, sentence), (sentence, of(rows, sentence))


def test_the_slot_needs_a_quantity_of_goods_right_after_the_verb():
    cases = [
        ("Peru and US sign trade deal", "The ministry will source its data from the customs office."),
        ("Peru and US sign trade deal", "Peru will take 10 years to phase out the tariff on cheese."),
        ("Peru and US sign trade deal", "The deal was a source of 30 percent of the growth, economists said."),
        ("Peru and US sign trade deal", "Peru will acquire a 20 percent stake in the port operator."),
    ]
    for title, sentence in cases:
        rows = extract(sentence, title=title, authors=BYLINE)
        assert not [r for r in rows if r.category == "purchase"], (sentence, of(rows, sentence))


# --- (2) money lent, financed or pledged as a package, whatever the verb that hands it over -------

def test_money_handed_over_is_an_investment_whatever_the_verb():
    cases = [
        # news, a U.S. lender, the sum before the finance noun, reported speech
        ("Peru and US sign trade deal", BYLINE,
         "The U.S. Development Finance Corporation said it would provide up to $400 million in loans for a port in Peru.",
         ("USA", "investment", "invest", 400000000.0, "usd")),
        # treaty register, the finance noun before the sum
        ("Agreement on Reciprocal Trade between the United States of America and the Republic of Chile", None,
         "The United States shall make available financing of up to $300 million for lithium processing projects in Chile.",
         ("USA", "investment", "invest", 300000000.0, "usd")),
        # a party's guarantees, a verb with no entry of its own
        ("Fact Sheet: The United States and Chile Reach a Trade Agreement", None,
         "Chile will back at least $20 billion in credit guarantees for Chilean firms building plants in America.",
         ("CHL", "investment", "invest", 20000000000.0, "usd")),
        # a credit line, the sum glued to its noun
        ("Fact Sheet: The United States and Peru Reach a Trade Agreement", None,
         "Peru will extend a $2 billion credit line to American exporters of farm equipment.",
         ("PER", "investment", "invest", 2000000000.0, "usd")),
        # a package offered in the past tense: a pledge made, not money spent
        ("Peru and US sign trade deal", BYLINE,
         "Peru offered a $35 billion investment package during the talks in Lima.",
         ("PER", "investment", "invest", 35000000000.0, "usd")),
        # a package of buying: a purchase
        ("Chile and the United States agree trade deal", BYLINE,
         "Chile unveiled $4 billion in purchase commitments for U.S. wheat and soybeans.",
         ("CHL", "purchase", "purchase", 4000000000.0, "usd")),
    ]
    for title, authors, sentence, expected in cases:
        rows = extract(sentence, title=title, authors=authors)
        assert expected in of(rows, sentence), (sentence, of(rows, sentence))
    rows = extract("Peru offered a $35 billion investment package during the talks in Lima.",
                   title="Peru and US sign trade deal", authors=BYLINE)
    assert {r.status for r in rows if r.category == "investment"} == {"agreed"}


def test_the_verbs_keep_their_own_entries_without_money_lent_or_pledged():
    cases = [
        ("Peru will offer U.S. beef better access to its market.", ("PER", "market_access", "relax", None, None)),
        ("Peru will extend the pause on its tariff on U.S. ethanol.", ("PER", "tariff", "extend", None, None)),
    ]
    for sentence, expected in cases:
        rows = extract(sentence, title="Fact Sheet: The United States and Peru Reach a Trade Agreement")
        assert expected in of(rows, sentence), (sentence, of(rows, sentence))
    sentence = "Peru will provide $5 million to its customs office for new scanners."
    rows = extract(sentence, title="Peru and US sign trade deal", authors=BYLINE)
    assert not [r for r in rows if r.category == "investment"], of(rows, sentence)
