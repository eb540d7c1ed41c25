"""Commitment extraction, round 11: real news, wire stories and quote round-ups.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; people, countries and figures are used only for
their names and offices.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

CAMPAIGN_DAY = datetime(2016, 9, 20, 14, 0, tzinfo=timezone.utc)  # Trump a candidate, Biden out of office
PRIMARY_DAY = datetime(2019, 8, 1, 14, 0, tzinfo=timezone.utc)  # Trump president, Biden a candidate
LATER_DAY = datetime(2022, 8, 1, 14, 0, tzinfo=timezone.utc)  # Trump a former president


def extract(*texts, published_at, title="Trade on the campaign trail"):
    return commitments_from(list(texts), published_at=published_at, title=title, article_id="test-news-r11")


# --- a candidate's or former official's promise or threat is no government's row ---------------

def test_a_candidates_threatened_tariff_is_no_row():
    for text in ("The minister sees little point in answering Mr. Trump's threats to slap a 35 percent tariff "
                 "on Mexican imports.",
                 "Mr. Trump has vowed to impose a 35 percent tariff on cars made in Mexico.",
                 "Donald Trump wants to slap a 45 percent tariff on Chinese imports, a plan economists call reckless."):
        assert extract(text, published_at=CAMPAIGN_DAY) == [], text


def test_a_former_official_campaigning_again_gives_no_row():
    for text in ("Joe Biden has pledged to lift the tariffs on Chinese goods.",
                 "Former Vice President Biden promised to cut tariffs on Canadian lumber if elected."):
        assert extract(text, published_at=PRIMARY_DAY) == [], text
    for text in ("Mr. Trump has promised to raise tariffs on Chinese imports to 60 percent if he returns to the "
                 "White House.",
                 "Former President Trump threatened to slap tariffs on Mexican goods."):
        assert extract(text, published_at=LATER_DAY) == [], text


def test_the_same_words_from_an_office_holder_stay_rows():
    rows = extract("Mr. Trump has vowed to impose a 35 percent tariff on cars made in Mexico.", published_at=PRIMARY_DAY)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "impose", 35.0)]
    rows = extract("Beijing cut tariffs on American soybeans, Mr. Trump said.", published_at=CAMPAIGN_DAY)
    assert triples(rows) == [("CHN", "tariff", "reduce")]


def test_a_former_official_told_with_the_office_then_held_is_a_recount():
    rows = extract("Prime Minister Theresa May suggested that Britain would withdraw from the single market.",
                   published_at=LATER_DAY)
    assert ("GBR", "market_access", "restrict") in triples(rows)


# --- a second predicate of the sentence's subject, after "<verb>ed <object> and" -----------------

DEAL_DAY = datetime(2025, 5, 12, 14, 0, tzinfo=timezone.utc)


def test_a_cue_after_a_first_predicate_and_and_keeps_the_sentence_subject():
    for text, expected in (
            ("So the President declared a national emergency and imposed tariffs.", ("USA", "tariff", "impose")),
            ("The President met the Premier and imposed tariffs on Chinese steel.", ("USA", "tariff", "impose")),
            ("Beijing summoned the envoy and suspended soybean purchases.", ("CHN", "purchase", "suspend"))):
        rows = extract(text, published_at=DEAL_DAY, title="U.S. and China strike trade deal in Geneva")
        assert expected in triples(rows), text


def test_a_first_clause_with_another_subject_still_gives_no_row():
    for text in ("Analysts studied the data and raised tariffs forecasts.",
                 "Steel prices climbed and imposed costs on buyers."):
        assert extract(text, published_at=DEAL_DAY, title="U.S. and China strike trade deal in Geneva") == [], text


# --- a deal's term in a relative clause, and a rate brought to zero in words ----------------------

WIRE_TITLE = "Japan and U.S. seal trade deal on autos and rice"


def test_a_rated_term_in_a_relative_clause_after_the_deal_is_a_row():
    rows = extract("Japan agreed on Tuesday to buy more American rice, in a deal that lowers U.S. duties on "
                   "Japanese cars to 15% from 27.5%.", published_at=DEAL_DAY, title=WIRE_TITLE)
    assert ("USA", "tariff", "reduce", 27.5, 15.0) in [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows]
    for text in ("Tokyo signed a pact that slashes duties on American beef to 9 percent.",
                 "Tokyo and Washington reached an agreement that trims Japan's tariff on U.S. beef to 9%."):
        rows = extract(text, published_at=DEAL_DAY, title=WIRE_TITLE)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("JPN", "tariff", "reduce", 9.0)], text


def test_a_relative_clause_with_no_figure_is_what_the_deal_is_said_to_achieve():
    for text in ("The agreement, which opens Japan's market to American rice, was signed on Monday.",
                 "Japan signed an agreement that cuts its red tape."):
        assert extract(text, published_at=DEAL_DAY, title=WIRE_TITLE) == [], text


def test_the_deal_cutting_a_rate_to_zero_in_words_is_a_removal():
    for text in ("The deal cuts tariffs on U.S. industrial goods to zero.",
                 "This deal sets zero tariffs on American beef."):
        rows = extract(text, published_at=DEAL_DAY, title=WIRE_TITLE)
        assert triples(rows) == [("JPN", "tariff", "remove")], text


# --- talks kept going, named by a gerund ---------------------------------------------------------

def test_keeping_on_negotiating_is_talks_of_each_party():
    for text in ("Both countries pledged to keep negotiating over autos.",
                 "The two sides agreed to continue negotiating on steel.",
                 "Washington and Ottawa will keep talking about autos."):
        rows = extract(text, published_at=DEAL_DAY, title="Canada and U.S. reach deal on lumber")
        assert triples(rows) == [("CAN", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")], text


def test_talking_with_no_trade_in_sight_is_no_row():
    for text in ("Clinton and Sanders will keep talking about health care.",
                 "The two campaigns continue negotiating over the debate schedule."):
        assert extract(text, published_at=CAMPAIGN_DAY, title="Democrats prepare for the debate") == [], text


# --- a party's undertaking in a quote, inside "a deal in which / under which" ---------------------

ROUNDUP_TITLE = "WHAT THEY ARE SAYING: Farmers Cheer President Trump's Peru Trade Deal"


def test_a_named_partys_undertaking_in_a_deal_relative_clause_is_a_quoted_term():
    for text, expected in (
            ("American Soybean Association President Jane Roe: “We applaud President Trump for securing a deal in "
             "which Peru will eliminate its tariffs on U.S. soybeans.”", ("PER", "tariff", "remove")),
            ("Dairy Farmers of America: “This is an agreement under which Peru will open its market to American "
             "cheese.”", ("PER", "market_access", "relax"))):
        assert triples(extract(text, published_at=DEAL_DAY, title=ROUNDUP_TITLE)) == [expected], text


def test_what_the_deal_itself_will_do_in_a_quote_stays_praise():
    text = "Sen. John Doe: “This deal will open Peru’s market to American beef.”"
    assert extract(text, published_at=DEAL_DAY, title=ROUNDUP_TITLE) == []


# --- a partner's goods, firms or vehicles allowed in ----------------------------------------------

def test_allowing_a_partners_goods_or_firms_in_is_market_access():
    for text in ("Canada agreed to allow U.S. dairy farmers to sell more milk, butter and cheese in Canada.",
                 "Ottawa will allow American banks to operate freely in Canada.",
                 "Canada will allow more U.S. poultry into its market."):
        rows = extract(text, published_at=DEAL_DAY, title="Canada and U.S. reach deal on lumber")
        assert triples(rows) == [("CAN", "market_access", "relax")], text


def test_access_both_parties_grant_to_one_partys_goods_is_the_other_partys():
    # (the two countries' agreement lets one side's trucks in: the other side grants it)
    for text in ("On July 6, 2011, the two countries signed an agreement to allow Mexican trucks to operate in the "
                 "United States.",
                 "The United States and Mexico agreed to allow Mexican trucks to operate in the United States."):
        rows = extract(text, published_at=datetime(2011, 7, 10, tzinfo=timezone.utc), title="Mexico and the trucks")
        assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [
            ("USA", "MEX", "market_access", "relax")], text


def test_allowing_people_or_an_easing_for_its_purpose_is_no_new_row():
    assert extract("The United States would allow Chinese students to keep attending American colleges.",
                   published_at=DEAL_DAY, title="U.S. and China strike trade deal") == []
    rows = extract("Oman agreed to modernize its air transport agreement to allow U.S. airlines to carry cargo.",
                   published_at=DEAL_DAY, title="U.S. and Oman sign trade deal")
    assert triples(rows) == [("OMN", "market_access", "relax")]


# --- sanctions or export controls made tougher ------------------------------------------------------

def test_tightening_sanctions_or_controls_raises_them():
    for text, expected in (
            ("The United States is ratcheting up sanctions on Iran's oil sector.", ("USA", "sanctions", "raise")),
            ("Washington tightened sanctions against Venezuelan officials on Monday.", ("USA", "sanctions", "raise")),
            ("The EU will toughen its sanctions on Russian banks.", ("EUN", "sanctions", "raise")),
            ("The Commerce Department stepped up export controls on chips to China.", ("USA", "export_control", "raise"))):
        assert triples(extract(text, published_at=DEAL_DAY, title="U.S. weighs new measures")) == [expected], text


def test_tightening_something_that_is_no_measure_is_no_row():
    for text in ("Officials tightened rules on office visits.", "Police stepped up patrols near the port."):
        assert extract(text, published_at=DEAL_DAY, title="U.S. weighs new measures") == [], text


# --- a cap on a rate with no determiner before it -----------------------------------------------------

def test_the_deal_capping_a_partys_tariffs_is_a_rate():
    for text in ("The deal caps U.S. tariffs on Japanese goods at 15%.",
                 "Washington will cap tariffs on Japanese cars at 15%."):
        rows = extract(text, published_at=DEAL_DAY, title=WIRE_TITLE)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "impose", 15.0)], text
    assert extract("The rules cap imports at 2 million tonnes.", published_at=DEAL_DAY, title=WIRE_TITLE) == []


# --- deal terms listed as nouns: the pledger named with the first noun -------------------------------

TALKS_TITLE = "U.S. and China near phase one trade deal"
TALKS_DAY = datetime(2019, 11, 20, 14, 0, tzinfo=timezone.utc)


def test_pledges_listed_as_nouns_belong_to_the_country_named_with_the_first():
    rows = extract("Negotiators are weighing Japanese promises to lower tariffs on beef and pledges to buy more "
                   "U.S. corn.", published_at=TALKS_DAY, title="U.S. and Japan near trade deal")
    assert triples(rows) == [("JPN", "purchase", "purchase"), ("JPN", "tariff", "reduce")]
    rows = extract("The package on the table includes larger Chinese purchases of U.S. pork, promises of wider "
                   "access to China's insurance market and pledges to protect intellectual property.",
                   published_at=TALKS_DAY, title=TALKS_TITLE)
    assert triples(rows) == [("CHN", "intellectual_property", "enforce"), ("CHN", "market_access", "relax"),
                             ("CHN", "purchase", "purchase")]


def test_a_promise_of_access_opens_the_named_market():
    rows = extract("Tokyo made commitments of wider access for American rice, officials said.",
                   published_at=TALKS_DAY, title="U.S. and Japan near trade deal")
    assert triples(rows) == [("JPN", "market_access", "relax")]
    assert extract("The farmers welcomed the promise of better access to markets.", published_at=TALKS_DAY,
                   title="Farm groups look abroad") == []


# --- a threatened rate named with no noun after "the" -------------------------------------------------

def test_a_threatened_rate_after_the_without_a_noun_is_its_own_row():
    for text in ("Under the framework, most EU goods face a 15% U.S. tariff, down from the 30% Trump had threatened.",
                 "Most EU goods will face a 15% tariff, down from the 30% Trump threatened in July."):
        rows = extract(text, published_at=DEAL_DAY, title="EU and U.S. agree trade framework")
        assert sorted((r.actor, r.action, r.value_from, r.value_to, r.status) for r in rows) == [
            ("USA", "impose", None, 15.0, "agreed"), ("USA", "impose", None, 30.0, "threatened")], text
    assert extract("Exports rose to 15%, above the 12% analysts had proposed.", published_at=DEAL_DAY,
                   title="EU and U.S. agree trade framework") == []


# --- a change of a rate taking effect is that change, not a new levy ----------------------------------

def test_rate_changes_taking_effect_keep_their_direction():
    for text, action in (("The tariff cuts will take effect once member states sign off.", "reduce"),
                         ("The tariff reductions took effect on Monday.", "reduce"),
                         ("The tariff increases go into effect next week.", "raise")):
        rows = extract(text, published_at=DEAL_DAY, title="EU and U.S. agree trade framework")
        assert [(r.category, r.action) for r in rows] == [("tariff", action)], text


def test_a_removal_taking_effect_is_one_removal_row():
    for text in ("The removal of duties on U.S. lobster took effect on Friday.",
                 "The elimination of the 10% tariff on U.S. cars will take effect in May."):
        rows = extract(text, published_at=DEAL_DAY, title="EU and U.S. agree trade framework")
        assert [(r.category, r.action) for r in rows] == [("tariff", "remove")], text


# --- curbing the barriers themselves eases access ---------------------------------------------------

def test_curbing_barriers_is_an_easing_and_curbing_imports_a_restriction():
    for text in ("The UK agreed to curb non-tariff barriers on U.S. beef.",
                 "Britain will restrict the barriers that keep American poultry out.",
                 "The UK will limit trade barriers for U.S. farmers."):
        rows = extract(text, published_at=DEAL_DAY, title="U.S. and UK reach trade deal")
        assert triples(rows) == [("GBR", "market_access", "relax")], text
    rows = extract("Canada will curb imports of U.S. dairy.", published_at=DEAL_DAY, title="U.S. and Canada reach trade deal")
    assert triples(rows) == [("CAN", "import_restriction", "restrict")]
