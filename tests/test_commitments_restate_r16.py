"""Commitment extraction, round 16: restatements and side voices in news.

A term told again (by a definite description or a pronoun whose only news is a date or status, in a
quote, or as the rate the goods now face) is the row already stated, counted in its mentions
(convention 8). Outside voices (analysts, traders, observers, opposition politicians and candidates)
give no row. Every sentence is our own; people and figures are invented, countries are used only for
their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, one

WIRE_DAY = datetime(2026, 5, 4, 12, 0, tzinfo=timezone.utc)


def extract(*texts, title="Trade partners strike a deal"):
    return commitments_from(list(texts), published_at=WIRE_DAY, title=title, article_id="test-restate-r16")


def acts(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows)


# --- (1) a restatement by a definite description or a pronoun ------------------------------------------

def test_a_measure_taking_effect_by_reference_is_the_row_already_stated():
    for first, again, expected in (
            ("India imposed a 20 per cent duty on imported US almonds on Tuesday.",
             "The duties took effect at midnight, and exporters said they would hurt sales.",
             ("IND", "tariff", "impose", None, 20.0, None)),
            ("The United States will impose a 25 percent tariff on imports of heavy trucks.",
             "These duties shall take effect on October 1, 2025.",
             ("USA", "tariff", "impose", None, 25.0, None)),
            ("India will lower its tariff on American motorcycles to 30 percent.",
             "The lower tariff will be applied to bikes above 1,600cc from April 1.",
             ("IND", "tariff", "reduce", None, 30.0, None)),
            ("President Trump signed an order imposing a 10% tariff on Brazilian goods.",
             "The new tariff goes into effect on August 6 and covers most Brazilian exports.",
             ("USA", "tariff", "impose", None, 10.0, None)),
            ("Washington will slap a 35% levy on Canadian lumber, the Commerce Department said.",
             "From Friday, the levy kicks in at every border crossing.",
             ("USA", "tariff", "impose", None, 35.0, None)),
            ("Ottawa agreed to drop its 6 per cent tariff on U.S. pork under the pact.",
             "It comes into force once parliament votes on the bill.",
             ("CAN", "tariff", "remove", 6.0, None, None))):
        assert acts(extract(first, again)) == [expected], (first, again)


def test_a_reference_naming_another_goods_or_a_new_step_stays_a_row():
    # a new object, a new level or a reversal is no restatement
    assert len(extract("Japan will cut its tariff on U.S. beef to 9 percent.",
                       "It will also remove its tariff on American corn.")) == 2
    assert len(extract("The United States imposed a 25% tariff on Mexican steel in March.",
                       "The duties will rise to 50% in June.")) == 2
    assert len(extract("China imposed a 15 per cent tariff on U.S. soybeans in March.",
                       "The duties will be lifted on Monday, the ministry said.")) == 2


# --- (2) a quote restating a term ---------------------------------------------------------------------

def test_a_quote_restating_a_term_is_the_row_already_stated():
    for first, quote, expected in (
            ("LONDON (Wire) - Britain agreed to remove its 20 per cent tariff on US beef under the accord.",
             '"Every British tariff on American beef goes to zero on day one," said the U.S. trade representative.',
             ("GBR", "tariff", "remove", 20.0, None, None)),
            ("The Philippines agreed to cut its tariff on U.S. cars to zero.",
             '"Our duty on American autos will be eliminated," said the Philippine trade secretary.',
             ("PHL", "tariff", "remove", None, 0.0, None)),
            ("Brussels pledged to buy $750 billion of U.S. energy over three years.",
             '"Europe buys 750 billion of our energy," the Commerce Secretary said in an interview.',
             ("EUN", "purchase", "purchase", None, None, 750e9)),
            ("Thailand will reduce tariffs on U.S. pork to 5 per cent.",
             "\u201cWe will bring the pork tariff down to five per cent,\u201d the Thai commerce minister said.",
             ("THA", "tariff", "reduce", None, 5.0, None))):
        rows = extract(first, quote)
        assert acts(rows) == [expected], quote
        assert one(rows).mentions == 2


def test_a_quote_with_a_new_term_stays_a_row():
    rows = extract("Britain agreed to remove its tariff on U.S. ethanol.",
                   '"We will also buy 1.4 billion litres of American ethanol a year," the UK trade secretary said.')
    assert sorted(r.category for r in rows) == ["purchase", "tariff"]


# --- (1b) a change told again as the rate the goods face ---------------------------------------------

def test_a_change_told_again_as_the_rate_faced_is_one_row():
    for first, again, expected in (
            ("Washington agreed to lower tariffs on Vietnamese goods to 20% from 46%.",
             "Under the deal, most Vietnamese exports will face a 20% tariff when they enter the United States.",
             ("USA", "tariff", "reduce", 46.0, 20.0, None)),
            ("India agreed to slash its duty on U.S. bourbon to 50 per cent from 150 per cent.",
             "Bourbon from the United States will be charged 50 per cent at Indian ports.",
             ("IND", "tariff", "reduce", 150.0, 50.0, None)),
            ("The United States will raise its tariff on Brazilian beef to 50 percent.",
             "Brazilian beef will be subject to a 50 percent duty from August 1.",
             ("USA", "tariff", "raise", None, 50.0, None)),
            ("The United States will cut the tariff on Japanese cars to 15 per cent.",
             "Japanese carmakers will now pay 15 per cent on vehicles shipped to America, the ministry said.",
             ("USA", "tariff", "reduce", None, 15.0, None))):
        rows = extract(first, again)
        assert acts(rows) == [expected], again


def test_other_goods_at_the_same_or_another_rate_stay_rows():
    assert len(extract("The United States will cut tariffs on Vietnamese shoes to 20%.",
                       "Goods transshipped through Vietnam will face a 40% tariff.")) == 2
    assert len(extract("Washington lowered its tariff on Swiss goods to 15% from 39%.",
                       "Swiss pharmaceuticals will face a 15% tariff too.")) == 2


def test_a_removal_restated_as_duty_free_entry_is_one_row():
    rows = extract("In exchange, Santiago will eliminate its 6% duty on U.S. pork and poultry.",
                   "Under the framework, U.S. pork and poultry will enter Chile duty-free, officials said.")
    assert acts(rows) == [("CHL", "tariff", "remove", 6.0, None, None)]


# --- (3) side voices ----------------------------------------------------------------------------------

def test_outside_views_give_no_row():
    for text in (
            "Traders said Indonesia could impose export curbs on nickel ore as early as next month.",
            "The European Union is expected to lift its tariffs on U.S. lobster next month, according to a trade analyst at a Dutch bank.",
            "Economists at a London consultancy predict that Washington will raise tariffs on Mexican steel to 50%.",
            "Market watchers believe Tokyo may consider lowering its rice tariff to 200 yen per kilogram.",
            "Forecasters reckon Canada will scrap its digital services tax before June.",
            "Some observers think Seoul will cut tariffs on U.S. beef to zero."):
        assert extract(text) == [], text


def test_promises_of_opposition_parties_and_candidates_give_no_row():
    for text in (
            "Brazil's main opposition party pledged to drop the 30% tariff on U.S. ethanol.",
            "Opposition leader Ana Ruiz vowed to cut the levy on imported wheat to 5 per cent.",
            "The shadow trade secretary promised to remove tariffs on American whiskey.",
            "The Conservative candidate has vowed to cut tariffs on Chinese electric vehicles to 10 percent.",
            "Mark Hale said he would scrap the levy on U.S. dairy if his party forms the next government.",
            "A centre-right challenger pledged to impose a 10 per cent levy on imported cars."):
        assert extract(text) == [], text


def test_a_government_threat_or_its_own_plan_stays_a_row():
    assert acts(extract("Trump threatened to impose a 35% tariff on Canadian goods.")) == [
        ("USA", "tariff", "impose", None, 35.0, None)]
    assert len(extract("China said it could impose tariffs of up to 25 percent on U.S. soybeans if Washington goes ahead.")) == 1
    assert len(extract("Japan may consider cutting its tariff on U.S. rice, the farm minister said.")) == 1


def test_hopes_bets_and_forecasts_about_a_measure_give_no_row():
    for text in (
            "Investors hope Beijing will cut its tariffs on U.S. soybeans to 3 percent.",
            "Markets are betting that Washington will suspend the 25% tariff on Canadian steel.",
            "There is speculation that India may drop its duties on U.S. almonds.",
            "Exporters are hoping Mexico will scrap the 30% tariff on U.S. pork.",
            "Few expect Brussels to lift its tariffs on American whiskey before June.",
            "Growers fear that Seoul could raise its levy on U.S. oranges to 50 percent."):
        assert extract(text) == [], text
    # the measure stated before the hope stays
    rows = extract("China agreed to buy 12 million tonnes of U.S. soybeans, and traders hope it will also cut its tariffs.")
    assert [(r.actor, r.category) for r in rows] == [("CHN", "purchase")]


def test_a_change_told_again_as_the_rate_set_is_one_row():
    for first, again in (
            ("Washington agreed to cut tariffs on Japanese goods to 15% from 25%.",
             "The deal sets a 15% tariff on Japanese goods."),
            ("The United States will lower its tariff on Swiss goods to 15 percent from 39 percent.",
             "Washington will apply a 15 percent rate to Swiss imports from Friday.")):
        assert len(extract(first, again)) == 1, again
    # the same rate on goods the change did not name is another measure
    assert len(extract("Washington agreed to cut tariffs on Japanese goods to 15% from 25%.",
                       "The United States will impose a 15% tariff on Japanese pharmaceuticals.")) == 2
    assert len(extract("The U.S. will raise duties on Indian goods to 50% from 25%.",
                       "The U.S. also imposed a 50% tariff on Indian steel.")) == 2
