"""Round 28 (O2): official rows missed entirely, second pass; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
DEAL = "Joint Statement on a Framework for a United States–Palau Agreement on Reciprocal Trade"
LEAD = "The United States and Palau reached a framework for an agreement on reciprocal trade."


def rows_of(texts, title=DEAL):
    return commitments_from(texts, published_at=ON, title=title, article_id="r28-o2")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, amount and unit."""
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows)


# 1. A partner's firm named by its name alone buys goods of the other party (convention 3): the partner's purchase.
def test_carrier_named_alone_buys_american_aircraft():
    rows = rows_of([LEAD, "Belau Skyways intends to acquire six Boeing 787 aircraft as it renews its fleet."])
    assert seen(rows) == [("PLW", "purchase", "purchase", 6.0, "units")]


def test_state_firm_with_acronym_buys_us_gas():
    rows = rows_of([LEAD, "The Compañía Nacional de Energía (CNE) intends to purchase up to 400,000 tonnes of U.S. "
                          "liquefied natural gas a year."])
    assert seen(rows) == [("PLW", "purchase", "purchase", 400000.0, "tonnes")]


def test_firm_finalizing_a_purchase():
    rows = rows_of([LEAD, "Koror Petroleum is finalizing the purchase of three Boeing 737 MAX aircraft."])
    assert seen(rows) == [("PLW", "purchase", "purchase", 3.0, "units")]


def test_firm_named_in_an_agreement_under_which_it_buys():
    title = "Joint Statement on Palau–Japan Economic Engagement"
    rows = rows_of(["The leaders witnessed the signing of a supply agreement under which Belau Energy will purchase "
                    "200,000 tonnes of Japanese liquefied natural gas a year."], title=title)
    assert [(r.actor, r.category, r.amount) for r in rows] == [("PLW", "purchase", 200000.0)]


def test_agency_of_the_government_buying_american_goods_is_no_partner_purchase():
    rows = rows_of([LEAD, "The Defense Supply Agency will buy up to 900 tonnes of graphite from American producers."])
    assert not any(r.category == "purchase" and r.actor == "PLW" for r in rows)


def test_named_firm_buying_the_partners_goods_is_no_partner_purchase():
    rows = rows_of([LEAD, "Cascade Mills will purchase 5,000 tonnes of Palauan tuna a year."])
    assert not any(r.category == "purchase" and r.actor == "PLW" for r in rows)


def test_named_firm_buying_goods_of_no_party_stays_silent():
    rows = rows_of([LEAD, "Belau Skyways will purchase new seats for its cabins."])
    assert rows == []


def test_order_told_as_done_by_a_firm_named_alone_stays_silent():
    rows = rows_of([LEAD, "Belau Skyways placed an order for six Boeing 787 aircraft last year."])
    assert not any(r.category == "purchase" for r in rows)


# 2. A memorandum's signers as the pair's offices ("the two countries' ... ministries signed") or after the memorandum
# told as a noun ("welcomed the signing of a memorandum ... between", "... signed by the two governments"): a
# `negotiate` row per party, in the memorandum's field (critical minerals: `other`, as round 27's memoranda).
PAIR = "Joint Statement on Enhanced Economic Engagement Between Palau and Japan"
MINERALS = [("JPN", "other", "negotiate", None, None), ("PLW", "other", "negotiate", None, None)]


def test_pairs_ministries_sign_a_memorandum():
    rows = rows_of(["The two countries' energy ministries signed a Memorandum of Understanding on Critical Minerals "
                    "Cooperation, covering seabed surveys and joint processing research."], title=PAIR)
    assert seen(rows) == MINERALS


def test_signing_of_a_memorandum_between_two_ministries_welcomed():
    rows = rows_of(["The leaders welcomed the signing of a Memorandum of Cooperation on critical minerals between the "
                    "Ministry of Natural Resources of Palau and the Agency for Natural Resources of Japan."], title=PAIR)
    assert seen(rows) == MINERALS


def test_memorandum_signed_by_the_two_governments_welcomed():
    rows = rows_of(["The ministers welcomed the memorandum of understanding on critical minerals cooperation signed "
                    "by the two governments during the visit."], title=PAIR)
    assert seen(rows) == MINERALS


def test_memorandum_between_universities_welcomed_is_no_row():
    rows = rows_of(["The leaders welcomed the memorandum of understanding between the two national universities."],
                   title=PAIR)
    assert rows == []


def test_civil_nuclear_memorandum_welcomed_is_no_row():
    rows = rows_of(["The ministers welcomed the memorandum of understanding on civil nuclear cooperation signed by "
                    "the two governments."], title=PAIR)
    assert rows == []
