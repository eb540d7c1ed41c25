"""Round 30 (OW): whose measure it is when the sentence names no levier. A news story printed with no dateline
that sets itself in one capital ("told lawmakers in Lusaka", "in Maputo's markets") is that country's story: its
unnamed "government" levies the duties it tells of, not the goods' origin nor the country the page names most.
Our own sentences."""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline.commitments import _document_context
from pipeline.model import article_from_paragraphs
from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 20, 8, 0, tzinfo=timezone.utc)


def _tariffs(texts, title):
    rows = commitments_from(texts, published_at=ON, title=title, authors=["A. Reporter"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


def test_budget_story_set_in_its_capital_levies_the_duty_on_a_neighbours_goods():
    rows = _tariffs([
        "Cement from Tanzania and South Africa will cost Zambian builders more in Lusaka's hardware shops after the "
        "government on Friday raised the customs duty on imported cement to 25 per cent from 15 per cent.",
        "South African producers sell most of their cement across the border, and South Africa has asked for talks.",
    ], "Budget raises duty on imported cement")
    assert ("ZMB", "tariff", "raise", 15.0, 25.0) in rows
    assert not any(actor == "ZAF" for actor, *_ in rows)


def test_minister_told_parliament_in_the_capital_the_government_levies_the_export_tax():
    rows = _tariffs([
        "The government will raise the export tax on raw sesame seed to 12 per cent from 8 per cent from July 1, "
        "the finance minister told lawmakers in Maputo on Wednesday.",
        "Most raw sesame is sold to buyers in China and Japan, and Chinese traders said prices would rise.",
    ], "Budget lifts sesame export tax")
    assert ("MOZ", "tariff", "raise", 8.0, 12.0) in rows
    assert not any(actor in ("CHN", "JPN") for actor, *_ in rows)


def _setting(texts, title):
    article = article_from_paragraphs(list(texts), published_at=ON, title=title)
    article.authors = ["A. Reporter"]
    return _document_context(article).dateline_country


def test_the_capital_a_story_is_set_in_is_its_home():
    assert _setting(["The finance minister told lawmakers in Maputo on Wednesday that the sesame tax would rise.",
                     "Mozambique sells most of its sesame to China."], "Sesame tax to rise") == "MOZ"


def test_a_capital_that_acts_is_no_setting():
    # "Beijing warned": the capital names a government that acts, not the place the story is set in
    assert _setting(["Beijing warned on Monday that it would answer any new levies on Chinese cars.",
                     "The government raised the duty on imported hybrids to 30 per cent from 20 per cent."],
                    "Hybrid duty raised after Chinese warning") is None


def test_washington_as_a_place_sets_no_story():
    # the United States' capital names its government far more often than a place: no setting from it
    assert _setting(["Negotiators from Barbados spent the spring in Washington seeking a lower U.S. rate.",
                     "The United States kept its rate on Barbados at 10 per cent."], "Barbados seeks lower rate") is None


def test_a_capital_of_a_country_the_story_hardly_names_is_no_setting():
    # a summit's host city: not one of the two parties the story names most
    assert _setting(["Brazil and Argentina argued over the common tariff at the summit in Montevideo.",
                     "Brazil wants a lower rate; Argentina wants to keep Brazilian cars out."], "Mercosur summit") is None
