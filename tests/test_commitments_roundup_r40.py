"""Round 40 (issue 4), RUP: round-up pages ("What they are saying", "ICYMI"): a deal's term retold in a quote.

The team's own sentences (never text from the shared or written pages).

- A term told as the means of the partner's act ("By scrapping the import permit ..., Ecuador has made U.S. corn the
  easy choice"): the fronted "By <gerund>" clause is the term, and the party the main clause opens with takes it (the
  base dropped every "By <gerund>" clause of a quote that gave no figure, as a means told in passing).
- Not read (xfail): a term told as the subject of what it brings ("Removing the tariff on those Ecuadorian roses keeps
  bouquets affordable"): on the open pages its party was often only in an earlier sentence.
- Counted aircraft added to a buyer's fleet or earlier order ("TAME will add two Boeing 737-8 aircraft to its fleet"):
  a purchase by count (the base read "add" only as a blacklist, a rate or plants listed); a count reads across two
  bodies joined by "and".
- Left alone (negatives): the means of a person's act ("By imposing tariffs, President Trump is ensuring ..."), the
  speaker's own act ("By investing in our own terminals, we ..."), a hypothetical ("Removing tariffs ... would
  help"), a means with no measure ("By standing firm, Ecuador has earned ..."), buyers who are no government ("By
  buying American, Ecuadorian families have shown ..."), a company's own plan.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from, triples

WHEN = datetime(2028, 3, 1, tzinfo=timezone.utc)
TITLE = "What They Are Saying: Growers and Shippers Cheer the U.S.–Ecuador Agreement"
LEAD = "Leaders across the country are applauding the agreement President Donald J. Trump reached with Ecuador this week."
SPEAKER = "Pacific Grain Shippers Association President Dana Whitlow: "


def _rows(quote):
    rows = commitments_from([LEAD, "Here is what they are saying:", SPEAKER + "“" + quote + "”"],
                            published_at=WHEN, title=TITLE)
    return triples(rows)


# the means of the partner's act: the "By <gerund>" clause is the term, the main clause's party its actor
@pytest.mark.parametrize("quote, expected", [
    ("By scrapping the import permit it demanded for every shipment of American corn, Ecuador has made U.S. corn the "
     "easy choice for its feed mills.", ("ECU", "import_restriction", "remove")),
    ("By phasing out its duties on American harvesters over four years, Ecuador is giving our dealers a fair shot at a "
     "growing farm economy.", ("ECU", "tariff", "remove")),
    ("By agreeing to accept U.S. sanitary certificates for poultry, Ecuador has cleared the last hurdle for our "
     "exporters.", ("ECU", "import_restriction", "relax")),
    ("By lifting its ban on American beef offal, Quito has opened a market our packers lost years ago.",
     ("ECU", "import_restriction", "remove")),
])
def test_a_means_clause_is_the_main_clause_partys_term(quote, expected):
    assert _rows(quote) == [expected]


# a gerund opening the quoted sentence as the subject of what the term brings: not read this round (on the open
# round-up pages the two rows it made had the wrong party: "those medicines" whose origin is a sentence before, a
# possessive partner read as the goods' origin)
@pytest.mark.xfail(reason="a gerund subject's party is often only in an earlier sentence; not read (round 40, RUP)")
@pytest.mark.parametrize("quote, expected", [
    ("Removing the tariff on those Ecuadorian roses keeps bouquets affordable on Valentine's Day.",
     ("USA", "tariff", "remove")),
    ("Lifting Ecuador's ban on American pork opens a market of eighteen million people.",
     ("ECU", "import_restriction", "remove")),
    ("Dropping Ecuador's duty on American apples gives our orchards a new market.", ("ECU", "tariff", "remove")),
])
def test_a_gerund_subject_states_the_term(quote, expected):
    assert _rows(quote) == [expected]


# no row: a person's means, the speaker's own act, a hypothetical, praise, consumers, a company's plan
@pytest.mark.parametrize("quote", [
    "By imposing tariffs, President Trump is ensuring our mills stay open.",
    "By investing in our own terminals, we have kept our costs down.",
    "Removing tariffs on American goods would help our growers.",
    "By standing firm, Ecuador has earned the respect of its neighbours.",
    "By buying American, Ecuadorian families have shown they trust our brands.",
    "By expanding its plant in Ohio, our company will create 400 jobs.",
    "Cutting red tape at the border means our trucks move faster.",
])
def test_no_term_no_row(quote):
    assert _rows(quote) == []


# a term the quote repeats after the page stated it is one row (convention 8)
def test_a_restated_term_is_one_row():
    rows = commitments_from([
        "Ecuador agreed to scrap the import permit it required for each shipment of American corn.",
        "Here is what they are saying:",
        SPEAKER + "“By scrapping that import permit for American corn, Ecuador has made U.S. corn the easy choice.”",
    ], published_at=WHEN, title=TITLE)
    found = [(r.actor, r.category, r.action) for r in rows]
    assert found.count(("ECU", "import_restriction", "remove")) == 1, found


# counted aircraft added to a buyer's fleet or earlier order are a purchase by count; a fleet's total told after a
# comma is no second purchase; plants added to a list and a rate added keep their readings; a bare "add" of jets
# with no fleet or order named is none
@pytest.mark.parametrize("paragraph, expected", [
    ("President of Ecuador Luis Mena: “TAME will add two Boeing 737-8 aircraft to its fleet, and we will open our "
     "market to more American machinery.”", ("ECU", "purchase", "purchase", 2.0)),
    ("Ecuador confirmed it will add eight more F-35 fighters to the twelve it ordered in 2024, bringing its planned "
     "fleet to 20 jets.", ("ECU", "purchase", "purchase", 8.0)),
    ("Ecuador will add six more Boeing widebody and single-aisle jets to its state airline's fleet.",
     ("ECU", "purchase", "purchase", 6.0)),
])
def test_counted_aircraft_added_are_a_purchase(paragraph, expected):
    rows = commitments_from([LEAD, "Here is what they are saying:", paragraph], published_at=WHEN, title=TITLE)
    purchases = [(r.actor, r.category, r.action, r.amount) for r in rows if r.category == "purchase"]
    assert purchases == [expected], purchases


@pytest.mark.parametrize("paragraph, expected", [
    ("Ecuador will add 40 Ecuadorian shrimp exporters to its approved list.", ("ECU", "market_access", "relax")),
    ("Ecuador will add a 10 percent tariff on American cars.", ("ECU", "tariff", "impose")),
    ("Pilots say the airline plans to add twenty jets over the next decade.", None),
])
def test_add_keeps_its_other_readings(paragraph, expected):
    rows = commitments_from([LEAD, "Here is what they are saying:", paragraph], published_at=WHEN, title=TITLE)
    found = triples(rows)
    assert found == ([expected] if expected else []), found


# the count's type words: two bodies joined by "and" (new), two model numbers joined by "and" (kept)
@pytest.mark.parametrize("text, count", [
    ("will take six more Boeing widebody and single-aisle jets", 6.0),
    ("ordered 14 Boeing 787 and 777X jets for its long-haul routes", 14.0),
])
def test_a_count_reads_across_joined_types(text, count):
    from pipeline.quantities import find_quantities
    assert [(q.kind, q.value) for q in find_quantities(text)] == [("count", count)]
