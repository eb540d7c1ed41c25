"""Commitment extraction on news pages about no deal at all (round 6): verbs that look like
commitment cues in sport, lifestyle and politics stories give no row; trade rows stay.
Our own invented sentences."""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2019, 11, 20, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="offtopic-test")


def kinds(rows):
    return [(r.actor, r.category, r.action) for r in rows]


# -- a generic verb needs a measure or a trade sentence ------------------------------

def test_generic_verbs_in_sentences_about_no_trade_give_no_row():
    rows = extract(
        "Norway's goalkeeper kept the home side's title hopes alive with a late save.",
        "The senator suspended his campaign for governor in March.",
        "I block two hours every morning for reading and keep my phone in a drawer.",
        "Canada's centre scored twice to lift Toronto over Boston and extend their winning run to six games.",
        "The space agency delayed the rocket's first flight to next spring.",
    )
    assert rows == []


def test_the_same_verbs_on_a_trade_measure_still_give_rows():
    rows = extract(
        "Canada will keep its 25 per cent duties on American steel.",
        "Brazil suspended its import licensing rules for ethanol from the United States.",
    )
    assert ("CAN", "tariff", "maintain") in kinds(rows)
    assert ("BRA", "import_restriction", "suspend") in kinds(rows)


def test_a_generic_verb_in_a_sentence_about_trade_keeps_its_row():
    rows = extract("Mexico lifted the restrictions on American trucks under the trade pact.")
    assert kinds(rows) == [("MEX", "other", "remove")]


# -- buying, investing and visiting need a country (or its companies) --------------------

def test_purchases_and_investments_of_private_people_give_no_row():
    rows = extract(
        "He bought an old ferry in 2015 with a $2 million loan from his bank.",
        "Save what you earn and invest as much as you can before you turn forty.",
    )
    assert rows == []


def test_time_spent_or_invested_is_no_purchase():
    rows = extract(
        "Chile's climbers spent the last three weeks waiting for the weather to clear.",
        "Peru's coach said the players had invested too much time in the old system.",
    )
    assert rows == []


def test_spending_needs_a_sum():
    rows = extract(
        "Germany has spent far too long on the losing side of the argument.",
        "Spain is spending less than its neighbours on roads.",
        "Poland will spend $4 billion on American air-defence equipment.",
    )
    assert kinds(rows) == [("POL", "purchase", "purchase")]
    assert rows[0].amount == 4_000_000_000


def test_a_visit_needs_a_country_to_go_to():
    rows = extract(
        "The Kenyan president will visit Capitol Hill on Thursday.",
        "The Kenyan president will visit Japan in May.",
    )
    assert kinds(rows) == [("KEN", "diplomatic", "visit")]
    assert rows[0].counterparty == "JPN"
