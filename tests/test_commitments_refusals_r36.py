"""Round 36: refusals of a request (RF), our own sentences.

A request turned down ("turned down a request from X to lower its duty", "declined Y's request to scrap", "refused a
U.S. request to cut", "rebuffed calls to lift its ban", "resisted a push for lower tariffs"), a bill or proposal voted
down or vetoed, a plan denied ("denied a report that it planned to restrict ..."), a joint statement's "is not in a
position at this time to lower ...": the row of the step was read, with the story's default status (`announced` or
the deal's `agreed`), because the status list knew "rejected", "refused to" and "declined to" but not these shapes.
Convention 10 and the round-33 writers' answer: a refusal of a demanded measure told in one sentence is one
`rejected` row on the measure, the refuser's.
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
    ("Chile refused a Peruvian request to cut its 6 percent tariff on onions, two officials said.",
     [("CHL", "tariff", "reduce", "rejected")]),
    ("New Delhi has refused Thai requests to lower its duties on Thai rubber.",
     [("IND", "tariff", "reduce", "rejected")]),
    ("Chilean officials resisted a Peruvian push for lower tariffs on onions.",
     [("CHL", "tariff", "reduce", "rejected")]),
]


# A bill voted down, a plan denied, a joint statement's "not in a position to": the step, `rejected`.
OTHER_REFUSALS = [
    ("Chile's Congress voted down a bill that would have raised the import duty on sugar to 20 percent from 6 percent.",
     [("CHL", "tariff", "raise", "rejected")]),
    ("Peru's trade ministry denied a newspaper report that it planned to restrict copper exports.",
     [("PER", "export_control", "restrict", "rejected")]),
    ("Kenya's trade ministry denied a report that it would lift its ban on GM maize.",
     [("KEN", "import_restriction", "remove", "rejected")]),
    ("The United States explained that it is not in a position at this time to lower the 10 percent tariff on Chilean "
     "salmon.", [("USA", "tariff", "reduce", "rejected")]),
]


@pytest.mark.parametrize("sentence,expected", OTHER_REFUSALS)
def test_bill_voted_down_plan_denied_not_in_a_position(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


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
    # "declined" as "fell": a plan or proposal after it is no request refused
    ("Exports declined sharply last year as plans to cut the duty on rice stalled.", []),
    ("Imports declined after a proposal to lower the duty on Thai rice was shelved.", []),
    # a report called wrong, then a step announced: no denial before the step's verb
    ("Thailand said the report was wrong and that it would lower its duty on rice.",
     [("THA", "tariff", "reduce", "announced")]),
])
def test_not_a_request_turned_down(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


def test_past_act_denied_is_no_refusal():
    # a report of a past act denied ("had offered") refuses no step: whatever is read, nothing is `rejected`
    sentence = "Japanese officials flatly denied a Korean news report that Tokyo had offered to enlarge its rice quota."
    assert all(row[3] != "rejected" for row in rows_of(story(sentence), sentence[:30]))


# A concession not agreed ("did not agree to drop", "had not agreed to lower") and a refusal in the present ("We are
# not lifting the tariff until ..."): the step, `rejected` (guide: "did not agree to renew" is a refusal, convention 10).
@pytest.mark.parametrize("sentence,expected", [
    ("A Chilean official says Peru did not agree to drop its 10 per cent duty on Chilean wine.",
     [("PER", "tariff", "remove", "rejected")]),
    ("Trade Minister Ana Ruiz said Peru had not agreed to lower its tariffs on rice or wheat.",
     [("PER", "tariff", "reduce", "rejected")]),
    ('"We are not lifting the steel tariff until we see the numbers come down," the Peruvian minister said.',
     [("PER", "tariff", "remove", "rejected")]),
])
def test_concession_not_agreed_is_rejected(sentence, expected):
    assert rows_of(story(sentence), sentence[:30]) == expected


@pytest.mark.parametrize("sentence", [
    # a plain negative statement of the past, no refusal
    "Peru did not lower its tariff on rice last year.",
    # an order's history: a binding not agreed is no concession refused
    "Put simply, trading partners agreed to cut their tariffs but did not agree to bind their tariff rates at low levels.",
])
def test_plain_negative_is_no_row(sentence):
    assert rows_of(story(sentence), sentence[:30]) == []
