"""Round 43 (issue 4), ACT: rows paired with the gold but given the wrong actor.

The team's own sentences (never text from the shared or written pages).

- An official page of no signed order that tells the President's acts by title alone ("In May 2026, the President
  raised the tariff on ...") gives them to the page's own government, the United States (guide: an order's "I" /
  "the United States"; a fact sheet's President is the same government); not "the President of Peru", nor a
  relative clause ("the baseline tariff that the President imposed").
- An agency or a person named in a tariff's object ("after the Department of Commerce found that imports ...") and
  "the United States goods trade deficit" are no origin of the goods taxed: the party that levies keeps its row
  (a party does not tariff its own goods only when its goods are named).
- A story filed from two places ("WASHINGTON/TOKYO (Wire) — ") names no subject with its second place either: "President
  Donald Trump said he would raise ..." is the United States', not the second place's government.
- Goods put on a list for a tariff to come ("Ottawa has drawn up a list of U.S. goods ... that would face a 25 percent
  tariff") pay the party that drew the list up (guide: the party that levies a tariff is the actor), not the lister
  read as the payer.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)
PERU_DEAL = "Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Agreement with Peru"
GHANA_DEAL = "Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Agreement with Ghana"
PIANOS = "Fact Sheet: President Donald J. Trump Raises Tariffs on Imported Pianos"


def _sentence_rows(lead, text, title):
    """(actor, category, action) of the rows of ``text``, read after the lead paragraph of an official page."""
    rows = commitments_from([lead, text], published_at=WHEN, title=title)
    return sorted((r.actor, r.category, r.action) for r in rows if r.evidence == text)


def _story_rows(text):
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in bylined_story(text, published_at=WHEN))


@pytest.mark.parametrize("text, expected", [
    ("In May 2026, the President raised the tariff on imported copper wire from 25 percent to 50 percent, shielding "
     "American smelters from dumping.", ("USA", "tariff", "raise")),
    ("Last year the President imposed a 20 percent tariff on imported aluminum foil.", ("USA", "tariff", "impose")),
    # (read before too: "he" after a comma)
    ("In 2025, he raised the tariff on Peruvian goods to 20 percent.", ("USA", "tariff", "raise")),
])
def test_the_president_of_an_official_page_is_its_own_government(text, expected):
    assert _sentence_rows("Peru will eliminate tariffs on U.S. beef and pork.", text, PERU_DEAL) == [expected]


def test_the_president_of_a_named_country_stays_that_country():
    text = "The President of Peru will cut the tariff on American wheat to zero."
    assert _sentence_rows("Peru will eliminate tariffs on U.S. beef and pork.", text, PERU_DEAL) == [
        ("PER", "tariff", "remove")]


def test_the_president_in_a_relative_clause_gives_no_row_of_his_own():
    text = "Exporters in Lima still complain about the 10 percent baseline tariff that the President imposed last year."
    assert ("USA", "tariff", "impose") not in _sentence_rows("Peru will eliminate tariffs on U.S. beef and pork.",
                                                             text, PERU_DEAL)


def test_an_agency_in_the_object_is_no_origin_of_the_goods():
    text = ("In March, President Trump imposed a 30% tariff on imported pianos after the Department of Commerce found "
            "that rising imports threatened national security.")
    assert _sentence_rows("Pianos from Japan and the European Union will pay no more than 15%.", text, PIANOS) == [
        ("USA", "tariff", "impose")]


def test_a_goods_trade_deficit_names_no_goods():
    text = ("In April 2025, President Trump imposed additional duties on imports from trading partners whose practices "
            "contribute to the United States goods trade deficit.")
    assert _sentence_rows("Ghana will eliminate tariffs on U.S. rice.", text, GHANA_DEAL) == [
        ("USA", "tariff", "impose")]


@pytest.mark.parametrize("text, expected", [
    # near-misses: a party's own tariff on the other side's goods, and on its own goods named as the other's measure
    ("The United States will cut its tariff on Ghanaian cocoa to 5 percent.", ("USA", "tariff", "reduce")),
    ("President Trump will cut the tariff on Ghanaian shea butter to zero.", ("USA", "tariff", "remove")),
])
def test_a_tariff_on_the_partners_goods_keeps_its_levier(text, expected):
    assert _sentence_rows("Ghana will eliminate tariffs on U.S. rice.", text, GHANA_DEAL) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ottawa has drawn up a list of U.S. goods, including bourbon and motorcycles, that would face a 25 percent "
     "tariff if the talks fail.", ("CAN", "USA", "tariff", "impose")),
    ("The Chilean government published a list of Argentine products worth $400 million that would pay duties of up "
     "to 30% from June.", ("CHL", "ARG", "tariff", "impose")),
    ("Mexico City answered with a list of Brazilian goods, led by coffee and soybeans, that it said would face "
     "counter-duties of 15% from March.", ("MEX", "BRA", "tariff", "impose")),
    # (read before too: the lister named before a speaker's verb)
    ("Seoul said it had prepared a list of American farm products that would face extra duties of 20% if Washington "
     "went ahead.", ("KOR", "USA", "tariff", "impose")),
])
def test_goods_on_a_list_pay_the_party_that_drew_it_up(text, expected):
    assert _story_rows(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # near-misses: goods of no list, and a list that is the goods' own subject, keep their payer
    ("U.S. goods on the list would face a 25 percent tariff in Canada.", ("CAN", "USA", "tariff", "impose")),
    ("Canadian lumber will continue to face a 20 percent duty in the United States.", ("USA", "CAN", "tariff", "maintain")),
])
def test_goods_outside_a_list_keep_their_reading(text, expected):
    assert expected in _story_rows(text)


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON/OTTAWA, March 3 (Wire) - President Donald Trump said on Friday he would double the tariff on "
     "softwood lumber from Canada to 40% from 20% if the dairy talks fail.", ("USA", "CAN", "tariff", "raise")),
    ("WASHINGTON/TOKYO (Wire) — President Donald Trump said on Monday he would raise the tariff on machine tools from "
     "Japan to 30% from 15% unless Tokyo widens its rice quota.", ("USA", "JPN", "tariff", "raise")),
])
def test_the_second_place_of_a_dateline_is_no_subject(text, expected):
    assert _story_rows(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # near-misses: the party named as the subject after a two-place dateline keeps its row; one place as before
    ("OTTAWA/WASHINGTON, May 2 (Wire) - Canada will scrap its 25% counter-tariffs on U.S. orange juice from June 1, the "
     "finance ministry said.", ("CAN", "USA", "tariff", "remove")),
    ("OTTAWA, May 2 (Wire) - Washington will cut its tariff on Canadian lumber to 10 percent.",
     ("USA", "CAN", "tariff", "reduce")),
])
def test_a_subject_after_a_dateline_keeps_its_row(text, expected):
    assert _story_rows(text) == [expected]
