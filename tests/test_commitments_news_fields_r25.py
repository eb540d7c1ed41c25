"""Round 25: wrong fields of news rows (actor, values, action), our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def tariffs(rows) -> list[tuple]:
    """(actor, action, earlier level, new level) of each `tariff` row, sorted."""
    return sorted(((r.actor or "", r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"),
                  key=lambda t: tuple(-1 if v is None else v for v in t))


# The government named in a rate phrase levies it, not the story's party.
def test_a_government_named_between_the_rate_and_its_noun_levies_it():
    rows = story("MADRID - A Spanish olive oil bottler said profits fell as Spain's exporters faced U.S. tariffs.",
                 "Moroccan oil, a cheaper rival on American shelves, faces a 20% US duty, which has helped Greek brands "
                 "keep share.")
    assert ("USA", "impose", None, 20.0) in tariffs(rows)
    assert not any(t[0] == "ESP" and t[3] == 20.0 for t in tariffs(rows))


def test_a_possessive_owner_before_a_rated_duty_levies_it():
    rows = story("OSLO - A Norwegian tyre maker warned on profits as Norway's factories paid more for rubber.",
                 "Buyers also pointed to Thailand's new 7% duty on exports of cassava, which took effect in March.")
    assert [t for t in tariffs(rows) if t[3] == 7.0] == [("THA", "impose", None, 7.0)]


def test_a_goods_adjective_inside_the_rate_phrase_names_no_levier():
    # (negative) "a 25% Chinese steel tariff": the adjective names the goods, the story's levier stays
    rows = story("OTTAWA - Canada said on Monday it would keep its steel measures in place.",
                 "Canadian buyers will still face a 25% Chinese steel tariff, officials said.")
    assert not any(t[0] == "CHN" for t in tariffs(rows))


# A duty-free preference lost is a raise from 0 by the market that granted it (guide: a lapsed preference).
def test_a_lost_duty_free_access_is_a_raise_from_zero_by_the_market():
    rows = story("NAIROBI - Kenya and the United States resumed trade talks on Monday.",
                 "Kenya lost duty-free access to the U.S. market under the African Growth and Opportunity Act in "
                 "October 2025, when the programme lapsed.")
    assert tariffs(rows) == [("USA", "raise", 0.0, None)]
    assert not any(r.category == "market_access" for r in rows)


def test_firms_that_lost_duty_free_entry_pay_the_other_party():
    rows = story("LOME - Togo and the United States signed a trade deal on Friday.",
                 "When the programme lapsed, shoe makers in the Lomé free zone lost the duty-free entry they had "
                 "enjoyed for years.")
    assert [(r.actor, r.counterparty, r.action, r.value_from, r.status) for r in rows if r.category == "tariff"] == [
        ("USA", "TGO", "raise", 0.0, "implemented")]


def test_money_lost_on_duty_free_goods_is_no_preference():
    # (negative) no preference lost: no raise from 0
    rows = story("LOME - Togo and the United States signed a trade deal on Friday.",
                 "Exporters in Lomé lost money on duty-free shipments last year as freight costs rose.")
    assert not any(r.value_from == 0.0 for r in rows)
