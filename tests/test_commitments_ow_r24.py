"""Round 24: wrong fields and extra rows on official pages (issue 4). Our own sentences only.

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.quantities import find_quantities
from tests.commitment_text import commitments_from, order_commitments

ON = datetime(2027, 3, 1)
PROCLAMATION_TITLE = "Adjusting Imports of Ceramic Tiles Into the United States"
ORDER_TITLE = "Further Modifying the Reciprocal Tariff Rates for Certain Trading Partners"
AGREEMENT_TITLE = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Fiji"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Ceramic Tiles"


def proclamation(*texts, title=PROCLAMATION_TITLE):
    return order_commitments(list(texts), published_at=ON, title=title, article_id="r24-ow-proclamation")


def agreement(*texts, title=AGREEMENT_TITLE):
    return commitments_from(list(texts), published_at=ON, title=title, article_id="r24-ow-agreement")


def fact_sheet(*texts, title=FACT_SHEET_TITLE):
    return commitments_from(list(texts), published_at=ON, title=title, article_id="r24-ow-fact-sheet")


def tariffs(rows) -> list[tuple]:
    """(levier, goods' country, action, earlier level, new level) of each tariff row, sorted."""
    return sorted((r.actor or "", r.counterparty or "", r.action, r.value_from, r.value_to) for r in rows
                  if r.category == "tariff")


def triples(rows) -> list[tuple]:
    return sorted((r.actor or "", r.category, r.action) for r in rows)


def of(rows, text: str) -> list:
    """The rows read from the sentence holding ``text``."""
    return [r for r in rows if text in (r.evidence or "")]


RECITAL = "Producers in Vietnam account for more than half of world output of glazed ceramic tiles."


# 1. The levying party of a capped combined rate on official pages.
def test_a_deal_partner_named_after_agreements_with_is_no_payer():
    rows = proclamation(RECITAL, "Canada, Norway, and Chile have each concluded agreements with the United States "
                                 "under which their products covered by this proclamation are charged a combined "
                                 "duty no higher than 12 percent.")
    assert tariffs(of(rows, "no higher than 12")) == [("USA", "CAN", "impose", None, 12.0),
                                                       ("USA", "CHL", "impose", None, 12.0),
                                                       ("USA", "NOR", "impose", None, 12.0)]


def test_the_signer_named_as_subject_levies_on_the_partners_its_subject_names():
    rows = proclamation(RECITAL, "Under the agreements on reciprocal trade that the United States has concluded with "
                                 "Canada and Norway, tile products of those partners already face a combined tariff no "
                                 "higher than 12 percent.")
    assert tariffs(of(rows, "no higher than 12")) == [("USA", "CAN", "impose", None, 12.0),
                                                       ("USA", "NOR", "impose", None, 12.0)]


def test_a_fronted_for_names_the_payers_of_a_fact_sheet_rate():
    rows = fact_sheet("Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on ceramic tiles "
                      "under Section 232.",
                      "For Canada and Norway, which have trade agreements with the United States, the Section 232 tariff "
                      "plus the regular duty tops out at 12%.")
    assert tariffs(of(rows, "tops out")) == [("USA", "CAN", "impose", None, 12.0), ("USA", "NOR", "impose", None, 12.0)]


def test_payers_listed_without_a_deal_partner_still_leave_the_levy_to_the_other_party():
    # (round 15's reading, unchanged: goods of listed countries are charged by the party outside the list)
    rows = commitments_from(["Mexico and Vietnam traded accusations over steel this week.",
                             "Steel from Vietnam, India and Thailand will be charged 35 pct under the new Mexican rule."],
                            published_at=ON, title="Mexico sets steel duties", authors=["A. Reporter"])
    assert {r.actor for r in rows if r.category == "tariff" and r.value_to == 35.0} == {"MEX"}


# 2. Hundreds with their tens in word numbers.
@pytest.mark.parametrize("text, value", [
    ("invest four hundred and twenty million dollars", 420e6),
    ("invest one hundred sixty billion dollars", 160e9),
    ("buy two hundred and seventy-five thousand tonnes of wheat", 275e3),
    ("invest two hundred million dollars", 200e6),  # (unchanged)
])
def test_hundreds_with_their_tens(text, value):
    assert [q.value for q in find_quantities(text)] == [value]


def test_an_investment_in_words_keeps_its_hundreds():
    rows = agreement("Belgian companies plan to invest four hundred and twenty million dollars in the United States, "
                     "including in a cathode plant in Ohio.", title="Joint Statement on a United States-Belgium Framework")
    assert [(r.actor, r.category, r.amount) for r in rows if r.category == "investment"] == [("BEL", "investment", 420e6)]


# 3. A verb of rising with the level it reaches is a step up.
def test_climbing_to_a_level_is_a_raise():
    rows = fact_sheet("Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on ceramic tiles.",
                      "The tile tariff will climb to 40% a year later unless domestic kilns reach 80% of capacity.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in of(rows, "climb")] == [("USA", "raise", None, 40.0)]


def test_jumping_to_a_lower_level_stays_a_cut():
    rows = commitments_from(["The duty on Thai shoes jumped to 10% from 25% last year, Bangkok said."],
                            published_at=ON, title="Shoe duties", authors=["A. Reporter"])
    assert [r.action for r in rows if r.category == "tariff" and r.value_to == 10.0] == ["reduce"]


# 4. The evasion of customs duties is the offence combated, not a tariff.
def test_combating_the_evasion_of_customs_duties_is_no_tariff_row():
    rows = agreement("The United States and Fiji will work together to combat transshipment and the evasion of "
                     "customs duties through their ports.")
    assert triples(rows) == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


# 5. Scope, delegation and procedure lines of a proclamation or its fact sheet state no measure.
def test_a_non_stacking_clause_is_scope():
    rows = proclamation("(4) An article subject to the duty imposed by clause (1) of this proclamation shall not also "
                        "be subject to the additional duties imposed under Proclamation 10001.")
    assert rows == []


def test_a_delegation_to_take_the_actions_necessary_is_no_row():
    rows = proclamation("(9) The Secretary, the Secretary of Homeland Security, and the United States Trade "
                        "Representative are authorized to take all actions appropriate to implement this proclamation, including "
                        "the modification of the Harmonized Tariff Schedule of the United States.")
    assert rows == []


def test_an_inclusions_process_is_no_row():
    rows = commitments_from(["Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on ceramic "
                             "tiles.", "The Proclamation:",
                             "Sets a 25% tariff on glazed tiles from all countries.",
                             "Within 60 days, the Department of Commerce will open an inclusions process so that American "
                             "tile makers can ask for more tile products to be brought under the tariffs."],
                            published_at=ON, title=FACT_SHEET_TITLE, kinds=["paragraph", "paragraph", "list_item",
                                                                            "list_item"], article_id="r24-ow-fs")
    assert of(rows, "inclusions") == []
    assert tariffs(rows) != []  # the tariff itself stays


# 6. A terminated suspension of duties is the duty's return.
def test_a_suspension_that_terminates_brings_the_rate_back():
    rows = proclamation("Sec. 3. Termination. (a) If the Government of Fiji has not signed an agreement by May 1, 2028, "
                        "the suspension extended by section 2 of this order shall terminate, and the rate of 20 percent "
                        "shall again apply to its goods.", title="Extending the Suspension of Duties on Goods of Fiji")
    assert [(r.actor, r.category, r.action, r.value_to, r.status) for r in rows] == \
        [("USA", "tariff", "resume", 20.0, "threatened")]


def test_a_termination_with_its_own_raise_is_that_raise():
    rows = proclamation("(b) Should Fiji fail to keep those commitments, I may terminate the suspension extended in "
                        "section 2 of this order and raise the additional duty to 30 percent.",
                        title="Extending the Suspension of Duties on Goods of Fiji")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "raise", 30.0)]


