"""Round 30 (SR): rows a read sentence still missed — a later step gapped to its level alone, a bloc's row per member.

Our own sentences; each asserts the rows a user sees (actor, category, action, levels)."""
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


def actors_of(rows, category, action):
    return sorted(r.actor for r in rows if r.category == category and r.action == action)


# A later step of a rate gapped down to its level alone ("..., and to 10 percent a year later"): the verb and the
# goods are the first step's, the step starts from the level the first one reached (convention 2).
def test_gapped_step_after_a_dated_first_step():
    rows = commitments_from(
        ["The United States and Cambodia met in Phnom Penh on Monday.",
         "Cambodia will lower its tariff on U.S. motorcycles from 30 percent to 20 percent on July 1, 2028, and to "
         "10 percent a year later."],
        published_at=ON, title="Joint Statement on the United States-Cambodia Trade Committee")
    assert ("KHM", "reduce", 30.0, 20.0) in steps(rows)
    assert ("KHM", "reduce", 20.0, 10.0) in steps(rows)


def test_gapped_step_after_then():
    rows = story("Peru and Korea concluded their trade talks on Friday.",
                 "Peru will lower its tariff on Korean buses to 18 percent, and then to 9 percent over four years.")
    assert steps(rows) == [("PER", "reduce", None, 18.0), ("PER", "reduce", 18.0, 9.0)]


def test_gapped_step_in_a_later_year_of_a_safeguard():
    rows = story("Thailand extended its safeguard on imported glass jars on Tuesday.",
                 "Thailand will cut the safeguard duty on Chinese glass jars to 14 pct after the first year and to "
                 "11.5 pct in the third year, the commerce department said.")
    assert ("THA", "reduce", 14.0, 11.5) in steps(rows)


def test_gapped_level_with_goods_of_its_own_is_no_step():
    rows = story("Peru and Korea concluded their trade talks on Friday.",
                 "Peru will lower its tariff on Korean buses to 18 percent and to 9 percent on Korean trucks.")
    assert not any(r.value_from == 18.0 for r in rows)


def test_gapped_phrase_without_a_level_is_no_step():
    rows = story("Peru and Korea concluded their trade talks on Friday.",
                 "Peru will lower its tariff on Korean buses to 18 percent and to the level it grants Chile.")
    assert steps(rows) == [("PER", "reduce", None, 18.0)]


# The Gulf council has no state of its own: its measure is a row per member the page names (the guide's round-30
# answer on a bloc without an ISO code, as actor), and a member its sentence names is the one that acts.
def test_gulf_council_row_per_member_named():
    rows = story("Kenya and the Gulf Cooperation Council opened trade talks in Nairobi on Monday.",
                 "Kenyan officials said the GCC would cut its 5 per cent common external tariff on Kenyan tea, a "
                 "concession Saudi Arabia, Qatar and Oman backed.")
    assert actors_of(rows, "tariff", "reduce") == ["OMN", "QAT", "SAU"]
    assert "GCC" not in {r.actor for r in rows}


def test_gulf_member_named_in_the_sentence_acts_alone():
    rows = story("Kenya and the Gulf Cooperation Council opened trade talks in Nairobi on Monday, with Saudi Arabia "
                 "and Oman sending ministers.",
                 "Oman, which grows little tea, has said it will keep its 5 per cent tariff on Kenyan tea.")
    assert actors_of(rows, "tariff", "maintain") == ["OMN"]


def test_gulf_council_with_no_member_named_stays_silent_of_members():
    rows = story("Kenya and the Gulf Cooperation Council opened trade talks in Nairobi on Monday.",
                 "A GCC official said the council would cut its 5 per cent common external tariff on Kenyan tea.")
    assert not ({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"} & {r.actor for r in rows})


def test_gapped_step_after_a_pair_of_levels_starts_from_the_first_step():
    rows = story("Chile and Vietnam signed their trade pact on Monday.",
                 "Chile's duty on Vietnamese footwear goes from 12 per cent to 6 per cent, and then to 3 per cent.")
    assert steps(rows) == [("CHL", "reduce", 6.0, 3.0), ("CHL", "reduce", 12.0, 6.0)]
