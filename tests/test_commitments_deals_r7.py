"""Commitment extraction, round 7: deal and investment fact sheets, round-ups and real news.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Closes Billion-Dollar Deals with Chile"


def extract(*texts, title=TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-deals-r7")


def investments(rows):
    return sorted((r.actor, r.amount, r.unit) for r in rows if r.category == "investment")


# --- an investment's amount is money, never the size of what is built ----------------------

def test_the_capacity_of_a_plant_invested_in_is_not_the_sum_invested():
    for text in ("The U.S. Department of Energy will invest in the construction of a 500 metric ton-per-year "
                 "lithium refinery in Chile.",
                 "The United States will invest in building a 40,000-tonne copper smelter in northern Chile.",
                 "The U.S. Development Finance Corporation will invest in a port handling 3 million tonnes of "
                 "ore a year in Chile."):
        rows = extract(text)
        assert investments(rows) == [("USA", None, None)], text


def test_a_sum_stated_after_the_capacity_is_the_amount():
    rows = extract("The United States will invest in a 200,000-tonne copper smelter in Chile worth $2 billion.")
    assert investments(rows) == [("USA", 2e9, "usd")]


# --- a country's government, authorities or state funds act for it --------------------------

def test_both_governments_named_by_adjective_each_invest():
    for text in ("The U.S. and Chilean governments intend to invest more than $3 billion together in "
                 "lithium projects.",
                 "The Chilean and U.S. governments will jointly invest $3 billion in lithium projects."):
        rows = extract(text)
        assert [(a, amount) for a, amount, _ in investments(rows)] == [("CHL", 3e9), ("USA", 3e9)], text


def test_a_countrys_government_or_state_fund_pledges_for_it_not_the_page_partner():
    for text in ("The Peruvian government pledged to invest $1 billion in U.S. energy projects.",
                 "Peruvian sovereign wealth funds will invest $1 billion in American data centers.",
                 "Peruvian pension funds will invest $1 billion in U.S. infrastructure."):
        rows = extract("Chile and the United States signed a trade framework today.", text)
        assert investments(rows) == [("PER", 1e9, "usd")], text


# --- home companies investing at home are no trade pledge (guide rule 1) --------------------

def test_us_companies_investing_at_home_give_no_row():
    rows = extract(
        "In particular, U.S. steel producers announced plans to invest more than $12 billion in new mills.",
        "American automakers will invest $20 billion in new plants in Michigan and Ohio.",
        "The top three US aluminum companies tripled their annual investments, from $1 billion to $3 billion.",
        title="Tariffs Work: The Record Proves It",
    )
    assert investments(rows) == []


def test_us_companies_investing_abroad_and_partners_companies_investing_here_stay_rows():
    rows = extract("U.S. companies will invest $3 billion in new factories in Chile.",
                   "Chilean companies will invest $5 billion in U.S. shipyards.")
    assert [(a, amount) for a, amount, _ in investments(rows)] == [("CHL", 5e9), ("USA", 3e9)]


# --- what a visit or deal makes possible is no party's pledge --------------------------------

def test_verbs_after_opportunities_a_visit_creates_give_no_row():
    for text in ("This will create new opportunities for U.S. and Chilean companies, open up alternative "
                 "markets for lithium, and help diversify supply chains.",
                 "This visit advances opportunities for U.S. firms to expand partnerships and for Chilean "
                 "entities to finalize new agreements for sales and investments.",
                 "The deal unlocks real opportunities for American exporters to expand market access in Chile."):
        rows = extract(text)
        assert rows == [], text


def test_a_pledge_with_its_figure_after_opportunities_stays_a_row():
    rows = extract("This will create new opportunities for U.S. firms, and Chile will purchase $2 billion of "
                   "U.S. wheat.")
    assert [(r.actor, r.category, r.amount) for r in rows] == [("CHL", "purchase", 2e9)]


# --- a sale to a country, its airline or its ministry is that country's purchase --------------

def purchases(rows):
    return sorted((r.actor, r.amount, r.unit, tuple(r.products)) for r in rows if r.category == "purchase")


def test_a_sale_of_goods_to_a_partner_or_its_airline_is_the_partners_purchase():
    for text, expected in (
            ("President Trump announced deals worth $20 billion, including the sale of 50 Boeing 737 aircraft "
             "to LATAM Chile.", [("CHL", 50.0, "units", ("8802",))]),
            ("The package includes the sale of twelve Black Hawk helicopters to the Chilean Ministry of Defense.",
             [("CHL", 12.0, "units", ("8802",))]),
            ("The visit also saw an historic sale of Boeing aircraft and GE engines to Chile.",
             [("CHL", None, None, ("8802",))])):
        assert purchases(extract(text)) == expected, text


def test_an_order_from_a_partners_airline_to_acquire_counted_aircraft_is_its_purchase():
    for text in ("Boeing secured a landmark order from Chilean airline LATAM, a $9 billion agreement to acquire "
                 "up to 50 Boeing 787 aircraft.",
                 "Boeing won an order from Chile's flag carrier to purchase 50 Boeing 787 aircraft."):
        rows = extract(text)
        assert [(a, amount) for a, amount, _, _ in purchases(rows)] == [("CHL", 50.0)], text


def test_a_figureless_sale_in_the_lead_takes_the_count_of_the_order_told_later():
    rows = extract("President Trump announced deals worth $40 billion, including an historic sale of Boeing "
                   "aircraft to LATAM Chile.",
                   "Boeing secured a landmark order from Chilean airline LATAM, a $9 billion agreement to acquire "
                   "up to 50 Boeing 787 aircraft.")
    assert [(a, amount) for a, amount, _, _ in purchases(rows)] == [("CHL", 50.0)]


# --- a commitment to the deal restated is talks for both parties (convention 19) -------------

def test_reaffirming_a_commitment_to_the_deal_or_its_negotiations_is_talks_for_both_parties():
    for text in ("The two leaders reaffirmed their commitment to broader U.S.-Chile Free Trade Agreement "
                 "negotiations.",
                 "Today's framework reaffirms the countries' commitment to the broader U.S.-Chile trade agreement.",
                 "The Presidents signed a document confirming their strong commitment to implementing this agreement.",
                 "Both leaders reiterated their shared commitment to concluding the deal this year."):
        rows = extract(text)
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("CHL", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")], text


def test_a_commitment_to_something_other_than_the_deal_is_not_talks():
    rows = extract("The two leaders reiterated their commitment to peace and stability in the region.")
    assert [r for r in rows if r.category == "diplomatic"] == []


# --- a foreign company's announced investment: its country from how the page describes it ----

ROUNDUP = "The Record: Companies Are Reshoring Under Tariffs"


def test_a_company_described_by_its_country_or_capital_invests_for_that_country():
    for text, country in (
            ("Chile-based Andes Lithium announced a $300 million investment in a new Nevada plant.", "CHL"),
            ("Tokyo-based Kanto Lithium announced a $300 million investment in U.S. battery plants.", "JPN"),
            ("Andes Group, a Chile-based mining company, announced a $300 million investment to expand in Texas.",
             "CHL"),
            ("Andes Holdings, one of the largest Chilean copper producers, announced a $300 million investment "
             "in Arizona.", "CHL"),
            ("Chile Copper Corporation announced a $300 million investment in U.S. refining.", "CHL"),
            ("Peruvian miner Andes Cobre announced a $300 million investment — including $50 million for a new "
             "smelter in Utah.", "PER")):
        rows = extract(text, title=ROUNDUP)
        assert [(r.actor, r.action, r.amount) for r in rows if r.category == "investment"] == [
            (country, "invest", 3e8)], text


def test_the_sum_of_a_new_plant_a_foreign_company_will_build_is_its_investment():
    for text in ("Andes Group, a Chile-based packaging maker, announced plans to build a $90 million new "
                 "manufacturing facility in Ohio.",
                 "Chile-based Andes Group announced a new $90 million Westline manufacturing facility in Ohio."):
        rows = extract(text, title=ROUNDUP)
        assert [(r.actor, r.amount) for r in rows if r.category == "investment"] == [("CHL", 9e7)], text


def test_a_company_whose_country_the_page_does_not_give_invests_for_nobody():
    rows = extract("Andes Baguette announced a $160 million investment to construct a plant in Texas.",
                   "Norvale announced a $2 billion investment in U.S. manufacturing.",
                   "Chile-based Andes Bio announced a $36 million acquisition of a Baltimore plant.",
                   title=ROUNDUP)
    assert [r for r in rows if r.category == "investment"] == []


# --- a US tariff named by its goods or partner, told in passing, is a measure in place --------

def test_a_us_tariff_named_by_goods_or_partner_in_praise_or_a_quote_is_in_place():
    for text, partner in (
            ("President Donald J. Trump's tariffs on foreign copper imports are a big win for American miners.", None),
            ("But new U.S. tariffs on frozen shrimp from Chile have lifted prices for local fishermen.", "CHL"),
            ("The plant manager said the latest tariffs on imported bicycles should help close the price gap.", None),
            ("The Trump Administration's tariffs on fresh Chilean grape imports are already helping growers.", "CHL")):
        rows = extract(text, title="ICYMI: Tariffs Are Working")
        assert [(r.actor, r.category, r.action, r.status, r.counterparty) for r in rows] == [
            ("USA", "tariff", "impose", "implemented", partner)], text


def test_tariffs_named_without_goods_or_partner_are_no_measure():
    rows = extract("President Trump's tariffs are a big win for American workers.",
                   "Trump's tariffs on everyone have been praised by workers.",
                   title="ICYMI: Tariffs Are Working")
    assert rows == []


# --- a later tranche and a delivery taken are rows of their own ------------------------------

def test_another_sum_after_a_paid_one_is_a_tranche_still_promised():
    for text in ("Since March, Chile has contributed $1 billion to the U.S. Government to expand and modernize "
                 "the shipyard base, with another $1 billion by the end of the year.",
                 "Chile has paid $2 billion toward the U.S. port fund to expand and deepen its berths, with another "
                 "$3 billion by 2027."):
        rows = [r for r in extract(text) if r.category == "investment"]
        assert len(rows) == 2, text
        assert rows[0].status == "implemented" and rows[1].status != "implemented", text


def test_taking_delivery_of_goods_is_a_purchase():
    for text in ("Chile agreed to purchase $1 billion in U.S. drones and take delivery of the first tranche of "
                 "Black Hawk helicopters in a separate $2 billion deal.",
                 "Chile will take delivery of 12 Boeing 737 aircraft next year, and purchase $1 billion in U.S. drones."):
        rows = extract(text)
        assert sorted(r.amount for r in rows if r.category == "purchase" and r.actor == "CHL") in (
            [1e9, 2e9], [12.0, 1e9]), text


# --- recaps of other pledges, and a past investment sized in the next sentence ---------------

def test_a_recap_of_another_visits_pledge_is_that_countrys_investment():
    for text in ("Today's announcement builds on yesterday's $600 billion investment commitment secured in Peru.",
                 "This builds on the $600 billion investment pledge announced by Peru last week."):
        rows = extract(text)
        assert [(r.actor, r.amount) for r in rows if r.category == "investment"] == [("PER", 6e11)], text


def test_a_past_investment_takes_the_sum_of_the_national_company_in_the_next_sentence():
    rows = extract("Malaysia plans to invest even more over the next five years.",
                   "Malaysia has invested in American energy infrastructure, supporting U.S. energy security.",
                   "Starting in 2019, Petronas initiated $5 billion in investments in the U.S. energy sector.",
                   kinds=["list_item"] * 3, levels=[1, 2, 2],
                   title="Fact Sheet: President Trump Secures Economic Commitments in Malaysia")
    sized = [(r.status, r.amount) for r in rows if r.category == "investment"]
    assert ("implemented", 5e9) in sized and ("agreed", None) in sized


# --- spending on one's own forces at U.S. firms, forums still to set up, new markets as a goal -

def test_investing_in_ones_own_capabilities_at_us_firms_is_a_purchase_from_them():
    for text in ("Chile is investing significantly in its air defense capabilities, including $2 billion in U.S. "
                 "companies, for its new radar network.",
                 "Chile will invest heavily in its own naval fleet, including $3 billion with American defense "
                 "contractors."):
        rows = extract(text)
        assert [(r.actor, r.category, r.counterparty) for r in rows] == [("CHL", "purchase", "USA")], text


def test_investing_in_us_companies_themselves_stays_an_investment():
    rows = extract("Chile will invest $2 billion in U.S. companies building lithium refineries.")
    assert [(r.actor, r.category) for r in rows] == [("CHL", "investment")]


def test_a_bilateral_forum_or_side_deal_to_be_set_up_is_talks_for_each_party():
    for text in ("The United States and Chile agreed to develop and launch a bilateral Technology Prosperity Deal "
                 "to establish joint initiatives in AI and quantum.",
                 "Chile and the United States will establish a joint Energy Security Council."):
        rows = extract(text)
        assert sorted((r.actor, r.action) for r in rows) == [("CHL", "negotiate"), ("USA", "negotiate")], text


def test_opening_new_markets_with_no_market_named_is_a_goal():
    rows = extract("The United States recently secured expanded access for U.S. beef in Chile and is committed to "
                   "opening new markets for U.S. ranchers.",
                   "President Trump continues to deliver and is opening new markets for Iowa farmers!")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "market_access", "relax")]


# --- statistics: what a country buys now, average rates; a partner's standing tariff is history -

def test_what_a_country_buys_now_with_a_sum_is_a_statistic_not_a_pledge():
    rows = extract("Chile buys nearly $25 billion worth of stuff from the United States.",
                   "Chile also imports more than $3 billion of American machinery.",
                   title="What Chile could do")
    assert rows == []


def test_a_purchase_with_an_auxiliary_stays_a_pledge():
    rows = extract("Chile will buy $25 billion worth of U.S. energy products.")
    assert [(r.actor, r.category, r.amount) for r in rows] == [("CHL", "purchase", 25e9)]


def test_a_partners_tariffs_kept_so_far_are_history_and_their_average_is_a_statistic():
    for text in ("Chile has maintained some of the highest tariffs on the United States, with tariffs as high as "
                 "an average of 30% for farm goods and more than 90% on certain cars.",
                 "Chile has long kept steep tariffs on U.S. goods, with tariffs as high as an average of 30% "
                 "for farm goods and more than 90% on certain cars."):
        rows = [r for r in extract(text) if r.category == "tariff"]
        assert [(r.actor, r.action, r.value_to, r.status) for r in rows] == [
            ("CHL", "impose", 90.0, "implemented")], text


# --- what the deal achieves, however long the partners' names or with abbreviations ---------

def test_what_a_deal_with_long_named_partners_will_provide_is_no_row():
    rows = extract("Today, President Donald J. Trump announced a Framework for a historic trade deal with the Republic "
                   "of Chile (Chile) and the Oriental Republic of Uruguay (Uruguay) that will provide U.S. exporters "
                   "unprecedented access to Chilean and Uruguayan markets.",
                   "The Framework breaks new ground in terms of securing supply chains, boosting U.S. national and "
                   "economic security, and increasing U.S. access to Chilean markets, particularly for beef.")
    assert rows == []


def test_cooperation_a_deal_brings_is_talks_for_its_signatories():
    for text in ("Additionally, the Framework bolsters our shared security by expanding cooperation on export "
                 "controls, sanctions, and investment screening.",
                 "The Agreement strengthens the partnership by deepening cooperation on export controls."):
        rows = extract(text, title="Fact Sheet: The United States and Chile Reach a Historic Trade Deal")
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("CHL", "export_control", "negotiate"), ("USA", "export_control", "negotiate")], text


def test_active_projects_a_us_firm_holds_with_a_partner_are_the_partners_purchases():
    for text in ("McAllister has a strong partnership with Chile's state copper company, with seven active projects "
                 "worth $8 billion.",
                 "Parsons has won 30 projects worth up to $9 billion in Chile."):
        rows = extract(text)
        assert [(r.actor, r.category, r.unit) for r in rows] == [("CHL", "purchase", "units")], text


def test_an_investor_visa_bought_by_investing_is_no_pledge():
    for text in ("The program allows foreign investors to gain citizenship by investing $500,000 in a business.",
                 "Wealthy Chileans can obtain U.S. residency by investing $800,000 in a new company.",
                 "The scheme lets Chinese nationals get green cards by investing $1 million in American projects."):
        rows = extract(text, title="Visa program up for renewal")
        assert [r for r in rows if r.category == "investment"] == [], text


def test_people_bought_and_sold_in_a_passive_account_are_no_purchase():
    for text in ("For years, men and women were torn from their families, shackled, and bought and sold on this stone.",
                 "Enslaved people were bought and sold at the market square, the President said."):
        assert extract(text, title="Museum opens on the Mall") == [], text



# --- recaps of other deals' terms in later fact sheets ----------------------------------------

def test_a_partner_charging_us_companies_nothing_removes_its_tariff():
    for text in ("In a massive deal with Peru, Peru has agreed to purchase $50 billion in U.S. energy, while "
                 "accepting a 15% tariff rate, and charging American companies zero.",
                 "Peru will charge U.S. firms zero on industrial goods, the President said."):
        rows = [r for r in extract(text) if r.category == "tariff" and r.actor == "PER"]
        assert [(r.action, r.value_to) for r in rows] == [("remove", 0.0)], text


def test_a_recapped_deal_that_includes_market_access_for_us_exports_is_the_partners_opening():
    for text in ("The United States-Peru trade deal includes billions of dollars of increased market access for "
                 "American exports.",
                 "The U.S.-Peru agreement includes new market access for U.S. beef and ethanol."):
        rows = extract(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("PER", "market_access", "relax")], text
