"""Commitment extraction, round 8: deal and investment fact sheets, remarks, round-ups and real news.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 4, 14, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Deepens the Economic Partnership with Chile"


def extract(*texts, title=TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-deals-r8")


def purchases(rows):
    return sorted((r.actor, r.amount, r.unit) for r in rows if r.category == "purchase")


# --- the selling country is not a buyer ------------------------------------------------------

def test_a_sale_approved_by_the_seller_is_only_the_buyers_purchase():
    for text in ("President Trump approved a large arms sale package, including future fighter deliveries, "
                 "which supports the U.S. industrial base and ensures Chile continues to buy American.",
                 "The Secretary of State cleared a defense sale package so that Chile keeps buying American.",
                 "The President signed off on a new helicopter sale, and Chile will keep buying American."):
        rows = extract(text)
        assert [actor for actor, _, _ in purchases(rows)] == ["CHL"], text


def test_a_listed_purchase_with_no_stated_origin_is_the_partners():
    lead = ("The United States and Chile welcome the commercial deals reached, worth about $12 billion, "
            "further increasing U.S. exports to Chile. This includes:")
    for item in ("Procurement of commercial aircraft and related services of about $7 billion, including "
                 "from Boeing.",
                 "Purchases of roughly $2 billion of mining trucks and spare parts."):
        rows = extract(lead, item, kinds=["paragraph", "list_item"], levels=[0, 1])
        assert [actor for actor, _, _ in purchases(rows)] == ["CHL"], item


def test_a_home_purchase_of_named_foreign_goods_is_kept():
    rows = extract("The United States will buy Chilean copper cathodes worth $1 billion.")
    assert purchases(rows) == [("USA", 1e9, "usd")]


# --- topics of talks after ", including in areas related to / on / in the areas of" ---------

def test_topics_listed_after_agreed_talks_are_no_measures_of_their_own():
    for text in ("The two governments will hold talks in the coming months, including in areas related to "
                 "removing sanitary barriers and improving the investment climate.",
                 "The United States and Chile agreed to intensify their engagement on trade issues, including on "
                 "improving the investment environment.",
                 "Chile and the United States will continue discussions on market access, including in the areas "
                 "of improving the climate for investors and streamlining customs procedures."):
        rows = extract(text)
        assert rows and {r.action for r in rows} == {"negotiate"}, text
        assert sorted({r.actor for r in rows}) == ["CHL", "USA"], text


def test_examples_given_as_the_means_of_a_pledge_stay_rows():
    rows = extract("The United States and Chile will strengthen cooperation on supply chains, including by "
                   "eliminating the import licensing requirement for beef.")
    assert ("CHL", "import_restriction", "remove") in {(r.actor, r.category, r.action) for r in rows}


# --- what opportunities already opened make possible (past tense of the round-7 verb class) ---

def test_what_opportunities_opened_will_do_is_no_pledge():
    for text in ("The United States and Chile advanced new investment opportunities that will expand U.S. exports "
                 "and reduce trade barriers.",
                 "The two leaders unlocked fresh commercial opportunities that will lower barriers for American beef.",
                 "The visit opened new export opportunities that will remove obstacles for U.S. wine in Chile."):
        assert extract(text) == [], text


def test_a_pledge_with_a_figure_beside_the_opportunities_stays():
    rows = extract("The visit opened new opportunities, and Chile will purchase $3 billion of U.S. wheat.")
    assert purchases(rows) == [("CHL", 3e9, "usd")]


# --- a sum committed, poured or earmarked into projects is an investment pledge --------------

def investments(rows):
    return sorted((r.actor, r.amount, r.unit) for r in rows if r.category == "investment")


def test_a_sum_committed_to_projects_is_the_pledgers_investment():
    for text, amount in (("Chilean miner Andes Copper has committed $2 billion to build a refinery in Arizona.", 2e9),
                         ("Chile has committed $40 billion to projects in the United States.", 40e9),
                         ("Chilean companies will pour $12 billion into U.S. manufacturing.", 12e9),
                         ("Chile earmarked $3 billion for American infrastructure.", 3e9)):
        rows = extract(text)
        assert investments(rows) == [("CHL", amount, "usd")], text
        assert {r.status for r in rows} != {"implemented"}, text  # a pledge made, not money spent


def test_a_sum_committed_with_no_project_or_no_country_is_no_investment():
    for text in ("The donor has committed $5 million, and another family will give $1 million.",
                 "Chile committed $500 million to the regional climate fund."):
        assert investments(extract(text)) == [], text


# --- money a government hands its own states, towns, firms or people is no investment pledge --

def test_money_given_to_home_recipients_to_invest_is_domestic_spending():
    for text in ("Mr. Obama's plan would provide farmers with $10 billion to invest in new grain storage.",
                 "Mr. Obama will send local communities $2 billion to invest in broadband.",
                 "Mr. Obama's budget gives states and cities $60 billion to invest in public transit."):
        rows = commitments_from([text], published_at=datetime(2016, 9, 8, tzinfo=timezone.utc), title="Obama budget",
                                article_id="test-deals-r8")
        assert [r for r in rows if r.category == "investment"] == [], text


def test_a_partners_investment_beside_domestic_words_stays():
    rows = commitments_from(["Mr. Obama said Japan will invest $5 billion in the United States and give American "
                             "workers new jobs."],
                            published_at=datetime(2016, 9, 8, tzinfo=timezone.utc), title="Obama budget",
                            article_id="test-deals-r8")
    assert [(r.actor, r.amount) for r in rows if r.category == "investment"] == [("JPN", 5e9)]


# --- a round-up's quotes from the press are comment, like analysts' --------------------------

def test_quotes_labelled_with_a_press_role_give_no_rows():
    title = "WHAT THEY ARE SAYING: President Trump's Address"
    for quote in ("Commentator Ann Poe: “Tariffs on Chilean lumber will be lifted next week, he told the crowd.”",
                  "Washington Examiner columnist Sam Loe: “He is going to lift the tariffs on Chilean lumber.”",
                  "Editorial Board of the Daily Planet: “Chile will now invest $55 billion in America.”"):
        assert extract("Here is what they are saying:", quote, title=title) == [], quote


# --- a national company opening the sentence with a deal verb states its country's order ----

def test_an_order_placed_or_booked_by_a_national_company_is_its_countrys_purchase():
    for text, actor in (("Vietjet placed an order for 100 Boeing aircraft.", "VNM"),
                        ("Garuda booked an order for 50 Boeing jets.", "IDN"),
                        ("Petronas confirmed an order for 12 Boeing aircraft for its aviation arm.", "MYS")):
        rows = extract(text)
        assert purchases(rows) and {a for a, _, _ in purchases(rows)} == {actor}, text


def test_an_order_placed_by_a_company_of_no_stated_country_is_no_row():
    assert purchases(extract("Skyways Leasing placed an order for 40 Boeing aircraft.")) == []


# --- contracted auxiliaries in remarks and quotes ("we'll", "they've", "we're going to") ------

REMARKS = "Remarks by President Trump and the President of Chile Before a Bilateral Meeting"


def test_a_contracted_auxiliary_makes_the_form_a_verb():
    for text in ("We'll lower tariffs on Chilean cherries to 10 percent.",
                 "We’ve agreed to lower our tariffs on Chilean cherries to 10 percent.",
                 "We’re going to lower tariffs on Chilean cherries to 10 percent."):
        rows = extract(text, title=REMARKS)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "reduce", 10.0)], text


def test_a_contracted_subject_pronoun_buys_for_the_partner():
    rows = extract("They'll buy $2 billion of U.S. soybeans, the President said of Chile.", title=REMARKS)
    assert purchases(rows) == [("CHL", 2e9, "usd")]


# --- talks on peace, a ceasefire or nuclear arms are no trade step ---------------------------

def test_talks_on_a_non_trade_subject_give_no_row():
    for text in ("Israel and Hamas will begin negotiations on a ceasefire next week.",
                 "Russia and Ukraine agreed to resume talks on a peace deal in Istanbul.",
                 "Chile and Peru will hold talks on migrants crossing their border."):
        assert extract(text, title="World news") == [], text


def test_talks_with_a_trade_word_or_none_stay_rows():
    for text in ("Chile and the United States will begin negotiations next week.",
                 "Chile and the United States agreed to resume trade talks despite the border dispute."):
        rows = extract(text, title="World news")
        assert sorted(r.actor for r in rows) == ["CHL", "USA"], text


# --- talks started or opened: the form names its own object ---------------------------------

def test_talks_started_opened_or_launched_are_talks_rows():
    for text in ("The United States will start negotiations with Chile next week.",
                 "The two sides started talks on a trade agreement on Monday.",
                 "Chile and the United States opened negotiations in Santiago."):
        rows = extract(text, title=REMARKS)
        assert rows and {(r.category, r.action) for r in rows} == {("diplomatic", "negotiate")}, text
        assert "USA" in {r.actor for r in rows}, text
