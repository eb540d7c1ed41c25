"""Round 32 (issue 4): tariff changes told in shapes the chain left silent on news pages.

1. An instrument adopted by a body of the government, the change told by the participle after it ("Parliament
   approved a government order doubling the duty on ...", "the revenue board issued an order abolishing the 5 per
   cent duty"): the instrument acts for its government (``_ADOPTED_INSTRUMENT`` in ``_other_subject``), as "The same
   decree lifts ..." already did; the body adopting it is no other actor. A bill introduced or thrown out stays silent.
2. "pc" after a figure is a percentage ("cut the duty to 40pc from 55pc", the South Asian press's style;
   ``quantities._PERCENT``).

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

from pipeline.quantities import find_quantities
from tests.commitment_text import bylined_story, levels_in

ON = datetime(2027, 9, 20, tzinfo=timezone.utc)

LEAD = ("NAIROBI, Sept 20 - Kenya will ban exports of raw hides and skins from October, the trade ministry "
        "said on Monday.")


def test_parliament_approves_an_order_raising_a_duty():
    rows = bylined_story(LEAD, "Parliament on Tuesday approved a government order raising the import duty on "
                               "refined sugar to 35 per cent, siding with cane farmers in the west.", published_at=ON)
    assert levels_in(rows, "refined sugar") == [("KEN", "tariff", "raise", None, 35.0)]


def test_a_board_issues_an_order_abolishing_a_duty():
    rows = bylined_story(LEAD, "Separately, the revenue board issued an order abolishing the 5 per cent customs duty "
                               "on imported fertiliser with immediate effect.", published_at=ON)
    assert levels_in(rows, "imported fertiliser") == [("KEN", "tariff", "remove", 5.0, None)]


def test_lawmakers_pass_an_order_scrapping_a_duty():
    rows = bylined_story(LEAD, "Parliament on Thursday passed an order scrapping the 10% duty on imported cooking gas.",
                         published_at=ON)
    assert levels_in(rows, "cooking gas") == [("KEN", "tariff", "remove", 10.0, None)]


def test_an_order_thrown_out_or_a_bill_introduced_stays_silent():
    thrown_out = bylined_story(LEAD, "The House threw out a second order cutting the duty on lentils to 5 per cent.",
                               published_at=ON)
    assert levels_in(thrown_out, "lentils") == []
    introduced = bylined_story(LEAD, "Two opposition lawmakers introduced a bill raising the duty on imported "
                                     "furniture to 40 per cent.", published_at=ON)
    assert levels_in(introduced, "furniture") == []


def test_pc_after_a_figure_is_a_percentage():
    lead = "ISLAMABAD, June 11 - Pakistan presented its budget for the next fiscal year on Wednesday."
    rows = bylined_story(lead, "Pakistan will cut the import duty on motorcycles to 15pc from 30pc.",
                         published_at=ON)
    assert levels_in(rows, "motorcycles") == [("PAK", "tariff", "reduce", 30.0, 15.0)]
    rows = bylined_story(lead, "Pakistan will impose a 5 pc duty on imported tyres.", published_at=ON)
    assert levels_in(rows, "tyres") == [("PAK", "tariff", "impose", None, 5.0)]


def test_pieces_and_personal_computers_are_no_percentage():
    assert not [q for q in find_quantities("The firm shipped 500 pcs of tiles and 20 PCs to the office.")
                if q.unit == "percent"]


def test_an_adopted_bill_that_waives_a_duty():
    rows = bylined_story(LEAD, "The chamber approved, by a wide margin, a separate bill that waives the 3 per cent "
                               "duty on imported maize flour for a year.", published_at=ON)
    assert levels_in(rows, "maize flour") == [("KEN", "tariff", "remove", 3.0, None)]
    rows = bylined_story(LEAD, "The revenue board issued an order which cuts the duty on imported tyres to 10% from 20%.",
                         published_at=ON)
    assert levels_in(rows, "tyres") == [("KEN", "tariff", "reduce", 20.0, 10.0)]
