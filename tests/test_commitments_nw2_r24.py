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
