"""Commitment extraction, round 10: the legal text of proclamations and executive orders.

Each rule is tested on the shape of a sentence or a text, with paraphrases of that shape.
Every sentence here is our own, written for the rule it tests; countries, goods and figures
are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)
TITLE = "Adjusting Imports of Industrial Fasteners Into the United States"
HEADER = ("BY THE PRESIDENT OF THE UNITED STATES OF AMERICA", "A PROCLAMATION")


def order(*texts, title=TITLE):
    """Rows of an order's own text: its enacting line, then ``texts``."""
    return order_commitments(texts, published_at=PUBLISHED, title=title, article_id="test-orders-r10")


def proclamation(*recitals, operative=()):
    """Rows of a proclamation's own text: header, numbered recitals, the enacting line, clauses."""
    enacting = ("NOW, THEREFORE, I, JANE Q. PRESIDENT, President of the United States of America, by the "
                "authority vested in me by the Constitution and the laws of the United States, do hereby "
                "proclaim as follows:")
    return commitments_from([*HEADER, *recitals, enacting, *operative], published_at=PUBLISHED, title=TITLE,
                            article_id="test-proclamation-r10")


def rates(rows):
    return sorted((r.actor or "", r.category, r.action, r.value_to) for r in rows)


def partner_rates(rows):
    return sorted((r.actor or "", r.counterparty or "", r.action, r.value_to) for r in rows)


# --- a proclamation is known by its header, not only by its (late) enacting words --------------

def test_proclamation_recitals_are_read_as_the_signers_order_text():
    # the copular rates of a proclamation's clauses are the signer's; without the header the
    # text was read as an unsigned document and gave none of them
    for clause, level in (
            ("(1) The additional ad valorem rate of duty on bolts of any country shall be 30 percent.", 30.0),
            ("(2) For such articles, the duty rate imposed under clause (1) of this proclamation shall be 12.5 "
             "percent.", 12.5)):
        rows = proclamation("1. In an earlier proclamation I found that bolts are imported in such quantities as "
                            "to threaten to impair the national security.", operative=[clause])
        assert ("USA", "tariff", "impose", level) in rates(rows), clause
        assert all(r.status == "implemented" for r in rows if r.value_to == level)


def test_a_page_without_the_proclamation_line_is_no_proclamation():
    rows = commitments_from(["BY THE PRESIDENT OF THE UNITED STATES OF AMERICA",
                             "The additional ad valorem rate of duty on bolts of any country shall be 30 percent."],
                            published_at=PUBLISHED, title="Remarks on fasteners")
    assert ("USA", "tariff", "impose", 30.0) not in rates(rows)


# --- powers, advice and delegations are no measures -------------------------------------------

def test_statutory_power_advice_and_delegation_lines_give_no_rows():
    for text in (
            "Section 604 of the Trade Act of 1974 authorizes the President to embody in the tariff schedule the "
            "substance of statutes affecting import treatment, including the imposition of any rate of duty.",
            "Section 338 of the Tariff Act of 1930 authorizes the President to impose new or additional duties "
            "on the products of any country that discriminates against American commerce.",
            "To address these circumstances, the Secretary recommended that I modify the tariffs imposed on "
            "fasteners pursuant to Proclamation 9999.",
            "The Trade Representative has also advised that I impose a duty of 20 percent on washers.",
            "The Secretary has provided me with information, opinions, and recommendations regarding the "
            "tariffs imposed on bolts.",
            "I also have received further information and recommendations on trade matters, including the "
            "status of negotiations to lower tariffs with Ruritania.",
            "The Secretary of Homeland Security may take any appropriate measures to administer, implement, and "
            "enforce this proclamation and the tariffs imposed in Proclamation 9999."):
        assert order(text) == [], text


def test_the_signers_own_measure_after_a_power_is_still_read():
    rows = order("Section 232 authorizes the President to adjust imports, and I hereby impose a duty of 20 "
                 "percent on washers.")
    assert ("USA", "tariff", "impose", 20.0) in rates(rows)


# --- a rate for goods of several partners: a row per partner, "these jurisdictions" resolved ---

