"""Round-17 speed work (issue 4) must not change what is extracted: each restructured path below
gives the rows (or no rows) it gave before, on sentences written to reach it."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.actors import fold_case
from tests.commitment_text import commitments_from

PUBLISHED = datetime(2026, 5, 4, 12, 0)


def _rows(*texts):
    return [(r.actor, r.category, r.action, r.value_to, r.amount) for r in commitments_from(list(texts), published_at=PUBLISHED)]


# --- _cue_commitments tests a rule's trigger in the part of the sentence its pattern reads -------

def test_folding_keeps_every_position():
    # the parts (object, window before the cue) are cut from the folded sentence by the
    # sentence's own offsets: the folding must not change the length of any character
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        assert len(fold_case("a" + chr(code) + "b")) == 3, hex(code)


# (sentence, rows as before the change): each sentence reaches one rule behind a trigger now
# tested in the object or the window before the cue, or its twin without the trigger word
_PINNED = [
    # the window before the cue (_CRIMINAL_SUBJECT, _DEMAND_BEFORE, _EFFORT_TOWARD, _DEAL_RELATIVE)
    ("Drug trafficking organizations maintain super labs in the region.", []),
    ("The United States will maintain its 25 percent tariff on steel.", [("USA", "tariff", "maintain", 25.0, None)]),
    ("China urged Washington to keep lowering its tariffs on Chinese goods.", []),
    ("Japan will keep lowering its tariffs on U.S. beef.", [("JPN", "tariff", "maintain", None, None)]),
    ("The two sides will work constructively in an effort to address barriers to U.S. exports.",
     [("USA", "market_access", "negotiate", None, None)]),
    ("India will address barriers to U.S. exports of dairy products.", [("IND", "market_access", "relax", None, None)]),
    ("In a deal President Donald Trump announced late on Tuesday, Vietnam will cut tariffs on U.S. goods to zero.",
     [("VNM", "tariff", "remove", 0.0, None)]),
    # the object (_IMPORTANCE_OF, _SPENT_TIME, _PAPER_OBJECT, the statistics, _ANAPHORIC_OBJECT)
    ("Both sides recognize the importance of high-standard commitments on digital trade.", []),
    ("Investors spent most of the day waiting for news.", []),
    ("Korea will invest $350 billion in the United States.", [("KOR", "investment", "invest", None, 350000000000.0)]),
    ("The two sides will provide a joint report on the feasibility of a free trade agreement.", []),
    ("China will reduce a current account deficit of 2 percent of GDP.", []),
    ("China will reduce its tariffs on U.S. soybeans to 10 percent.", [("CHN", "tariff", "reduce", 10.0, None)]),
    ("Indonesia will remove the tariffs, and it will remove them by June.",
     [("IDN", "tariff", "remove", None, None), ("IDN", "tariff", "remove", None, None)]),
    # the sentence up to the cue (_PLEDGE_AS_TOPIC, _DEAL_HINT)
    ("Promises to buy American goods under the 2020 deal fell well short.", []),
    ("China promised to buy American goods worth $200 billion.", [("CHN", "purchase", "purchase", None, 200000000000.0)]),
    ("The agreement that Vietnam signed will cut tariffs on U.S. goods to zero.", []),
]


@pytest.mark.parametrize("sentence,expected", _PINNED)
def test_rules_behind_narrowed_triggers_give_the_same_rows(sentence, expected):
    assert _rows(sentence) == expected
