"""Round 27: the row's party — the party that asks is not the party asked; the market goods enter levies the duty
they pay there. Our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def tariff_rows(rows, words):
    """(actor, action, earlier level, new level) of the tariff rows read from the sentence holding ``words``."""
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows
                  if r.category == "tariff" and words in r.evidence)


# --- the party that asks, named before its request, is no subject of the verb it asks for -----------------------
def test_request_turned_down_is_the_refusing_partys_measure():
    rows = story("Kazakhstan rejected a U.S. request to scrap its 12% export duty on sunflower seeds, which it "
                 "introduced last year.")
    assert tariff_rows(rows, "rejected") == [("KAZ", "remove", 12.0, None)]


def test_negotiators_who_refuse_a_request_act_for_their_country():
    rows = story("Hanoi and Washington have met three times since June.",
                 "Vietnamese negotiators refused a U.S. request to cut the 20 per cent tariff on imported pork bellies, "
                 "according to a person in the room.")
    assert tariff_rows(rows, "refused") == [("VNM", "reduce", 20.0, None)]


def test_request_of_a_bloc_refused_after_an_adverb():
    rows = story("Ghana has so far refused an EU request to lower its 20% tariff on frozen poultry, officials said.")
    assert tariff_rows(rows, "refused") == [("GHA", "reduce", 20.0, None)]


def test_refusing_partys_own_request_turned_down_stays_with_the_subject():
    # the party that turns the request down is the subject; the asker's name stays the counterparty side
    rows = story("Washington turned down Thailand's request to exempt jasmine rice from the reciprocal tariff, "
                 "the official said.")
    assert [row[0] for row in tariff_rows(rows, "turned down")] == ["USA"]


def test_officials_who_say_something_else_are_not_read_as_refusers():
    # "officials" after an adjective act for their country only as the subject of a refusal
    rows = story("Peruvian officials said a U.S. plan to cut the 9% tariff on quinoa was welcome.")
    assert all(row[0] != "PER" for row in tariff_rows(rows, "quinoa"))


# --- the market goods enter levies the duty they pay there ----------------------------------------------------------
def test_goods_that_pay_at_a_named_border():
    rows = story("Canada and the European Union will sign a trade pact next month.",
                 "Cheese and butter, which now pay up to 18 per cent at the Canadian border, will come in free of "
                 "duty under the deal.")
    assert tariff_rows(rows, "border") == [("CAN", "remove", 18.0, 0.0)]


def test_goods_that_have_paid_in_a_market_named_first():
    rows = story("Glen Arden, a Scottish distiller, said profit fell by a fifth.",
                 "In Japan, where the company makes a third of its sales, European spirits have paid a 10% tariff "
                 "since 2024, and the company expects no relief this year.")
    assert [row[0] for row in tariff_rows(rows, "where the company")] == ["JPN"]


def test_a_named_levier_keeps_its_duty_whatever_the_goods_enter():
    # the levier is the subject named by its name: the market the goods enter does not replace it
    rows = story("Chile will cut its 6% tariff on Korean cars entering the Chilean market to zero by 2029.")
    assert [row[0] for row in tariff_rows(rows, "Korean cars")] == ["CHL"]
