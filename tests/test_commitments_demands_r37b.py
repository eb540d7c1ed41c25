"""Round 37 (second wave): a government's demand for a quota told in its own sentence (DM), our own sentences.

"Chile has asked Seoul for a larger cherry quota", "Peru would ask for a bigger share of the sugar quota", "Washington
kept pressing Manila to enlarge the tariff-rate quota": a demand that the other side open a quota, or enlarge one, is
the quota owner's `tariff` `reduce` row, `proposed` (guide, News set, Rounds 21 and 27: a demand told in its own
sentence is the owner's `proposed` row; an enlarged tariff-rate quota is `reduce` with no values, Rounds 22 and 26).
The demand reader (`_demand_rows`) knew a change asked by its noun (a cut, an exemption, a removal) or by a reducing
verb, not a quota asked for nor "enlarge". Not a row: a lobby's or a firm's demand (Round 31), a quota of fish or of
output, a quota refused by its owner ("the quota would not be expanded").
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def rows_in(rows, text):
    """(actor, category, action) of the rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


def row_in(rows, text):
    found = [r for r in rows if text in (r.evidence or "")]
    assert len(found) == 1, found
    return found[0]


LEAD_KR = "South Korea cut its tariff on Chilean wine to zero on Monday under the two countries' trade agreement."
LEAD_EU = "The European Union opened a duty-free quota of 20,000 tonnes for Moroccan tomatoes on Tuesday."
LEAD_PH = "The Philippines kept its tariff on imported American pork at 15 percent on Wednesday, the finance ministry said."
LEAD_JP = "Japan agreed on Thursday to buy more Thai rice, the farm ministry in Tokyo said."


# --- the new behaviour: a quota asked for, or its enlargement, is the owner's `reduce`, on the table
def test_asked_party_for_a_larger_quota():
    text = "Chile has asked Seoul for a larger cherry quota, two officials said."
    row = row_in(story(LEAD_KR, text), "larger cherry quota")
    assert (row.actor, row.category, row.action, row.status, row.counterparty) == ("KOR", "tariff", "reduce", "proposed", "CHL")
    assert row.value_to is None and row.value_from is None


def test_asked_for_a_quota_with_no_party_named():
    text = "Rabat had asked for a quota twice as large, a diplomat in Brussels said."
    assert rows_in(story(LEAD_EU, text), "twice as large") == [("EUN", "tariff", "reduce")]


def test_would_ask_for_a_bigger_share_of_the_quota():
    text = "Morocco's agriculture minister said the government would ask for a bigger share of the tomato quota next year."
    assert rows_in(story(LEAD_EU, text), "bigger share") == [("EUN", "tariff", "reduce")]


def test_pressed_with_a_time_phrase_for_a_share():
    text = "When negotiators from Morocco pressed last month for a separate allocation within the quota, Brussels said no."
    assert rows_in(story(LEAD_EU, text), "separate allocation")[:1] == [("EUN", "tariff", "reduce")]


def test_pressing_party_to_enlarge_the_quota():
    text = "A U.S. trade official said Washington would keep pressing Manila to enlarge the tariff-rate quota for American pork."
    row = row_in(story(LEAD_PH, text), "enlarge the tariff-rate quota")
    assert (row.actor, row.category, row.action, row.status) == ("PHL", "tariff", "reduce", "proposed")


def test_urged_party_to_expand_its_quota():
    text = "Thailand urged Tokyo to expand its rice quota, the commerce ministry in Bangkok said."
    assert rows_in(story(LEAD_JP, text), "expand its rice quota") == [("JPN", "tariff", "reduce")]


def test_asked_for_a_similar_quota():
    lead = "The United States granted Mexico a quota of 100,000 tonnes of steel at 25 percent instead of 50 percent."
    text = "Brazil has asked Washington for a similar quota for its slab exporters, people familiar with the matter said."
    row = row_in(story(lead, text), "similar quota")
    assert (row.actor, row.category, row.action, row.status, row.counterparty) == ("USA", "tariff", "reduce", "proposed", "BRA")


# --- negatives: no row, or not this one
def test_lobby_asks_for_a_larger_quota():
    text = "The Chilean Fruit Exporters Association has asked for a larger cherry quota."
    assert rows_in(story(LEAD_KR, text), "larger cherry quota") == []


