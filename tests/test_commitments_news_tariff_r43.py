"""Round 43 (issue 4), NTS: silent news sentences about tariffs.

The team's own sentences (never text from the shared or written pages).

- The firms of a trade-remedy case paying a rate of their own, with no tariff word: "Other producers that took part in
  the investigation will pay 18.6%", "Chinese mills that cooperated with the probe face lower rates of between 12% and
  27%", "Every other Indian manufacturer faces a punitive 64.3%" → the case's levying party `impose` at the rate (the
  top of a range; "lower" compares the firms, no cut). The case is named in the subject or by the page's last tariff
  row (anti-dumping, countervailing, safeguard, an investigation or probe) (`_remedy_rate_paid`).
- Not: the firms of a deal ("Exporters now pay 15% under the deal"), an extra cost, a drop in orders, a loan's rates,
  a fee, or firms paying under an order told in a relative clause ("under which most exporters pay 17.1 pct").
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, levels_and_amounts

_MEXICO_CASE = "Mexico imposed final anti-dumping duties on steel wire rod from China on Friday."
_PERU_CASE = "Peru set provisional countervailing duties on ceramic tiles from India on Tuesday."
_DEAL_LEAD = "Canada and Korea signed a trade deal on Monday."


def _rows(*paragraphs):
    """(actor, category, action, value_to) of each row of a bylined story made of ``paragraphs``."""
    story = bylined_story(*paragraphs, published_at=datetime(2028, 3, 1, tzinfo=timezone.utc))
    return [(actor, category, action, value_to) for actor, category, action, _, value_to, _ in levels_and_amounts(story)]


_FIRMS_PAYING = [
    (_MEXICO_CASE, "Other producers that took part in the investigation will pay 18.6%.", ("MEX", "tariff", "impose", 18.6)),
    (_MEXICO_CASE, "Chinese mills that cooperated with the probe face lower rates of between 12% and 27%.",
     ("MEX", "tariff", "impose", 27.0)),
    (_PERU_CASE, "Every other Indian manufacturer faces a punitive 64.3%, the ministry said.", ("PER", "tariff", "impose", 64.3)),
    (_PERU_CASE, "Firms that did not answer the questionnaire will pay 41%.", ("PER", "tariff", "impose", 41.0)),
    ("Ghana imposed safeguard duties on cement from Nigeria on Monday.",
     "Nigerian makers that cooperated with the inquiry face 22.5%.", ("GHA", "tariff", "impose", 22.5)),
    ("Australia imposed anti-dumping duties on aluminium extrusions from Malaysia.",
     "The two largest exporters will pay 9.1 per cent, the commission said.", ("AUS", "tariff", "impose", 9.1)),
    ("Egypt imposed anti-dumping duties on rebar from Turkey on Sunday.",
     "Smaller Turkish producers that cooperated with the investigation pay 19.9%.", ("EGY", "tariff", "impose", 19.9)),
    # the case's levier, not the firms' "other party" on a page of two exporting countries
    ("Morocco imposed anti-dumping duties on frozen turkey from Spain and Portugal on Friday.",
     "Every other Spanish firm faces a punitive 58.2%.", ("MAR", "tariff", "impose", 58.2)),
]


@pytest.mark.parametrize("lead, sentence, expected", _FIRMS_PAYING)
def test_firms_of_a_remedy_case_paying_their_rate(lead, sentence, expected):
    assert expected in _rows(lead, sentence)


def test_lower_rates_of_the_firms_are_no_cut():
    rows = _rows(_MEXICO_CASE, "Chinese mills that cooperated with the probe face lower rates of between 12% and 27%.")
    assert not any(action == "reduce" for _, _, action, _ in rows)


_NOT_A_FIRMS_RATE = [
    (_DEAL_LEAD, "Exporters now pay 15% under the deal.", 15.0),
    (_MEXICO_CASE, "Other producers that cooperated with the investigation will pay 18.6% more for freight.", 18.6),
    (_MEXICO_CASE, "Producers that cooperated with the investigation face a 12% drop in orders.", 12.0),
    (_MEXICO_CASE, "Mills that cooperated with the probe face higher rates of 9% on bank loans.", 9.0),
    (_MEXICO_CASE, "Every late borrower faces a punitive 20% fee.", 20.0),
    ("Washington kept tyres from Thailand under an anti-dumping order on Monday.",
     "Thai tyres remain subject to that order, under which most exporters pay 17.1 pct.", 17.1),
]


@pytest.mark.parametrize("lead, sentence, level", _NOT_A_FIRMS_RATE)
def test_no_firms_rate_outside_a_case_or_past_the_rate(lead, sentence, level):
    assert not any(category == "tariff" and action == "impose" and value == level
                   for _, category, action, value in _rows(lead, sentence))


def test_the_case_told_before_a_sentence_with_no_case():
    # the case's levier, past a sentence on the duties' start that names no case
    assert ("MAR", "tariff", "impose", 58.2) in _rows(
        "Morocco will charge anti-dumping duties on frozen turkey from Spain and Portugal for five years, the commission "
        "said on Tuesday.", "The final duties take effect immediately.", "Every other Spanish firm faces a punitive 58.2%.")
