"""Round 27: the other commitments of a sentence already read (coordinated clauses), our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def steps(rows):
    """(actor, action, earlier level, new level) of each tariff row, sorted (None first)."""
    return sorted(((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"),
                  key=lambda t: tuple(-1 if v is None else v for v in t))


AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the State of Qatar"


# A later step of the same rate told by a verb coordinated after the first step's level, sharing its subject
# (convention 2: the step has its own verb and figure), from the level the first step reached.
def test_step_to_zero_coordinated_after_the_first_cut():
    rows = story("Canada and Kenya concluded their trade talks on Monday.",
                 "Kenya's duty on Canadian malt, currently 25 per cent, will be halved to 12.5 per cent when the deal "
                 "takes effect and fall to zero in year five.")
    assert steps(rows) == [("KEN", "reduce", 25.0, 12.5), ("KEN", "remove", 12.5, 0.0)]


def test_step_up_reached_a_year_later():
    rows = story("Timor-Leste's parliament debated a tobacco duty on Tuesday.",
                 "The finance minister said the government would table a new plan, under which the duty would rise "
                 "to 12 per cent in 2029 and reach 20 per cent a year later.")
    assert steps(rows) == [("TLS", "raise", None, 12.0), ("TLS", "raise", 12.0, 20.0)]


def test_phased_out_after_the_first_cut_has_no_figure():
    rows = story("Brazil and Kenya concluded their trade talks on Monday.",
                 "Brazil's tariff on tyres, currently 16%, will be cut to 8% on entry into force and phased out by "
                 "year six.")
    assert [t for t in steps(rows) if t[1] == "remove"] == [("BRA", "remove", 8.0, None)]


def test_gapped_step_to_zero_is_its_own_row_not_the_figure_of_an_earlier_removal():
    rows = commitments_from(
        ["Upon the entry into force of this Agreement, Qatar shall eliminate its customs duties on all originating "
         "goods of the United States listed in Schedule 1.",
         "For originating goods of the United States listed in Schedule 2, Qatar shall lower its customs duty from "
         "6 percent to 3 percent on the date of entry into force, and from 3 percent to zero on 1 January 2030."],
        published_at=ON, title=AGREEMENT)
    assert steps(rows) == [("QAT", "reduce", 6.0, 3.0), ("QAT", "remove", None, None), ("QAT", "remove", 3.0, 0.0)]


def test_a_new_subject_after_and_is_not_the_rates_step():
    rows = story("Kenya cut its duty on malt to 10 per cent in March, and imports rose to 20 per cent of the market.")
    assert steps(rows) == [("KEN", "reduce", None, 10.0)]


def test_a_verb_with_no_level_after_and_gives_no_step():
    rows = story("Kenya will cut its duty on malt to 10 per cent and reach new suppliers in the region.")
    assert steps(rows) == [("KEN", "reduce", None, 10.0)]
