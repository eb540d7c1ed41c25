"""Commitment extraction, round 12: the legal text of proclamations and executive orders.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, goods and figures are used only for
their names.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 3, 15, 0, tzinfo=timezone.utc)
TITLE = "Modifying Duties on Imports of Garden Furniture"
OPENING = ("By the authority vested in me as President by the Constitution and the laws of the United States "
           "of America, it is hereby ordered:")


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return commitments_from([OPENING, *texts], published_at=PUBLISHED, title=title, article_id="test-orders-r12")


def levels(rows):
    return sorted((r.actor or "", r.counterparty or "", r.category, r.action,
                   r.value_from, r.value_to) for r in rows)


# --- "set out in" / "set forth in" say where a text states a thing; no rate is set -------------

@pytest.mark.parametrize("sentence", [
    "The additional ad valorem duty on footwear of Peru that meets the criteria set out in Annex II to this "
    "order shall be reduced from 18 percent to 8 percent.",
    "The additional duty on footwear of Peru that satisfies the criteria set forth in section 3 of this order "
    "shall be reduced from 18 percent to 8 percent.",
    "The duty on footwear of Peru covered by the criteria set out below shall be reduced from 18 percent to "
    "8 percent.",
])
def test_criteria_set_out_in_an_annex_leave_the_reduction_its_own_subject(sentence):
    assert levels(order(sentence)) == [("USA", "PER", "tariff", "reduce", 18.0, 8.0)]


# --- names listed after a preposition are all its objects --------------------------------------

@pytest.mark.parametrize("sentence", [
    "This ad valorem rate of duty of 10 percent reflects (i) the modification of the additional ad valorem rate "
    "of duty on articles of Chile (including articles of Bolivia and Paraguay) set forth in Executive Order "
    "14900, by suspending 20 percentage points of that rate for an initial period of 90 days.",
    "This rate of 12 percent reflects the modification of the additional duty on goods of Chile (including goods "
    "of Bolivia or Paraguay) set out in Executive Order 14900, by suspending 20 percentage points of that rate "
    "for 90 days.",
])
def test_names_listed_after_of_are_not_the_subject(sentence):
    rows = order(sentence)
    assert [(r.actor, r.action, r.change) for r in rows] == [("USA", "suspend", -20.0)]
