"""Commitment extraction, round 10: real news, wire stories and quote round-ups.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries and figures are used only for their
names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 4, 14, 15, 0, tzinfo=timezone.utc)
TITLE = "WHAT THEY ARE SAYING: U.S.-Norway Trade Deal Delivers for American Workers"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-news-r10")


# --- a stated intention of both parties in a trade group's quote is a deal term -----------------

def test_parties_intending_to_address_barriers_in_a_quote_is_a_term():
    for text in ("Dairy Exporters Council President Jane Roe: “We are glad to see that the U.S. and Norway "
                 "intend to work together to address non-tariff barriers facing American dairy.”",
                 "Poultry Growers Alliance: “Norway and the United States intend to address the barriers that "
                 "keep American poultry out of Norwegian stores.”",
                 "Trade Software Coalition CEO John Doe: “We welcome the parties’ stated intention to address "
                 "non-tariff barriers to U.S. exports.”"):
        # (barriers to one side's goods are the other side's to address: Norway acts)
        assert ("NOR", "market_access", "relax") in triples(extract(text)), text


def test_a_speakers_own_intention_is_no_row():
    for text in ("Dairy Exporters Council President Jane Roe: “We intend to keep pressing Norway to address "
                 "its barriers to American cheese.”",
                 "Sen. John Doe: “I intend to urge Norway to lower its tariffs on American beef.”"):
        assert extract(text) == [], text


# --- the topic after a cue that names its own object decides the category ------------------------

def test_barriers_to_digital_trade_are_a_digital_trade_measure():
    for text in ("The United States and Norway will address barriers to digital trade.",
                 "Norway agreed to address barriers to digital trade affecting American firms.",
                 "Both sides will address barriers to digital trade and cross-border data flows."):
        rows = extract(text, title="Joint Statement on a U.S.-Norway Trade Framework")
        assert rows and {r.category for r in rows} == {"other"}, text
        assert {r.action for r in rows} == {"relax"}, text


# --- a term stated by its figure in a fronted "By ..." clause of a round-up quote ----------------

def test_a_fronted_by_clause_naming_a_figure_in_a_quote_is_the_term():
    for text in ("Fair Trade Coalition Chairman John Doe: “This deal is a win. By keeping the 10% baseline tariff "
                 "in place, the administration shows that trade policy can protect our industry.”",
                 "Steel Makers Alliance: “We applaud the deal. By maintaining the 25% tariff on Norwegian steel, "
                 "the President is standing up for our workers.”"):
        rows = extract(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "maintain")], text
        assert rows[0].value_to in (10.0, 25.0), text


def test_a_fronted_by_clause_without_a_figure_stays_a_means():
    for text in ("Fair Trade Coalition Chairman John Doe: “This deal is a win. By keeping tariffs in place, the "
                 "administration shows that trade policy works.”",
                 "By imposing tariffs, President Trump is ensuring that our workers are protected."):
        assert extract(text) == [], text


# --- "we" who reached an agreement on a measure are both sides ----------------------------------

def test_an_agreement_reached_on_a_pause_is_both_sides_pause():
    for text in ("Secretary Bessent: “We have reached an agreement on a 90-day pause of the new tariffs.”",
                 "Secretary Bessent: “We agreed on a 90-day pause in the tariff increases.”",
                 "Ambassador Greer: “We’ve struck a deal on a 60-day pause of the retaliatory tariffs.”"):
        rows = extract(text, title="ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal")
        assert triples(rows) == [("USA", "tariff", "suspend"), ("VNM", "tariff", "suspend")], text


def test_a_pause_one_side_announces_stays_its_own():
    rows = extract("Secretary Bessent: “We will pause the new tariffs for 90 days.”",
                   title="ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal")
    assert triples(rows) == [("USA", "tariff", "suspend")]


# --- a zero rate agreed to is the rate's removal; zero-for-zero is each side's ------------------

def test_a_zero_rate_agreed_to_is_removed_by_the_party_that_agreed():
    for text in ("Norway agreed to zero tariffs on U.S. lobster.",
                 "Norway agrees to zero duties on American lobster under the deal."):
        rows = extract(text, title="U.S. and Norway reach trade deal")
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("NOR", "tariff", "remove", 0.0)], text


def test_zero_for_zero_tariffs_are_removed_by_both_sides():
    for text in ("Aerospace Makers Group: “We thank both governments. As a result, they have agreed to "
                 "zero-for-zero tariffs for all aircraft and component parts.”",
                 "The two sides agreed to zero-for-zero tariffs on aircraft and parts.",
                 "Norway agreed to zero-for-zero tariffs on medical devices."):
        rows = extract(text, title="U.S. and Norway reach trade deal")
        assert triples(rows) == [("NOR", "tariff", "remove"), ("USA", "tariff", "remove")], text
        assert {r.value_to for r in rows} == {0.0}, text


def test_no_new_tariffs_agreed_to_is_no_removal():
    assert extract("Norway agreed to no new tariffs during the talks.",
                   title="U.S. and Norway reach trade deal") == []


# --- a quoted measure in place must name a levy --------------------------------------------------

def test_barriers_a_partner_imposes_named_in_a_quote_are_no_tariff_row():
    for text in ("Meat Exporters Council: “We are pleased with the deal. The U.S. imports more pork from Norway "
                 "because of the many barriers Norway imposes on imports.”",
                 "Dairy Growers Union: “Sales lag due to the hurdles Norway imposes on imports of cheese.”"):
        assert extract(text) == [], text


def test_a_quoted_tariff_in_place_is_still_a_row():
    rows = extract("Steel Makers Alliance: “The tariffs Norway imposes on U.S. steel have hurt our members.”")
    assert [(r.actor, r.category, r.action) for r in rows] == [("NOR", "tariff", "impose")]


# --- "scrap" before a material is the material ---------------------------------------------------

def test_scrap_metal_is_a_material_not_a_measure_scrapped():
    for text in ("Acme Metals, Inc., based in Dayton, Ohio, is a leading U.S. maker of specialty metals made from "
                 "recycled scrap metal for the industrial, automotive, and energy markets.",
                 "Buckeye Foundry, a U.S. producer of castings made from scrap steel for the farm and energy "
                 "markets, supports the tariffs.",
                 "The company, a U.S. maker of wire made from scrap copper for the building trade, backs the "
                 "President's tariffs."):
        assert extract(text, title="American Businesses Rally Behind President Trump's Tariffs") == [], text


def test_scrapping_a_measure_is_still_a_removal():
    rows = extract("Norway will scrap its tariffs on American lobster.", title="U.S. and Norway reach trade deal")
    assert [(r.actor, r.category, r.action) for r in rows] == [("NOR", "tariff", "remove")]


# --- a deal "hailed" or "lauded" by others: praise of the deal, no term --------------------------

def test_a_deal_hailed_as_a_win_is_praise_not_a_term():
    for text in ("The deal with Norway is being hailed by farmers and exporters as a landmark win — positioning "
                 "America at the front of world trade by expanding market access and cutting non-tariff barriers.",
                 "President Trump's agreement with Norway has been lauded as a triumph, opening markets and cutting "
                 "barriers for American fishermen.",
                 "The Norway framework was widely celebrated as a breakthrough that expands market access for U.S. goods."):
        assert extract(text) == [], text


# --- a threat told with a time or manner phrase before its infinitive is still a threat ---------

def test_a_threat_with_a_phrase_before_its_infinitive_is_threatened():
    for text in ("Trump threatened on Friday to impose an additional 100% tariff on Norwegian imports.",
                 "President Trump has threatened repeatedly to slap 50% tariffs on Norwegian goods.",
                 "Trump threatened last week to raise tariffs on Norwegian salmon to 35%."):
        rows = extract(text, title="Trump escalates trade fight with Norway")
        assert [(r.actor, r.category, r.status) for r in rows] == [("USA", "tariff", "threatened")], text


# --- a country's own ministry or government, named with the possessive, acts for it --------------

def test_a_countrys_ministry_named_with_the_possessive_is_that_country():
    for text, actor in (("Norway's trade ministry said it would halt its export curbs on salmon for one year.", "NOR"),
                        ("China's Ministry of Commerce will suspend its export controls on gallium for a year.", "CHN"),
                        ("Japan's government will cut tariffs on U.S. rice to zero.", "JPN")):
        rows = extract(text, title="Trade news in brief")
        assert rows and {r.actor for r in rows} == {actor}, text


def test_a_possessive_owner_of_a_measure_is_still_read_apart():
    rows = extract("Norway's tariffs on U.S. lobster will fall to 3%.", title="Trade news in brief")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("NOR", "tariff", "reduce", 3.0)]


# --- the deal as the subject of a rated measure, inside a round-up quote ------------------------

def test_a_quoted_deal_lowering_a_rate_is_the_partners_cut():
    for text in ("Dairy Exporters Council: “The agreement lowers Norway’s tariffs on American cheese from 30% to 5%.”",
                 "Sen. Jane Roe: “This deal cuts Norway’s tariff on U.S. apples to 5%, a big win for growers.”"):
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("NOR", "tariff", "reduce", 5.0)], text


def test_a_quoted_deal_praised_without_a_term_is_no_row():
    for text in ("Sen. Jane Roe: “This deal opens new markets for our farmers and is a huge win.”",
                 "Rep. John Doe: “The agreement delivers for American workers.”"):
        assert extract(text) == [], text


# --- work still to do on what the deal left open is talks of both sides -------------------------

def test_continuing_to_resolve_trade_issues_is_talks_of_both_sides():
    for text in ("Business Group CEO Jane Roe: “We welcome commitments from both governments to continue working "
                 "to resolve other trade issues.”",
                 "The United States and Norway will continue working to resolve outstanding trade issues.",
                 "Both sides agreed to keep working to resolve their remaining differences."):
        assert triples(extract(text)) == [("NOR", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")], text


def test_resolving_issues_that_are_not_trade_is_no_talks_row():
    assert extract("Norway will continue working to resolve the issues with its pension fund.") == []


def test_a_request_after_welcomed_commitments_is_still_no_row():
    rows = extract("Business Group CEO Jane Roe: “We welcome commitments from both governments to continue working "
                   "to resolve other trade issues and encourage them to address Norway’s digital services taxes.”")
    assert {r.category for r in rows} == {"diplomatic"}


# --- "announced it would ..." reports the measure of its clause -------------------------------------

def test_announced_it_would_lift_is_the_lift_not_a_new_tariff():
    for text in ("Beijing announced it would lift the 15% tariff on U.S. farm goods from Nov. 10.",
                 "Oslo announced that it would scrap the 15% tariff on U.S. farm goods.",
                 "Norway announced it was suspending its 24% tariff on U.S. goods for a year."):
        rows = extract(text, title="Trade news in brief")
        assert len(rows) == 1 and rows[0].action in ("remove", "suspend") and rows[0].value_from in (15.0, 24.0), text


def test_a_tariff_announced_is_still_a_levy():
    rows = extract("Norway announced a 15% tariff on U.S. farm goods.", title="Trade news in brief")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("NOR", "tariff", "impose", 15.0)]
