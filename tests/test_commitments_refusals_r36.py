"""Round 36: refusals of a request (RF), our own sentences.

A request turned down ("turned down a request from X to lower its duty", "declined Y's request to scrap", "rebuffed
calls to lift its ban"): the row of the step asked for was read, with the story's default status (`announced` or the
deal's `agreed`), because the status list knew "rejected" and "refused to" but not these verbs. Convention 10 and the
round-33 writers' answer: a refusal of a demanded measure told in one sentence is one `rejected` row on the measure,
the refuser's.
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


# A request, call, plea or proposal turned down, declined, rebuffed or spurned: the step asked for, `rejected`
# (tariffs and restrictions, a named requester or none, a perfect tense, a country's people as the subject).
REQUEST_TURNED_DOWN = [
    ("Ghana turned down a request from Nigeria to lower its duty on imported rice.",
     [("GHA", "tariff", "reduce", "rejected")]),
    ("Thailand has turned down calls from millers to lift its ban on rice exports.",
     [("THA", "export_control", "remove", "rejected")]),
    ("Ecuador's government turned down a Colombian request to scrap its 10% tariff on milk powder.",
     [("ECU", "tariff", "remove", "rejected")]),
    ("Malaysia rebuffed a Thai request to lift its ban on Thai chicken.",
     [("MYS", "import_restriction", "remove", "rejected")]),
    ("The Kenyan government turned down a plea from Uganda to ease its curbs on Ugandan milk.",
     [("KEN", "import_restriction", "relax", "rejected")]),
    ("Tokyo spurned a U.S. request to cut its tariff on beef, officials said.",
     [("JPN", "tariff", "reduce", "rejected")]),
    ("Peru declined a Bolivian request to remove its duty on quinoa, two officials said.",
     [("PER", "tariff", "remove", "rejected")]),
    ("Ghana declined Nigeria's request to lower its duty on imported rice.",
     [("GHA", "tariff", "reduce", "rejected")]),
]


@pytest.mark.parametrize("sentence,expected", REQUEST_TURNED_DOWN)
def test_request_turned_down_is_rejected(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


# Near-misses: a passive "will be turned down" inside a restriction (the restriction is the row), a request
# accepted, "turned down" with no request before a step actually taken, an offer of goods turned down, a court.
@pytest.mark.parametrize("sentence,expected", [
    ("Ghana will require export licences for cocoa beans, and applications from unregistered firms will be turned "
     "down.", [("GHA", "export_control", "restrict", "announced")]),
    ("Senegal accepted a Malian request to lower its duty on onions.",
     [("SEN", "tariff", "reduce", "announced")]),
    ("Morocco turned down the offer, and instead cut its duty on Turkish textiles to 10 percent.",
     [("MAR", "tariff", "reduce", "implemented")]),
    ("Vietnam turned down offers of cheaper rice from Thailand.", []),
    ("Uganda's appeal against the ban was turned down by the court.", []),
    ("Kenya declined to comment on whether it would lower its tariff on sugar.", []),
])
def test_not_a_request_turned_down(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected
