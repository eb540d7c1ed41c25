"""Commitment extraction, round 12: wire stories and quote round-ups.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; people, trade groups and figures are invented,
countries are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

DEAL_WEEK = datetime(2026, 3, 6, 15, 0, tzinfo=timezone.utc)
ROUND_UP = "What They Are Saying: Growers Praise the U.S.-Philippines Trade Deal"


def extract(*texts, title=ROUND_UP, published_at=DEAL_WEEK):
    return commitments_from(list(texts), published_at=published_at, title=title, article_id="test-news-r12")


def levels(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# --- a round-up quote opening on a gerund states the deal term it names -------------------------

def test_a_quote_opening_on_a_gerund_gives_the_term_of_the_owner_named_in_its_object():
    for text, owner, low, high in (
            ("Pork Council President Ann Lee: “Slashing the Philippine duty on U.S. pork from 15 percent "
             "to 5 percent puts our members back in the game.”", "PHL", 15.0, 5.0),
            ("American Grain Council CEO Bo Li: “Lowering the Philippine tariff on U.S. wheat from 7 percent "
             "to 3 percent opens a big market for our growers.”", "PHL", 7.0, 3.0),
            ('Beef Council head Tom Reyes said: "Cutting the Philippine levy on U.S. beef from 20 percent to '
             '10 percent is the best news our ranchers have had in years."', "PHL", 20.0, 10.0)):
        rows = extract(text)
        assert levels(rows) == [(owner, "tariff", "reduce", low, high)], text
        assert rows[0].counterparty == "USA", text


def test_a_quote_opening_on_a_gerund_without_a_figure_is_praise():
    for text in ("Rice Council Chair Joan Park: “Lowering tariffs is the best thing any president can do.”",
                 "Senator Ken Alvarez: “Opening markets abroad keeps our farms alive.”"):
        assert extract(text) == [], text


def test_a_cited_title_in_quotes_is_no_term():
    # a data record or a citation quoting a title after a colon is not a speaker's quote
    assert extract('{"file": "x.html", "title": "Extending the Modification of the Reciprocal Tariff Rates"}',
                   title="Index") == []


# --- the singular "duty" and "levy" named after a country's adjective are that country's --------

def test_a_countrys_singular_duty_or_levy_is_its_own_measure():
    for text, owner in (("The deal cuts the Philippine duty on U.S. pork from 15 percent to 5 percent.", "PHL"),
                        ("Manila will cut the Philippine levy on U.S. rice from 35 percent to 15 percent.", "PHL"),
                        ("The pact lowers the Philippine duty rate on American chicken from 40 percent to "
                         "25 percent.", "PHL")):
        assert [r.actor for r in extract(text)] == [owner], text


# --- a change told with both levels and again by its new level only is one row ------------------

def test_a_cut_restated_by_its_new_level_only_is_one_row():
    rows = extract(
        "Pork Council President Ann Lee: “Slashing the Philippine duty on U.S. pork from 15 percent to 5 percent "
        "puts our members back in the game.”",
        "Governor Ruth Ames: “Cutting the Philippine pork duty to 5 percent is a big deal for our state.”")
    assert levels(rows) == [("PHL", "tariff", "reduce", 15.0, 5.0)]
    assert rows[0].mentions == 2
    # a different new level is a different measure
    rows = extract(
        "Pork Council President Ann Lee: “Slashing the Philippine duty on U.S. pork from 15 percent to 5 percent "
        "puts our members back in the game.”",
        "Governor Ruth Ames: “Cutting the Philippine pork duty to 2 percent next year is a big deal for our state.”")
    assert len(rows) == 2


# --- a second infinitive coordinated with the first is its own term --------------------------

WIRE = "Lawmakers approve tariff deal with Washington"


def test_a_coordinated_infinitive_after_a_measure_is_its_own_term():
    rows = extract("Canadian lawmakers on Tuesday voted to scrap duties on U.S. dairy and to keep American "
                   "apples entering the country duty-free.", title=WIRE)
    assert levels(rows) == [("CAN", "tariff", "maintain", None, 0.0), ("CAN", "tariff", "remove", None, None)]
    rows = extract("Seoul agreed to lift its ban on U.S. beef and to buy 2 million tons of U.S. wheat.", title=WIRE)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("KOR", "import_restriction", "remove"), ("KOR", "purchase", "purchase")]
    rows = extract("Japan pledged to remove tariffs on U.S. beef and to keep its zero tariff on U.S. wheat.", title=WIRE)
    assert levels(rows) == [("JPN", "tariff", "maintain", None, 0.0), ("JPN", "tariff", "remove", None, None)]


def test_a_purpose_infinitive_after_a_measure_stays_its_purpose():
    rows = extract("The United States imposed tariffs on Chinese steel to protect its mills and to punish dumping.",
                   title=WIRE)
    assert [(r.actor, r.action) for r in rows] == [("USA", "impose")]


# --- the rate that names the measure changed is its present level -----------------------------

def test_the_rate_naming_the_changed_measure_is_its_present_level():
    title = "India, Canada and Japan weigh tariff moves on U.S. goods"
    for text, expected in (
            ("India will lower its 100 percent duty on American whiskey to 50 percent.",
             ("IND", "tariff", "reduce", 100.0, 50.0)),
            ("Canada will raise its 10% tariff on U.S. steel to 25%.", ("CAN", "tariff", "raise", 10.0, 25.0)),
            ("Tokyo agreed to cut its 20% tariff on U.S. rice.", ("JPN", "tariff", "reduce", 20.0, None))):
        assert levels(extract(text, title=title)) == [expected], text
    # a rate after "to" with no rate naming the measure stays the new level
    assert levels(extract("Tokyo agreed to cut the tariff on U.S. rice to 5%.", title=title)) == [
        ("JPN", "tariff", "reduce", None, 5.0)]


# --- a demand put to the other side is a proposal of its measure ------------------------------

def test_a_demand_put_to_the_other_side_is_proposed():
    title = "Japan and Canada trade talks"
    for text in ('"We have done our part. Now it is Ottawa\'s turn to scrap its dairy quotas," the minister said.',
                 "It is time for Tokyo to cut its 20% tariff on U.S. rice, the senator said."):
        rows = extract(text, title=title)
        assert [r.status for r in rows] == ["proposed"], text
    assert [r.status for r in extract("Tokyo agreed to cut its 20% tariff on U.S. rice.", title=title)] == ["agreed"]


# --- a threatened rate named beside a rate in force, with no measure verb ---------------------

def test_a_threatened_rate_named_in_a_comparison_is_its_own_threatened_row():
    title = "EU exporters weigh the U.S. trade deal"
    for text, rate in (
            ("Exporters say the 15% rate, while lower than the 30% President Donald Trump had threatened, "
             "still hurts them.", 30.0),
            ("Exporters now pay 15%, well below the 25 percent rate Washington threatened in the spring.", 25.0)):
        rows = extract(text, title=title, published_at=datetime(2025, 9, 1, tzinfo=timezone.utc))
        assert [(r.actor, r.action, r.value_to, r.status) for r in rows] == [("USA", "impose", rate, "threatened")], text
    # a figure with no threatening party named is no row
    assert extract("Exporters say the 15% rate is lower than the 30% once threatened.", title=title,
                   published_at=datetime(2025, 9, 1, tzinfo=timezone.utc)) == []


# --- a firm limiting its exposure to a measure takes no measure -------------------------------

def test_limiting_exposure_to_a_measure_is_no_row():
    title = "Outdoor gear maker posts record quarter"
    for text in ("Over two years the company moved most of its tent output from China to plants in Vietnam and "
                 "Mexico, partly to limit its exposure to tariffs.",
                 "The retailer shifted sourcing to India to reduce its exposure to U.S. tariffs on Chinese goods.",
                 "Automakers are building plants in Mexico to cut their vulnerability to export controls."):
        assert extract(text, title=title) == [], text
    # the measure itself is still a row
    assert [r.action for r in extract("China will cut tariffs on U.S. goods.", title=title)] == ["reduce"]


def test_a_rate_set_out_or_outlined_before_the_deal_rate_is_announced():
    title = "The United States and Thailand Sign Agreement on Reciprocal Trade"
    for text, rate in (("Under the deal, Thai goods will face a 19% tariff, down from the 36% rate Washington outlined "
                        "in April.", 36.0),
                       ("Under the Agreement, goods from Thailand will face a reciprocal tariff of 19%, below the 25% "
                        "rate the President set out in his July letter.", 25.0)):
        rows = extract(text, title=title)
        assert sorted((r.action, r.value_to, r.status) for r in rows) == [
            ("impose", 19.0, "agreed"), ("impose", rate, "announced")], text


# --- a condition going on to a second verb is still the condition -----------------------------

def test_the_second_verb_of_a_condition_is_no_measure():
    title = "Canada and the United States trade dispute"
    for text in ("Canada will drop its retaliatory tariffs unless Washington raises duties on lumber or imposes "
                 "new levies on steel.",
                 "Ottawa said it would scrap its counter-tariffs if the United States cuts the steel duty or "
                 "removes its tariffs on aluminum."):
        rows = extract(text, title=title)
        assert [(r.actor, r.action, r.conditional) for r in rows] == [("CAN", "remove", True)], text


# --- a legislature passing a text that changes a measure --------------------------------------

def test_a_text_a_legislature_passes_states_its_measure():
    title = "Lawmakers move on trade deal with Washington"
    rows = extract("The European Parliament on Tuesday approved a regulation scrapping tariffs on U.S. industrial goods.",
                   title=title)
    assert [(r.actor, r.category, r.action) for r in rows] == [("EUN", "tariff", "remove")]
    rows = extract("South Korea's National Assembly passed a bill cutting tariffs on U.S. cars to zero.", title=title)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("KOR", "tariff", "remove", 0.0)]
    for text, actor in (("Indian lawmakers approved the removal of tariffs on U.S. almonds.", "IND"),
                        ("Japan's parliament ratified the elimination of duties on U.S. beef.", "JPN")):
        assert [(r.actor, r.action) for r in extract(text, title=title)] == [(actor, "remove")], text
    assert extract("Critics in Delhi questioned the removal of tariffs on U.S. almonds.", title=title) == []
    # a text only debated is no step taken
    assert extract("Lawmakers in Seoul debated a bill cutting tariffs on U.S. cars.", title=title) == []


# --- reported speech whose party was named in the sentence before ------------------------------

def test_reported_speech_about_the_country_named_before_is_its_term():
    title = "Indonesia and U.S. trade deal"
    for lead, text in (("Indonesia's trade minister spoke to reporters on Monday.",
                        "He said the country would cut tariffs on U.S. wheat to zero."),
                       ("Indonesia's trade minister met her U.S. counterpart in Jakarta.",
                        "She told reporters the government will cut tariffs on U.S. beef.")):
        rows = extract(lead, text, title=title)
        assert [(r.actor, r.category, r.counterparty) for r in rows] == [("IDN", "tariff", "USA")], text
    # what others say will happen is still no party's act
    assert extract("Indonesia's trade minister spoke on Monday.", "Analysts said tariffs would rise.", title=title) == []
