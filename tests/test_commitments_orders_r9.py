"""Commitment extraction, round 9: the legal text of executive orders and proclamations.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, goods and figures are
used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)
TITLE = "Adjusting Imports of Industrial Fasteners Into the United States"


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-orders-r9")


def fact_sheet(*texts):
    return commitments_from(list(texts), published_at=PUBLISHED,
                            title="Fact Sheet: President Donald J. Trump Adjusts Imports of Industrial Fasteners",
                            article_id="test-orders-r9-fs")


def rates(rows):
    return sorted((r.actor or "", r.category, r.action, r.value_to) for r in rows)


# --- a rate an order sets with a copula ("shall be N percent", "shall be zero") --------------

def test_copular_rate_in_an_order_is_the_rate_it_sets():
    for text, expected in (
            ("For a fastener of Ruritania with a general rate of duty under 20 percent, the sum of that rate and "
             "the additional ad valorem rate of duty pursuant to this order shall be 20 percent.",
             ("USA", "tariff", "impose", 20.0)),
            ("The additional rate of duty imposed by section 2 of this proclamation on bolts of any country "
             "shall be 35 percent.", ("USA", "tariff", "impose", 35.0)),
            ("The additional duty on all covered fasteners shall start at 12.5 percent.",
             ("USA", "tariff", "impose", 12.5))):
        assert expected in rates(order(text)), text


def test_copular_zero_rate_in_an_order_is_a_removal():
    for text in ("For a fastener of Ruritania whose general rate of duty is at least 20 percent, the additional "
                 "ad valorem rate of duty pursuant to this order shall be zero.",
                 "For such articles, the additional duty rate imposed under section 3 of this order shall be "
                 "zero percent."):
        assert ("USA", "tariff", "remove", 0.0) in rates(order(text)), text


def test_copular_share_or_fact_sheet_restatement_is_no_new_rate():
    # a share of value is no rate; a fact sheet's "shall be" restates the row its own verb gave
    assert not order("The duty shall be 15 percent of the value of the steel content.")
    rows = fact_sheet("The United States will lower its tariffs on fasteners of Ruritania to 15 percent. For such "
                      "fasteners with a general rate under 15 percent, the sum of that rate and the additional "
                      "tariff shall be 15 percent.")
    assert rates(rows) == [("USA", "tariff", "reduce", 15.0)]


# --- goods judged or advised to deserve an exemption: no row (the order's decision is) --------

def test_goods_that_should_not_be_subject_to_a_duty_are_no_measure():
    for text in ("In Annex III to Proclamation 9999, I listed certain fasteners that, in my judgment, should not be "
                 "subject to the duties imposed by that proclamation.",
                 "In the view of the Secretary, imports of certain fertilizers from Ruritania should no longer be "
                 "subject to the additional duty imposed under Executive Order 10001.",
                 "Several agencies advised that screws of Ruritania should not remain subject to the duties imposed "
                 "pursuant to that order."):
        assert not [r for r in order(text) if r.category == "tariff"], text


def test_the_exemption_the_order_decides_is_still_a_removal():
    rows = order("Specifically, I have determined that certain fertilizers shall not be subject to the additional "
                 "duty imposed under Executive Order 10001.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "remove")]


# --- environmental rules kept or relaxed at home are no trade measure (guide rule 1) ----------

def regulatory_fact_sheet(*texts):
    return commitments_from(["Today, President Donald J. Trump signed a Proclamation granting regulatory relief to "
                             "zinc smelters.", *texts], published_at=PUBLISHED,
                            title="Fact Sheet: President Donald J. Trump Grants Regulatory Relief to Protect "
                                  "American Zinc Smelting", article_id="test-orders-r9-epa")


def test_environmental_standards_and_regulatory_relief_at_home_are_no_rows():
    for text in ("He has backed American manufacturing while maintaining standards that allow families to enjoy "
                 "clean air.",
                 "He has championed a mining revival, expanding domestic output to cut reliance on foreign metals "
                 "while maintaining practical environmental oversight.",
                 "He has promoted domestic refining to reduce dependence on foreign fuel while maintaining strict "
                 "environmental safeguards.",
                 "He granted three years of comparable regulatory relief from heavy Biden-era regulations that "
                 "affected other strategic industries, such as cement kilns and paper mills."):
        assert regulatory_fact_sheet(text) == [], text


def test_a_trade_measure_beside_environmental_standards_stays():
    rows = commitments_from(["Japan will maintain its tariff on American beef while keeping strict environmental "
                             "standards."], published_at=PUBLISHED, title="Japan and the United States hold talks")
    assert [(r.actor, r.category, r.action) for r in rows] == [("JPN", "tariff", "maintain")]


# --- duties kept under two different instruments are two rows -------------------------------

def test_duties_kept_under_two_instruments_stay_two_rows():
    for first, second in (("Proclamation 9901", "Proclamation 9902"), ("Executive Order 15001", "Executive Order 15002")):
        rows = order(f"Imports of zinc articles that are products of Ruritania in excess of the quota set by the "
                     f"Secretary shall remain subject to the duties set forth in {first}, as amended. Imports of "
                     f"tin articles that are products of Ruritania in excess of the quota set by the Secretary "
                     f"shall remain subject to the duties set forth in {second}, as amended.")
        kept = [r for r in rows if (r.actor, r.category, r.action) == ("USA", "tariff", "maintain")]
        assert len(kept) == 2, (first, [r.evidence[:40] for r in kept])


def test_one_instruments_duties_kept_twice_are_one_row():
    rows = order("Imports of zinc articles in excess of the quota shall remain subject to the duties set forth in "
                 "Proclamation 9901. Imports of zinc articles in excess of the quota shall remain subject to the "
                 "duties set forth in Proclamation 9901, as amended.")
    assert len([r for r in rows if r.action == "maintain"]) == 1


# --- the signer and a partner agreeing to talks ("we", "X and I") ---------------------------

def test_talks_the_signer_and_a_partner_agree_are_a_row_per_party():
    for text in ("On March 3, 2026, I spoke with the Prime Minister of Malaysia, and we agreed to begin negotiations "
                 "to address the concerns identified in Executive Order 15001.",
                 "Last month I held a call with President Lula of Brazil, during which we agreed to start talks on "
                 "the matters raised in that proclamation.",
                 "On May 2, the Prime Minister of Malaysia and I agreed to begin negotiations to resolve the issues "
                 "described in section 1 of this order."):
        rows = order(text)
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            (country, "diplomatic", "negotiate") for country in sorted({"USA", "MYS" if "Malaysia" in text else "BRA"})
        ], text


def test_talks_to_act_on_a_named_measure_keep_the_measure():
    rows = order("The Prime Minister of Malaysia and I agreed to begin negotiations to reduce tariffs on cars.")
    assert {(r.category, r.action) for r in rows} == {("tariff", "reduce")}


# --- goods of any partner as the subject of a levy; a rate after a first item label -----------

def test_goods_of_any_partner_subject_to_a_rate_are_the_signers_levy():
    for text, rate in (("Goods of any foreign trading partner that is not named in Annex III to this order will be "
                        "subject to an additional ad valorem rate of duty of 12 percent.", 12.0),
                       ("Articles from each trading partner named in Annex III shall be subject to an additional duty "
                        "of 18 percent.", 18.0)):
        assert ("USA", "tariff", "impose", rate) in rates(order(text)), text
    # a partner itself, not its goods, stays no party anyone can name
    assert not order("Any trading partner that retaliates will be subject to higher duties.")


def test_a_rate_after_the_first_item_label_is_the_verbs_object():
    for text, rate in (("An article found to evade the duties of this order shall be subject to (i) an additional ad "
                        "valorem rate of duty of 45 percent, and (ii) any other applicable fine.", 45.0),
                       ("Fasteners found to have been routed through a third country shall be subject to (a) a duty "
                        "of 35 percent and (b) any other penalty the law provides.", 35.0)):
        assert ("USA", "tariff", "impose", rate) in rates(order(text)), text


# --- an effective-date line's in-transit exception is scope -------------------------------------

def test_goods_already_in_transit_are_the_orders_scope():
    rows = order("These changes shall be effective with respect to goods entered for consumption on or after 12:01 "
                 "a.m. eastern daylight time on May 9, 2026, except that goods loaded onto a vessel at the port of "
                 "loading and in transit on the final mode of transit before that time shall not be subject to such "
                 "additional duty and shall instead remain subject to the duties previously imposed in Executive "
                 "Order 15001, as amended.")
    assert rows == []
    rows = order("The duties in Annex II shall take effect for goods entered on or after June 1, 2026, except that "
                 "articles already loaded onto a vessel and in transit before that date shall remain subject to the "
                 "duties in force under Proclamation 9901.")
    assert [(r.category, r.action) for r in rows] == [("tariff", "impose")]
    rows = order("All fasteners of Ruritania shall be subject to an additional duty of 30 percent, effective for goods "
                 "entered on or after May 9, 2026, except that goods loaded onto a vessel and in transit before that "
                 "date shall not be subject to such additional duty.")
    assert rates(rows) == [("USA", "tariff", "impose", 30.0)]
