"""Round 44 (issue 4), NSX3: silent news sentences, a government asking another for talks in a sentence no cue reads.
The team's own sentences (never text from the shared or written pages).

Round 33 (TL) read a request for talks (`_asked_talks_rows`) only where a cue read the sentence and gave no row. The
same request told in a sentence no cue reads ("said it had asked Abuja for consultations on the duties", "has
requested an urgent meeting with ...") was silent: the cue-less path and the talks-hint path now end with the same
reader, and the party asked may be followed by a day ("asked Cairo on Sunday for"). The asking party's talks on a
duty do not make it the duty's owner (`_fill_ownerless_tariffs`).
"""
from __future__ import annotations

import pytest

from tests.commitment_text import talks
from tests.test_commitments_news_other_r40 import LEAD, story


@pytest.mark.parametrize("text, expected", [
    # the asking party's one row toward the party asked; the topic after "on" gives the category
    ("Chile's farm ministry said it had asked for an urgent meeting with its Peruvian counterparts.",
     [("CHL", "PER", "diplomatic")]),
    ("Ghana's trade ministry said it had asked Abuja for consultations on the duties.",
     [("GHA", "NGA", "tariff")]),
    ("Senegal has requested an urgent meeting with Mali's trade ministry.",
     [("SEN", "MLI", "diplomatic")]),
    ("Senegal asked Mali for talks on the duties.",
     [("SEN", "MLI", "tariff")]),
    ("Malaysia has asked Jakarta for a meeting on the palm oil duties.",
     [("MYS", "IDN", "tariff")]),
    # a day between the party asked and the talks
    ("Jordan asked Cairo on Sunday for formal talks on its phosphate exports.",
     [("JOR", "EGY", "diplomatic")]),
    ("Uruguay's foreign ministry said it had asked Brasilia last week for discussions on the quota.",
     [("URY", "BRA", "tariff")]),
])
def test_talks_asked_in_a_sentence_no_cue_reads(text, expected):
    rows = [r for r in story(LEAD, text) if text[:30] in (r.evidence or "")]
    assert talks(rows) == expected
    assert all(r.status == "proposed" for r in rows)


@pytest.mark.parametrize("text", [
    # consultations asked at the WTO: procedure
    "Senegal has requested consultations with Mali at the WTO over the duties.",
    # a lobby's or a union's request, shareholders' meeting: no government's
    "The farmers' federation asked Nairobi for talks on the sugar levy.",
    "The dockers' union asked the port operator for talks on wages.",
    "Shareholders requested a meeting with the board on the merger.",
    # a question about talks, no request
    "Analysts asked whether the talks would resume before the summer.",
])
def test_no_request_for_talks_of_a_government(text):
    assert [r for r in story(LEAD, text) if text[:30] in (r.evidence or "")] == []


def test_the_asking_party_is_not_the_owner_of_a_duty_told_without_one():
    rows = story("Mozambique will require import permits for sugar and rice under a decree published on Friday.",
                 "The decree, which takes effect in June, also raises the duty on frozen fish to 40 per cent from 20 "
                 "per cent.",
                 "South Africa's high commission in Maputo said it had asked for consultations on the fish duty.")
    raised = [(r.actor, r.value_from, r.value_to) for r in rows if r.category == "tariff" and r.action == "raise"]
    assert raised == [("MOZ", 20.0, 40.0)]
    assert talks(rows) == [("ZAF", "MOZ", "tariff")]


def test_a_request_told_again_in_the_same_paragraph_keeps_one_row():
    rows = story(LEAD, "Zambia said it would seek talks with Tanzania. The Zambian high commission in Dodoma said it had "
                       "asked for consultations on the wheat duty.")
    assert talks(rows) == [("ZMB", "TZA", "diplomatic")]
