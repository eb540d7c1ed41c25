"""Commitment extraction, round 15: news (a rate told as a state of affairs, "respectively" lists,
narrative verbs of wire stories and analyses, charges that are no trade measure).

Each class is tested on several wordings of its shape, and on sentences from other news (utilities,
sport, councils, companies) that must stay without rows. Every sentence is our own; people, companies
and figures are invented, countries are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

WIRE_DAY = datetime(2026, 6, 5, 14, 0, tzinfo=timezone.utc)
MEXICO_WIRE = "Mexico raises duties on Asian imports"
US_WIRE = "Trump's tariffs bite Asian exporters"
KENYA_WIRE = "US holds back Kenya tariff cut"
COUNCIL = "Council approves budget"


def extract(*texts, title=MEXICO_WIRE):
    return commitments_from(list(texts), published_at=WIRE_DAY, title=title, article_id="test-news-r15")


def acts(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_from, r.value_to) for r in rows)


# --- (1) a rate as a state of affairs: the goods "pay", "are charged", "are hit with" it ---------------

def test_goods_charged_or_hit_with_a_rate_are_tariffed_by_the_importing_party():
    for text, partner, rate in (
            ("Bicycles from China will be charged 30 pct from March.", "CHN", 30.0),
            ("Vietnamese shoes are charged a 25% duty at the border.", "VNM", 25.0),
            ("Thai rice was hit with a 40 per cent levy last year.", "THA", 40.0),
            ("Indian cotton shirts now attract a 20% duty.", "IND", 20.0),
            ("Korean washing machines now carry a 35 percent tariff.", "KOR", 35.0),
            ("Japanese pickups will face a 25 pct duty.", "JPN", 25.0)):
        assert acts(extract(text)) == [("MEX", partner, "tariff", "impose", None, rate)], text


def test_an_earlier_rate_up_from_or_instead_of_gives_the_direction():
    for text, partner, levels, action in (
            ("Passenger cars from Korea now pay 45 pct, up from 20 pct.", "KOR", (20.0, 45.0), "raise"),
            ("Toys from China will be charged 30 pct instead of 10 pct.", "CHN", (10.0, 30.0), "raise"),
            ("Indian bicycles attract a 25% duty compared with 10% previously.", "IND", (10.0, 25.0), "raise"),
            ("Steel from India will pay 10% instead of 35%.", "IND", (35.0, 10.0), "reduce")):
        assert acts(extract(text)) == [("MEX", partner, "tariff", action, *levels)], text


def test_a_rate_that_goes_to_a_new_level_takes_its_direction_from_the_levels():
    for text, levels, action in (
            ("The duty on Chinese-made shoes goes to forty per cent from twenty per cent.", (20.0, 40.0), "raise"),
            ("The tariff on Chinese toys went to 40% from 25% on Monday.", (25.0, 40.0), "raise"),
            ("The levy on Chinese steel moves to 10 per cent from 25 per cent next month.", (25.0, 10.0), "reduce")):
        assert acts(extract(text)) == [("MEX", "CHN", "tariff", action, *levels)], text


def test_goods_from_a_list_of_partners_under_one_change_are_a_row_per_partner_levied_by_the_other_party():
    rows = extract("Steel from China, India and South Korea will be charged 35 pct instead of 15 pct.",
                   title="Mexico's higher duties on Chinese cars kick in")
    assert acts(rows) == [("MEX", partner, "tariff", "raise", 15.0, 35.0) for partner in ("CHN", "IND", "KOR")]


def test_money_attracted_or_charges_named_without_a_rate_are_no_tariff():
    for text in ("Since taking office, the President has attracted more than $400 billion in factory investments.",
                 "The striker was hit with a three-match ban after the final.",
                 "The festival now attracts 40,000 visitors a year.",
                 "The landlord was charged with fraud on Tuesday."):
        assert [r for r in extract(text) if r.category == "tariff"] == [], text


# --- (2) "respectively": listed partners and listed rates pair up ------------------------------------

def test_respectively_pairs_each_partner_with_its_own_rate():
    for text, expected in (
            ("Imports from Japan and Korea will pay 15% and 25% respectively.",
             [("USA", "JPN", 15.0), ("USA", "KOR", 25.0)]),
            ("Canada and Mexico face duties of 35% and 25%, respectively.",
             [("USA", "CAN", 35.0), ("USA", "MEX", 25.0)]),
            ("Goods from Thailand, Cambodia and Laos are charged 19%, 18% and 40% respectively.",
             [("USA", "KHM", 18.0), ("USA", "LAO", 40.0), ("USA", "THA", 19.0)]),
            ("Exporters in Indonesia and Vietnam now pay 19% and 20% respectively.",
             [("USA", "IDN", 19.0), ("USA", "VNM", 20.0)]),
            ("The retailer sources a third of its goods from Vietnam and Malaysia, where products now face "
             "US tariffs of 20 per cent and 19 per cent respectively.",
             [("USA", "MYS", 19.0), ("USA", "VNM", 20.0)])):
        rows = extract(text, title=US_WIRE)
        assert sorted((r.actor, r.counterparty, r.value_to) for r in rows) == expected, text


def test_respectively_in_figures_of_no_measure_gives_nothing():
    for text in ("Sales in Germany and France rose 5% and 7% respectively.",
                 "Turnout in Kenya and Ghana was 64% and 71% respectively."):
        assert extract(text, title=US_WIRE) == [], text


# --- (3) narrative verbs of wire stories and analyses ---------------------------------------------------

def test_a_rate_added_on_top_is_a_tariff_imposed():
    for text, rate in (
            ("Washington added a 25% penalty over India's purchases of Russian oil.", 25.0),
            ("The White House added an extra 10 per cent duty on Indian textiles in August.", 10.0),
            ("The administration tacked on a further 15% levy on Indian steel.", 15.0)):
        rows = extract(text, title="India and the US: a year of tariffs")
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "impose", rate)], text


def test_adding_goals_names_or_countries_to_a_list_is_no_tariff():
    for text in ("The striker added a second goal in the 80th minute.",
                 "The EU added 12 countries to its list of safe origins.",
                 "The company added 300 jobs at its plant in Ohio."):
        assert [r for r in extract(text, title=US_WIRE) if r.category == "tariff"] == [], text


def test_no_intention_of_lifting_a_ban_is_a_rejected_removal():
    for text, actor, category, action in (
            ("Kenya has no intention of lifting its ban on genetically modified maize.", "KEN", "import_restriction", "remove"),
            ("Nairobi does not intend to lift its ban on US poultry.", "KEN", "import_restriction", "remove"),
            ("Kenya is unwilling to lower its tariffs on American wheat.", "KEN", "tariff", "reduce"),
            ("Kenya said it had no intention of cutting its duty on US rice.", "KEN", "tariff", "reduce"),
            ("The Kenyan government has no plans of removing its duties on US cars.", "KEN", "tariff", "remove")):
        rows = extract(text, title=KENYA_WIRE)
        assert [(r.actor, r.category, r.action, r.status) for r in rows] == [(actor, category, action, "rejected")], text


def test_a_ban_on_phones_or_players_refused_is_no_row():
    for text in ("The coach said he had no intention of lifting the ban on phones in the dressing room.",
                 "The league has no plans to lift its ban on foreign goalkeepers."):
        assert extract(text, title=KENYA_WIRE) == [], text


def test_a_party_for_its_part_still_acts():
    for text, actor, amount in (
            ("New Delhi, for its part, undertook to buy some $400 billion of American energy.", "IND", 400e9),
            ("India, in return, agreed to purchase $80 billion of US farm goods.", "IND", 80e9),
            ("India, meanwhile, will buy $25 billion of American LNG.", "IND", 25e9)):
        rows = extract(text, title="India and the US: a year of tariffs")
        assert [(r.actor, r.category, r.amount) for r in rows] == [(actor, "purchase", amount)], text


def test_a_deal_told_in_the_past_keeps_or_cuts_a_rate():
    for text, expected in (
            ("Its 2025 framework kept the 10 per cent baseline duty on most British goods.",
             ("USA", "GBR", "tariff", "maintain", None, 10.0)),
            ("Tokyo's deal, sealed in July, cut the US duty on Japanese cars to 15 per cent from 27.5 per cent.",
             ("USA", "JPN", "tariff", "reduce", 27.5, 15.0))):
        rows = extract(text, title="Analysis: US tariff bargains compared")
        assert acts(rows) == [expected], text


def test_a_sponsorship_deal_that_set_a_record_is_no_row():
    assert extract("The club's new sponsorship deal set a record for the league.", title=COUNCIL) == []


# --- (4) charges that are no trade measure ---------------------------------------------------------------

def test_utility_council_and_sport_charges_give_no_row():
    for text in ("The new water tariff takes effect on July 1.",
                 "The electricity tariff will go up 8% in October.",
                 "Parking fees will rise to 3 euros an hour from April.",
                 "Trade waste collection fees for shops will stay frozen at last year's level, the council said.",
                 "The transfer fee could rise to 45 million euros with add-ons.",
                 "The clubs voted to raise the cap on overseas players from five to six.",
                 "The city kept its tourist levy at 2 euros a night.",
                 "The mayor proposed paying for the pool with a levy on hotel stays."):
        assert extract(text, title=COUNCIL) == [], text


def test_trade_charges_still_give_rows():
    for text, category in (
            ("China will raise tariffs on American soybeans to 25%.", "tariff"),
            ("The United States will charge fees on Chinese-built ships docking at U.S. ports.", "port_fees"),
            ("Green Valley Foods said import duties on its Chinese packaging rose to 25%.", "tariff")):
        rows = extract(text, title=COUNCIL)
        assert [r.category for r in rows] == [category], text
