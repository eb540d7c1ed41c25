"""Round 28: rows that state no commitment, both registers (precision), and one answer to whose page it is.

Our own sentences; each mechanism has cases that must stay silent and cases whose rows must stay.
"""
from __future__ import annotations

from datetime import datetime

from pipeline.model import Article
from pipeline.register import NEWS, OFFICIAL, PRESS, page_register
from tests.commitment_text import bylined_story, commitments_from, levels_and_amounts as rows

ON = datetime(2027, 11, 30)

BARLEY = ("HANOI, Nov 3 (Wire) - Vietnam will cut its tariff on Australian barley to 5% from 10% from January 1, the "
          "finance ministry said.")
CHIPS = ("WASHINGTON, Dec 1 (Wire) - The United States will put off for six months an increase in tariffs on Chinese "
         "memory chips, the trade office said.")


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def official(*paragraphs: str, title: str = "Fact Sheet: A New Trade Agreement"):
    """Rows of a government's page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


# 1. A purchase told as a trade statistic: a buyer's rank with a word before the noun, a habit of years, the volumes
#    a group of buyers takes.
def test_the_largest_foreign_buyer_gives_no_purchase():
    found = story(BARLEY, "Vietnam is the largest foreign buyer of Australian barley, spending $900 million on it "
                          "last year.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


def test_the_largest_import_named_by_nationality_gives_no_purchase():
    found = story(BARLEY, "Malt, the largest Vietnamese import from Australia, was left off the list, the minister "
                          "told reporters.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


def test_buying_for_decades_gives_no_purchase():
    found = official("The United States and Vietnam signed an agreement today.",
                     'Grain Council President Jo Smith: "Vietnamese brewers have been buying Canadian malt for decades '
                     'because our barley faced high duties."')
    assert not [r for r in found if r.category == "purchase"]


def test_buyers_told_by_their_volumes_give_no_purchase():
    found = story(CHIPS, "Appliance makers, which buy large volumes of the cheap Chinese memory chips, had warned that "
                         "a 40% duty would add costs.")
    assert rows(found) == [("USA", "tariff", "delay", None, None, None)]


def test_the_largest_buyer_that_pledges_keeps_its_purchase():
    found = story(BARLEY, "Vietnam, the largest foreign buyer of Australian barley, agreed to buy 500,000 tonnes more "
                          "next year.")
    assert ("VNM", "purchase", "purchase", None, None, 500000.0) in rows(found)


# 2. "Raise" as bringing a matter up: talks, no measure raised.
def test_duties_raised_with_officials_give_no_raise():
    found = story("OTTAWA, Nov 3 (Wire) - Canada will cut its duty on British cheese to zero from 2028, the finance "
                  "ministry said.",
                  "The European Commission said it would raise the cheese duties with Canadian officials when the two "
                  "sides meet next month.")
    # (round 34, TG: the matter raised at the two sides' meeting is talks on it, a row per party)
    assert [r for r in rows(found) if r[2] != "negotiate"] == [("CAN", "tariff", "remove", None, 0.0, None)]
    assert [r[:3] for r in rows(found) if r[2] == "negotiate"] == [("CAN", "tariff", "negotiate"),
                                                                    ("EUN", "tariff", "negotiate")]


def test_questions_raised_in_a_readout_give_no_row():
    found = official("The Secretary welcomed the Minister of Trade of Peru to the Department.",
                     "The Minister also raised questions about the pending Section 232 investigation into imports of "
                     "copper wire.", title="Readout of the Secretary's Meeting with Peru's Minister of Trade")
    assert rows(found) == []


def test_a_tariff_another_party_applies_raised_in_a_call_gives_no_raise():
    found = official("The Secretary spoke today with Kenya's Trade Minister.",
                     "The Secretary raised the 35% tariff Kenya applies to imported British gin.",
                     title="Readout of the Secretary's call with Kenya's Trade Minister")
    assert not [r for r in found if r.action == "raise"]


def test_a_duty_raised_to_a_new_rate_keeps_its_row():
    found = story("LIMA, Nov 3 (Wire) - Peru raised the duty on imported tyres to 30% from 15%, the trade ministry "
                  "said.")
    assert rows(found) == [("PER", "tariff", "raise", 15.0, 30.0, None)]


def test_a_raise_with_effect_from_a_date_keeps_its_row():
    found = story("SANTIAGO, Nov 3 (Wire) - Chile will raise its tariff on Chinese steel to 25% with effect from "
                  "June 1, the ministry said.")
    assert rows(found) == [("CHL", "tariff", "raise", None, 25.0, None)]


# 3. Whose page it is: one answer for the chain, the learned reader and the story-only checks.
def page(**fields) -> Article:
    article = Article(body="", paragraphs=[], url=fields.pop("url", None), publisher=fields.pop("publisher", None))
    article.authors = fields.pop("authors", [])
    article.wire_agency = fields.pop("wire_agency", None)
    assert not fields
    return article


def test_a_bylined_paper_is_news():
    assert page_register(page(publisher="Harbourtown Ledger", authors=["A. Reporter"])) == NEWS


def test_a_press_agencys_wire_is_news():
    assert page_register(page(publisher="Lakeside Press Agency", wire_agency="LPA")) == NEWS


def test_a_story_about_a_government_is_news():
    # the word in the story's path is no government's host
    assert page_register(page(url="https://www.ledger.example/2027/11/government-raises-rice-duty",
                              publisher="Harbourtown Ledger", authors=["A. Reporter"])) == NEWS


def test_a_bylined_page_on_a_government_host_is_official():
    assert page_register(page(url="https://www.trade.gov.example/news/duty", publisher="Trade News",
                              authors=["A. Officer"])) == OFFICIAL
    assert page_register(page(url="https://www.whitehouse.gov/briefings/", publisher="The White House",
                              authors=["Press Office"])) == OFFICIAL


def test_a_paper_with_no_byline_is_press_and_an_order_in_force_is_no_story():
    assert page_register(page(publisher="Riverside Gazette")) == PRESS
    assert page_register(page(publisher="Riverside Gazette", authors=["A. Reporter"]), in_force_by="USA") == PRESS
    assert page_register(page(publisher="Prime Minister's Office")) == OFFICIAL
    assert page_register(page()) == OFFICIAL
