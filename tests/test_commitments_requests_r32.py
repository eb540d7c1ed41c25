"""Round 32 (issue 4): requests, offers and talks in news stories — our own sentences only.

- a request that a party change a measure the story told before, named only by a definite noun ("... from the ban",
  "lift the curbs") or by the exemption asked ("asked X to exempt ...", "asked X for an exemption for ..."): the
  asked party's own measure, `proposed`, toward the party that asks (guide, News set: a demand that the other party
  change its own measure is that party's row); an exemption from a ban is `relax`, its lifting `remove`, an
  exemption from a duty `remove`; the volume the exemption would free is its amount. A firm's or a lobby's request
  is no row; a request with no measure told before on the page stays silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, triples_in

ON = datetime(2027, 6, 30)


def story(*paragraphs: str, title: str = "Grain curbs spread across the region"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


def asked_rows(rows, text):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.status, r.amount, r.unit)
                  for r in rows if text in (r.evidence or "") and r.action != "negotiate")


# --- a request on the asked party's measure told before --------------------------------------------------------------

def test_an_exemption_from_the_ban_asked_of_a_capital_is_its_relax_proposed():
    rows = story("Uzbekistan on Monday banned exports of cotton fibre until the end of the year.",
                 "Tajikistan's industry ministry said it had asked Tashkent to exempt Tajik spinning mills from the ban.")
    assert asked_rows(rows, "asked Tashkent") == [("UZB", "TJK", "export_control", "relax", "proposed", None, None)]


def test_an_exemption_asked_for_by_its_noun_takes_the_story_measure():
    rows = story("Ukraine halted exports of sunflower seed on Tuesday to keep its crushers supplied.",
                 "Moldova's agriculture ministry said it had asked Kyiv for an exemption for its oil plants, and that "
                 "officials would meet next week.")
    assert asked_rows(rows, "asked Kyiv") == [("UKR", "MDA", "export_control", "relax", "proposed", None, None)]


def test_the_volume_an_exemption_would_free_is_its_amount():
    rows = story("Myanmar banned exports of rice on Friday after floods in the delta.",
                 "Bangladesh's commerce ministry said it had asked Naypyidaw to exempt some 45,000 tonnes already "
                 "paid for by Bangladeshi importers.")
    assert asked_rows(rows, "asked Naypyidaw") == [("MMR", "BGD", "export_control", "relax", "proposed", 45000.0, "tonnes")]


def test_lifting_the_ban_asked_of_a_capital_is_its_remove_proposed():
    rows = story("Ukraine halted exports of sunflower seed on Tuesday to keep its crushers supplied.",
                 "Moldova has asked Kyiv to lift the ban before the autumn sowing, the ministry said.")
    assert asked_rows(rows, "asked Kyiv") == [("UKR", "MDA", "export_control", "remove", "proposed", None, None)]


# --- what stays silent -------------------------------------------------------------------------------------------------

def test_a_request_with_no_measure_of_the_asked_party_told_before_is_no_row():
    rows = story("Moldova's agriculture ministry said it had asked Kyiv for an exemption for its oil plants.")
    assert triples_in(rows, "asked Kyiv") == []


def test_a_firms_request_for_an_exemption_is_no_row():
    rows = story("Uzbekistan on Monday banned exports of cotton fibre until the end of the year.",
                 "Spinning mills in Khujand have asked Tashkent for an exemption for contracted cargoes.")
    assert triples_in(rows, "asked Tashkent") == []
