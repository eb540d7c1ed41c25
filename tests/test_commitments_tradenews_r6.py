"""Commitment extraction on real trade news (round 6): talks named as a noun, "roll back",
demands, scheduled and cancelled increases, historical measures, licence extensions.
Our own invented sentences, written in the shapes wire copy uses."""
from datetime import date, datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2019, 11, 20, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="tradenews-test")


def kinds(rows):
    return [(r.actor, r.category, r.action) for r in rows]


def pairs(rows, category="diplomatic", action="negotiate"):
    return sorted((r.actor, r.counterparty) for r in rows if (r.category, r.action) == (category, action))


# -- talks named as a noun ------------------------------------------------------------

def test_talks_with_a_partner_are_a_row_per_side():
    rows = extract("The president has taken a hard line in his trade talks with Vietnam, aides say.",
                   "Mr. Trump wants Hanoi to import more American beef.")
    assert pairs(rows) == [("USA", "VNM"), ("VNM", "USA")]


def test_hyphenated_pair_before_trade_talks():
    rows = extract("Oil prices slid as a gloomy read of US-Japan trade talks weighed on traders.")
    assert pairs(rows) == [("JPN", "USA"), ("USA", "JPN")]


def test_talks_with_a_list_of_partners_give_a_pair_each_and_a_pronoun_is_the_leader():
    rows = extract(
        "Mr. Trump said the negotiators would meet again.",
        "He has also taken a hard line in trade talks with other partners, including Japan and Mexico, "
        "before markets opened.",
    )
    assert ("USA", "JPN") in pairs(rows) and ("MEX", "USA") in pairs(rows)
    assert ("JPN", "MEX") not in pairs(rows)


def test_later_mentions_of_the_same_talks_are_one_row():
    rows = extract("A gloomy read of US-Japan trade talks weighed on traders.",
                   "The two sides continue to negotiate, officials in Tokyo said.",
                   "Traders are watching the US-Japan trade talks closely.")
    talks = [r for r in rows if (r.category, r.action) == ("diplomatic", "negotiate")]
    assert len(talks) == 2
    assert all(r.mentions >= 2 for r in talks)


def test_stalled_talks_and_frameworks_for_talks_are_no_talks_held():
    rows = extract("Ottawa will drop its levies on American ketchup in a bid to restart stalled trade talks with Washington.",
                   "The two leaders announced frameworks for trade negotiations with Chile and Peru.")
    assert pairs(rows) == []


# -- roll back ------------------------------------------------------------------------

def test_rolling_back_tariffs_is_a_reduction_and_needs_a_measure():
    rows = extract("Washington agreed to roll back some tariffs on Chinese furniture.",
                   "The governor vowed to roll back red tape for small farms.")
    assert kinds(rows) == [("USA", "tariff", "reduce")]
