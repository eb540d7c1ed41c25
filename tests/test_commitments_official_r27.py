"""Round 27: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 11, 2)
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Palau"
FRAMEWORK = "Joint Statement on a Framework for a United States–Palau Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Deal with Palau"
ROUND_UP = "What They Are Saying: Farmers Cheer the U.S.–Palau Trade Agreement"


def rows_of(texts, title=AGREEMENT, kinds=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, article_id="r27-of")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, levels."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# 1. The deal's steps still to come: the legal text or review still to finish, whatever the verb, and the deal itself
# still to complete after a modal or "to" (guide rule 1a: a `diplomatic` `negotiate` row per party).
def test_legal_review_still_to_finish_is_a_step_per_party():
    rows = rows_of(["Our lawyers will finish the legal review over the summer so that the Agreement can be signed in "
                    "Koror in the autumn."], title=ROUND_UP)
    assert seen(rows) == [("PLW", "diplomatic", "negotiate", None, None), ("USA", "diplomatic", "negotiate", None, None)]


def test_full_legal_text_still_to_conclude():
    rows = rows_of(["Negotiators from Washington will now sit with Koror's team to conclude the full legal text by "
                    "the spring."], title=FRAMEWORK)
    assert seen(rows) == [("PLW", "diplomatic", "negotiate", None, None), ("USA", "diplomatic", "negotiate", None, None)]


def test_agreement_still_to_complete_after_to():
    rows = rows_of(["The two Governments will move swiftly to complete the Agreement and ready it for signature."],
                   title=FRAMEWORK)
    assert seen(rows) == [("PLW", "diplomatic", "negotiate", None, None), ("USA", "diplomatic", "negotiate", None, None)]


def test_a_legal_review_already_completed_is_no_step():
    rows = rows_of(["The two Governments completed the legal review of the text in March."], title=FRAMEWORK)
    assert rows == []


def test_an_agreement_not_completed_in_a_condition_is_no_step():
    rows = rows_of(["If the two Governments do not complete the Agreement by June, officials will meet to review the "
                    "calendar."], title=FRAMEWORK)
    assert [r for r in rows if r.category == "diplomatic"] == []


# 2. Goods said to come in with no duty, the goods or their seller the subject and a verb of motion after a modal: the
# zero tariff of the country the goods enter (convention 13).
def test_goods_that_shall_enter_free_of_the_additional_duty():
    rows = rows_of(["Tuna loins of Palau that meet the rules of origin shall enter the United States free of the "
                    "additional duty, up to an annual quantity of 8,000 metric tons."])
    # (round 37) free of the named additional duty: removed with no zero (guide, Round 33; round 27 read 0)
    assert seen(rows) == [("USA", "tariff", "remove", None, None)]


def test_goods_that_will_go_into_the_partner_duty_free():
    rows = rows_of(['Secretary of Agriculture: "From next year, American pears and cherries will go into Palau '
                    'duty-free."'], title=ROUND_UP)
    assert seen(rows) == [("PLW", "tariff", "remove", None, 0.0)]


def test_sellers_able_to_ship_to_the_partner_duty_free():
    rows = rows_of(['Senator from Iowa: "For the first time, Iowa pork farmers will be able to ship chops to Palau '
                    'duty-free."'], title=ROUND_UP)
    assert seen(rows) == [("PLW", "tariff", "remove", None, 0.0)]


def test_a_partner_that_may_ship_a_quantity_duty_free():
    rows = rows_of(["Palau may ship up to 3,000 tonnes of frozen fish a year duty-free."], title=FACT_SHEET)
    assert seen(rows) == [("USA", "tariff", "remove", None, 0.0)]


def test_goods_that_entered_duty_free_last_year_are_no_measure():
    rows = rows_of(["Last year, fish from Palau entered the United States duty-free under a seasonal program."],
                   title=FACT_SHEET)
    assert [r for r in rows if r.category == "tariff"] == []


def test_sales_figure_shipped_duty_free_is_no_measure():
    rows = rows_of(["Palau exporters could sell $40 million of fish duty-free in a good season."], title=FACT_SHEET)
    assert [r for r in rows if r.category == "tariff"] == []


# 3. Papers or registration not required of the other side's goods are an import formality eased, in a clause
# coordinated with another commitment too; ", and shall ..." after a list of goods opens that second clause.
def test_registration_not_required_after_an_accepted_certificate():
    rows = rows_of(["Palau shall accept the sanitary certificates issued by the United States Department of Agriculture "
                    "for beef, pork and poultry, and shall not require the registration of individual establishments "
                    "in the United States that produce those goods."])
    assert seen(rows) == [("PLW", "import_restriction", "relax", None, None),
                          ("PLW", "import_restriction", "relax", None, None)]


def test_extra_documentation_not_required_after_a_recognised_system():
    rows = rows_of(["Palau shall recognise the dairy inspection system of the United States as equivalent to its own, "
                    "and shall not require additional veterinary documentation for United States dairy products."])
    assert ("PLW", "import_restriction", "relax", None, None) in seen(rows)
    assert len(rows) == 2


def test_documentation_not_required_as_the_means_of_a_lead_is_one_row():
    rows = rows_of(["Palau will reduce regulatory burdens for U.S. vehicle exports by not requiring additional "
                    "documentation in its emissions approval process."], title=FACT_SHEET)
    assert len(rows) == 1


def test_a_list_of_companies_before_their_verb_stays_one_subject():
    rows = rows_of(["Palauan companies in the fishing, tourism, and construction sectors will invest $50 million in "
                    "the United States."], title=FACT_SHEET)
    assert seen(rows) == [("PLW", "investment", "invest", None, None)]
