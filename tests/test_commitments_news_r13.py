"""Commitment extraction, round 13: wire stories and quote round-ups.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; people, trade groups and figures are invented,
countries are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

DEAL_WEEK = datetime(2025, 7, 30, 15, 0, tzinfo=timezone.utc)
ROUND_UP = "What They Are Saying: Growers Praise the United States and European Union Trade Deal"
UK_ROUND_UP = "What They Are Saying: the United States and the United Kingdom Reach a Trade Deal"
PH_ROUND_UP = "What They Are Saying: the United States and the Philippines Sign a Trade Deal"


def extract(*texts, title=ROUND_UP, published_at=DEAL_WEEK):
    return commitments_from(list(texts), published_at=published_at, title=title, article_id="test-news-r13")


def fields(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_to, r.amount, r.unit) for r in rows)


# --- a waiver of a measure eases it, by the government that grants the waiver ----------------------

def test_a_waiver_named_in_the_object_eases_the_measure_it_waives():
    for text, actor in (
            ("That spring, he introduced a resolution that endorsed the Obama administration's waiver on "
             "restrictions on investment and banking in Burma.", "USA"),
            ("That year, she introduced a motion that welcomed Washington's waiver of restrictions on investment "
             "in Cuba.", "USA")):
        rows = extract(text, title="A leader's visit to Washington", published_at=datetime(2016, 9, 20, tzinfo=timezone.utc))
        assert [(r.actor, r.category, r.action) for r in rows] == [(actor, "investment", "relax")], text


def test_extending_a_waiver_keeps_its_own_verb():
    rows = extract("The Treasury extended its waiver of restrictions on investment in Cuba.",
                   title="Cuba policy", published_at=datetime(2016, 9, 20, tzinfo=timezone.utc))
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "investment", "extend")]


# --- in a round-up quote, a party's own "commitment to" is a deal term -------------------------------

def test_a_partys_commitment_to_address_barriers_in_a_quote_is_the_markets_owners_term():
    for text in (
            "Pork Council head Jane Roe: “The council thanks the Trump Administration for its commitment to "
            "addressing the many non-tariff barriers that restrict U.S. pork access in the European Union.”",
            "Dairy Guild President Li Park: “We deeply value the Administration’s commitment to address the "
            "barriers that U.S. cheese faces in the European Union.”"):
        assert [(r.actor, r.category, r.action) for r in extract(text)] == [("EUN", "market_access", "relax")], text


def test_a_partys_pledge_or_promise_to_act_in_a_quote_is_a_term():
    for text, expected in (
            ("Rice Council head Ann Lee: “We welcome Japan’s pledge to remove the barriers that keep U.S. rice "
             "out of its market.”", ("JPN", "market_access", "remove")),
            ("Lobster Guild head Bo Kent: “We welcome the EU’s promise to cut its tariffs on U.S. lobster.”",
             ("EUN", "tariff", "reduce"))):
        assert [(r.actor, r.category, r.action) for r in extract(text)] == [expected], text


def test_the_speakers_own_commitment_in_a_quote_is_no_term():
    assert extract("Pork Council head Jane Roe: “We reaffirm our commitment to removing the barriers that "
                   "keep U.S. pork out of the European Union.”") == []
    assert extract("Rice Council head Ann Lee: “We keep our promise to remove barriers for our members.”") == []


def test_a_party_does_not_open_another_market_to_its_own_goods():
    # the barriers sit in the partner's market: the partner opens it, whoever promised to address them
    rows = extract("The United States will address the barriers that U.S. beef faces in the European Union.")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("EUN", "USA", "market_access", "relax")]
    # the party's own market named: its own measure
    rows = extract("Japan will remove barriers to U.S. cars in its market.", title="Japan and the United States sign a deal")
    assert [(r.actor, r.action) for r in rows] == [("JPN", "remove")]
    rows = extract("Japan will remove barriers to Japanese cars in the U.S. market.", title="Japan and the United States sign a deal")
    assert [(r.actor, r.action) for r in rows] == [("USA", "remove")]


# --- a quota told as a cap on imports, and a quota named with its size --------------------------------

def test_capping_imports_at_a_count_is_the_importers_quota():
    for text in ("By keeping the 10% tariff and capping UK car imports at 100,000 vehicles a year, the deal "
                 "protects our workers.",
                 "Auto Workers head Sam Poe: “Capping British auto imports at 100,000 cars per year keeps our "
                 "plants busy.”",
                 "The United States will cap imports of British cars at 100,000 vehicles a year."):
        rows = [r for r in extract(text, title=UK_ROUND_UP) if r.amount is not None]
        assert fields(rows) == [("USA", "GBR", "tariff", "reduce", None, 100000.0, "units")], text


def test_a_cap_on_a_rate_is_still_the_rate():
    rows = extract("The United States will cap tariffs on UK cars at 10%.", title=UK_ROUND_UP)
    assert [(r.actor, r.action, r.value_to, r.amount) for r in rows] == [("USA", "impose", 10.0, None)]


def test_a_quota_named_with_its_size_is_the_tariff_of_the_market_the_goods_enter():
    rows = extract("Rice Council head Ann Lee: “The new 60,000-ton duty-free quota gives American rice a real "
                   "foothold.”", title=PH_ROUND_UP)
    assert fields(rows) == [("PHL", "USA", "tariff", "remove", 0.0, None, "percent")]
    rows = extract("Under the deal, a 13,000-tonne tariff-rate quota for U.S. beef opens next year.", title=PH_ROUND_UP)
    assert fields(rows) == [("PHL", "USA", "tariff", "reduce", None, 13000.0, "tonnes")]


def test_a_quota_stated_by_its_verb_is_one_row():
    rows = extract("The Philippines will open a 60,000-ton duty-free quota for U.S. rice.", title=PH_ROUND_UP)
    assert fields(rows) == [("PHL", "USA", "tariff", "remove", 0.0, None, "percent")]


# --- "national security tariffs" are tariffs, and a deal with a partner that keeps them ---------------

def test_national_security_tariffs_are_a_measure_not_a_statistic():
    for text in ("The United States will maintain the national security tariffs on steel.",
                 "The United States will keep its national-security duties on aluminum."):
        assert [(r.actor, r.category, r.action) for r in extract(text)] == [("USA", "tariff", "maintain")], text
    assert extract("The deal will protect our national security.") == []


def test_a_tariff_kept_by_a_deal_with_a_partner_is_the_home_sides():
    rows = extract("By sealing a deal with the E.U. that opens markets, brings new plants to Ohio, and firmly "
                   "maintains the national security tariffs on steel, President Trump has delivered.")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("USA", "EUN", "tariff", "maintain")]


def test_an_agreement_that_protects_goods_from_retaliatory_tariffs_is_the_partners_standstill():
    rows = extract("Boat Builders head Tim Cole: “We thank President Trump and the European Union for reaching an "
                   "agreement that protects U.S. boats and outboard engines from additional retaliatory tariffs.”")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("EUN", "USA", "tariff", "maintain")]
    # a hope is no term
    assert extract("Distillers head Amy Fox: “We hope the talks protect our whiskey from tariffs.”") == []


# --- talks still to come "with" a partner ---------------------------------------------------------------

def test_working_with_a_partner_on_a_goods_sector_is_tariff_talks_per_party():
    wire = "EU lawmakers back tariff cuts on U.S. goods"
    rows = extract("A trade official said the United States would keep working with the EU on steel and aluminium.",
                   title=wire)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("EUN", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]
    for text in ("Tokyo will continue to work with Washington on autos.",
                 "Tokyo will continue to work closely with Washington on autos."):
        rows = extract(text, title="Japan and the United States talk trade")
        assert sorted((r.actor, r.category, r.action) for r in rows) == [
            ("JPN", "tariff", "negotiate"), ("USA", "tariff", "negotiate")], text


def test_working_with_people_who_are_no_party_is_no_row():
    for text in ("We will keep working with our farmers on new markets.",
                 "He kept working with the EU on his novel."):
        assert extract(text, title="EU lawmakers back tariff cuts on U.S. goods") == [], text


# --- sanctions upped, and a rhetorical question listing what was done -----------------------------------

def test_upping_or_beefing_up_a_measure_raises_it():
    rows = extract("The Trump administration upped sanctions against Russian officials.", title="Sanctions news")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "sanctions", "raise")]
    rows = extract("Washington is beefing up export controls on chips to China.", title="Sanctions news")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "export_control", "raise")]
    assert extract("Investors upped their bets on steel.", title="Markets") == []


def test_a_rhetorical_question_listing_acts_done_states_them():
    rows = extract("Why would the hawks be upset with the Trump administration that finally delivered their "
                   "agenda: ending the thaw, upping sanctions against Russian officials, and expanding defense "
                   "budgets?", title="Russia policy")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "sanctions", "raise")]
    assert extract("Will the Trump administration keep upping sanctions against Russian officials?",
                   title="Russia policy") == []


# --- a tariff "imposed during <leader>'s term" is the leader's country's ---------------------------------

def test_a_tariff_imposed_during_a_leaders_term_is_that_countrys():
    for text in ("“Acme, which builds most of its washers at home, says its Asian rivals have had an edge, as "
                 "they have not paid import tariffs on them since 2023, when one imposed during Trump’s first "
                 "term expired.",
                 "Dryer makers have faced no duty since 2022, when the one levied under President Trump lapsed."):
        # (the page's other tariffs are China's: an ownerless tariff would be given to China)
        rows = extract("China imposed a 25% tariff on U.S. soybeans in 2018.", text,
                       title="ICYMI: Tariffs are lifting U.S. manufacturers", published_at=datetime(2025, 5, 5, tzinfo=timezone.utc))
        assert [(r.actor, r.category, r.action) for r in rows if r.value_to is None] == [("USA", "tariff", "impose")], text


# --- a figureless measure told again in a wire story's other words is one row -------------------------

def test_a_measure_restated_with_synonyms_is_one_row():
    rows = extract("Canadian lawmakers on Tuesday voted to scrap tariffs on U.S. farm goods.",
                   "Under last year's deal, Canada pledged to remove its remaining duties on American farm products.",
                   title="Canadian lawmakers back tariff cuts on U.S. goods")
    assert [(r.actor, r.category, r.action, r.mentions) for r in rows] == [("CAN", "tariff", "remove", 2)]
    # other goods are another measure
    rows = extract("Canadian lawmakers on Tuesday voted to scrap tariffs on U.S. farm goods.",
                   "Canada also pledged to remove its duties on American steel.",
                   title="Canadian lawmakers back tariff cuts on U.S. goods")
    assert len(rows) == 2


# --- every verb of what a deal is said to achieve is an outcome claim, unless it names a tariff ----------

def test_later_verbs_of_a_deals_achievements_are_no_terms_unless_a_tariff_is_named():
    title = "Great deal for America: the United States and Canada reach a trade deal"
    assert extract("Today he delivered a “landmark” trade deal that widens market access, curbs non-tariff "
                   "barriers, and levels the playing field for American exporters.", title=title) == []
    rows = extract("Today he delivered a trade deal that opens markets, ends retaliation, and keeps jobs here.",
                   title=title)
    assert [(r.category, r.action) for r in rows] == [("tariff", "remove")]


# --- a cut "in half" is a figure stated in words ---------------------------------------------------------

def test_a_tariff_cut_in_half_in_a_quote_is_a_term():
    rows = extract("Senator Jo Vance: “This deal cuts Japan’s tariff on American rice in half.”",
                   title="What They Are Saying: America's trade deals")
    assert [(r.actor, r.category, r.action) for r in rows] == [("JPN", "tariff", "reduce")]
    assert extract("Senator Jo Vance: “This deal is half the battle for lower tariffs.”",
                   title="What They Are Saying: America's trade deals") == []
