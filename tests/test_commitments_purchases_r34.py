"""Round 34 (PI): a purchase told as an order, a contract or a letter the buyer signs, our own sentences.

The signing verb's object is the instrument of the sale ("signed an order for", "signed for", "put its name to a
letter of offer and acceptance for", "concluded contracts worth $X with a supplier for"): the signer's purchase of
what the instrument is for (guide rule 25), told by its count or its value.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Billions in Deals During a Visit to Asia"


def seen(texts, title=FACT_SHEET) -> list[tuple]:
    """What a user sees of each purchase row: actor, category, action, amount, unit."""
    rows = commitments_from(texts, published_at=ON, title=title, article_id="r34-pi")
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows if r.category == "purchase")


# The variation battery: the instrument named by different nouns, verbs and word orders; numbers in words; the buyer
# as a country, its capital, a ministry or an adjective; an aside between the parts.
BATTERY = [
    ("Vietnam signed an order for twelve Boeing 787 jets on Tuesday.", ("VNM", 12.0, "units")),
    ("Hanoi has signed an order for 30 Airbus A321neo aircraft.", ("VNM", 30.0, "units")),
    ("Morocco signed for 18 Boeing aircraft during the visit.", ("MAR", 18.0, "units")),
    ("Kenya's flag carrier has signed for six Boeing 787-9 jetliners, the first due in 2029.", ("KEN", 6.0, "units")),
    ("Poland signed a letter of offer and acceptance for 96 Apache helicopters.", ("POL", 96.0, "units")),
    ("Romania's defence ministry signed a letter of offer and acceptance for 54 Abrams tanks.", ("ROU", 54.0, "units")),
    ("Under the package, Manila signed an order for 20 F-16 fighters, officials said.", ("PHL", 20.0, "units")),
    ("Egypt concluded contracts worth $1.4 billion with GE Vernova for gas turbines.", ("EGY", 1_400_000_000.0, "usd")),
    ("Iraq's Ministry of Electricity signed contracts worth $2 billion for gas turbines and grid services.",
     ("IRQ", 2_000_000_000.0, "usd")),
    ("Kazakhstan, the ministry said, has concluded agreements worth about $3 billion with American firms for drilling "
     "equipment.", ("KAZ", 3_000_000_000.0, "usd")),
    ("Indonesian airlines signed orders for 50 Boeing jets.", ("IDN", 50.0, "units")),
    ("Chile signed contracts worth $500 million with U.S. suppliers for locomotives and railcars.",
     ("CHL", 500_000_000.0, "usd")),
    ("The Saudi defence ministry signed an order for eight Black Hawk helicopters worth $900 million.",
     ("SAU", 8.0, "units")),
    ("Ghana signed for 40 tractors from American manufacturers.", ("GHA", 40.0, "units")),
]


def test_battery():
    passed = [text for text, (actor, amount, unit) in BATTERY
              if ("purchase", "purchase", amount, unit) in [row[1:] for row in seen([text]) if row[0] == actor]]
    assert len(passed) >= 12, [text for text, _ in BATTERY if text not in passed]


def test_an_order_signed_for_counted_jets():
    assert seen(["Vietnam signed an order for twelve Boeing 787 jets on Tuesday."]) == [
        ("VNM", "purchase", "purchase", 12.0, "units")]


def test_signed_for_a_count_with_no_noun_between():
    assert seen(["Morocco signed for 18 Boeing aircraft during the visit."]) == [
        ("MAR", "purchase", "purchase", 18.0, "units")]


def test_letter_of_offer_and_acceptance():
    assert seen(["Poland signed a letter of offer and acceptance for 96 Apache helicopters."]) == [
        ("POL", "purchase", "purchase", 96.0, "units")]


def test_contracts_worth_a_sum_with_a_supplier_for_goods():
    assert seen(["Egypt concluded contracts worth $1.4 billion with GE Vernova for gas turbines."]) == [
        ("EGY", "purchase", "purchase", 1_400_000_000.0, "usd")]


# Negatives: what stays silent.
def test_signing_for_a_law_or_a_loan_buys_nothing():
    assert seen(["Morocco signed for the release of 12 prisoners.",
                 "Ghana signed contracts worth $300 million with the World Bank for road financing."]) == []


def test_an_order_that_is_a_decree_buys_nothing():
    assert seen(["The president signed an order for 25 percent tariffs on steel."]) == []


# 2. A buyer whose name ends in a plural ("... Airlines", "... Gas", "... Industries") before a past verb: the name's
# verb, not a participle after a noun ("duties imposed on X"). Told in news, the firm's country from its name.
NAMED_BATTERY = [
    ("China Southern Airlines signed a purchase agreement for 30 Boeing 737 jets.", ("CHN", 30.0, "units")),
    ("Vietnam Airlines signed an order for ten Boeing 787 jets during the visit.", ("VNM", 10.0, "units")),
    ("Vietnam Oil and Gas signed a 20-year agreement to buy 2 million tonnes of LNG a year.",
     ("VNM", 2_000_000.0, "tonnes")),
    ("On Monday, Kenya Airways signed for six Boeing 787-9 jets, the carrier said.", ("KEN", 6.0, "units")),
    ("Philippine Airlines ordered nine Airbus A350 jets worth $2.6 billion.", ("PHL", 9.0, "units")),
    ("Ethiopian Airlines, Africa's largest carrier, signed an order for 20 Boeing 737 MAX jets.", ("ETH", 20.0, "units")),
    ("Turkish Airlines agreed to buy 15 Boeing 787 jets.", ("TUR", 15.0, "units")),
    ("Indonesia Gas signed a ten-year contract for 1 million tonnes of American LNG a year.",
     ("IDN", 1_000_000.0, "tonnes")),
    ("Malaysia Airlines committed to buy 30 Boeing 737 jets.", ("MYS", 30.0, "units")),
    ("Thai Airways signed an order for twelve Boeing 787 jets.", ("THA", 12.0, "units")),
    ("Korean Air Lines signed an order for 20 Boeing 777 jets.", ("KOR", 20.0, "units")),
    ("Egyptian Airlines ordered 12 Boeing 787 jets, the ministry said.", ("EGY", 12.0, "units")),
]


def news_seen(texts) -> list[tuple]:
    rows = commitments_from(texts, published_at=ON, article_id="news-r34-pi", authors=["Jane Roe"])
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows if r.category == "purchase")


def test_named_battery():
    passed = [text for text, (actor, amount, unit) in NAMED_BATTERY
              if ("purchase", "purchase", amount, unit) in [row[1:] for row in news_seen([text]) if row[0] == actor]]
    assert len(passed) >= 11, [text for text, _ in NAMED_BATTERY if text not in passed]


def test_an_airline_name_in_the_plural_signs_for_jets():
    assert news_seen(["China Southern Airlines signed a purchase agreement for 30 Boeing 737 jets."]) == [
        ("CHN", "purchase", "purchase", 30.0, "units")]


def test_a_gas_company_of_the_storys_country_signs_for_lng():
    assert news_seen(["HANOI, May 3 - Vietnam and the United States agreed on Tuesday to deepen energy trade, officials "
                      "said.", "PetroVietnam Gas signed a 20-year agreement to buy 2 million tonnes of LNG a year."]) == [
        ("VNM", "purchase", "purchase", 2_000_000.0, "tonnes")]


def test_duties_imposed_and_a_firms_announcement_stay_silent():
    assert news_seen(["Duties imposed on Chinese steel rose sharply last year.",
                      "Gulf-based Mubadala and U.S.-based Global Infrastructure Partners announced a $5 billion fund."]) == []
