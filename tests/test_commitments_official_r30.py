"""Round 30: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Vanuatu"


def rows_of(texts, title=AGREEMENT, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r30-os")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, levels."""
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows),
                  key=lambda row: tuple(-1.0 if v is None else v for v in row))


# 1. A schedule's staging categories defined once, its lines giving a category's letter (guide rules 6-7, 20;
# convention 13): each line is the owner's row, from the base rate to the level its category reaches; an excluded
# category keeps the base rate (`maintain`, no earlier level); the categories' definitions are no rows of their own.
def test_staging_letters_defined_in_one_note():
    rows = rows_of(["Annex 1: Schedule of Vanuatu",
                    "Staging categories: Category A – these goods become duty-free when this Agreement enters into "
                    "force. Category B – duties cut on entry into force to the rate shown. Category X – excluded from "
                    "any reduction.",
                    "HS heading | Description | Base rate | Category",
                    "1101 | Wheat flour | 15% | A",
                    "0206 | Frozen offal of bovine animals | 30% | B (12%)",
                    "2203 | Beer made from malt | 35% | X"],
                   kinds=["heading", "paragraph", "table_row", "table_row", "table_row", "table_row"])
    assert seen(rows) == [("VUT", "tariff", "maintain", None, 35.0), ("VUT", "tariff", "reduce", 30.0, 12.0),
                          ("VUT", "tariff", "remove", 15.0, 0.0)]


def test_staging_letters_defined_as_items_and_the_items_go():
    rows = rows_of(["Annex 1: Schedule of Vanuatu",
                    "The base rate for each good is set out in the table below, with these staging categories:",
                    "Category A: duties on goods in category A shall be eliminated on the date of entry into force.",
                    "Category D: duties on goods in category D shall be lowered to 8 percent three years after entry "
                    "into force.",
                    "Category G: goods in category G shall remain subject to their base rates.",
                    "Heading | Description | Base rate | Staging category",
                    "8711 | Motorcycles | 20% | D",
                    "0405 | Butter | 25% | G",
                    "4011 | New pneumatic tyres | 10% | A"],
                   kinds=["heading", "paragraph", "list_item", "list_item", "list_item", "table_row", "table_row",
                          "table_row", "table_row"], levels=[0, 0, 1, 1, 1, 0, 0, 0, 0])
    # (round 31) category A's duties are only "eliminated": no zero is stated (guide: "eliminate" with no figure leaves
    # value_to empty; the Kenya schedule's gold reads its category A lines so)
    assert seen(rows) == [("VUT", "tariff", "maintain", None, 25.0), ("VUT", "tariff", "reduce", 20.0, 8.0),
                          ("VUT", "tariff", "remove", 10.0, None)]


def test_a_letter_no_note_defines_is_no_row():
    rows = rows_of(["Annex 1: Schedule of Vanuatu", "Heading | Description | Base rate | Category",
                    "1101 | Wheat flour | 15% | A"], kinds=["heading", "table_row", "table_row"])
    assert rows == []


def test_staging_letters_outside_a_schedule_are_no_rows():
    # a table of goods' categories under no party's schedule heading: nobody's tariff lines
    rows = rows_of(["Annex 4: Product Groups",
                    "Category A – goods become duty-free on entry into force.",
                    "Heading | Description | Base rate | Category",
                    "1101 | Wheat flour | 15% | A"], kinds=["heading", "paragraph", "table_row", "table_row"])
    assert rows == []


# 2. A schedule line telling its level bare, then when it is reached ("0 percent on entry into force").
def test_schedule_line_with_a_bare_level():
    rows = rows_of(["Annex 1: Schedule of Vanuatu",
                    "Heading 1006 (rice): base rate 12 percent; 0 percent on entry into force.",
                    "Heading 8704 (goods vehicles): base rate 25 percent; 10 percent from January 1, 2029."],
                   kinds=["heading", "list_item", "list_item"], levels=[0, 1, 1])
    assert seen(rows) == [("VUT", "tariff", "reduce", 25.0, 10.0), ("VUT", "tariff", "remove", 12.0, 0.0)]


def test_schedule_line_with_a_bare_figure_of_no_level_is_no_row():
    rows = rows_of(["Annex 1: Schedule of Vanuatu",
                    "Heading 1006 (rice): base rate 12 percent; 40 percent of imports come from Asia."],
                   kinds=["heading", "list_item"], levels=[0, 1])
    assert rows == []


# 3. An annex of schedules whose sections name the party ("Section A: Goods on which Vanuatu eliminates duties"), its
# tables with a "Rate" column beside the base one; a later section naming no party goes on with the same schedule.
def test_sections_of_an_annex_and_a_bare_rate_column():
    rows = rows_of(["Annex I: Tariff Schedules",
                    "Section A: Goods on which Vanuatu eliminates duties",
                    "Heading | Description | Base rate | Rate",
                    "0402 | Milk in powder | 10% | 0%",
                    "Section B: Goods subject to a lower rate",
                    "Heading | Description | Base rate | Rate",
                    "8716 | Trailers | 20% | 5%"],
                   kinds=["heading", "heading", "table_row", "table_row", "heading", "table_row", "table_row"])
    assert seen(rows) == [("VUT", "tariff", "reduce", 20.0, 5.0), ("VUT", "tariff", "remove", 10.0, 0.0)]


def test_a_section_listing_goods_with_no_rates_is_no_row():
    rows = rows_of(["Annex I: Tariff Schedules",
                    "Section C: Goods of Vanuatu exempt from the reciprocal tariff of the United States",
                    "Heading | Description",
                    "0801 | Coconuts"], kinds=["heading", "heading", "table_row", "table_row"])
    assert rows == []


