"""Round 27: news tariff rows missed entirely — a measure told before, kept as it is ("stay in place",
"stay where they are"), our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def kept(rows):
    """(actor, value_to) of the tariff rows kept as they are."""
    return sorted((r.actor, r.value_to) for r in rows if r.category == "tariff" and r.action == "maintain")


# A measure the story told, no party named in its subject, kept in place: the levier whose tariff the story told last.
def test_measure_with_no_party_stays_in_place_is_the_last_leviers():
    rows = story("WELLINGTON (NPA) - New Zealand will suspend its provisional duties on Thai canned pineapple for a year.",
                 "The duties on every other kind of canned fruit stay in place.")
    assert kept(rows) == [("NZL", None)]


def test_measure_stays_where_it_is_reads_its_rate_from_the_subject():
    rows = story("OSLO (NPA) - Iceland will open a lamb quota for British farmers.",
                 "Reykjavik refused to cut its milk powder tariff, and its duties on butter, which can reach 80 per cent, "
                 "stay where they are.")
    assert ("ISL", 80.0) in kept(rows)


# The government that speaks tells of its own measure kept, when the subject names no party.
def test_speaker_government_keeps_its_rate():
    rows = story("MEXICO CITY (NPA) - Mexico will lift its 20 per cent counter-duties on Peruvian avocados next month.",
                 "A spokesman for the Peruvian trade ministry said the 12% rate would stay in place until the review ends.")
    assert kept(rows) == [("PER", 12.0)]


def test_speaker_keeps_duties_while_review_runs():
    rows = story("SEOUL (NPA) - South Korea filed a complaint against Japanese duties on its steel pipes.",
                 "A Japanese trade ministry official said on Friday that the duties would stay in place while Tokyo "
                 "finished its review.")
    assert kept(rows) == [("JPN", None)]


# A duty-free quota kept is the importer's zero rate; the quota's possessive names its exporters.
def test_exporters_duty_free_quota_stays_in_place():
    rows = story("REYKJAVIK (NPA) - Iceland will raise its import duty on yoghurt to 30% from 18% on May 1.",
                 "The ministry said Norway's duty-free quota of 900 tonnes of yoghurt a year would stay in place.")
    assert kept(rows) == [("ISL", 0.0)]


# A bare rate on goods is a tariff as the subject of "stay in place".
def test_bare_rate_on_goods_stays_in_place():
    rows = story("OTTAWA (NPA) - Canada will scrap its tariff on Chilean wine.",
                 "Trade Minister Ana Lopez said the 6% on other Chilean goods would stay in place for now.")
    assert ("CAN", 6.0) in kept(rows)


# Silent: a measure's usual course is a rule, not an act; a thing that is no measure stays silent.
def test_usual_course_of_a_measure_stays_silent():
    rows = story("BRUSSELS (NPA) - The EU imposed provisional duties on Turkish steel wire in May.",
                 "Brussels has until January to decide on definitive duties, which would usually stay in place for five years.")
    assert kept(rows) == []


def test_things_that_are_no_measure_stay_silent():
    rows = story("LONDON (NPA) - Britain will cut its tariff on Indian tea to zero.",
                 "The company's chief executive said the board would stay in place until the merger closes.",
                 "The 10% on the bill stays where it is, the restaurant said.")
    assert kept(rows) == []
