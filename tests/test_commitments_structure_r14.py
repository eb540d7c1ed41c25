"""Commitment extraction, round 14: structure — who acts, who buys, who pays, and how a page's lists
and partner lists hand them down.

Each class is tested on several wordings of our own; countries, firms and figures are invented or used
only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, order_commitments

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)


def extract(*texts, title, levels=None, kinds=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, levels=levels, kinds=kinds,
                            article_id="test-structure-r14")


def shapes(rows):
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows)


# --- the levying party of a tariff named by the goods that pay it --------------------------------

POLAND_TITLE = "Joint Fact Sheet on the Meeting of the Presidents of the United States and Poland"
POLAND_OPENING = "The Presidents of the United States and Poland met in Washington."


def test_goods_of_a_party_facing_a_named_levier_s_tariff_give_the_levier():
    # the goods' country pays; a party named earlier in the sentence ("between the United States and
    # the EU", "The United States and Poland noted that") is not the payer
    for sentence in (
        "The leaders welcomed the deal between the United States and the EU, under which most goods from "
        "Poland face a U.S. tariff of no more than 15 percent.",
        "After talks between Washington and Brussels, Polish exports now face a 15% U.S. tariff.",
        "Under the framework agreed between the United States and the European Union, products from Poland "
        "will be subject to a 15 percent U.S. tariff.",
        "The United States and Poland noted that Polish goods face a U.S. tariff of no more than 15 percent.",
        "Following the accord signed by the United States and the European Union, Polish cars will face a "
        "15 percent duty.",
    ):
        rows = [r for r in extract(POLAND_OPENING, sentence, title=POLAND_TITLE) if r.evidence == sentence]
        assert rows, sentence
        assert {(r.actor, r.category, r.action, r.value_to) for r in rows} == {("USA", "tariff", "impose", 15.0)}, sentence
        assert "POL" in {r.counterparty for r in rows}, sentence


def test_a_deal_s_parties_in_a_fronted_phrase_are_no_paying_partners():
    sentence = ("Under the deal between the United States and Japan, goods from Vietnam, Laos and Cambodia will "
                "face a 20 percent U.S. tariff.")
    rows = [r for r in extract("The United States reached deals with Vietnam, Laos and Cambodia.", sentence,
                               title="Fact Sheet: President Donald J. Trump Secures Deals in Southeast Asia")
            if r.evidence == sentence]
    assert sorted((r.actor, r.counterparty, r.value_to) for r in rows) == [
        ("USA", "KHM", 20.0), ("USA", "LAO", 20.0), ("USA", "VNM", 20.0)]


def test_a_person_who_levied_a_tariff_is_not_the_goods_origin():
    for sentence in ("The tariffs imposed by President Trump on Vietnamese steel remain in place.",
                     "The tariffs the United States imposed on Vietnamese steel remain in place."):
        rows = extract(sentence, title="What They Are Saying: The United States and Vietnam Reach a Deal")
        assert [(r.actor, r.counterparty) for r in rows] == [("USA", "VNM")], sentence


def test_a_relative_clause_with_its_own_subject_is_no_talks_by_the_parties_before_it():
    # "a process through which producers can ask ...": the producers' request, not the parties' talks
    sentence = ("The Secretary of Commerce will also set up a process through which domestic producers can ask "
                "that further parts be brought under the tariff.")
    rows = [r for r in extract("The United States and the European Union reached a deal on steel.", sentence,
                               title="Fact Sheet: President Donald J. Trump Adjusts Imports of Drones")
            if r.evidence == sentence]
    assert not [r for r in rows if r.action == "negotiate"]


# --- the buyer of a purchase named after "by" -----------------------------------------------------

PERU_TITLE = "Joint Statement on Framework for United States-Peru Agreement on Reciprocal Trade"


def purchase_rows(item):
    rows = extract("The United States and Peru reached a framework agreement.",
                   "The two countries welcome these commercial arrangements:", item,
                   title=PERU_TITLE, levels=[0, 0, 1], kinds=["paragraph", "paragraph", "list_item"])
    return [r for r in rows if r.evidence == item]


def test_purchases_by_a_country_s_buyers_are_that_country_s():
    for item, amount in (
        ("Purchases by Peruvian flour mills of about 900,000 metric tons of U.S. wheat each year.", 900000.0),
        ("Purchases of about 500,000 metric tons of U.S. corn a year by Peruvian feed mills.", 500000.0),
        ("Annual purchases of U.S. rice by Peruvian buyers worth $200 million.", 200000000.0),
        ("Purchase by Peru's state airline of 12 Boeing aircraft.", 12.0),
        ("An order by a Peruvian carrier for 8 Boeing 787 aircraft.", 8.0),
    ):
        rows = purchase_rows(item)
        assert [(r.actor, r.counterparty, r.category, r.amount) for r in rows] == [("PER", "USA", "purchase", amount)], item


def test_goods_made_by_a_country_s_workers_do_not_make_it_the_buyer():
    item = "Purchases of U.S. machinery made by American workers worth $2 billion."
    assert [(r.actor, r.category) for r in purchase_rows(item)] == [("PER", "purchase")]


# --- a rate for a list of partners after a rate that named none -----------------------------------

ROBOT_TITLE = "Adjusting Imports of Robotics and Industrial Machinery Into the United States"


def test_a_partner_list_rate_after_an_unnamed_rate_of_the_same_level_gives_a_row_per_partner():
    unnamed = ("(2) The machine tools listed in Annex I to this proclamation shall be subject to an additional "
               "ad valorem duty of 15 percent upon entry.")
    for sentence in (
        "(4) For goods of the European Union, Japan and the Republic of Korea, the combined duty shall not "
        "exceed 15 percent.",
        "(4) The combined duty on goods of the European Union, Japan and the Republic of Korea shall not "
        "exceed 15 percent.",
        "(4) Goods of the European Union, Japan and the Republic of Korea shall instead be dutiable at 15 percent.",
        "(4) In the case of goods of the European Union, Japan or the Republic of Korea, the duty shall be "
        "15 percent.",
    ):
        rows = order_commitments(["(1) Industrial robots shall be subject to an additional ad valorem duty of "
                                  "25 percent upon entry.", unnamed, sentence],
                                 published_at=PUBLISHED, title=ROBOT_TITLE, article_id="test-structure-r14")
        listed = sorted((r.actor, r.counterparty, r.value_to) for r in rows if r.evidence == sentence)
        assert listed == [("USA", "EUN", 15.0), ("USA", "JPN", 15.0), ("USA", "KOR", 15.0)], sentence
        assert [r.value_to for r in rows if r.evidence == unnamed] == [15.0], sentence


# --- a general lead that its party's list breaks into items (guide rule 6) ------------------------

NORWAY_TITLE = "Fact Sheet: President Donald J. Trump Secures a Trade Agreement with Norway"
NORWAY_ITEMS = ["Eliminate tariffs on U.S. industrial goods;",
                "Purchase $5 billion of U.S. liquefied natural gas by 2028; and",
                "Accept U.S. vehicle safety standards."]
ITEM_SHAPES = [("NOR", "market_access", "relax", None), ("NOR", "purchase", "purchase", None),
               ("NOR", "tariff", "remove", None)]


def listed(lead):
    return extract(lead, *NORWAY_ITEMS, title=NORWAY_TITLE, levels=[0, 1, 1, 1],
                   kinds=["paragraph", "list_item", "list_item", "list_item"])


def test_a_general_lead_before_its_party_s_list_is_no_row_of_its_own():
    for lead in (
        "Under the agreement, Norway has committed to open its market wider. Norway will:",
        "Norway agreed to open its market to American producers. Under the Agreement, Norway shall:",
        "Norway will open its market to American exports. Norway's commitments include:",
        "Norway will open its market to American exports. Commitments of Norway:",
        "Norway committed to reducing barriers for American exporters. Specifically, Norway has agreed to:",
    ):
        rows = listed(lead)
        assert shapes(rows) == ITEM_SHAPES, lead
        assert all(r.evidence in NORWAY_ITEMS for r in rows), lead


def test_an_including_lead_and_a_lead_with_a_figure_stay_rows():
    rows = listed("Norway will open its market to American exports, including:")
    assert ("NOR", "market_access", "relax") in {(r.actor, r.category, r.action) for r in rows
                                                 if r.evidence.endswith("including:")}
    lead = "Norway will cut its tariff on U.S. pork to 5 percent. Norway will also:"
    rows = listed(lead)
    assert [(r.actor, r.value_to) for r in rows if r.category == "tariff" and r.evidence in lead] == [("NOR", 5.0)]


def test_the_party_the_closing_line_names_acts_in_the_items_and_another_party_s_lead_stays():
    for lead in (
        "The United States will remove tariffs on Norwegian salmon. Norway will:",
        "The United States will open its market to Norwegian seafood. In return, Norway shall:",
        "The United States will remove tariffs on Norwegian salmon. NORWAY WILL:",
        "The United States will open its market to Norwegian seafood. Norway has agreed to:",
    ):
        rows = listed(lead)
        assert [r.actor for r in rows if r.evidence in lead] == ["USA"], lead
        assert shapes(r for r in rows if r.evidence in NORWAY_ITEMS) == ITEM_SHAPES, lead


def test_a_list_opened_by_the_united_states_after_a_partner_s_sentence_is_the_united_states():
    lead = "Norway will eliminate tariffs on U.S. industrial goods. THE UNITED STATES WILL:"
    item = "Remove the additional tariff on Norwegian salmon."
    rows = extract(lead, item, title=NORWAY_TITLE, levels=[0, 1], kinds=["paragraph", "list_item"])
    assert [(r.actor, r.category, r.action) for r in rows if r.evidence == item] == [("USA", "tariff", "remove")]


def test_an_item_naming_a_tariff_is_no_figure_of_the_lead_s_purchase():
    lead = "Norway has committed to buy more of what American workers make. Norway will:"
    item = "Bring its duty on U.S. fuel ethanol to zero from 12 percent;"
    rows = extract(lead, item, NORWAY_ITEMS[1], title=NORWAY_TITLE, levels=[0, 1, 1],
                   kinds=["paragraph", "list_item", "list_item"])
    assert not [r for r in rows if r.evidence == item and r.category == "purchase"]


# --- cooperation on export controls and investment screening is one export-control row per party --

def test_export_control_and_investment_screening_cooperation_is_export_control():
    for sentence in (
        "The United States and Poland will deepen cooperation on export controls and the screening of "
        "foreign investment in sensitive sectors.",
        "The United States and Poland will deepen their cooperation on export controls and investment security.",
        "The United States and Poland will strengthen cooperation on investment screening and export controls.",
        "The United States and Poland will expand cooperation on export controls and inbound investment reviews.",
    ):
        rows = [r for r in extract(POLAND_OPENING, sentence, title=POLAND_TITLE) if r.evidence == sentence]
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("POL", "export_control", "negotiate"), ("USA", "export_control", "negotiate")], sentence


# --- a deal's parties named together hold its review, a row each ---------------------------------

MEXICO_TITLE = "Mexico approves tariffs on Chinese cars ahead of trade pact review"
MEXICO_OPENING = ("Mexico's Senate approved new tariffs on Chinese cars; the United States has charged a 25% tariff "
                  "on some Mexican goods since March.")


def test_a_review_of_a_trade_pact_by_its_parties_is_talks_for_each():
    for sentence in (
        "The vote comes weeks before Washington, Mexico City and Ottawa are due to begin a joint review of the "
        "trade pact.",
        "The United States, Mexico and Canada will begin a joint review of the United States-Mexico-Canada "
        "Agreement in July.",
        "The United States, Mexico and Canada are set to start the mandatory review of their trade agreement "
        "next year.",
        "Officials from the United States, Mexico and Canada will conduct a formal review of the USMCA in July.",
    ):
        rows = [r for r in extract(MEXICO_OPENING, sentence, title=MEXICO_TITLE) if r.evidence == sentence]
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("CAN", "diplomatic", "negotiate"), ("MEX", "diplomatic", "negotiate"),
            ("USA", "diplomatic", "negotiate")], sentence


def test_a_review_of_anything_but_a_deal_is_no_talks():
    for sentence in ("The Commerce Department will begin a review of steel imports next month.",
                     "Canada will start the review of its pension rules in July."):
        rows = [r for r in extract(MEXICO_OPENING, sentence, title=MEXICO_TITLE) if r.evidence == sentence]
        assert not [r for r in rows if r.action == "negotiate"], sentence


def test_envoys_of_several_parties_act_for_each():
    sentence = "Negotiators from the United States, Mexico and Canada will launch talks on rules of origin in July."
    rows = [r for r in extract(MEXICO_OPENING, sentence, title=MEXICO_TITLE) if r.evidence == sentence]
    assert {r.actor for r in rows} == {"USA", "MEX", "CAN"}


# --- a bill or law as the subject is the measure of the legislature the story named ---------------

def test_a_bill_passed_by_a_named_legislature_is_that_country_s_measure():
    for opening, bill, country in (
        ("MEXICO CITY (Wire) - Mexico's Senate on Wednesday approved a package of trade measures aimed at "
         "Chinese imports, weeks before a review of its trade pact with the United States.",
         "The bill, which cleared the lower house a day earlier, also sets duties ranging from 10% to 35% on "
         "steel and textiles from countries without a trade agreement.", "MEX"),
        ("JAKARTA (Wire) - Indonesian lawmakers on Tuesday passed new trade rules in talks with the United States.",
         "The law raises import duties on ceramics from China to 40 percent.", "IDN"),
        ("PRETORIA (Wire) - South Africa's parliament voted on Thursday on a customs package as talks with "
         "Washington stalled.",
         "The legislation imposes a 20% duty on imported poultry.", "ZAF"),
        ("BRASILIA (Wire) - Brazil's Congress approved a reciprocity law as the United States kept its tariffs "
         "on Brazilian goods.",
         "The new law sets tariffs of up to 25% on steel from countries without a trade agreement.", "BRA"),
    ):
        rows = [r for r in extract(opening, bill, title="Lawmakers approve new tariffs") if r.evidence == bill]
        assert [(r.actor, r.category) for r in rows] == [(country, "tariff")], bill


# --- a list of nouns inside the subject does not end it --------------------------------------------

def test_a_serial_list_inside_the_subject_keeps_its_party():
    opening = "The Presidents of the United States and Korea met in Washington."
    title = "Joint Fact Sheet on the Meeting of the Presidents of the United States and Korea"
    for sentence, amount in (
        ("Korean makers of batteries, chips, and ships will invest $20 billion in the United States.", 20e9),
        ("Korean companies in the energy, video game, and manufacturing sectors will invest more than $5 billion "
         "in the United States over the next five years.", 5e9),
        ("Korean firms from the auto, steel, and chemical industries plan to invest $7 billion in U.S. plants.", 7e9),
        ("Korean investors in the shipbuilding, nuclear, and battery sectors intend to invest $9 billion in U.S. "
         "shipyards.", 9e9),
    ):
        rows = [r for r in extract(opening, sentence, title=title) if r.evidence == sentence]
        assert [(r.actor, r.category, r.amount) for r in rows] == [("KOR", "investment", amount)], sentence


def test_a_second_clause_after_a_list_keeps_its_own_subject():
    opening = "The Presidents of the United States and Korea met in Washington."
    sentence = "Exporters from the energy, farm, and aircraft sectors will benefit, and Korea will purchase $10 billion of U.S. LNG."
    rows = [r for r in extract(opening, sentence, title="Joint Fact Sheet on Korea") if r.evidence == sentence]
    assert [(r.actor, r.category) for r in rows] == [("KOR", "purchase")]


# --- a country's legislature acts for it -----------------------------------------------------------

def test_a_country_s_legislature_as_subject_is_that_country():
    for sentence, country, rate in (
        ("Mexico's Senate on Wednesday approved tariffs of up to 50% on cars imported from China.", "MEX", 50.0),
        ("Indonesian lawmakers on Tuesday approved tariffs of 40% on ceramics from China.", "IDN", 40.0),
        ("Brazil's Congress voted to impose a 25% tariff on U.S. ethanol.", "BRA", 25.0),
        ("South Africa's parliament approved a 20% duty on imported poultry from the United States.", "ZAF", 20.0),
    ):
        rows = [r for r in extract(sentence, "The United States has criticized the move.",
                                   title="Lawmakers approve new tariffs on Chinese cars") if r.evidence == sentence]
        assert [(r.actor, r.category, r.value_to) for r in rows] == [(country, "tariff", rate)], sentence


def test_countries_defined_by_their_lack_of_a_deal_with_a_party_are_tariffed_by_that_party():
    for sentence, country in (
        ("Mexico's Senate approved tariffs of up to 50% on cars from countries that lack a trade agreement with "
         "Mexico.", "MEX"),
        ("Brazil's Congress voted to impose a 25% tariff on steel from countries that lack a trade deal with Brazil.",
         "BRA"),
    ):
        rows = [r for r in extract(sentence, title="Lawmakers approve new tariffs") if r.evidence == sentence]
        assert [(r.actor, r.category) for r in rows] == [(country, "tariff")], sentence
