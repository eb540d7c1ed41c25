"""Round 24, second pass: wrong fields and extra rows in the news — our own sentences, the rows a user would see."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 20)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def rows(found) -> list[tuple]:
    """(actor, category, action, new level, old level) of each row, sorted."""
    return sorted((r.actor or "", r.category, r.action, r.value_to, r.value_from) for r in found)


# 1. A hyphenated modifier in lower case before "levy" makes it the noun ("its 30.6% anti-dumping levy"): the verb
# of the clause acts on the levy, no "levy" verb of its own cuts the object short.
def test_doing_away_with_an_anti_dumping_levy_removes_it():
    found = story("Beijing will also do away with its 18.4% anti-dumping levy on Spanish pork, the ministry said.")
    assert rows(found) == [("CHN", "tariff", "remove", None, 18.4)]


def test_halving_an_anti_dumping_levy_reduces_it():
    found = story("Ankara agreed to halve its 40 pct anti-dumping levy on Korean polyester yarn.")
    assert rows(found) == [("TUR", "tariff", "reduce", 20.0, 40.0)]


def test_scrapping_a_rated_fentanyl_related_levy_is_its_removal():
    found = story("Ottawa agreed to scrap its 10% fentanyl-related levy on Chinese vitamins.")
    assert rows(found) == [("CAN", "tariff", "remove", None, 10.0)]


def test_levy_as_a_verb_still_imposes():
    found = story("The EU will levy anti-dumping duties of 22% on Chinese glass fibre.")
    assert rows(found) == [("EUN", "tariff", "impose", 22.0, None)]


def test_exporters_that_levy_nothing_are_no_measure():
    assert not story("The long-delayed report said firms in fast-growing markets levy no charges on one another.")


# 2. The speaker of an attribution closing the sentence (", the Council of the EU said", ", a U.S. official said")
# names no goods: a rate told in passing is levied by the dateline's government or the goods' partner, not by the
# party the speaker's country is the other side of.
TUNA_LEAD = ("BRUSSELS, Nov 20 (Eurodesk) - European Union ministers on Friday agreed to waive the bloc's 4% duty on "
             "frozen tuna for two years, after a poor catch off Ecuador pushed prices up.")
LUMBER_LEAD = "OTTAWA, Nov 20 (Maple Wire) - Talks on a softwood lumber quota broke up on Friday without a deal."


def test_a_council_speaking_of_its_own_decision_keeps_the_bloc_as_levier():
    found = story(TUNA_LEAD, "The same decision cuts the duty on canned sardines to 2% from 8%, but leaves the 14% rate "
                             "on smoked eel unchanged, the Council of the EU said in a statement.")
    assert ("EUN", "tariff", "reduce", 2.0, 8.0) in rows(found)
    assert ("EUN", "tariff", "maintain", 14.0, None) in rows(found)
    assert not [r for r in found if r.actor == "ECU"]


def test_an_official_of_the_levier_speaking_leaves_the_goods_partner_as_levier():
    found = story(LUMBER_LEAD, "Until an agreement is reached, the combined duty of about 40 per cent on most Canadian "
                               "lumber stays in place, a U.S. official said.")
    assert rows(found) == [("USA", "tariff", "maintain", 40.0, None)]


def test_the_same_rate_with_no_speaker_is_unchanged():
    found = story(LUMBER_LEAD, "Until an agreement is reached, the combined duty of about 40 per cent on most Canadian "
                               "lumber stays in place.")
    assert rows(found) == [("USA", "tariff", "maintain", 40.0, None)]
