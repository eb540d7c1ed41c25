"""Commitment extraction, round 21: deal terms restated in quotes and round-ups.

Each mechanism is tested on wordings of our own (round-up quotes, wire and newspaper register, official
register); countries, firms and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 9, 18, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]
ROUNDUP_LEAD = "Leaders across the country are praising the trade agreement President Donald J. Trump reached with Kenya."


def roundup(*quotes):
    return commitments_from([ROUNDUP_LEAD, *quotes], published_at=PUBLISHED,
                            title="What They Are Saying: U.S.-Kenya Trade Deal", article_id="test-roundup-oq-r21")


def news(*texts, title="Kenya, U.S. sign trade deal cutting farm duties"):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=BYLINE,
                            article_id="test-news-oq-r21")


def tariff_rows(rows):
    """(actor, action, new level) of the tariff rows."""
    return sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff")


# --- (1) goods that "enter" or "come in" free of duty: the country they enter removes its duty ---

def test_goods_entering_free_of_duty_are_the_importing_partys_removal():
    cases = [
        # round-up quote, the goods' country named by a demonym, "come in", "free of duty"
        (lambda: roundup('U.S. Trade Representative Jamieson Greer: "Kenyan tea and coffee will come in free of duty."'),
         ("USA", "remove", 0.0)),
        # a trade group's quote, the place named at length before "free of duty", "continue to enter"
        # ((round 29) duty-free access kept is `maintain`, value_to 0: guide rule 20, as the written gold reads it)
        (lambda: roundup('National Tea Association: "We are glad that Kenyan tea will continue to enter the United '
                         'States free of duty, which keeps prices stable."'), ("USA", "maintain", 0.0)),
        # wire register, U.S. goods entering the partner's ports duty-free
        (lambda: news("NAIROBI (Wire) - Kenya and the United States signed a trade agreement on Thursday.",
                      "Under the deal American pork will now enter Kenya free of duty, the U.S. embassy said."),
         ("KEN", "remove", 0.0)),
        # newspaper register, the goods enter with no place named
        (lambda: news("Kenya and the United States signed a trade agreement on Thursday.",
                      "Kenyan roses will enter duty-free from January, officials said."), ("USA", "remove", 0.0)),
        # official register, "free of all customs duties", "comes in"
        (lambda: news("The United States and Kenya have reached an Agreement on Reciprocal Trade.",
                      "Each shipment of Kenyan macadamia nuts comes in free of all customs duties under the Agreement.",
                      title="Fact Sheet: The United States and Kenya Agreement on Reciprocal Trade"),
         ("USA", "remove", 0.0)),
    ]
    for index, (make, expected) in enumerate(cases):
        assert expected in tariff_rows(make()), index


def test_goods_entering_free_are_their_own_clauses_subject():
    # the goods after ", and" are the subject of "come in": no figure or party from the clause before
    rows = roundup('U.S. Trade Representative Jamieson Greer: "In exchange for Kenya opening its market, we are '
                   'bringing their reciprocal rate down from 25 to 15 percent, and Kenyan tea and coffee will come '
                   'in free of duty."')
    assert ("USA", "remove", 0.0) in tariff_rows(rows)
    assert not [r for r in rows if r.action == "remove" and r.value_to == 15.0]


def test_entering_a_market_without_duty_words_is_no_removal():
    rows = news("Kenya and the United States signed a trade agreement on Thursday.",
                "Kenyan exporters hope more of their tea will enter the U.S. market next year.")
    assert not [r for r in rows if r.category == "tariff" and r.action == "remove"]
    rows = news("Kenya and the United States signed a trade agreement on Thursday.",
                "The new rules come in at the end of the month, the ministry said.")
    assert not [r for r in rows if r.category == "tariff"]


# --- (2) a rate "taken" to a level: "take its duty on X to zero", "taking its tariffs ... all the way to zero" ---

def test_a_rate_taken_to_a_level_is_a_cut_to_that_level():
    cases = [
        # a cabinet secretary's round-up quote, progressive, "all the way to zero", two goods between
        ('Secretary of Agriculture Brooke Rollins: "Kenya is taking its tariffs on American pork and poultry '
         'all the way to zero."', ("KEN", "remove", 0.0), roundup),
        # USTR quote, future, "within a year" after the level
        ('U.S. Trade Representative Jamieson Greer: "Kenya will take its duty on U.S. ethanol to zero within a year."',
         ("KEN", "remove", 0.0), roundup),
        # wire register, the speaker's "we" after the quote, the partner's minister
        ('"We will take our duty on American ethanol to zero within a year," Kenyan Trade Minister Amina Otieno '
         'told reporters.', ("KEN", "remove", 0.0), news),
        # newspaper register, past tense, a figure as the level, "down to"
        ("Kenya took its levy on U.S. wheat down to 5 percent in March.", ("KEN", "reduce", 5.0), news),
        # a trade group's quote, "to nothing" as the level, the old rate stated
        ('Kenya Tea Council: "Taking the tariff on Kenyan tea from 15 percent to nothing is the difference '
         'between a good year and a bad one."', ("USA", "remove", 0.0), roundup),
    ]
    for text, expected, reader in cases:
        rows = reader(text) if reader is roundup else reader(
            "NAIROBI (Wire) - Kenya and the United States signed a trade agreement on Thursday.", text)
        assert expected in tariff_rows(rows), text


def test_a_rate_brought_down_names_the_singular_rate():
    # "bring <rate> down": the singular "rate" as well as "rates", the goods at length between
    rows = news("NAIROBI (Wire) - Kenya and the United States signed a trade agreement on Thursday.",
                "Washington will bring the reciprocal rate on Kenyan goods down to 10 percent next year, the ministry said.")
    assert ("USA", "reduce", 10.0) in tariff_rows(rows)


def test_take_without_a_rate_to_a_level_is_no_tariff_row():
    rows = news("NAIROBI (Wire) - Kenya and the United States signed a trade agreement on Thursday.",
                "Kenya will take steps to protect its farmers, and the talks took two years.")
    assert not [r for r in rows if r.category == "tariff"]
    # a volume taken is still a purchase (round 12)
    rows = news("NAIROBI (Wire) - Kenya and the United States signed a trade agreement on Thursday.",
                "Kenya will take 2 million tonnes of U.S. LNG each year under the deal.")
    assert [(r.actor, r.category, r.amount) for r in rows if r.category == "purchase"] == [("KEN", "purchase", 2000000.0)]


def test_goods_entering_free_within_a_quota_are_the_quotas_one_row():
    # the in-quota rate is the quota's (convention 14): one row, not a second removal
    rows = news("The United States and Kenya have reached an Agreement on Reciprocal Trade.",
                "Kenya shall open a tariff-rate quota of 5,000 metric tons for U.S. rice, within which U.S. rice "
                "shall enter free of duty.", title="Fact Sheet: The United States and Kenya Agreement on Reciprocal Trade")
    assert [(r.actor, r.action, r.value_to) for r in rows if r.category == "tariff"] == [("KEN", "remove", 0.0)]