# 7. Talks on goods' treatment or on limits to shipments take that subject's category (convention 19).
@pytest.mark.parametrize("text, category", [
    ("The United States Trade Representative shall continue consultations with the Government of Fiji concerning the "
     "treatment of Fijian tuna under any action under section 232.", "tariff"),
    ("The Parties shall hold consultations, within 90 days of entry into force, on the treatment of footwear of Fiji "
     "made from Fijian leather.", "tariff"),
    ("The Secretary and the United States Trade Representative shall pursue negotiations with the Government of "
     "Vietnam and with the governments of other exporting countries on agreements that limit shipments of ceramic "
     "tiles to the United States.", "import_restriction"),
])
def test_talks_on_a_named_subject_take_its_category(text, category):
    rows = agreement(text)
    assert rows and {r.category for r in rows} == {category}
    assert {r.action for r in rows} == {"negotiate"}


def test_talks_on_the_deal_itself_stay_diplomatic():
    rows = agreement("The United States and Fiji will hold talks, within 90 days, on a reciprocal trade agreement.")
    assert {r.category for r in rows} == {"diplomatic"}


# 8. A party's own regimes: screening investment, controlling exports, banning goods of forced labour.
def test_a_mechanism_to_screen_investment_is_a_restriction():
    rows = agreement("Article 4", "1. Fiji shall establish, within one year, a mechanism to screen inbound foreign "
                                  "investment in its ports and airports.")
    assert ("FJI", "investment", "restrict") in triples(rows)
    assert ("FJI", "investment", "negotiate") not in triples(rows)


