"""Commitment extraction, round 9: White House fact sheets (orders, proclamations, deals,
investment visits) — the rows they state that the extractor missed.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 5, 12, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Levels the Playing Field for American Exporters"


def extract(*texts, title=TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-factsheets-r9")


def tariff_rows(rows, actor="USA"):
    return [(r.value_to, r.evidence[:30]) for r in rows if r.actor == actor and r.category == "tariff"]


# --- a rate on named goods is no figure of an earlier lead naming none ----------------------

def test_a_goods_rate_in_a_background_example_stays_its_own_row():
    lead = ("President Trump will impose a higher reciprocal tariff on the partners with which the United "
            "States runs the largest deficits.")
    for example in ("The United States imposes a 2.5% tariff on imported trucks (with diesel engines), while "
                    "Thailand (40%) imposes a much higher duty on the same product.",
                    "The United States charges a 3% tariff on rice, while Japan (80%) charges far more.",
                    "For ethanol, the United States imposes a 2.5% tariff, while Brazil (18%) levies more."):
        rows = tariff_rows(extract(lead, example))
        # the lead keeps no figure; the example's U.S. rate is a row of its own sentence
        assert (None, lead[:30]) in rows, example
        assert any(value in (2.5, 3.0) and text == example[:30] for value, text in rows), (example, rows)
