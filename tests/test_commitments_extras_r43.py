"""Round 43 (issue 4), PX: rows the gold does not have, news and official — consultations any party may request
under an agreement, an imposition told as not made, a rate told only as what a change of the same party replaces.

- **Consultations on request** (guide: "A request for consultations under an agreement (WTO dispute or safeguard
  consultations, an agreement's trade committee) stays procedure, no row", Rounds 26, 28 and 34; Round 42 review:
  "consultation-on-request clauses given no rows"): an agreement's clause that either party "may request
  consultations" on matters under it gives no `negotiate` row. Kept: talks the parties will launch on a named topic.
- **An imposition told as not made** (guide rule 2: no measure of the party): "imposed no provisional duties", "no
  duties will be imposed on them" give no `impose` row. Kept: a duty the party will impose.
- **A rate told only as what a change replaces** (Round 30 review: a current rate beside a change is that change's
  `value_from`; Round 20: a measure named only inside the sentence that ends it has no history row): a party's rate
  named as the object or the old level of its own cut or removal in the same sentence ("the 3 percent levy that it
  charges", "which had paid 8%", "instead of paying the usual 10 per cent tariff") gives no `impose` row. Kept: an
  imposition told by its own verb ("slapped", "first imposed") before the change.

Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import bylined_story, commitments_from, levels_of, triples

ON = datetime(2027, 6, 8)
AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the Republic of Palau"


def in_agreement(sentence: str):
    """The rows the agreement's text gives from ``sentence``."""
    return [r for r in commitments_from([sentence], published_at=ON, title=AGREEMENT) if r.evidence == sentence]


def in_story(sentence: str):
    """The rows a bylined story gives from ``sentence``, told after an opening paragraph."""
    return [r for r in bylined_story("Trade ministers met on Monday.", sentence, published_at=ON, title="Trade news")
            if r.evidence == sentence]


CONSULTATIONS_ON_REQUEST = [
    "Each Party may request consultations with the other Party regarding any matter that affects the operation of "
    "this Agreement.",
    "A Party may request consultations with the other Party concerning the implementation of this Agreement, and the "
    "Parties shall meet within 45 days of the request.",
    "Either Party may, by written notice, request consultations on any question relating to this Agreement.",
]


@pytest.mark.parametrize("sentence", CONSULTATIONS_ON_REQUEST)
def test_consultations_either_party_may_request_give_no_row(sentence):
    assert triples(in_agreement(sentence)) == []


def test_talks_to_launch_on_a_named_topic_keep_their_rows():
    sentence = "The United States and Palau will launch negotiations on an agreement on digital trade by June 2028."
    assert ("PLW", "other", "negotiate") in triples(in_agreement(sentence))


IMPOSITIONS_NOT_MADE = [
    "Thailand opened an anti-dumping investigation into Vietnamese plywood in March and imposed no provisional duties "
    "during the inquiry.",
    "Imports of the same sheet from Malaysia were found to have caused no injury, and no duties will be imposed on them.",
    "Kenya imposed no new levies on Ugandan goods last year, the ministry said.",
]


@pytest.mark.parametrize("sentence", IMPOSITIONS_NOT_MADE)
def test_an_imposition_told_as_not_made_gives_no_row(sentence):
    assert [t for t in triples(in_story(sentence)) if t[2] == "impose"] == []


def test_a_duty_to_be_imposed_keeps_its_row():
    sentence = "Ghana will impose a 20 per cent duty on imported tomato paste from March, the finance ministry said."
    assert ("GHA", "", "tariff", "impose", None, 20.0) in levels_of(in_story(sentence))


RATES_A_CHANGE_REPLACES = [
    (in_story, "The machine parts, which had paid 8% at the border, now enter Colombia duty-free, the trade ministry "
               "said."),
    (in_story, "Morocco will allow 200,000 tonnes of Ukrainian barley to come in free of duty this season, instead of "
               "paying the usual 25 percent tariff."),
    (in_story, "Garments with at least 30 pct Peruvian cotton will pay nothing at the Chilean border instead of the 6 pct "
               "tariff that now applies to most Peruvian goods."),
    pytest.param(in_agreement, "Palau shall exempt originating goods of the United States from the handling fee of 2 "
                               "percent that it levies on imported goods.",
                 marks=pytest.mark.xfail(strict=True, reason="the exemption is read as a fee's relaxation with no level, "
                                         "so no cut or removal starts from the fee's rate: not read")),
]


@pytest.mark.parametrize("read, sentence", RATES_A_CHANGE_REPLACES)
def test_a_rate_told_only_as_what_a_change_replaces_gives_no_impose_row(read, sentence):
    assert [r for r in read(sentence) if r.category == "tariff" and r.action == "impose"] == []


def test_the_removal_beside_the_replaced_rate_keeps_its_row():
    sentence = "The machine parts, which had paid 8% at the border, now enter Colombia duty-free, the trade ministry said."
    assert ("COL", "", "tariff", "remove", 8.0, 0.0) in levels_of(in_story(sentence))


def test_an_imposition_told_by_its_own_verb_before_a_cut_keeps_its_row():
    sentence = "Argentina slapped a 35 per cent duty on Chinese tyres in 2024 and cut it to 20 per cent last month."
    assert levels_of(in_story(sentence)) == [("ARG", "CHN", "tariff", "impose", None, 35.0),
                                             ("ARG", "CHN", "tariff", "reduce", 35.0, 20.0)]


def test_an_imposition_first_made_then_lifted_keeps_its_row():
    sentence = "Jakarta first imposed the 12 percent levy on Thai sugar in 2022 and lifted it in January."
    assert ("IDN", "THA", "tariff", "impose", None, 12.0) in levels_of(in_story(sentence))