def test_a_working_group_on_investment_stays_talks():
    rows = agreement("Article 4", "1. The Parties shall establish a working group on investment in critical minerals.")
    assert {r.action for r in rows if r.category == "investment"} <= {"negotiate"}


def test_export_controls_adopted_restrict_exports():
    rows = agreement("Fiji shall adopt export controls on dual-use items that are comparable to those of the "
                     "United States.")
    assert triples(rows) == [("FJI", "export_control", "restrict")]


def test_aligning_with_export_controls_stays_enforcement():
    rows = agreement("Fiji shall align with the export controls of the United States on dual-use items.")
    assert ("FJI", "export_control", "enforce") in triples(rows)


def test_a_forced_labour_import_ban_is_an_import_restriction():
    rows = agreement("Fiji shall prohibit the importation into its territory of goods made wholly or in part by "
                     "forced labour.")
    assert triples(rows) == [("FJI", "import_restriction", "restrict")]


def test_establishment_checks_given_up_are_eased():
    rows = agreement("Fiji shall:", "(a) not require the inspection or registration of individual United States "
                                    "plants as a condition of import;",
                     "(b) not require import permits for United States wheat.")
    assert ("FJI", "import_restriction", "relax") in triples(of(rows, "plants"))
    # (round 25) papers not asked for are eased too: a plain "not require" ends nothing stated (guide round-20 review Q4)
    assert [r.action for r in of(rows, "permits")] == ["relax"]


# 9. A rate held at a level, and an order's rate "down from" an earlier one.
def test_holding_a_duty_at_a_level_is_no_talks():
    rows = agreement("3. Fiji shall hold its applied duty on United States trucks at no more than 8 percent.")
    assert tariffs(rows) == [("FJI", "USA", "maintain", None, 8.0)]


def test_holding_talks_stays_talks():
    rows = agreement("3. Fiji and the United States shall hold talks on the duties on trucks.")
    assert {r.action for r in rows} == {"negotiate"}


def test_an_order_rate_down_from_an_earlier_one_is_a_cut():
    rows = proclamation("Sec. 2. (a) With respect to goods of Fiji entered for consumption on or after March 1, 2027, "
                        "the additional ad valorem duty shall be 12 percent, down from the 18 percent rate applied "
                        "since August 2025.", title="Implementing the Agreement on Reciprocal Trade With Fiji")
    assert tariffs(rows) == [("USA", "FJI", "reduce", 18.0, 12.0)]


# 10. A fronted condition of a reservation states no commitment of its own.
def test_the_trigger_of_a_reservation_gives_no_row():
    rows = proclamation("(b) Should Fiji retaliate against the United States by raising its import duties or imposing "
                        "other measures on United States goods, I may increase the rate of duty set out in section 2 "
                        "of this order.",
                        title="Extending the Suspension of Duties on Goods of Fiji")
    assert triples(rows) == [("USA", "tariff", "raise")]


def test_a_condition_whose_main_clause_is_no_reservation_keeps_its_rows():
    rows = proclamation("Should Fiji eliminate its duties on United States beef by 2028, the Parties will review the "
                        "Agreement.", title="Extending the Suspension of Duties on Goods of Fiji")
    assert triples(rows) == [("FJI", "tariff", "remove")]


# 11. A tax and "any similar levy" are one measure.
def test_a_similar_levy_is_the_tax_again():
    rows = agreement("Fiji will not impose a digital services tax, or any comparable levy, on United States companies.")
    assert triples(rows) == [("FJI", "other", "maintain")]


def test_a_levy_of_its_own_stays_a_tariff():
    rows = agreement("Fiji will not impose a digital services tax on United States companies, and will eliminate its "
                     "import levy on United States rice.")
    assert ("FJI", "tariff", "remove") in triples(rows)


# 12. A formality named by what each shipment must undergo; a surcharge on goods is a duty.
def test_the_requirement_that_each_shipment_be_certified_is_an_import_formality():
    rows = agreement("Fiji shall eliminate the requirement that each consignment of United States dairy products be "
                     "certified by a Fijian agent.")
    assert triples(rows) == [("FJI", "import_restriction", "remove")]


def test_a_percentage_surtax_on_goods_is_a_duty():
    rows = agreement("Fiji will waive the 15 percent surtax it charges on imported diesel fuel and motor oil.")
    assert [(r.actor, r.action, r.value_from) for r in rows if r.category == "tariff"] == [("FJI", "remove", 15.0)]
    assert [r.category for r in rows] == ["tariff"]


def test_a_fuel_surcharge_is_no_duty():
    rows = commitments_from(["The carrier will drop its fuel surcharge on tickets to Fiji next month."],
                            published_at=ON, title="Airline fares", authors=["A. Reporter"])
    assert tariffs(rows) == []


