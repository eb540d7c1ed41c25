"""Round 41 (SHP): the learned reader's rows filtered by the chain's own rules (pipeline/learned_sentences.py,
``silent_sentence_rows`` and ``ruled_out``): a row the repeats rule reads as told before (``restates_a_row``), goods
that "will enter" a country free of duty (``free_entry_to_come``, round 28), talks on peace (``_non_trade_talks``), a
quote whose speaker is labelled after the verb (round 14). Our own sentences."""
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from pipeline import commitments as chain
from pipeline.learned_sentences import ruled_out
from pipeline.model import Commitment

ON = datetime(2026, 11, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("sentence, expected", [
    ("US wheat will enter Paraguay free of duty, officials said.", True),
    ("Under the framework, U.S. pork and poultry will enter Chile duty-free, officials said.", True),
    ("Kenyan avocados have entered China free of duty instead of paying 7 per cent.", False),  # the present: a row
    ("Chilean wine will enter the U.S. market at a tariff of 5%.", False),  # a rate, not free
    ("Paraguay will cut its duty on US wheat to zero.", False),
])
def test_goods_that_will_enter_free_restate_the_lead(sentence, expected):
    assert chain.free_entry_to_come(sentence) is expected


def _tariff(paragraph, action, value_from, value_to, evidence, subject, start=0):
    return Commitment(actor="USA", counterparty="CHE", category="tariff", action=action, value_from=value_from,
                      value_to=value_to, unit="percent", subject=subject, evidence=evidence, paragraph_index=paragraph,
                      char_start=start, char_end=start + len(evidence), status="announced")


def test_a_change_told_again_as_the_rate_set_restates_the_row_before():
    cut = _tariff(0, "reduce", 39.0, 15.0, "The United States will lower its tariff on Swiss goods to 15 percent from "
                  "39 percent.", "tariff on Swiss goods")
    again = _tariff(1, "impose", None, 15.0, "Washington will apply a 15 percent rate to Swiss imports from Friday.",
                    "15 percent rate to Swiss imports from Friday", start=100)
    other = _tariff(1, "impose", None, 15.0, "The United States will impose a 15% tariff on Swiss pharmaceuticals.",
                    "15% tariff on Swiss pharmaceuticals", start=100)
    assert chain.restates_a_row(again, [cut])
    assert not chain.restates_a_row(other, [cut])  # goods the change did not name: another measure
    assert not chain.restates_a_row(cut, [again])  # only a row told before is restated
    assert (cut.mentions, again.value_from) == (1, None)  # read on copies


@pytest.mark.parametrize("sentence, expected", [
    ('"Brazil will cut its ethanol tariff to 10% before it lowers anything else," said John Park, an analyst at '
     'Capital Economics.', True),
    ('"We will remove the 25% tariff on Brazilian steel next week," said Commerce Secretary Howard Lutnick.', False),
])
def test_a_quote_labelled_after_the_verb_as_an_analysts_is_ruled_out(sentence, expected):
    assert ruled_out(sentence, SimpleNamespace(order_text=False, news_register=True)) is expected
