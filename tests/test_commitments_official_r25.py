"""Round 25: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import ORDER_OPENING, commitments_from

ON = datetime(2027, 9, 1)
AGREEMENT = "Agreement Between the United States of America and the Republic of Paraguay on Reciprocal Trade"
PROCLAMATION = "Adjusting Imports of Ceramic Tiles into the United States"
PROCLAIMING = ("NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by the authority vested in "
               "me by the Constitution and the laws of the United States of America, including section 232 of the Trade "
               "Expansion Act of 1962, as amended, do hereby proclaim as follows:")
FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Ceramic Tiles"
STATEMENT = "Joint Statement on a Framework for a United States-Paraguay Agreement on Reciprocal Trade"


def rows_of(texts, title, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r25-om")


def items(lead, entries, title):
    """Rows of a lead paragraph and its list items."""
    return rows_of([lead, *entries], title, kinds=["paragraph", *["list_item"] * len(entries)],
                   levels=[0, *[1] * len(entries)])


def acts(rows) -> list[tuple]:
    return sorted((r.actor, r.category, r.action) for r in rows)


# 1. A fronted condition's main clause names its own subject: the condition's commas, its verbs and the conduct
# it describes ("a country that ...") are not the main clause's.
def test_reinstated_duty_after_a_condition_with_an_aside():
    rows = rows_of(["If the United States finds, after holding consultations, that Paraguay has not carried out its "
                    "obligations under Article 3, the United States may reinstate the additional duty that applied to "
                    "goods of Paraguay before this Agreement."], AGREEMENT)
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("USA", "PRY", "tariff", "resume")]


def test_reimposed_duties_after_a_condition_naming_a_country_by_its_conduct():
    rows = rows_of(["Should Paraguay conclude a new trade agreement with a country that endangers vital United States "
                    "interests, the United States may reimpose the additional duties it waived under Article 2."], AGREEMENT)
    assert acts(rows) == [("USA", "tariff", "resume")]


def test_the_condition_alone_states_no_row():
    # what the partner might do is the condition, not a commitment of its own
    rows = rows_of(["Should Paraguay conclude a new trade agreement with a country that endangers vital United States "
                    "interests, the two Governments shall consult."], AGREEMENT)
    assert all(r.category != "tariff" and r.action not in ("resume", "remove") for r in rows)


# 2. Relief the text holds out: "the Secretary may recommend that I lower the duties" is the signer's reduce row.
def test_recommendation_to_lower_the_duties_on_an_agreement():
    rows = rows_of([PROCLAIMING, "(9) Should a trading partner conclude an arrangement with the United States that "
                    "addresses the threat to the national security, the Secretary may recommend that I lower the duties "
                    "on that partner's tiles."], PROCLAMATION)
    assert [(r.actor, r.category, r.action, r.status) for r in rows if r.category == "tariff"] == [
        ("USA", "tariff", "reduce", "proposed")]


def test_a_recommendation_received_is_no_row():
    rows = rows_of([PROCLAIMING, "(4) In his report, the Secretary recommended that I lower the duties on ceramic tiles "
                    "from trusted suppliers."], PROCLAMATION)
    assert [r for r in rows if r.action == "reduce"] == []


# 3. Ending the agreement itself is a diplomatic removal.
def test_terminating_this_agreement_is_diplomatic():
    rows = rows_of(["Should Paraguay conclude a free trade agreement with a country that undermines essential interests "
                    "of the United States, the United States may terminate this Agreement on six months' notice."], AGREEMENT)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "diplomatic", "remove")]


# 4. A requirement in force ended ("cease to require", "stop requiring", "no longer require") is removed (guide,
# round 20 review Q4); a plain "not require" stays eased.
def test_requirements_ended_in_a_partners_list():
    rows = items("Article 4. Paraguay shall:", [
        "(a) cease to require the registration of individual United States pork and beef plants;",
        "(b) stop requiring an import permit for each shipment of U.S. seed potatoes; and",
        "(c) no longer require the registration of United States egg facilities."], AGREEMENT)
    assert acts(rows) == [("PRY", "import_restriction", "remove")] * 3


def test_a_requirement_not_imposed_stays_eased():
    rows = items("Article 4. Paraguay shall:", [
        "(a) not require the registration of United States egg facilities."], AGREEMENT)
    assert acts(rows) == [("PRY", "import_restriction", "relax")]


# 5. A fact sheet's item telling a rate as new ("faces a 20% tariff") is its own row, though a partner's rate later in
# the page is the same figure; "the 20% tariff" told as known stays that row again.
def test_faced_rate_beside_a_partners_same_rate():
    rows = items("BUILDING UP AMERICAN TILE MAKERS: Today, President Donald J. Trump signed a Proclamation that uses his "
                 "authority under Section 232 to put tariffs on imported ceramic tiles.", [
                     "Glazed floor tiles face a 20% tariff from December 1, 2027.",
                     "Wall tiles will carry a 30% levy.",
                     "Imports from the European Union and Japan will pay no more than 15%, while British tiles will pay 20%."],
                 FACT_SHEET)
    # (the rated rows: the lead's own figureless row is the signing lead's reading, as with "impose", not this test's)
    tariff = sorted((r.counterparty or "", r.value_to) for r in rows if r.category == "tariff" and r.value_to is not None)
    assert tariff == [("", 20.0), ("", 30.0), ("EUN", 15.0), ("GBR", 20.0), ("JPN", 15.0)]


# 6. Acting against an offence the object names: `other` `enforce`.
def test_countering_and_acting_against_offences():
    rows = rows_of(["Paraguay will counter the transshipment of textiles through its free zones.",
                    "Paraguay has also undertaken to take enforcement action against the transshipment of goods from "
                    "third countries."], STATEMENT)
    assert acts(rows) == [("PRY", "other", "enforce")] * 2
    rows = items("Paraguay will:", ["Step up action against the smuggling of cigarettes across its eastern border."],
                 STATEMENT)
    assert acts(rows) == [("PRY", "other", "enforce")]


def test_countering_no_offence_is_no_row():
    assert rows_of(["Paraguay will counter the influence of rival suppliers in the region."], STATEMENT) == []
    rows = rows_of(["The President is countering both practices through reciprocal tariffs."], FACT_SHEET)
    assert all(r.action != "enforce" for r in rows)


# 7. An order's "Nothing in this order alters the duties imposed ..." keeps those duties (the untouched-measure reader).
def test_nothing_in_this_order_alters_the_duties():
    rows = commitments_from([ORDER_OPENING, "Sec. 5. (b) Nothing in this order alters the duties imposed under section "
                             "232 of the Trade Expansion Act of 1962, as amended, on copper articles of Paraguay."],
                            published_at=ON, title="Implementing the Agreement on Reciprocal Trade With Paraguay",
                            article_id="r25-om-order")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("USA", "PRY", "tariff", "maintain")]


# 8. A duty the text withholds ("no additional duty ... shall be collected on it") is the levier's removal for each
# partner whose goods the sentence (or the one before it) names, with no values: the partner's own rate is a threshold.
def test_duty_withheld_from_partners_goods():
    rows = rows_of([PROCLAIMING, "(4) Notwithstanding clause 1, tiles that are products of the European Union or Japan "
                    "shall bear a combined rate of duty of no more than 15 percent. No additional duty under this "
                    "proclamation shall be collected on any such tile whose Column 1 rate of duty is 15 percent or higher."],
                   PROCLAMATION)
    removed = sorted((r.actor, r.counterparty, r.value_to) for r in rows if r.action == "remove")
    assert removed == [("USA", "EUN", None), ("USA", "JPN", None)]


def test_duty_withheld_in_an_exception_clause():
    rows = rows_of(["3. The United States shall apply to originating goods of Paraguay an additional ad valorem duty of "
                    "12 percent, except that no additional duty under that order shall apply to the goods listed in "
                    "Annex II."], AGREEMENT)
    assert sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "PRY", "impose", 12.0), ("USA", "PRY", "remove", None)]


def test_a_duty_applied_is_not_withheld():
    rows = rows_of(["3. The United States shall apply to originating goods of Paraguay an additional ad valorem duty of "
                    "12 percent."], AGREEMENT)
    assert [r.action for r in rows if r.category == "tariff"] == ["impose"]
