"""Round 44 (issue 4), TAC: paired tariff rows right in actor and category but wrong in their action.

The team's own sentences (never text from the shared or written pages).

- A duty-free quota opened or granted is the in-quota duty removed (guide rules 20-21: `remove`, `value_to` 0, the
  size in `subject`), also when the sentence tells it in the passive ("A duty-free quota of N tonnes a year will be
  opened for X") or after a rate the party charged ("X, which had charged 6%, granted Y a duty-free quota of ..."):
  that rate is the level it is removed from. The chain gave `reduce` (a quota's size) or an `impose` of the old rate.
- An agreement's numbered item that admits goods "free of duty, within an annual tariff-rate quota of N tons" is the
  same duty-free quota (`remove`, 0), not a quota with no rate (`reduce` with the size in `amount`), and stays its own
  row beside a later item that removes a tariff on other goods.
- Left alone: a duty-free quota enlarged (`reduce`, Round 27), a quota with an in-quota rate (`impose`), a quota with
  no rate (`reduce`, the size in `amount`), an item's quota with no free entry.
- Talks whose topic is a partner's goods named by their origin alone ("talks on Chilean salmon next week", "Talks on
  Ecuadorian pitahaya are continuing"), or the partner's specifications eased for them ("in talks on easing Australia's
  moisture specifications for Philippine copra"), are on the goods' entry to the market: `market_access` `negotiate`
  (convention 19: talks on a named subject take its category; guide rule 14), not `diplomatic`. Left alone: goods the
  product lexicon knows ("Korean cars", "Ecuadorian steel": the earlier readings), trade or investment named by origin,
  a tariff named with the goods.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)
_LEAD = "Norway will scrap its duties on a range of Thai foods from March, the trade ministry said."
_AGREEMENT = "Agreement between the United States of America and the Republic of Fiji on Trade in Sugar and Farm Goods"


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, authors=["A Writer"])
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows), key=repr)


def _item_rows(*items):
    paragraphs = [_AGREEMENT, "Article 2 — Sugar of Fiji", *items]
    rows = commitments_from(paragraphs, published_at=WHEN, title=_AGREEMENT,
                            kinds=["paragraph", "heading"] + ["paragraph"] * len(items))
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows), key=repr)


# a duty-free quota opened or granted in the passive, its importer named in the sentence before
@pytest.mark.parametrize("paragraphs, expected", [
    ((_LEAD, "A duty-free quota of 2,500 tonnes a year will be opened for Thai honey."),
     ("NOR", "tariff", "remove", None, 0.0)),
    (("Canada will scrap its tariffs on Korean farm goods under the upgraded pact.",
      "A tariff-free quota of 9,000 tonnes will be granted to Korean pears."),
     ("CAN", "tariff", "remove", None, 0.0)),
])
def test_a_duty_free_quota_opened_in_the_passive_is_removal_to_zero(paragraphs, expected):
    rows = _rows(*paragraphs)
    assert expected in rows, rows
    assert not any(r[2] == "reduce" and r[0] == expected[0] and r[1] == "tariff" for r in rows), rows


# one sentence, one row: a duty-free quota granted after the rate charged is removed from that rate; the near misses (a
# quota enlarged, a quota at its own in-quota rate, a quota with no rate) keep their reading
@pytest.mark.parametrize("text, expected", [
    ("Chile, which had charged 6% on Malaysian rubber gloves, granted them a duty-free quota of 8,000 tonnes a year.",
     ("CHL", "tariff", "remove", 6.0, 0.0)),
    ("Ghana, which had charged 20 per cent on Nigerian cement, granted it a duty-free quota of 50,000 tonnes a year.",
     ("GHA", "tariff", "remove", 20.0, 0.0)),
    ("Japan will double its duty-free quota for Australian beef to 40,000 tonnes.", ("JPN", "tariff", "reduce", None, None)),
    ("Korea will enlarge the duty-free quota for U.S. rice by 10,000 tonnes.", ("KOR", "tariff", "reduce", None, None)),
    ("Canada will open a tariff-rate quota of 5,000 tonnes for EU cheese at an in-quota duty of 5%.",
     ("CAN", "tariff", "impose", None, 5.0)),
    ("Vietnam will open a tariff-rate quota of 6,000 tonnes for Indian sugar.", ("VNM", "tariff", "reduce", None, None)),
])
def test_one_sentence_quota_reading(text, expected):
    rows = _rows(text)
    assert rows == [expected], rows


# an agreement's item admitting goods free of duty within a tariff-rate quota
def test_an_item_admitting_goods_free_of_duty_within_a_quota_is_removal_to_zero():
    rows = _item_rows("1. The United States shall admit free of duty, within an annual tariff-rate quota of 20,000 "
                      "metric tons, raw cane sugar of heading 1701 that is originating in Fiji.")
    assert rows == [("USA", "tariff", "remove", None, 0.0, None)], rows


def test_the_free_quota_item_stays_apart_from_a_later_removal_on_other_goods():
    rows = _item_rows("1. The United States shall admit free of duty, within a tariff-rate quota of 8,000 metric tons "
                      "a year, fresh pineapples of heading 0804 that are originating in Fiji.",
                      "2. The United States shall not apply the reciprocal tariff to the goods of Fiji listed in "
                      "Section B of the Annex.")
    assert rows == [("USA", "tariff", "remove", None, 0.0, None), ("USA", "tariff", "remove", None, None, None)], rows


# near misses of the item reading and of the passive one: an item's quota with no free entry, a duty-free quota
# expanded
def test_an_item_quota_with_no_free_entry_stays_its_size():
    rows = _item_rows("1. The United States shall establish an annual tariff-rate quota of 20,000 metric tons for raw "
                      "cane sugar that is originating in Fiji.")
    assert all(action != "remove" for _, _, action, _, _, _ in rows), rows


def test_a_duty_free_quota_enlarged_in_the_passive_is_no_removal_to_zero():
    rows = _rows(_LEAD, "A duty-free quota of 2,500 tonnes a year will be expanded to 4,000 tonnes for Thai honey.")
    assert not any(r[2] == "remove" and r[4] == 0.0 for r in rows), rows


@pytest.mark.xfail(strict=True, reason="a duty-free quota 'provided' in place of a range of basic rates gives no row: "
                                       "one open page (an official quota plan), left")
def test_a_duty_free_quota_provided_in_place_of_basic_rates():
    rows = _rows("Chile will cut its tariffs on a range of foods for the first half of the year.",
                 "A tariff-free quota of 12,000 tonnes will be provided for frozen hake, in place of the basic rates of "
                 "10 to 15%.")
    assert ("CHL", "tariff", "remove", 15.0, 0.0) in rows, rows


# talks on a partner's goods named by their origin alone, or on easing the partner's specifications for them: the goods'
# entry to the market (convention 19: the subject's category; guide rule 14), not the deal itself
_OPENED = "Vietnam opened its market to Ecuadorian bananas on Monday, the two governments said."


def _talks(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, authors=["A Writer"])
    return sorted((r.actor, r.category) for r in rows if r.action == "negotiate")


@pytest.mark.parametrize("paragraphs, expected", [
    ((_OPENED, "Talks on Ecuadorian pitahaya are continuing, officials from both sides said."),
     [("ECU", "market_access"), ("VNM", "market_access")]),
    (("Chile and Japan will hold talks on Chilean salmon next week.",), [("CHL", "market_access"), ("JPN", "market_access")]),
    (("Manila and Canberra were in talks on easing Australia's moisture specifications for Philippine copra, an official "
      "said.",), [("AUS", "market_access"), ("PHL", "market_access")]),
    (("Brazil and China were in talks on easing Chinese residue specifications for Brazilian soybeans, a ministry "
      "official said.",), [("BRA", "market_access"), ("CHN", "market_access")]),
])
def test_talks_on_a_partners_goods_or_its_specifications_are_market_access(paragraphs, expected):
    assert _talks(*paragraphs) == expected


# near misses: goods the product lexicon knows, trade or investment named by origin, a tariff named with the goods
@pytest.mark.parametrize("paragraphs, expected", [
    (("Korea and Peru will hold talks on Korean cars next month.",), [("KOR", "diplomatic"), ("PER", "diplomatic")]),
    ((_OPENED, "Talks on Ecuadorian steel are continuing, officials from both sides said."),
     [("ECU", "tariff"), ("VNM", "tariff")]),
    (("Chile and Japan will hold talks on Chilean trade next week.",), [("CHL", "diplomatic"), ("JPN", "diplomatic")]),
    (("Chile and Japan will hold talks on Japanese investment next week.",), [("CHL", "investment"), ("JPN", "investment")]),
    (("Chile and Japan will hold talks on Chilean wine tariffs next week.",), [("CHL", "tariff"), ("JPN", "tariff")]),
])
def test_other_talks_topics_keep_their_reading(paragraphs, expected):
    assert _talks(*paragraphs) == expected