# 13. Acting together against an offence, in other words (round 11 Q1: `enforce` by each party).
@pytest.mark.parametrize("text", [
    "Washington and Suva will also work side by side to counter duty evasion and the transshipment of goods.",
    "The United States and Fiji will coordinate their responses to the non-market policies of third countries.",
])
def test_acting_together_against_an_offence_is_enforcement(text):
    rows = commitments_from(["Today, President Donald J. Trump announced a trade and investment deal with Fiji.",
                             "SHARED SECURITY:", "The United States and Fiji will cooperate on export controls.", text],
                            published_at=ON, title="Fact Sheet: The United States and Fiji Trade and Investment Deal",
                            kinds=["paragraph", "heading", "list_item", "list_item"], article_id="r24-ow-fs2")
    assert triples(of(rows, text[-40:])) == [("FJI", "other", "enforce"), ("USA", "other", "enforce")]


# 14. A rate told as kept where it stands is `maintain` (convention 15).
@pytest.mark.parametrize("text", [
    "(c) Fiji: 0 percent for originating goods listed in Annex III to this order, while all other goods of Fiji remain "
    "subject to 12 percent;",
    "(b) In Executive Order 14999, I suspended 15 percentage points of that duty, so that an additional duty of 12 "
    "percent has applied to products of Fiji since January 2027.",
])
def test_a_rate_kept_where_it_stands_is_maintained(text):
    rows = proclamation(text, title="Further Modifying the Reciprocal Tariff Rate for Fiji")
    assert [(r.actor, r.action) for r in rows if r.category == "tariff" and r.value_to == 12.0] == [("USA", "maintain")]


def test_a_rate_set_with_no_word_of_keeping_stays_imposed():
    rows = proclamation("Sec. 2. (a) Goods of Fiji shall be subject to an additional ad valorem duty of 12 percent.",
                        title="Further Modifying the Reciprocal Tariff Rate for Fiji")
    assert [(r.actor, r.action) for r in rows if r.category == "tariff" and r.value_to == 12.0] == [("USA", "impose")]


# 15. A government body after a fronted time adverbial is the subject.
def test_a_government_after_a_time_adverbial_acts():
    rows = proclamation("(c) Since that order, the Government of Fiji has agreed to eliminate its import duties on "
                        "frozen beef of the United States.", title="Extending the Suspension of Duties on Goods of Fiji")
    assert [(r.actor, r.category, r.action) for r in rows] == [("FJI", "tariff", "remove")]


# 16. An order's operative clause that sets the cut its recitals told is that cut (convention 8).
def test_the_operative_clause_gives_the_recited_cut_its_earlier_level():
    rows = proclamation("Under the Agreement, the United States agreed to lower the additional ad valorem duty on goods "
                        "of Fiji to 12 percent.",
                        "Sec. 2. Modification of Duties. (a) The additional ad valorem duty applicable to articles that "
                        "are products of Fiji shall be 12 percent, in lieu of the 18 percent rate imposed by Executive "
                        "Order 14999.", title="Implementing the Agreement on Reciprocal Trade With Fiji")
    assert tariffs(rows) == [("USA", "FJI", "reduce", 18.0, 12.0)]


def test_two_cuts_to_different_levels_stay_two_rows():
    rows = proclamation("Under the Agreement, the United States agreed to lower the additional ad valorem duty on goods "
                        "of Fiji to 12 percent.",
                        "Sec. 2. (a) The additional ad valorem duty applicable to articles that are products of Fiji "
                        "shall be 10 percent, in lieu of the 18 percent rate imposed by Executive Order 14999.",
                        title="Implementing the Agreement on Reciprocal Trade With Fiji")
    assert sorted(r.value_to for r in rows if r.category == "tariff") == [10.0, 12.0]


# 17. The level a relative clause gives the duty a row removes is that row's earlier level, no second measure.
def test_the_level_of_a_duty_being_removed_is_no_row_of_its_own():
    rows = fact_sheet("Fiji will:", "Do away with its customs duties on rice and cheese from the United States, which "
                                    "currently stand at 25 percent.", title="Fact Sheet: The United States and Fiji Deal")
    assert tariffs(rows) == [("FJI", "USA", "remove", 25.0, None)]


def test_a_second_rate_with_its_own_verb_stays():
    rows = fact_sheet("The United States will apply a tariff rate of 12 percent to goods of Fiji and will remove that "
                      "12 percent duty on Fijian tuna.", title="Fact Sheet: The United States and Fiji Deal")
    assert any(r.action == "impose" and r.value_to == 12.0 for r in rows if r.category == "tariff")