def test_copular_rate_for_listed_partners_gives_a_row_per_partner():
    rows = order("(b) For products of Ruritania, Japan, or the Republic of Korea, the rate of duty shall be "
                 "determined by the product's general rate. For products of these jurisdictions with a general "
                 "rate below 15 percent, the sum of that rate and the additional duty pursuant to this clause "
                 "shall be 15 percent.")
    assert {(c, a, v) for _, c, a, v in partner_rates(rows)} >= {("JPN", "impose", 15.0), ("KOR", "impose", 15.0)}
    rows = order("For goods of Switzerland and the United Kingdom, the additional ad valorem rate of duty "
                 "pursuant to this order shall be 10 percent.")
    assert {(c, v) for _, c, _, v in partner_rates(rows)} == {("CHE", 10.0), ("GBR", 10.0)}


def test_these_countries_names_nobody_without_an_earlier_list():
    rows = order("For products of these countries, the additional duty pursuant to this order shall be 10 percent.")
    assert [(r.counterparty, r.value_to) for r in rows] == [(None, 10.0)]


# --- a copular rate lead with lettered clauses ----------------------------------------------

def test_lettered_clauses_under_a_rate_lead_give_their_rates():
    rows = order(
        "(2) Effective on or after June 8, 2026, the applicable additional ad valorem rate of duty for all bolts "
        "listed in Annex II to this order shall be:",
        "(a) 30 percent, unless a lower rate of duty applies pursuant to clause (2)(b);",
        "(b) 8 percent, determined in the same manner as in clause (2)(a), for bolts made entirely of domestic "
        "steel; and",
        "(c) zero percent for bolts used in civil aircraft.")
    assert {("USA", "tariff", "impose", 30.0), ("USA", "tariff", "impose", 8.0),
            ("USA", "tariff", "remove", 0.0)} <= set(rates(rows))
    rows = order("The rates of duty on washers shall be as follows:", "(i) 12 percent for steel washers;",
                 "(ii) 6 percent for copper washers.")
    assert {("USA", "tariff", "impose", 12.0), ("USA", "tariff", "impose", 6.0)} <= set(rates(rows))


def test_lettered_clauses_without_a_rate_lead_are_not_rates():
    rows = order("The Secretary shall report on the following matters:", "(a) 30 percent of the bolts inspected;",
                 "(b) the share of washers made abroad.")
    assert ("USA", "tariff", "impose", 30.0) not in rates(rows)


# --- rated objects listed with semicolons --------------------------------------------------

def test_semicolon_list_of_rated_objects_gives_a_row_each():
    rows = order("In particular, I imposed an ad valorem duty of 40 percent on bolts made of titanium; an ad "
                 "valorem duty of 20 percent on screws that are mostly titanium; and a temporarily-reduced ad "
                 "valorem duty of 10 percent on wood screws.")
    assert {("USA", "tariff", "impose", 40.0), ("USA", "tariff", "impose", 20.0),
            ("USA", "tariff", "reduce", 10.0)} <= set(rates(rows))
    rows = order("Under that order I imposed a 25% tariff on rivets; a 10% tariff on nails; and an increased "
                 "35% duty on anchors.")
    assert {("USA", "tariff", "impose", 25.0), ("USA", "tariff", "impose", 10.0),
            ("USA", "tariff", "raise", 35.0)} <= set(rates(rows))


# --- goods brought under a rated tariff category (inclusions) ------------------------------

def test_goods_added_to_a_rated_category_take_its_rate():
    fact = commitments_from(
        ["Today, President Donald J. Trump signed a Proclamation adjusting tariffs on fasteners.",
         "The Proclamation also expands the existing category of industrial fasteners subject to a 20% tariff "
         "to include rivets and anchors made abroad."],
        published_at=PUBLISHED, title="Fact Sheet: President Donald J. Trump Adjusts Tariffs on Fasteners")
    assert ("USA", "tariff", "impose", 20.0) in rates(fact)
    rows = order("I determine that garden tools and certain hand tools shall be included in the category of "
                 "derivative products subject to the temporarily-reduced 12 percent ad valorem duty under "
                 "Proclamation 9999.")
    assert ("USA", "tariff", "reduce", 12.0) in rates(rows)
    rows = order("The Secretary adds washers of stainless steel to the list of articles subject to the 25 percent "
                 "duty under section 2 of this order.")
    assert ("USA", "tariff", "impose", 25.0) in rates(rows)


