"""Round 26: a pronoun object standing for a measure told before ("refused to lower them", "agreed to cut it"), our
own sentences (wire and newspaper register)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 20)


def story(*paragraphs: str):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title="Trade round-up", authors=["A. Reporter"])


def rows_of(rows, action: str) -> list[tuple]:
    """(actor, category, action, products, earlier level, new level, status) of the rows with ``action``."""
    return sorted(((r.actor, r.category, r.action, tuple(r.products), r.value_from, r.value_to, r.status)
                   for r in rows if r.action == action), key=repr)


# 1. The pronoun object of a change verb takes the category and the goods of the last measure named before it in the
# sentence; its one rate there is the earlier level of a cut with no level of its own; a range gives none.
@pytest.mark.parametrize("paragraph, action, expected", [
    # a refusal: the goods come from the antecedent, a range of rates gives no earlier level
    ("Mexico's safeguard duties of 8.5% to 21.7% on Brazilian pork, set last year, stay in force, and Mexico City "
     "refused to lower them in the talks, an official said.",
     "reduce", [("MEX", "tariff", "reduce", ("0203",), None, None, "rejected")]),
    # one rate told in the sentence: the earlier level of the cut it does not size
    ("Exporters had pressed for relief from Egypt's 30 per cent duty on frozen beef, but a ministry spokesman said "
     "Cairo had no plans to reduce it before the end of the year.",
     "reduce", [("EGY", "tariff", "reduce", ("0201", "0202"), 30.0, None, "rejected")]),
    # an agreed cut whose size was never told
    ("Peru's tariff on American soybeans was high on Washington's list of complaints, and under last month's framework "
     "Peru agreed to cut it, though neither side said by how much.",
     "reduce", [("PER", "tariff", "reduce", ("1201",), None, None, "agreed")]),
])
def test_pronoun_object_takes_the_measure_named_before(paragraph, action, expected):
    assert rows_of(story(paragraph), action) == expected


# 2. What must stay silent: the pronoun stands for no measure (a country, a deal), the verb only imagined, the pronoun
# disagreeing in number with the last measure, or goods of its own after the pronoun (the clause's own scope).
@pytest.mark.parametrize("paragraph, action", [
    # "it" is the country placed under a rate, not a measure
    ("Fiji first felt the tariffs last April, when Washington placed it on the 10 percent baseline with its neighbours.",
     "reduce"),
    # a hope of others: "might ease it"
    ("Chile said it would keep its ban on exports of raw lithium in place, dashing hopes that Santiago might ease it "
     "this year.", "relax"),
    # "them" after a singular measure: the pronoun stands for something else
    ("Brazil's duty on imported ethanol annoyed American refiners, and Brasilia promised to lower them as part of the "
     "deal.", "reduce"),
])
def test_pronoun_standing_for_no_measure_gives_no_row(paragraph, action):
    assert rows_of(story(paragraph), action) == []


def test_pronoun_with_its_own_goods_keeps_the_clause_reading():
    # "lowered them on bicycle parts": the clause names its own goods; no row with the antecedent's goods (footwear)
    rows = story("Ghana raised import duties on footwear and toys and lowered them on bicycle parts in its budget.")
    assert not [r for r in rows if r.action == "reduce" and "6403" in r.products]


def test_a_standstill_restating_the_kept_measure_gives_no_second_row():
    # "keep the duty ... at 5 per cent, and not raise it": the pronoun restates the kept measure, one `maintain` row
    rows = story("Under the pact, Panama will keep its duty on American pork at 5 per cent, and will not raise it "
                 "while the deal lasts.")
    assert len([r for r in rows if r.category == "tariff" and r.action == "maintain"]) == 1


def test_the_measure_may_be_told_in_the_sentence_before():
    # the antecedent in the paragraph's sentence before, past an initial's point ("U.S. soybeans")
    rows = story("Peru put anti-dumping duties on U.S. soybeans in March. Lima agreed on Tuesday to suspend them for "
                 "a year, officials said.")
    assert [(r.actor, r.category, r.action, r.status) for r in rows if r.action == "suspend"] == [
        ("PER", "tariff", "suspend", "agreed")]
