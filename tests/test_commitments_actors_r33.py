"""Round 33 (issue 4): who acts on official pages — the page's own government told by a title, a purpose or a deal
before the clause, not the partner the sentence also names.

- A condition naming the partner, then an officer told by title alone ("Should X fail ..., the President may reinstate
  ..."): the page's government acts (``_TITLED_OFFICER_CLAUSE``), the condition's partner is the other side.
- Goods a measure is used to protect ("used Section 232 tariffs to rebuild the American steel industry") are not the
  goods it taxes (``_PROTECTED_BY_MEASURE``).
- A fronted deal with its maker ("Under the agreement President Trump reached in 2025, goods from X face ...") names
  no subject (``_PARTICIPLE_OPENER``); "Products of X" opening a sentence are X's goods (``_ORIGIN_BEFORE``).

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from, tariff_levels, triples_in

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)

PROCLAMATION = ("Fact Sheet: President Donald J. Trump Adjusts Imports of Industrial Widgets",
                "Today, President Donald J. Trump signed a Proclamation adjusting imports of industrial widgets "
                "from Germany.")
AGREEMENT = ("Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Agreement with Germany",
             "Today, President Donald J. Trump signed an agreement on reciprocal trade with Germany.")


def fact_sheet(page, *sentences):
    title, lead = page
    return commitments_from([lead, *sentences], published_at=ON, title=title)


def tariff_rows(rows, text):
    """(actor, counterparty, action, value_to) of the tariff rows read from the sentence holding ``text``."""
    return sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows
                  if r.category == "tariff" and text in (r.evidence or ""))


# the variation battery: a condition naming the partner, then the page's officer by title (verbs, officers, openers)
CONDITIONED = [
    ("Should Germany retaliate against American exporters, the President may increase the duties on widgets further.",
     ("USA", "DEU", "raise", None)),
    ("If Germany fails to honour its commitments, the President may reinstate the 25 percent tariff.",
     ("USA", "DEU", "resume", 25.0)),
    ("Should the Government of Germany fail to curb transshipment, the President may restore the 40 percent rate.",
     ("USA", "DEU", "resume", 40.0)),
    ("In the event that Germany breaks its commitments, the Administration will raise the reciprocal tariff on its goods.",
     ("USA", "DEU", "raise", None)),
    ("Unless Germany lifts its ban on American poultry by March 1, the President will impose a 20 percent duty on "
     "German cars.", ("USA", "DEU", "impose", 20.0)),
    ("If Berlin retaliates, the Secretary of Commerce may raise the duties on widgets to 50 percent.",
     ("USA", "DEU", "raise", 50.0)),
    ("Should Germany take retaliatory action against American exporters, the President may raise its reciprocal rate "
     "by as much as ten additional percentage points.", ("USA", "DEU", "raise", None)),
    ("If German authorities fail to stop the diversion, the Trade Representative may increase the additional duty.",
     ("USA", "DEU", "raise", None)),
    ("Should Germany retaliate against the United States by raising its own duties, the President may increase the "
     "reciprocal tariff on its goods further, to as much as 30 percent.", ("USA", "DEU", "raise", 30.0)),
]


@pytest.mark.parametrize("page", [PROCLAMATION, AGREEMENT], ids=["proclamation", "agreement"])
@pytest.mark.parametrize("sentence,row", CONDITIONED, ids=[s[:40] for s, _ in CONDITIONED])
def test_an_officer_after_a_condition_is_the_pages_government(page, sentence, row):
    rows = fact_sheet(page, sentence)
    assert tariff_rows(rows, sentence[:30]) == [row]


def test_a_condition_before_a_named_party_keeps_that_party():
    rows = fact_sheet(AGREEMENT, "If the United States removes its tariff, Germany will cut its duty on American beef.")
    assert triples_in(rows, "Germany will cut") == [("DEU", "tariff", "reduce")]


def test_an_officer_ending_the_agreement_gives_no_row():
    rows = fact_sheet(AGREEMENT, "Should Germany fail to comply, the President may terminate the agreement.")
    assert triples_in(rows, "terminate") == []


def test_an_officer_after_a_condition_on_a_news_story_is_not_read():
    # a news story's "the President" may be any country's: the rule is for official pages only
    from pipeline.commitments import _TITLED_OFFICER_CLAUSE
    assert _TITLED_OFFICER_CLAUSE.search("Should Kenya retaliate, the President may ")
    assert not _TITLED_OFFICER_CLAUSE.search("Should Kenya retaliate, the President of Uganda said ")


# the variation battery: goods named in the purpose clause of a measure used to protect them
PROTECTED = [
    "President Trump has used Section 232 tariffs to rebuild the American steel and aluminum industries, and German "
    "automakers have responded by building new plants.",
    "President Trump has repeatedly used Section 232 tariffs to defend American aluminum producers against unfair "
    "foreign competition.",
    "The President has already used Section 232 to revive the American steel, aluminum, and copper industries.",
    "The President has also used Section 232 tariffs to safeguard American steel from a flood of imports.",
]


@pytest.mark.parametrize("sentence", PROTECTED, ids=[s[:40] for s in PROTECTED])
def test_goods_a_measure_protects_are_not_its_target(sentence):
    rows = fact_sheet(PROCLAMATION, sentence)
    assert triples_in(rows, sentence[:30]) == [("USA", "tariff", "impose")]


def test_the_partners_goods_under_a_tariff_still_name_the_payer():
    rows = fact_sheet(PROCLAMATION, "The President imposed a 25 percent tariff on German cars to protect American "
                                    "automakers.")
    assert tariff_rows(rows, "German cars") == [("USA", "DEU", "impose", 25.0)]


def test_a_partner_cutting_its_duty_on_american_goods_keeps_the_row():
    rows = fact_sheet(AGREEMENT, "Germany will cut its tariff on American beef to 5 percent to support German "
                                 "restaurants.")
    assert tariff_rows(rows, "American beef") == [("DEU", "USA", "reduce", 5.0)]


def test_a_fronted_deal_and_its_maker_are_no_subject():
    page = ("Fact Sheet: President Donald J. Trump Secures Billions in Deals During Visit to Germany",
            "Today, President Donald J. Trump secured new purchase commitments from Germany.")
    rows = fact_sheet(page, "Under the framework President Trump struck in 2025, goods from Germany face a 15 percent "
                            "tariff.")
    assert tariff_rows(rows, "goods from Germany") == [("USA", "DEU", "impose", 15.0)]


def test_a_fronted_deal_before_a_named_party_keeps_that_party():
    rows = fact_sheet(AGREEMENT, "Under the agreement signed today, Germany will cut its tariff on American rice to "
                                 "5 percent.")
    assert tariff_rows(rows, "American rice") == [("DEU", "USA", "reduce", 5.0)]


def test_products_of_a_country_opening_the_sentence_are_its_goods():
    rows = fact_sheet(PROCLAMATION, "China supplies most of the widgets the United States imports.",
                      "Products of the United Kingdom, which has agreed with the United States on a framework for its "
                      "widget makers, will pay a rate of 10%.")
    assert tariff_levels([r for r in rows if "United Kingdom" in (r.evidence or "")]) == [
        ("USA", "GBR", "impose", None, 10.0)]


# News: the market goods are sold, sent or exported to, a rate paid in a market, a market before a "where" clause
# whose goods pay there (``_destination_levier``, widened): that market levies, the goods' country is the other side.
STORY_LEAD = "NAIROBI, June 3 (Wire) - Kenya and Uganda agreed on Tuesday to scrap duties on each other's sugar."
DESTINED = [
    ("Growers want better access to Japan, where Chilean cherries still pay an 8.5 per cent tariff.",
     ("JPN", "CHL", "maintain", 8.5)),
    ("The deal matters because Colombian roses sold in Japan currently attract a 12 per cent tariff.",
     ("JPN", "COL", "impose", 12.0)),
    ("Kenyan tea exported to Egypt pays a 15 per cent duty, the board said.", ("EGY", "KEN", "impose", 15.0)),
    ("Ugandan coffee pays a 10 per cent tariff in the United States.", ("USA", "UGA", "impose", 10.0)),
    ("The pact comes as Kenyan exporters look for alternatives to the United States, where Kenyan goods now pay a 10 "
     "per cent tariff.", ("USA", "KEN", "impose", 10.0)),
    ("Vietnamese coffee bound for the European Union pays a 7.5 per cent duty.", ("EUN", "VNM", "impose", 7.5)),
    ("Sales suffered in Canada, where American whiskey still faces a 25 per cent counter-tariff.",
     ("CAN", "USA", "maintain", 25.0)),
    ("Brazilian beef sold in Indonesia currently pays a 12 percent duty.", ("IDN", "BRA", "impose", 12.0)),
    ("Exporters of Ugandan fish face a 20 per cent duty in Egypt, the ministry said.", ("EGY", "UGA", "impose", 20.0)),
    ("Indian rice sent to Senegal is charged a 10 per cent levy.", ("SEN", "IND", "impose", 10.0)),
]


def story(*sentences):
    return commitments_from([STORY_LEAD, *sentences], published_at=ON, title="Kenya and Uganda scrap sugar duties",
                            authors=["A. Reporter"])


@pytest.mark.parametrize("sentence,row", DESTINED, ids=[s[:40] for s, _ in DESTINED])
def test_the_market_goods_pay_in_levies(sentence, row):
    assert tariff_rows(story(sentence), sentence[:30]) == [row]


def test_a_where_clause_after_the_goods_origin_names_no_market():
    rows = story("Trees from Vietnam, where Chinese makers moved production after 2019, face duties of 20 pct.")
    assert "VNM" not in {r.actor for r in rows if "Trees" in (r.evidence or "")}


def test_talks_on_a_tariff_held_in_a_capital_stay_each_sides():
    rows = story("The two sides would open negotiations on that tariff in Washington next week.")
    assert "USA" not in {r.actor for r in rows if "negotiations" in (r.evidence or "")}


TAIPEI_LEAD = "TAIPEI, June 3 (Wire) - Taiwan and the United States held trade talks on Tuesday."


@pytest.mark.parametrize("sentence", [
    "Taiwanese goods entering the U.S. pay a 15% tariff under the pact struck in January, and Taipei lowered its own "
    "duties on several farm goods.",
    "Taiwanese machine tools entering the United States face a 15 per cent duty.",
], ids=["with-a-second-clause", "machine-tools"])
def test_the_market_goods_enter_is_no_subject(sentence):
    rows = commitments_from([TAIPEI_LEAD, sentence], published_at=ON, title="Taiwan and US hold trade talks",
                            authors=["A. Reporter"])
    assert ("USA", "TWN", "impose", 15.0) in tariff_rows(rows, sentence[:30])


def test_a_party_cutting_its_duty_on_goods_entering_it_keeps_the_row():
    rows = commitments_from([TAIPEI_LEAD, "Taiwan will cut the duty on American pork entering the island to 5 percent."],
                            published_at=ON, title="Taiwan and US hold trade talks", authors=["A. Reporter"])
    assert tariff_rows(rows, "American pork") == [("TWN", "USA", "reduce", 5.0)]