def test_a_category_named_without_a_rate_is_no_inclusion():
    rows = order("The Secretary shall publish the category of derivative products subject to the duties.")
    assert not [r for r in rows if r.value_to is not None]


# --- an order's duty on "all articles imported into the United States" has no partner ------

def test_duty_on_all_articles_imported_into_the_country_has_no_partner():
    for text in ("(a) Except as otherwise provided in this order, all articles imported into the customs territory "
                 "of the United States shall be, consistent with law, subject to an additional ad valorem rate of "
                 "duty of 10 percent.",
                 "All goods imported into the United States shall be subject to a duty of 5 percent."):
        rows = order("Canada and Mexico have failed to stop the flow of fasteners.", text)
        rated = [r for r in rows if r.value_to is not None]
        assert rated and all(r.counterparty is None for r in rated), text


def test_rate_on_all_partners_restated_in_the_operative_section_is_one_row():
    rows = order("Canada and Mexico have failed to stop the flow of fasteners.",
                 "Sec. 2. The additional ad valorem duty on all imports from all trading partners shall start at "
                 "10 percent.",
                 "Sec. 3. (a) Except as otherwise provided in this order, all articles imported into the customs "
                 "territory of the United States shall be subject to an additional ad valorem rate of duty of "
                 "10 percent.")
    assert [r.value_to for r in rows if r.value_to is not None] == [10.0]


# --- "which included imposing ...": a recounted measure told as what an action included ----

def test_measure_an_earlier_action_included_is_its_row():
    for text, action in (
            ("Specifically, I established tariff programs, which included imposing additional ad valorem duties "
             "on certain imports of fasteners.", "impose"),
            ("In 2024, I established a tariff program, which included raising the duties on imported bolts to 25 "
             "percent.", "raise")):
        rows = order(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", action)], text


# --- a figureless lead detailed by "In particular," / "Specifically," with figures ----------

def test_lead_detailed_with_figures_by_the_next_sentence_is_no_row():
    for lead, detail in (
            ("In an earlier proclamation, I modified the tariff program on fasteners to address the threat.",
             "In particular, I imposed an ad valorem duty of 40 percent on bolts and a duty of 20 percent on nuts."),
            ("Japan will adjust its tariffs on American machinery.",
             "Specifically, Japan will cut its tariff on American tractors from 12 percent to 4 percent.")):
        rows = order(lead + " " + detail)
        assert rows and all(r.value_to is not None for r in rows), lead


def test_lead_stays_when_the_next_sentence_adds_no_figure():
    rows = order("I have imposed tariffs on imported fasteners. Specifically, certain wood screws shall no longer be "
                 "subject to those tariffs.")
    assert any(r.evidence.startswith("I have imposed") for r in rows)


# --- a comparison of tariffs in force: "X enter the United States duty-free, but not so in A (N%)" --

def test_duty_free_entry_compared_with_partners_rates():
    for text in ("Pears enter the United States duty-free, but not so in Turkey (42.5%) and India (30%).",
                 "Bicycles enter the United States duty-free, while Brazil (35 percent) and Vietnam (20 percent) "
                 "charge far more."):
        rows = order("Our trading partners keep high tariffs on American goods.", text)
        rated = {(r.actor, r.action, r.value_to) for r in rows if r.evidence == text}
        assert ("USA", "remove", 0.0) in rated, text
        assert len([r for r in rated if r[0] != "USA" and r[1] == "impose"]) == 2, text
        assert all(r.status == "implemented" for r in rows if r.evidence == text)


def test_duty_free_entry_without_partner_rates_names_no_partner():
    rows = order("Pears enter the United States duty-free, but Turkey keeps high barriers.")
    assert {(r.actor, r.action, r.value_to) for r in rows if r.value_to is not None} == {("USA", "remove", 0.0)}