def test_firm_asks_for_a_quota():
    text = "Ternium has asked for a bigger share of the quota, a company spokesperson said."
    assert rows_in(story(LEAD_EU, text), "bigger share") == []


def test_fishing_quota_is_no_trade_measure():
    text = "Morocco has asked Brussels for a larger fishing quota off Western Sahara."
    assert rows_in(story(LEAD_EU, text), "fishing quota") == []


def test_production_quota_is_no_trade_measure():
    text = "Kazakhstan pressed for a larger production quota at the OPEC+ meeting, delegates said."
    assert rows_in(story(LEAD_JP, text), "production quota") == []


def test_quota_refused_by_its_owner_is_not_a_demand():
    text = "South Korea's farm minister said the cherry quota would not be expanded this year."
    assert all(r.status != "proposed" for r in story(LEAD_KR, text) if "would not be expanded" in (r.evidence or ""))


def test_demand_inside_a_talks_sentence_gives_the_talks_rows_only():
    # Round 34: a demand told only inside a talks sentence names the talks' topic, no row of its own
    text = "Chile will press for a larger cherry quota in the talks with Seoul next month, its trade minister said."
    assert all(r.action != "reduce" for r in story(LEAD_KR, text) if "larger cherry quota" in (r.evidence or ""))


def test_a_demand_for_a_cut_in_the_quota_rate_stays_with_the_old_reader():
    # a change named by its noun ("a cut in the in-quota rate") was read already: one row, not two
    text = "Chile has asked Seoul for a cut in the in-quota rate on cherries."
    assert rows_in(story(LEAD_KR, text), "in-quota rate") == [("KOR", "tariff", "reduce")]


def test_quota_asked_for_is_not_merged_with_the_quota_granted_on_the_same_goods():
    # a proposed row with no figure is its own row beside the granted one on the same goods (`_row_key`)
    lead = "The United States granted Mexico a larger quota for steel slab on Monday, the Commerce Department said."
    text = "Brazil has asked Washington for a similar quota for steel slab, people familiar with the matter said."
    rows = story(lead, text)
    assert [(r.actor, r.status) for r in rows if "similar quota" in (r.evidence or "")] == [("USA", "proposed")]
    assert any(r.actor == "USA" and r.status != "proposed" and "granted" in (r.evidence or "") for r in rows)


# --- (second shape, not read) a government pressing another to widen access, or asking for better access: the asked
# party's `market_access` `relax`, on the table (the same guide rule). Tried and dropped (/tmp/s37/dropped/dm_access.patch):
# two open pages gained, under the three the method asks
_ACCESS_LEFT = pytest.mark.xfail(strict=True, reason="access asked for is not read (round 37 DM: two open pages only)")
LEAD_CA = "Canada cut its tariff on American apples to zero on Monday, the finance department said."


@_ACCESS_LEFT
def test_pressed_party_to_widen_access():
    text = "The U.S. agriculture secretary used the meeting to press Canada to widen access for American poultry."
    row = row_in(story(LEAD_CA, text), "widen access")
    assert (row.actor, row.category, row.action, row.status) == ("CAN", "market_access", "relax", "proposed")


@_ACCESS_LEFT
def test_pressed_party_in_a_body_to_reconsider_access():
    lead = "India cut its tariff on Norwegian salmon to zero under its trade pact with EFTA on Monday."
    text = "Norwegian negotiators have pressed India at the review meeting to reconsider access for fish oil."
    assert rows_in(story(lead, text), "reconsider access") == [("IND", "market_access", "relax")]


@_ACCESS_LEFT
def test_asked_for_better_access_with_no_party_named():
    lead = "Egypt and Tunisia agreed on Monday to cut tariffs on each other's olive oil, the two ministries said."
    text = "Tunisia also asked for better access for its dates and citrus, the ministry in Tunis said."
    assert rows_in(story(lead, text), "better access") == [("EGY", "market_access", "relax")]


def test_lobby_asks_for_better_access():
    text = "American poultry producers have asked for better access to the Canadian market."
    assert rows_in(story(LEAD_CA, text), "better access") == []


def test_access_to_finance_is_no_trade_measure():
    lead = "Egypt and Tunisia agreed on Monday to cut tariffs on each other's olive oil, the two ministries said."
    text = "Tunisia also asked for better access to finance for its small exporters."
    assert rows_in(story(lead, text), "better access") == []
