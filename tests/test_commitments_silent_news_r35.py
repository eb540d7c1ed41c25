"""Round 35: news sentences where the extractor emitted nothing (SN), our own sentences.

A step on a restriction told in the passive, its subject the measure's bare noun ("the ban would be lifted before
October", "the prohibition will be lifted on July 1", "the curbs will be eased"): the active voice with the bare noun
as object ("lifted the ban") took the page's last restriction since round 32, the passive did not (the subject named
no goods, so the row had no category and no party). Guide rule 4 / the News set: the bare noun is the restriction the
story told; the row is its party's, with its category and goods.

A step refused told in the passive ("the ban would not be lifted", "the duty on rice will not be lowered"): the
refusal reader read "will not lift" but not the passive, which it took for a plain negative statement. Convention 10:
the step refused is a `rejected` row of the measure's owner.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def rows_of(rows, text):
    """(actor, category, action, status) of the rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action, r.status) for r in rows if text in (r.evidence or ""))


# The restriction told first, the passive step on its bare noun in the next paragraph (a speaker, a date, a
# condition, a modal of possibility; import and export restrictions; several nouns).
BARE_PASSIVE = [
    ("Ghana banned imports of frozen poultry from Brazil in March.",
     "The agriculture minister said the ban would be lifted once a veterinary audit is complete.",
     [("GHA", "import_restriction", "remove", "announced")]),
    ("Kazakhstan halted exports of sunflower seed in September to keep local crushers supplied.",
     "The prohibition will be lifted on February 1, the ministry said in a statement.",
     [("KAZ", "export_control", "remove", "announced")]),
    ("Bolivia capped soybean oil exports last month after prices at home climbed.",
     "Officials in La Paz said the cap could be lifted early if supplies recover.",
     [("BOL", "export_control", "remove", "announced")]),
    ("Morocco banned exports of tomatoes to West Africa in January.",
     "Rabat said the restrictions will be eased in April as the new harvest comes in.",
     [("MAR", "export_control", "relax", "announced")]),
    ("Egypt banned imports of Turkish steel rebar in June, citing a surge of cheap shipments.",
     "The ban would be suspended for three months while talks go on, an official told reporters.",
     [("EGY", "import_restriction", "suspend", "announced")]),
    ("Indonesia stopped exports of palm kernel in May.",
     "The trade minister told parliament that the embargo will be scrapped next week.",
     [("IDN", "export_control", "remove", "announced")]),
]


@pytest.mark.parametrize("first,second,expected", BARE_PASSIVE)
def test_bare_restriction_as_passive_subject(first, second, expected):
    assert rows_of(story(first, second), second[:30]) == expected


# A step refused in the passive: a bare noun, a named measure, a possessive owner.
REFUSED_PASSIVE = [
    ("Uruguay banned imports of Argentine citrus in August.",
     "The minister said the ban would not be lifted before the end of the year.",
     [("URY", "import_restriction", "remove", "rejected")]),
    ("Vietnam banned exports of raw cashew nuts in July.",
     "A deputy minister said on Monday the embargo will not be lifted this year, whatever traders ask.",
     [("VNM", "export_control", "remove", "rejected")]),
    ("", "Norway's duty on imported cheese will not be lowered, the agriculture minister said.",
     [("NOR", "tariff", "reduce", "rejected")]),
    ("", "Chile's tariff on Peruvian onions won't be cut before the harvest, the minister said.",
     [("CHL", "tariff", "reduce", "rejected")]),
]


@pytest.mark.parametrize("first,second,expected", REFUSED_PASSIVE)
def test_step_refused_in_the_passive(first, second, expected):
    paragraphs = [p for p in (first, second) if p]
    assert rows_of(story(*paragraphs), second[:30]) == expected


# Negatives: a condition, a past negative, a date of application, a scope, the passive with no restriction told.
@pytest.mark.parametrize("first,second", [
    # a condition on the ban's lifting, no step taken
    ("Tanzania banned imports of Kenyan eggs in May.", "If the ban is not lifted by March, Kenyan farmers will sue."),
    # a plain negative statement in the past
    ("Tanzania banned imports of Kenyan eggs in May.", "The ban was not lifted in June, as some traders had hoped."),
    # no restriction told before: the bare noun stands for nothing the page named
    ("Prices of eggs rose sharply in May.", "The minister said the ban would be lifted once prices fall."),
    # a date of application, not a step refused
    ("", "Peru said duties on Chilean pisco would not be applied before mid-July."),
])
def test_no_row(first, second):
    paragraphs = [p for p in (first, second) if p]
    assert rows_of(story(*paragraphs), second[:30]) == []


def test_tariff_told_first_bare_ban_is_no_tariff():
    # the page's last measure is a tariff, not a restriction: "the ban" is not read as that tariff
    rows = story("Peru raised its duty on Chilean onions to 20% in May.",
                 "Officials said the ban would be lifted after the harvest.")
    assert rows_of(rows, "Officials said the ban") == []


# A refusal after an appositive or a relative clause between the subject and "said it had no plans to": the words
# after the last comma ("has said it has no plans to") were read as a subject that is no party. (Round 40, NT: read
# now by `_SAID_IT_REFUSED`, the pronoun after the speech verb, not by dropping the words from every subject.)
APPOSITIVE_REFUSAL = [
    ("Chile, the world's largest copper producer, said it had no plans to restrict copper exports.",
     [("CHL", "export_control", "restrict", "rejected")]),
    ("Japan's farm ministry, which oversees rice imports, said it had no plans to lower duties on rice.",
     [("JPN", "tariff", "reduce", "rejected")]),
    ("Kenya, East Africa's biggest tea grower, said it had no intention of lifting its ban on sugar imports.",
     [("KEN", "import_restriction", "remove", "rejected")]),
]


@pytest.mark.parametrize("sentence,expected", APPOSITIVE_REFUSAL)
def test_refusal_after_an_appositive(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


def test_growers_refusal_is_no_row():
    # an industry's plan refused is no government's measure
    sentence = "Coffee growers, the country's largest lobby, said they had no plans to cut output."
    assert rows_of(story(sentence), sentence[:30]) == []
