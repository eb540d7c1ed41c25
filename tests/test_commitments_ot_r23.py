"""Round 23, operative clauses of official texts (issue 4). Our own sentences only.

- A reservation with a direction in an order or agreement (guide rule 2): the President or the United
  States "may" bring back, raise or lower a rate if the partner fails, retaliates or settles. The rate is
  named by its legal standing ("the rate previously applicable to its goods", "the rates that applied
  before this order", "the 30 percent rate on its goods", "the rate set out in section 2(e)", "the rates
  of duty"); the second verb of "may terminate ... and restore" shares the "may".
"""
from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, order_commitments

ON = datetime(2027, 3, 1)
ORDER_TITLE = "Further Modifying the Reciprocal Tariff Rates for Certain Trading Partners"


def _rows(text, title=ORDER_TITLE):
    return [r for r in order_commitments([text], published_at=ON, title=title, article_id="r23-ot")
            if r.category == "tariff"]


@pytest.mark.parametrize("text, action, counterparty, level", [
    ("Sec. 4. Monitoring. Should any trading partner listed in section 2 of this order fail to carry out the "
     "commitments on which its new rate rests, I may reinstate the rate previously applicable to its goods.",
     "resume", None, None),
    ("(b) Should Peru fail to bring its tariff cuts into effect by March 1, 2028, I may reinstate the 25 percent "
     "rate on its goods.", "resume", "PER", 25.0),
    ("(c) If the Secretary determines that Ghana has not honoured its pledges, I may restore the 19% rate on "
     "Ghanaian goods.", "resume", "GHA", 19.0),
    ("Sec. 3. (a) Should the Kingdom of Lesotho respond to this order by raising its duties on United States goods, "
     "I may increase the rate set out in section 2(c) further.", "raise", "LSO", None),
    ("If Chile retaliates against this action, I may increase the rate set out in section 2 by further order.",
     "raise", "CHL", None),
    ("(b) Should Ecuador fail to carry out its commitments, I may restore the rates that applied to its goods "
     "before this order.", "resume", "ECU", None),
    ("Should Moldova not bring its commitments into effect, the United States may reinstate the rate of duty "
     "previously applicable to originating goods of Moldova.", "resume", "MDA", None),
    ("If no agreements are reached within 180 days, I may raise the rates of duty set out in clause 1.",
     "raise", None, None),
    ("(c) Should Tunisia fail to implement its tariff commitments by June 30, 2028, I may restore the earlier rate "
     "on its goods.", "resume", "TUN", None),
])
def test_a_rate_named_by_its_legal_standing_is_the_tariff_held_out(text, action, counterparty, level):
    rows = _rows(text)
    assert len(rows) == 1, [(r.actor, r.category, r.action) for r in rows]
    row = rows[0]
    assert (row.actor, row.action, row.status, row.conditional) == ("USA", action, "threatened", True)
    assert row.value_to == level
    if counterparty:
        assert row.counterparty == counterparty


def test_the_second_verb_shares_the_may_of_the_first():
    rows = _rows("(b) Should Bangladesh fail to implement its commitments, I may terminate the suspension extended "
                 "by section 2 of this order and restore the 37 percent rate of duty on products of Bangladesh.")
    brought_back = [r for r in rows if r.action == "resume"]
    assert [(r.status, r.value_to, r.conditional) for r in brought_back] == [("threatened", 37.0, True)]


@pytest.mark.parametrize("text", [
    "The central bank may restore the rate of growth it targeted before the crisis.",
    "The ministry said it would restore the exchange rate band within a month.",
])
def test_a_rate_that_is_no_duty_is_no_tariff_brought_back(text):
    rows = commitments_from([text], published_at=ON, title="Central bank moves", article_id="r23-ot-news")
    assert not [r for r in rows if r.category == "tariff"]