# 4. A partner's firm named by one plain word on a deal page buys the other party's goods or invests in the United States
# for the partner (guide, "Deals listed under a partner's investment commitment take that partner as actor when the
# investor or buyer is the partner's company, or the page gives no other nationality for it"), even under a label that
# names America; a firm investing at its own home, a plural noun or a pronoun is no such firm.
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Energy and Aviation Commitments from Vanuatu"


def fact_sheet(*texts):
    return commitments_from(list(texts), published_at=ON, title=FACT_SHEET, article_id="r30-os-firms")


def pledges(rows):
    return sorted((r.actor, r.category, r.action, r.amount, r.unit) for r in rows
                  if r.category in ("purchase", "investment"))


def test_a_one_word_firm_buys_american_goods_for_the_partner():
    assert pledges(fact_sheet("Airvanu intends to acquire three Boeing 737-8 aircraft for its regional routes.")) == [
        ("VUT", "purchase", "purchase", 3.0, "units")]
    assert pledges(fact_sheet("Kavafuel will purchase $400 million of U.S. diesel and jet fuel through 2030.")) == [
        ("VUT", "purchase", "purchase", 400_000_000.0, "usd")]


def test_a_one_word_firm_invests_in_an_american_state_for_the_partner():
    rows = fact_sheet("INVESTING IN AMERICA: Vanuatu's companies are growing their presence in the United States.",
                      "Kavacorp will invest $250 million in a coconut-fibre mill in Georgia, creating 300 jobs.")
    assert pledges(rows) == [("VUT", "investment", "invest", 250_000_000.0, "usd")]


def test_a_one_word_firm_investing_at_home_is_no_row():
    assert pledges(fact_sheet("Kavacorp will invest $250 million in a coconut-fibre mill in Luganville.")) == []


def test_a_plural_noun_or_pronoun_buying_is_no_firm():
    assert pledges(fact_sheet("Importers will purchase $400 million of U.S. diesel.")) == []
    assert pledges(fact_sheet("Meanwhile, prices will rise.")) == []


# 5. On a statement whose title names the two parties, their joint body or officials as the subject ("The Council
# instructed officials to conclude negotiations ...", "Ministers instructed officials to negotiate ...") speak for both
# parties (guide rule 1a: steps still to come are each party's); officials named mid-sentence, or on a story, are not.
JOINT = "Joint Statement on the Second Meeting of the United States–Vanuatu Council on Trade and Investment"


def test_the_council_instructing_officials_is_both_parties_talks():
    rows = commitments_from(["The Council instructed officials to conclude negotiations on the text of a reciprocal trade "
                             "agreement by June 30, 2028."], published_at=ON, title=JOINT, article_id="r30-os-joint")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("USA", "diplomatic", "negotiate"), ("VUT", "diplomatic", "negotiate")]


def test_ministers_instructing_their_negotiators_is_both_parties_talks():
    rows = commitments_from(["Ministers instructed their negotiators to negotiate a reciprocal trade agreement, with the "
                             "aim of concluding it by the end of 2028."], published_at=ON, title=JOINT,
                            article_id="r30-os-joint2")
    assert sorted((r.actor, r.action) for r in rows) == [("USA", "negotiate"), ("VUT", "negotiate")]


def test_officials_named_mid_sentence_are_no_joint_subject():
    rows = commitments_from(["Tariffs on Vanuatu's kava stayed at 10 percent, and officials gave no sign that they would "
                             "sign a deal soon."], published_at=ON, title=JOINT, article_id="r30-os-joint3")
    assert not [r for r in rows if r.actor == "VUT" and r.category == "diplomatic"]


def test_officials_on_a_page_naming_one_country_are_no_pair():
    rows = commitments_from(["Officials will conclude negotiations on the text of a reciprocal trade agreement by June "
                             "30, 2028."], published_at=ON, title="Readout of the Trade Representative's Call",
                            article_id="r30-os-joint4")
    assert not [r for r in rows if r.actor]


# 6. A partner's firm contracting an American supplier (a maker the lexicon knows as American, or a U.S.-led consortium):
# the partner's purchase (convention 3), at the count the contract orders (rule 25) or its value in dollars; a U.S.
# body's contract at home is no trade row.
def test_a_utility_selecting_an_american_maker_under_a_contract_is_a_purchase():
    rows = fact_sheet("Unelco has selected Westinghouse to refurbish its diesel-to-nuclear conversion plant under a "
                      "contract valued at about $300 million.")
    assert pledges(rows) == [("VUT", "purchase", "purchase", 300_000_000.0, "usd")]


def test_a_contract_with_a_us_led_consortium_is_a_purchase():
    rows = fact_sheet("Vanuatu's port authority signed a $150 million dredging and equipment contract with a U.S.-led "
                      "consortium for the new Luganville wharf.")
    assert pledges(rows) == [("VUT", "purchase", "purchase", 150_000_000.0, "usd")]


def test_a_contract_for_a_count_takes_the_count():
    rows = fact_sheet("The national utility will contract Westinghouse for two small modular reactors, a project valued "
                      "at roughly $3 billion.")
    assert pledges(rows) == [("VUT", "purchase", "purchase", 2.0, "units")]


def test_a_us_body_selecting_an_american_maker_is_no_row():
    rows = fact_sheet("The U.S. Department of Energy has selected Westinghouse to build a test reactor in Idaho, a "
                      "project valued at $2 billion.")
    assert pledges(rows) == []
