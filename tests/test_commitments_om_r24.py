"""Round 24: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import ORDER_OPENING, commitments_from

ON = datetime(2027, 9, 1)
ORDER_TITLE = "Further Adjusting the Reciprocal Tariff Rates for Several Trading Partners"


def order_with_items(lead: str, items: list[str], title: str = ORDER_TITLE):
    """Rows of an order's text: its enacting line, a lead paragraph, then ``items`` as list items."""
    texts = [ORDER_OPENING, lead, *items]
    kinds = ["paragraph", "paragraph", *["list_item"] * len(items)]
    levels = [0, 0, *[1] * len(items)]
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r24-om-order")


def schedule(rows) -> list[tuple]:
    """(levier, partner, action, from, to) of each tariff row, sorted."""
    return sorted((r.actor, r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


# 1. An order's schedule of partners' rates, one item each, lettered or not, with the level each item replaces
# told after its rate, before it with a verb, or as "unchanged"; two rates for two sets of goods are two rows.
LEAD = ("Sec. 3. Revised Rates. Effective on October 1, 2027, the additional duties in Annex I to Executive "
        "Order 14257 are revised as follows:")


def test_lettered_schedule_items_with_the_level_they_replace():
    rows = order_with_items(LEAD, [
        "(a) Republic of Peru: 12 percent, reduced from 18 percent;",
        "(b) Kingdom of Cambodia: 25 percent, up from 19 percent;",
        "(c) Republic of Ecuador: cut to 10 percent from 15 percent;",
        "(d) Republic of Guatemala: 12 percent in place of 15 percent; and",
        "(e) Kingdom of Thailand: 19 percent, unchanged.",
    ])
    assert schedule(rows) == [
        ("USA", "ECU", "reduce", 15.0, 10.0),
        ("USA", "GTM", "reduce", 15.0, 12.0),
        ("USA", "KHM", "raise", 19.0, 25.0),
        ("USA", "PER", "reduce", 18.0, 12.0),
        ("USA", "THA", "maintain", None, 19.0),
    ]


def test_unlettered_schedule_items_with_number_words_and_a_verb_first():
    rows = order_with_items(LEAD, [
        "Republic of Honduras: raised from 10 percent to 14 percent.",
        "Kingdom of Morocco: twelve percent, replacing the rate of eighteen percent.",
        "Republic of Kenya: 8 percent, down from 10 percent.",
    ])
    assert schedule(rows) == [
        ("USA", "HND", "raise", 10.0, 14.0),
        ("USA", "KEN", "reduce", 10.0, 8.0),
        ("USA", "MAR", "reduce", 18.0, 12.0),
    ]


def test_two_rates_for_two_sets_of_goods_of_one_partner():
    rows = order_with_items(LEAD, [
        "(a) Republic of Ghana: zero for cocoa products listed in Annex III to this order, and 10 percent for all "
        "other goods;",
        "(b) Republic of Senegal: 10 percent, down from 15 percent.",
    ])
    assert schedule(rows) == [
        ("USA", "GHA", "impose", None, 10.0),
        ("USA", "GHA", "remove", None, 0.0),
        ("USA", "SEN", "reduce", 15.0, 10.0),
    ]


def test_items_naming_no_single_partner_or_no_rate_shape_stay_silent():
    rows = order_with_items(LEAD, [
        "(a) Goods of Peru and Chile: see Annex II for the applicable rates.",
        "(b) Republic of Peru and its neighbours: 12 percent, reduced from 18 percent, as the Trade Representative "
        "may recommend after consulting the Secretary of Commerce and the Secretary of the Treasury.",
    ])
    assert schedule(rows) == []


def test_a_partner_list_outside_a_schedule_stays_silent():
    # a fact sheet's list of ministers by country is no rate schedule
    rows = commitments_from([
        "The delegation met the following officials:",
        "Republic of Peru: Minister of Foreign Trade, 12 years in office.",
    ], published_at=ON, title="Readout of the Trade Mission", kinds=["paragraph", "list_item"])
    assert schedule(rows) == []


# 2. A rate for one partner, named as its goods' origin, is that partner's own row, not a restatement of an
# earlier rate of the same level whose sentence named no partner (guide rule 11).
PROCLAMATION_TITLE = "Adjusting Imports of Pressure Valves into the United States"
PROCLAIM = ("NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me, do "
            "hereby proclaim as follows:")


def proclamation(*clauses: str):
    return commitments_from([PROCLAIM, *clauses], published_at=ON, title=PROCLAMATION_TITLE, article_id="r24-om-procl")


def rates(rows) -> list[tuple]:
    return sorted((r.actor, r.counterparty or "", r.action, r.value_to) for r in rows if r.category == "tariff")


def test_one_partner_named_as_origin_keeps_its_own_row_beside_an_earlier_rate_of_the_same_level():
    rows = proclamation(
        "Clause 1. Valve parts described in Annex II shall be subject to an additional ad valorem duty of 12 percent.",
        "Clause 2. Valves that are products of Australia shall instead be subject to a duty of 12 percent, "
        "consistent with the arrangement concluded with that partner.")
    # (the first rate's goods have no named origin: its counterparty is the page's other party, unscored)
    assert sorted((r.evidence[:12], r.actor, r.action, r.value_to) for r in rows if r.category == "tariff") == [
        ("Valve parts ", "USA", "impose", 12.0), ("Valves that ", "USA", "impose", 12.0)]
    assert [r.counterparty for r in rows if r.evidence.startswith("Valves that")] == ["AUS"]


def test_a_partner_named_as_the_levier_or_a_restatement_stays_merged():
    # the same rate told again naming no partner's goods is the rate already read
    rows = proclamation(
        "Clause 1. Valve parts described in Annex II shall be subject to an additional ad valorem duty of 12 percent.",
        "Clause 2. The duty of 12 percent set out in clause 1 shall be collected on valve parts from the date of this "
        "proclamation.")
    assert [(r.actor, r.action) for r in rows if r.category == "tariff" and r.value_to == 12.0] == [("USA", "impose")]


# 3. The agreement's own steps still to come (guide rule 1a): each party's domestic procedures still to complete, the
# legal text still to write; a `diplomatic` `negotiate` row per party. Procedures told as done are no row.
AGREEMENT_TITLE = "Agreement Between the United States of America and the Republic of Fiji on Reciprocal Trade"


def agreement(*paragraphs: str, title: str = AGREEMENT_TITLE):
    return commitments_from(["The United States of America and the Republic of Fiji have agreed as follows.", *paragraphs],
                            published_at=ON, title=title, article_id="r24-om-agreement")


def steps(rows) -> list[tuple]:
    return sorted((r.actor, r.category, r.action) for r in rows)


@pytest.mark.parametrize("sentence", [
    "Article 12: Each Party shall complete its internal constitutional procedures, after which this Agreement shall "
    "apply provisionally.",
    "Each Party shall inform the other through diplomatic channels once it has completed its domestic legal "
    "requirements for the application of this Agreement.",
    "The two Governments will now complete their national legal procedures so that the terms can apply from January.",
    "The two leaders asked their trade ministers to put the agreed terms into legal form before the end of the year.",
])
def test_procedures_and_legal_text_still_to_come_are_a_step_per_party(sentence):
    assert steps(agreement(sentence)) == [("FJI", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


@pytest.mark.parametrize("sentence", [
    "Both Governments completed their domestic legal procedures in March, and trade under the terms has since grown.",
    "Exporters must complete the customs procedures of the importing Party before release of the goods.",
])
def test_procedures_done_or_of_traders_are_no_step(sentence):
    assert [r for r in agreement(sentence) if r.category == "diplomatic"] == []


# 4. Talks continued "with the Government of X" or "with the Republic of X" are X's talks too (convention 19).
def test_talks_with_a_partner_named_by_its_government_or_formal_name_are_its_talks_too():
    for partner in ("the Government of Tonga", "the Kingdom of Tonga"):
        rows = commitments_from([ORDER_OPENING, f"Sec. 4. The United States Trade Representative shall continue "
                                 f"negotiations with {partner} toward an agreement on reciprocal trade."],
                                published_at=ON, title="Modifying Duties on Goods of Tonga", article_id="r24-om-talks")
        assert steps(rows) == [("TON", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")], partner


def test_a_ministry_of_a_partner_is_no_second_partner_row():
    rows = commitments_from([ORDER_OPENING, "Sec. 4. The United States Trade Representative shall continue "
                             "negotiations with allied governments on the supply of critical minerals."],
                            published_at=ON, title="Modifying Duties on Goods of Tonga", article_id="r24-om-talks")
    assert all(r.actor == "USA" for r in rows if r.action == "negotiate")


# 5. A Section 232 action's directive to seek or pursue agreements with partners is talks on the imports it adjusts
# (guide Q2: `import_restriction` `negotiate`, a row of the ordering party per named partner, none for the partners).
FASTENERS_TITLE = "Adjusting Imports of Industrial Fasteners into the United States"


def fastener_order(*clauses: str, title: str = FASTENERS_TITLE):
    return commitments_from([PROCLAIM, "(1) Industrial fasteners shall be subject to an additional duty of 20 percent.",
                             *clauses], published_at=ON, title=title, article_id="r24-om-232")


def talks(rows) -> list[tuple]:
    return sorted((r.actor, r.counterparty or "", r.category) for r in rows if r.action == "negotiate")


def test_agreements_sought_with_named_partners_are_a_row_per_partner():
    rows = fastener_order("(4) The Secretary and the United States Trade Representative shall seek agreements with "
                          "Vietnam, Thailand, and Malaysia to remove the threat to the national security.")
    assert talks(rows) == [("USA", "MYS", "import_restriction"), ("USA", "THA", "import_restriction"),
                           ("USA", "VNM", "import_restriction")]


def test_agreements_pursued_with_unnamed_partners_are_one_row():
    rows = fastener_order("(5) The United States Trade Representative shall pursue agreements with allied "
                          "governments to address the threatened impairment of the national security.")
    assert talks(rows) == [("USA", "", "import_restriction")]


def test_seeking_other_things_or_agreements_off_a_section_232_page_is_no_import_talks():
    rows = fastener_order("(6) The Secretary shall seek comments from the public on the scope of Annex I.")
    assert talks(rows) == []
    rows = commitments_from(["The United States will seek new sanctions on the shipping companies at the Security "
                             "Council."], published_at=ON, title="Statement on Maritime Security", article_id="r24-om-n")
    assert all(r.category != "import_restriction" for r in rows)


# 6. Goods that enter "free of the additional duty" or "at zero additional duty" have that duty removed (convention
# 13, value 0 where the zero is stated; (round 37) free of the named additional duty, no zero: guide, Round 33); a share
# of content named in the goods is no level of the duty, a level they pay now is.
@pytest.mark.parametrize("sentence, zero", [
    ("(c) Potash of any partner that has signed an agreement on reciprocal trade shall enter free of the additional duty "
     "imposed by Proclamation 11210.", None),
    ("Vanilla and cloves, which cannot be grown here in commercial quantities, will enter at zero additional duty.", 0.0),
])
def test_goods_entering_free_of_the_additional_duty_have_it_removed(sentence, zero):
    rows = commitments_from([ORDER_OPENING, sentence], published_at=ON, title="Modifying Duties on Certain Spices",
                            article_id="r24-om-free")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows] == [
        ("USA", "tariff", "remove", None, zero)]


def test_a_content_share_is_no_level_and_a_level_paid_now_is():
    rows = commitments_from([ORDER_OPENING, "Jackets sewn with at least 30 percent American wool by value shall enter "
                             "free of the additional duty imposed by this order."], published_at=ON,
                            title="Modifying Duties on Apparel", article_id="r24-om-share")
    assert [(r.action, r.value_from, r.value_to) for r in rows] == [("remove", None, None)]  # (round 37) named duty
    rows = commitments_from(["Cheeses, which now pay as much as 25 per cent, will come in free of duty under the "
                             "agreement."], published_at=ON, title="Fact Sheet: Dairy Terms", article_id="r24-om-paid")
    assert [(r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == [("remove", 25.0, 0.0)]


# 7. Money mobilised for the other side's projects told with a currency code or word, or as the investment's size,
# is an investment pledge (convention 4).
@pytest.mark.parametrize("sentence, amount, unit", [
    ("4. The European Union intends to mobilise EUR 600 million for port and rail links in Ghana by 2030.", 600e6, "eur"),
    ("4. Japan intends to mobilise public and private investment of 2 trillion yen in Ghana over the next decade.",
     2e12, "jpy"),
])
def test_money_mobilised_with_a_currency_code_or_word_is_an_investment(sentence, amount, unit):
    rows = commitments_from(["Ghana and its partner have agreed on a trade and investment partnership.", sentence],
                            published_at=ON, title="Joint Statement on a Trade and Investment Partnership",
                            article_id="r24-om-invest")
    assert [(r.category, r.action, r.amount, r.unit) for r in rows] == [("investment", "invest", amount, unit)]


def test_mobilising_people_or_support_is_no_investment():
    rows = commitments_from(["Ghana and its partner have agreed on a trade and investment partnership.",
                             "4. Both sides will mobilise public and private support for the partnership's goals."],
                            published_at=ON, title="Joint Statement on a Trade and Investment Partnership",
                            article_id="r24-om-invest")
    assert [r for r in rows if r.category == "investment"] == []


# 8. Aircraft bought by a partner's airline told as an order signed or placed, an acquisition to complete, or a
# purchase supported: a purchase row with the count (convention 4).
@pytest.mark.parametrize("sentence, count", [
    ("Air Tanzania has signed a firm order for eight Boeing 787 aircraft.", 8.0),
    ("3. Tanzanian airlines shall complete the acquisition of four Boeing aircraft.", 4.0),
    ("Support the purchase by Tanzanian carriers of 12 Boeing 737 MAX aircraft, valued at about $1.6 billion.", 12.0),
])
def test_aircraft_ordered_or_acquired_are_a_purchase(sentence, count):
    rows = commitments_from(["The United States and Tanzania have agreed on a trade deal.", sentence], published_at=ON,
                            title="Fact Sheet: The United States and Tanzania Reach a Trade Agreement",
                            article_id="r24-om-aircraft")
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows] == [
        ("TZA", "purchase", "purchase", count, "units")]


def test_an_order_signed_that_is_no_purchase_stays_silent():
    rows = commitments_from(["The United States and Tanzania have agreed on a trade deal.",
                             "The President signed an order for the Secretary to report on the deal's progress."],
                            published_at=ON, title="Fact Sheet: The United States and Tanzania Reach a Trade Agreement",
                            article_id="r24-om-aircraft")
    assert [r for r in rows if r.category == "purchase"] == []
