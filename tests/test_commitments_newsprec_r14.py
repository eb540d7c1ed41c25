"""Commitment extraction, round 14: news and precision (direction and status in reporting, rows that
should not exist, background in wire stories).

Each class is tested on several wordings of its shape, and on sentences from other news (sport,
business, courts) that must stay without rows. Every sentence is our own; people, companies and
figures are invented, countries are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, order_commitments

WIRE_DAY = datetime(2026, 6, 5, 14, 0, tzinfo=timezone.utc)
BRAZIL_WIRE = "U.S. eases tariffs on Brazilian farm goods"
MEXICO_WIRE = "Mexico's Senate approves tariffs on Chinese cars"
ORDER_TITLE = "Addressing Threats to the United States by the Government of Ruritania"


def extract(*texts, title=BRAZIL_WIRE, published_at=WIRE_DAY):
    return commitments_from(list(texts), published_at=published_at, title=title, article_id="test-newsprec-r14")


def order(*texts, title=ORDER_TITLE):
    return order_commitments(list(texts), published_at=WIRE_DAY, title=title, article_id="test-newsprec-r14-order")


def acts(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# --- (1) a removal is never an imposition: the measure named again as a time point -------------------

def test_a_removed_tariff_named_again_in_a_time_clause_gives_only_the_removal():
    for text, actor, rate in (
            ("President Trump on Thursday removed the 40% tariff on Brazilian beef, handing exporters their "
             "biggest relief since the levy was imposed in the summer.", "USA", 40.0),
            ("Washington lifted the 25% duty on Brazilian shoes, the first easing since the tariffs were "
             "imposed in March.", "USA", 25.0),
            ("Brazil scrapped its 18% tariff on U.S. ethanol on Monday, two years after the duty was introduced.",
             "BRA", 18.0),
            ("Trump on Friday dropped the 20% tariff on Brazilian coffee, months after it was imposed.", "USA", 20.0)):
        rows = extract("Brazil and the United States have traded tariffs for a year.", text)
        assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [(actor, "remove", rate, None)], text


def test_a_measure_imposed_in_its_own_sentence_is_still_a_historical_row():
    rows = extract("Trump imposed the extra 40% duty on Brazilian goods in July.")
    assert [(r.actor, r.counterparty, r.action, r.value_to, r.status) for r in rows] == \
        [("USA", "BRA", "impose", 40.0, "implemented")]


# --- (1) a measure left in place is kept -------------------------------------------------------------

def test_a_measure_left_in_place_or_unchanged_is_maintained():
    for text, expected in (
            ("The order leaves the 40% duty in place on most other Brazilian goods, including footwear.",
             ("USA", "tariff", "maintain", None, 40.0)),
            ("Trump left the 25% tariff on Brazilian trucks in place.", ("USA", "tariff", "maintain", None, 25.0)),
            ("Washington left its 10% baseline tariff on Brazilian goods unchanged.",
             ("USA", "tariff", "maintain", None, 10.0)),
            ("The administration is leaving sanctions on Brazilian officials intact.",
             ("USA", "sanctions", "maintain", None, None))):
        rows = extract("President Trump on Thursday removed the 40% tariff on Brazilian beef.", text)
        assert acts(r for r in rows if r.action != "remove") == [expected], text


def test_leaving_people_places_or_papers_is_no_measure():
    for text in ("The striker left the club in March to join a rival in Sao Paulo.",
                 "The storm left thousands of homes in Recife without power.",
                 "The minister left the trade talks early, leaving the details unchanged."):
        assert extract(text) == [], text


# --- (1) a refusal of a levy named as a noun ----------------------------------------------------------

def test_ruling_out_or_rejecting_a_levy_is_a_rejected_row_of_the_refusing_party():
    for text, actor in (
            ("President Claudia Sheinbaum has repeatedly ruled out retaliatory tariffs on U.S. goods.", "MEX"),
            ("Mexico City has ruled out new duties on American corn.", "MEX"),
            ("Mexico rejected any retaliatory tariffs on U.S. pork, officials said.", "MEX")):
        rows = extract(text, title=MEXICO_WIRE)
        assert [(r.actor, r.category, r.action, r.status) for r in rows] == [(actor, "tariff", "impose", "rejected")], text


def test_ruling_out_or_rejecting_what_is_no_levy_gives_no_row():
    for text in ("The coach ruled out a return for the injured striker before the derby.",
                 "The court rejected the appeal of the former mayor.",
                 "The central bank ruled out a rate cut in July."):
        assert extract(text, title=MEXICO_WIRE) == [], text


# --- (1) a legislature's vote on a levy, and sanctions told by the verb -------------------------------

def test_a_legislature_approving_tariffs_is_its_countrys_levy():
    for text, rate in (
            ("Mexico's Senate on Wednesday approved tariffs of up to 50% on cars imported from China.", 50.0),
            ("The Mexican Senate approved new tariffs of 20% on Chinese toys.", 20.0)):
        rows = extract(text, title=MEXICO_WIRE)
        assert [(r.actor, r.counterparty, r.action, r.value_to) for r in rows] == [("MEX", "CHN", "impose", rate)], text


def test_approving_or_passing_what_is_no_levy_gives_no_row():
    for text in ("The Senate passed the budget bill on Tuesday.",
                 "Shareholders approved the merger of the two carmakers.",
                 "The quarterback passed for 300 yards."):
        assert extract(text, title=MEXICO_WIRE) == [], text


def test_sanctioning_a_named_person_or_body_is_a_sanctions_row():
    for text, counterparty in (
            ("The Treasury Department also sanctioned Supreme Court Justice Alexandre de Moraes in July.", "BRA"),
            ("Washington sanctioned two Chinese refiners last month.", "CHN"),
            ("The United States will sanction Venezuelan officials who undermine the vote.", "VEN")):
        rows = extract(text)
        assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == \
            [("USA", counterparty, "sanctions", "impose")], text


def test_sanctioned_as_an_adjective_or_by_a_sports_body_gives_no_row():
    for text in ("Banks must screen transactions with sanctioned entities.",
                 "The league sanctioned the club for breaching spending rules.",
                 "The fight was sanctioned by the boxing federation."):
        assert extract(text) == [], text


# --- (1) a candidate's promise is no government's -----------------------------------------------------

def test_a_candidates_promise_gives_no_row():
    title = "Senate hopefuls spar over farm tariffs"
    for text in (
            "Lund said that if elected he would push to end tariffs on imported fertilizer.",
            "The challenger vowed on the campaign trail to slap a 60% tariff on Chinese goods.",
            "If she wins the nomination, Harper has pledged to lift sanctions on Venezuela.",
            "Once in office, he promised, he would cut tariffs on Mexican avocados to zero.",
            "Her campaign platform calls for removing the 25% tariff on Canadian lumber."):
        assert extract(text, title=title) == [], text


def test_a_condition_that_is_no_election_keeps_the_row():
    rows = extract("The United States will cut its tariff on Japanese cars to 15% if Japan invests $550 billion.",
                   title="U.S. and Japan reach trade deal")
    assert [(r.actor, r.action, r.value_to, r.conditional) for r in rows] == [("USA", "reduce", 15.0, True)]


# --- (2) an analyst's quote, the label after the speech verb ------------------------------------------

def test_a_quote_labelled_after_the_verb_as_an_analysts_gives_no_row():
    for text in (
            '"Washington has given up the tariffs that were hurting shoppers and kept the ones that hurt our '
            'industry," said Fernanda Lima, a trade economist at a consultancy.',
            '"Brazil will cut its ethanol tariff to 10% before it lowers anything else," said John Park, an '
            'analyst at Capital Economics.',
            '"Brasilia will keep buying U.S. wheat," according to Mei Chen, a senior fellow at a think tank.',
            '"They removed the 25% tariff because prices were rising," said Tom Reed, chief economist at a bank.'):
        assert extract(text) == [], text


def test_an_officials_quote_labelled_after_the_verb_keeps_its_row():
    rows = extract('"We will remove the 25% tariff on Brazilian steel next week," said Commerce Secretary '
                   'Howard Lutnick.')
    assert [(r.actor, r.action, r.value_from) for r in rows] == [("USA", "remove", 25.0)]


# --- (2) findings, justifications, procedures and the partner's act in a condition --------------------

def test_the_conduct_a_finding_describes_is_no_measure():
    for text in (
            "I find that the policies and actions of the Government of Colombia, which facilitate the production "
            "and trafficking of illicit drugs, constitute an unusual and extraordinary threat.",
            "I find that the policies, practices, and actions of the Government of Nicaragua, which restrict the "
            "export of United States goods and suspend cooperation on narcotics, pose an unusual and "
            "extraordinary threat to the United States.",
            "The conduct of the Government of Venezuela, which has ended its cooperation on drug enforcement, "
            "creates a grave threat to our security."):
        assert order(text) == [], text


def test_the_partners_response_in_a_condition_is_no_row_of_its_own():
    for text in (
            "Should the Government of Colombia respond to this order by raising its own duties on goods of the "
            "United States, I will increase the duty in section 2 accordingly.",
            "If the Government of Colombia retaliates against the United States by imposing duties on United "
            "States goods, I will increase the duty imposed by this order."):
        rows = order(text, title="Addressing Threats to the United States by the Government of Colombia")
        assert [(r.actor, r.counterparty, r.action) for r in rows] == [("USA", "COL", "raise")], text


def test_a_reservation_against_the_partners_response_is_threatened_and_conditional():
    for text in (
            "Modification. (a) Should the Government of Colombia respond to this order by raising its own duties "
            "on goods of the United States, I will increase the duty in section 3(a) by a corresponding amount.",
            "(b) Should the Government of Colombia respond by imposing duties on United States goods, I will "
            "raise the duty set in this section."):
        rows = order(text, title="Addressing Threats to the United States by the Government of Colombia")
        assert [(r.action, r.status, r.conditional) for r in rows] == [("raise", "threatened", True)], text


def test_a_procedure_for_others_requests_is_no_measure():
    title = "Fact Sheet: President Donald J. Trump Adjusts Imports of Drones"
    for text in (
            "The Secretary of Commerce will also set up a process through which domestic producers can ask that "
            "additional drone components be brought under the tariff.",
            "Commerce will establish a procedure under which U.S. firms may request that more parts be added to "
            "the tariffs.",
            "The order sets up a mechanism through which importers can apply for exclusions from the 25% tariff."):
        assert extract(text, title=title) == [], text


def test_a_relative_clause_naming_the_measure_a_verb_takes_is_no_second_row():
    for text, expected in (
            ("If the Trade Representative advises me that Argentina has not met its commitments, I may restore "
             "the duties that section 2(a) of this order removes.",
             [("USA", "tariff", "resume", None, None)]),
            ("China will lift the export curbs that Beijing imposed in April.",
             [("CHN", "export_control", "remove", None, None)])):
        rows = order(text, title="Implementing the Agreement on Reciprocal Trade with the Argentine Republic") \
            if text.startswith("If") else extract(text, title="China and U.S. extend trade truce")
        assert acts(rows) == expected, text


def test_keeping_faith_or_pace_is_no_measure_kept():
    for text in ("In my judgment, the steps taken in this order are needed to meet the emergency and keep faith "
                 "with what the United States promised in the Agreement.",
                 "Our exporters have kept pace with demand from Ruritania."):
        assert order(text) == [], text


def test_a_lead_saying_what_the_framework_will_do_is_no_row():
    for text in (
            "The United States and Sri Lanka have concluded a Framework for an Agreement on Reciprocal Trade "
            "(Agreement) that will put the commercial relationship on a fairer footing, open Sri Lanka's market "
            "to American farmers, and deepen our cooperation.",
            "The United States and Peru have reached an Agreement on Reciprocal Trade (\u201cthe Agreement\u201d), "
            "which will expand trade, open Peru's market to U.S. beef, and strengthen ties.",
            "Officials hailed a pact that opens new markets, removes barriers to American goods, and creates jobs."):
        assert extract(text, title="Joint Statement on a Framework for an Agreement on Reciprocal Trade") == [], text


# --- (3) background: rates in force named in passing, trade kept up, an order's issuer ----------------

def test_a_rate_named_by_its_owners_clause_is_a_historical_row():
    for text, actor, counterparty, rate in (
            ("Other irritants remain, and U.S. ethanol producers have long objected to the 18% tariff Brazil "
             "charges on their fuel.", "BRA", "USA", 18.0),
            ("Growers have long complained about the 25 percent duty that India levies on U.S. almonds.",
             "IND", "USA", 25.0),
            ("Carmakers point to the 10% tariff the European Union applies to American cars.", "EUN", "USA", 10.0)):
        rows = extract(text, title="Trade irritants linger")
        assert [(r.actor, r.counterparty, r.action, r.value_to, r.status) for r in rows] == \
            [(actor, counterparty, "impose", rate, "implemented")], text


def test_a_rate_that_applies_to_most_countries_is_the_levier_s_beside_its_own_tariff():
    rows = extract("Trump imposed the extra 40% duty on Brazil in July, on top of a 10% tariff that applies to most "
                   "countries.")
    assert sorted((r.actor, r.counterparty, r.value_to) for r in rows) == [("USA", "BRA", 10.0), ("USA", "BRA", 40.0)]


def test_a_fee_a_club_or_city_charges_is_no_tariff():
    for text in ("Fans complained about the 10% fee the club charges on tickets.",
                 "The 5% levy that the city applies to hotel stays funds the stadium."):
        assert extract(text, title="Stadium plans") == [], text


def test_trade_kept_up_is_no_measure_kept_but_a_levy_kept_is():
    rows = extract("Manufacturers in Mexico's export assembly programs will be able to keep bringing in inputs "
                   "without paying the new duties.", title=MEXICO_WIRE)
    assert rows == []
    rows = extract("Mexico will keep charging a 20% tariff on Chinese steel.", title=MEXICO_WIRE)
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("MEX", "maintain", 20.0)]


def test_a_tariff_on_a_class_of_countries_without_a_deal_with_the_levier_stays_the_leviers():
    rows = extract("Mexico's Senate on Wednesday approved tariffs of up to 50% on cars imported from China and other "
                   "countries that lack a trade agreement with Mexico.", title=MEXICO_WIRE)
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("MEX", "impose", 50.0)]


# --- (2) a measure named only to draw a new measure's scope -------------------------------------------

def test_goods_already_under_a_measure_and_left_out_of_the_new_one_give_no_row():
    title = "Fact Sheet: President Donald J. Trump Adjusts Imports of Wind Turbines"
    for text in (
            "Parts already subject to the Section 232 tariffs on steel and aluminum are not covered by these "
            "tariffs, and the two sets of tariffs do not stack.",
            "Goods already subject to the 25% tariffs on autos are excluded from the new duties.",
            "Products that already face Section 232 duties on copper will not be charged the reciprocal tariff."):
        assert extract(text, title=title) == [], text


def test_a_party_that_already_pays_a_rate_is_still_a_row():
    rows = extract("Japan already pays a 15% tariff on cars.", title="U.S. and Japan trade deal")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "JPN", 15.0)]


# --- (1) talks over a levy take the levy's category ---------------------------------------------------

def test_talks_over_a_levy_are_tariff_talks_of_each_party():
    for text in ("Vieira and Rubio agreed on a call this week to continue negotiations over the tariffs still in force.",
                 "The two sides will hold talks on the steel tariffs next month.",
                 "Officials agreed to resume negotiations about the duties on Brazilian beef."):
        rows = extract(text)
        assert {(r.actor, r.category, r.action) for r in rows} >= {("USA", "tariff", "negotiate")}, text
        assert all(r.category == "tariff" for r in rows), text


def test_talks_on_the_deal_itself_stay_diplomatic():
    rows = extract("The two countries will continue negotiations on a broader trade agreement.")
    assert sorted((r.actor, r.category) for r in rows) == [("BRA", "diplomatic"), ("USA", "diplomatic")]


# --- (1) a plan dropped: the plan and its cancellation ------------------------------------------------

def test_a_dropped_plan_to_levy_gives_the_plan_and_its_removal():
    for text, actor, planned in (
            ("Brazil's government scrapped a plan to raise import duties on U.S. ethanol to 20 pct.", "BRA", "raise"),
            ("India shelved plans to impose tariffs on American almonds.", "IND", "impose"),
            ("Mexico dropped a proposal to raise duties on U.S. pork.", "MEX", "raise")):
        rows = extract(text, title="Trade plans shelved")
        assert sorted((r.actor, r.category, r.action, r.status) for r in rows) == sorted(
            [(actor, "tariff", planned, "announced"), (actor, "tariff", "remove", "implemented")]), text


def test_a_dropped_plan_for_no_measure_gives_no_row():
    for text in ("The city scrapped a plan to build a new stadium.",
                 "The airline dropped its proposal to merge with a rival."):
        assert extract(text, title="Local news") == [], text


# --- (3) a measure told inside a market report, and rates named by their owner -----------------------

def test_a_measure_in_a_time_clause_after_a_market_move_is_a_row():
    for text, expected in (
            ("Shares fell after Washington raised duties on Canadian lumber to 14.4%.", ("USA", "raise", 14.4)),
            ("Stocks rose after Beijing cut tariffs on U.S. cars to 15%.", ("CHN", "reduce", 15.0)),
            ("Soybean futures jumped when China resumed purchases of U.S. soybeans.", ("CHN", "resume", None))):
        rows = extract(text, title="Markets wrap")
        assert [(r.actor, r.action, r.value_to) for r in rows] == [expected], text


def test_a_rate_named_by_its_owners_adjective_is_a_historical_row():
    for text, expected in (
            ("Acme blamed higher costs on U.S. tariffs of 50 per cent on imported aluminium.", ("USA", 50.0)),
            ("Farmers have struggled since Chinese duties of 25% on U.S. soybeans took hold.", ("CHN", 25.0)),
            ("U.S. duties of 25 percent on Chinese steel took effect in 2018.", ("USA", 25.0))):
        rows = extract(text, title="Company results")
        assert [(r.actor, r.action, r.value_to, r.status) for r in rows] == [(*expected[:1], "impose", expected[1], "implemented")], text


def test_average_rates_and_other_figures_of_a_percentage_give_no_row():
    for text in ("Average U.S. tariffs of 2.4% are among the lowest.",
                 "U.S. tariffs of 2.4% on average are low.",
                 "Acme posted sales of 20% above forecast."):
        assert extract(text, title="Company results") == [], text


# --- (1) a demand that the other side remove its measure ---------------------------------------------

def test_a_demand_for_the_removal_of_a_partners_measure_is_the_owners_proposed_row():
    for text, expected in (
            ("Tokyo will press for the removal of the 25% U.S. tariff on Japanese cars.", ("USA", "JPN", 25.0)),
            ("Canada is seeking the elimination of U.S. duties on softwood lumber.", ("USA", "CAN", None)),
            ("Ottawa called for the lifting of American tariffs on Canadian steel.", ("USA", "CAN", None))):
        rows = extract(text, title="Allies press Washington on tariffs")
        assert [(r.actor, r.counterparty, r.action, r.value_from, r.status) for r in rows] == \
            [(*expected[:2], "remove", expected[2], "proposed")], text


def test_a_demand_to_remove_what_is_no_measure_gives_no_row():
    for text in ("Fans called for the removal of the coach after the defeat.",
                 "Residents are pushing for the removal of the statue."):
        assert extract(text, title="Local news") == [], text
