"""Round 44 (issue 4), PX2: rows the gold does not have, news first — a standing rate told only as what goods past a
quota pay, a company's own spending plan told by the company in a story.

- **A standing rate past a quota** (guide, Round 30 review: "a standing over-quota rate named only to say what goods
  outside the quota pay is scope, no row; a sentence saying it 'stays' or 'has stayed put' is `maintain`"): goods
  above a quota that "pay" or "will face" the usual, standard, full or most-favoured-nation rate give no `impose` row.
  Kept: the same goods that "still pay" or "continue to pay" it (`maintain`), and a new regime's own rate past its
  quota ("would pay a 30% tariff under the proposal").
- **A company's own plan** (guide, News set and Round 20 Q6: "a company's own plant or spending plan is no row"; a
  company pledge listed among a visit's or a deal's outcomes, or a state company's, stays its country's row): a firm
  that says it will invest or spend, in a story that tells no visit, gives no `investment` or `purchase` row. Kept: a
  state fund's or a state company's plan, a government's purchase, a country's companies pledging together, and a
  firm's plan in a story of a state visit.
- **A member state pressing its bloc** (guide, Round 29 and 31 reviews: "a member state pledging to press its bloc for a
  measure is no row", it commits to no measure of its own, and the bloc has moved nothing): an EU member that will
  press, push, encourage or advocate within the Union for a measure gives the Union no row. Kept: another country's
  demand on the Union (a `proposed` row of the measure's owner, guide, News set), and the Union's own pledge.
- **A participle ", extending ..." after the main clause's measure** (convention 4: `extend` prolongs a measure past its
  end; convention 8: the measure told again is one row): "..., extending its controls on critical minerals to the
  metal", "..., extending a policy that began with ..." gives no `extend` row beside the main clause's row. Kept: a
  measure kept "for another two years", and "will extend" a measure until a date.

Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import bylined_story, levels_of, triples

ON = datetime(2027, 6, 8)
QUOTA_LEAD = ("SANTIAGO, June 7 - Chile will let 20,000 tonnes of Argentine beef in duty-free each year under a quota "
              "agreed on Monday, the farm ministry said.")
NEUTRAL_LEAD = "Trade ministers met in Geneva on Monday."
VISIT_LEAD = "President Lee ended a three-day state visit to Washington on Friday with a string of pledges from Korean business."


def told_after(lead: str, sentence: str):
    """The rows a bylined story gives from ``sentence``, told after the paragraph ``lead``."""
    return [r for r in bylined_story(lead, sentence, published_at=ON, title="Trade news") if r.evidence == sentence]


STANDING_RATES_PAST_THE_QUOTA = [
    "Shipments above the quota pay Chile's 6% most-favoured-nation tariff.",
    "Beef imported beyond that volume will pay the full rate.",
    "Beef from suppliers outside the quota would face the usual 25 pct most-favoured-nation duty.",
    "Beef above the quota pays the standard 6% duty.",
]


@pytest.mark.parametrize("sentence", STANDING_RATES_PAST_THE_QUOTA)
def test_a_standing_rate_told_only_as_what_goods_past_a_quota_pay_gives_no_row(sentence):
    assert [t for t in triples(told_after(QUOTA_LEAD, sentence)) if t[2] == "impose"] == []


@pytest.mark.parametrize("sentence", [
    "Shipments above the quota will still pay the full 6% tariff.",
    "Imports above the quota will continue to pay the normal 6% tariff.",
])
def test_a_standing_rate_past_a_quota_told_as_kept_keeps_its_maintain_row(sentence):
    assert ("CHL", "ARG", "tariff", "maintain", None, 6.0) in levels_of(told_after(QUOTA_LEAD, sentence))


def test_a_new_rate_past_a_quota_keeps_its_row():
    sentence = "Shipments above that volume would pay a 30% tariff under the proposal."
    assert ("CHL", "ARG", "tariff", "impose", None, 30.0) in levels_of(told_after(QUOTA_LEAD, sentence))


COMPANIES_OWN_PLANS = [
    "Samsung, the country's biggest chipmaker, has said it plans to invest $4 billion in a packaging line in Texas.",
    "Mitsubishi said on Friday it would spend $120 million on a second tram line in Pennsylvania.",
    "Toyota said on Thursday it would invest $900 million in a battery plant in North Carolina.",
    "Hitachi, which already builds rail cars in Maryland, has said it plans to spend $300 million on a second plant "
    "there.",
    "Panasonic said last month it would spend $2 billion on a battery factory in Kansas.",
]


@pytest.mark.parametrize("sentence", COMPANIES_OWN_PLANS)
def test_a_companys_own_plan_told_in_a_story_gives_no_row(sentence):
    assert [t for t in triples(told_after(NEUTRAL_LEAD, sentence)) if t[1] in ("investment", "purchase")] == []


@pytest.mark.parametrize("sentence, row", [
    ("Norway's sovereign wealth fund said it would invest $2 billion in American offshore wind farms.",
     ("NOR", "investment", "invest")),
    ("The Spanish government said it would buy $2 billion of American LNG over two years.",
     ("ESP", "purchase", "purchase")),
    ("Japanese companies said they would invest $5 billion in Texas.", ("JPN", "investment", "invest")),
])
def test_a_state_or_a_countrys_companies_keep_their_rows(sentence, row):
    assert row in triples(told_after(NEUTRAL_LEAD, sentence))


def test_a_companys_plan_in_a_story_of_a_state_visit_keeps_its_row():
    sentence = "Hyundai said in April it would spend $600 million on a shipyard in Virginia."
    assert ("KOR", "investment", "invest") in triples(told_after(VISIT_LEAD, sentence))


MEMBERS_PRESSING_THE_UNION = [
    "Greece said it would push Brussels to open a duty-free quota for American rice.",
    "Austria will encourage the European Union to lift its tariffs on American motorcycles.",
    "Slovenia will advocate within the European Union for lower tariffs on American machinery.",
]


@pytest.mark.parametrize("sentence", MEMBERS_PRESSING_THE_UNION)
def test_a_member_state_pressing_the_union_gives_the_union_no_row(sentence):
    assert [t for t in triples(told_after(NEUTRAL_LEAD, sentence)) if t[0] == "EUN"] == []


@pytest.mark.parametrize("sentence, row", [
    ("South Korea pressed the European Union to drop its 10% duty on Korean cars.", ("EUN", "tariff", "remove")),
    ("The European Union will remove its tariffs on American lobster, the Commission said.",
     ("EUN", "tariff", "remove")),
])
def test_a_third_countrys_demand_and_the_unions_own_pledge_keep_the_union_row(sentence, row):
    assert row in triples(told_after(NEUTRAL_LEAD, sentence))


EXTENDING_ASIDES = [
    "Vietnam will require licences for exports of refined antimony from July 1, extending its controls on critical "
    "minerals to the metal.",
    "Indonesia scrapped duties on all imports from the 40 least developed countries on March 1, extending to them a "
    "treatment it had given only to its ASEAN partners.",
    "Chile will cut its import duty on laptops to zero from 1 May, extending a policy that began with mobile phones.",
]


@pytest.mark.parametrize("sentence", EXTENDING_ASIDES)
def test_a_participle_extending_the_main_clauses_measure_gives_no_extend_row(sentence):
    rows = triples(told_after(NEUTRAL_LEAD, sentence))
    assert [t for t in rows if t[2] == "extend"] == [] and rows


@pytest.mark.parametrize("sentence, row", [
    ("Canada will keep its surtax on Chinese steel for another two years, extending a measure first imposed in 2024.",
     ("CAN", "tariff", "extend")),
    ("Mexico will extend its duty exemption on corn imports until the end of 2028.", ("MEX", "tariff", "extend")),
])
def test_a_measure_prolonged_keeps_its_extend_row(sentence, row):
    assert row in triples(told_after(NEUTRAL_LEAD, sentence))
