"""Round 32 (AS): an aside between a sentence's opening subject and its verb (an appositive, a relative clause, a
participle clause, dashes) read as if it were absent when it carries no measure of its own; our own sentences."""
from __future__ import annotations

from datetime import datetime, timezone

from tests.commitment_text import commitments_from, rows_of

ON = datetime(2025, 5, 1, tzinfo=timezone.utc)
LEVY_LEAD = "Kazakhstan's government on Monday changed its rules on grain exports."
DEAL_LEAD = "Brazil signed a deal with the United States on Monday."


def extracted(texts):
    return commitments_from(texts, published_at=ON, title="Trade news", authors=["A Writer"], article_id="r32-asides")


# 1. A participle clause between a measure and its verb: the measure is the subject of the change
def test_participle_aside_between_levy_and_its_rise():
    rows = extracted([LEVY_LEAD, "The export levy on wheat, set out in a regulation signed on March 3, will rise to 12 "
                                 "per cent from 8 per cent."])
    assert rows_of(rows) == [("KAZ", "tariff", "raise", 12.0, None, "percent")]


def test_relative_clause_aside_between_duty_and_its_cut():
    rows = extracted([LEVY_LEAD, "The duty on imported sugar, which was introduced in 2021, will be cut to 5 per cent."])
    assert rows_of(rows) == [("KAZ", "tariff", "reduce", 5.0, None, "percent")]


def test_dashed_aside_between_duty_and_its_cut():
    rows = extracted([LEVY_LEAD, "The duty on imported sugar \u2014 introduced in 2021 \u2014 will be cut to 5 per cent."])
    assert rows_of(rows) == [("KAZ", "tariff", "reduce", 5.0, None, "percent")]


# 2. An appositive or a relative clause after a firm: the firm's pledge is its country's (convention 3)
def test_appositive_after_a_firm_that_invests():
    rows = extracted([DEAL_LEAD, "Vale, the Brazilian miner, will invest $2 billion in a smelter in Texas."])
    assert rows_of(rows) == [("BRA", "investment", "invest", None, 2000000000.0, "usd")]


def test_relative_clause_after_a_firm_that_invests():
    rows = extracted([DEAL_LEAD, "Embraer, which makes regional jets, will invest $2 billion in a plant in Florida."])
    assert rows_of(rows) == [("BRA", "investment", "invest", None, 2000000000.0, "usd")]


def test_participle_aside_after_a_firm_that_invests():
    rows = extracted([DEAL_LEAD, "Vale, based in Rio de Janeiro, will invest $2 billion in a smelter in Texas."])
    assert rows_of(rows) == [("BRA", "investment", "invest", None, 2000000000.0, "usd")]


# 3. Negative cases: an outside voice after an aside, and an aside with its own measure, stay as they were
def test_an_observer_with_an_aside_who_speaks_stays_silent():
    rows = extracted([LEVY_LEAD, "A grain trader in Astana, who asked not to be named, said the higher levy would "
                                 "push buyers to Russia."])
    assert rows == []


def test_a_group_with_an_aside_that_comments_stays_silent():
    rows = extracted([LEVY_LEAD, "The Grain Union, the farmers' lobby group, said the changes were overdue."])
    assert rows == []


def test_aside_with_its_own_rate_keeps_its_reading():
    from pipeline.commitments import _without_subject_aside

    assert _without_subject_aside("The duty on sugar, which was raised to 20 per cent in 2021, will be cut.") is None
    assert _without_subject_aside("Peru, which imposed a $5 fee per tonne, will remove it.") is None
