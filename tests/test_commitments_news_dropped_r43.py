"""Round 43 (issue 4), NSX2: silent news sentences whose cue is read and then dropped. The team's own sentences (never
text from the shared or written pages).

Diagnosis only this round (docs/commitments.md, Round 43 NSX2): of the silent gold rows of the open news pages, the
step that drops the most is `_other_subject` (the clause's subject read as no party). Two shapes were tried and
dropped (their gates failed; patches kept): a refusal told of the government's own body or after "and" / "but"
(`_SAID_IT_REFUSED` widened: the party of "the government" / "we" then resolved wrongly on two of five pages), and
talks under way told by "is / was still negotiating with" a named party (right on two pages only). Their cases stay
here as strict xfails; the near-misses pass now and must keep passing when the shapes are read.
"""
from __future__ import annotations

import pytest

from tests.commitment_text import talks, triples_in
from tests.test_commitments_news_other_r40 import LEAD, story


def rows_in(lead, text):
    """(actor, category, action) of the rows read from ``text`` after ``lead``."""
    return triples_in(story(lead, text), text[:30])


SENEGAL = "Senegal raised its import duty on Thai rice to 20 percent on Monday, the trade ministry said."
PERU = "Peru tightened its rules on gold imports last month, the finance ministry said."
CHILE = "Chile will sign a free trade upgrade with China in Santiago next week, officials said."
MOROCCO = "Morocco set countervailing duties of 12 percent on Egyptian steel rebar in March."


REFUSAL_NOT_READ = pytest.mark.xfail(strict=True, reason="round 43 NSX2: a refusal told of the government's body or "
                                     "after 'and' / 'but' stays dropped by _other_subject (patch nsx2_refusal_of_government_body)")
TALKS_NOT_READ = pytest.mark.xfail(strict=True, reason="round 43 NSX2: 'is still negotiating with' a party has no noun of "
                                   "talks after it, dropped as no measure (patch nsx2_negotiating_with_party)")


@REFUSAL_NOT_READ
@pytest.mark.parametrize("lead, text, expected", [
    (SENEGAL, "A finance ministry official said the government had no intention of lowering the duty on imported rice.",
     [("SEN", "tariff", "reduce")]),
    (SENEGAL, "Officials said the government had \"no intention\" of extending the duty to broken rice.",
     [("SEN", "tariff", "impose")]),
    (PERU, "A senior official said the government had no proposal to ban gold imports from Bolivia.",
     [("PER", "import_restriction", "restrict")]),
    (MOROCCO, "A trade official said the department had \"no plan to suspend\" the duties before the annual review.",
     [("MAR", "tariff", "suspend")]),
    (CHILE, "\"Nothing in the upgrade changes our terms for Korean exporters, and we have no plans to restrict Chinese "
            "investment in our ports,\" the minister said.",
     [("CHL", "investment", "restrict")]),
    (PERU, "But the ministry has no plans to lift the quota on gold imports, the official said.",
     [("PER", "tariff", "remove")]),
])
def test_refusal_of_the_government_body(lead, text, expected):
    assert rows_in(lead, text) == expected


@pytest.mark.parametrize("lead, text", [
    # no trade measure refused
    (SENEGAL, "The central bank said the government had no plans to lower interest rates this year."),
    (PERU, "Union leaders said the ministry had no intention of meeting their wage demands."),
    (CHILE, "The club said the department had no intention of lifting the ban on away fans."),
    # farmers' own plans, no party's measure
    (PERU, "Growers said they had no plans to cut their planting of quinoa this season."),
])
def test_refusal_with_no_measure(lead, text):
    assert rows_in(lead, text) == []


def test_a_refusal_with_another_subject_stays_as_before():
    # (the speaker's refusal is the party's; a market figure's clause keeps no row)
    text = "Rice prices rose 4 percent, and traders said there was no sign of a fall."
    assert rows_in(SENEGAL, text) == []


@TALKS_NOT_READ
@pytest.mark.parametrize("text, expected", [
    ("Jakarta said last week it was still negotiating with Canberra over a lower rate for palm oil.",
     [("AUS", "IDN", "tariff"), ("IDN", "AUS", "tariff")]),
    ("Ghana was negotiating with Nigeria over a lower rate for cocoa butter.",
     [("GHA", "NGA", "tariff"), ("NGA", "GHA", "tariff")]),
    ("The Andean Community is still negotiating with Seoul over duty-free access for cut roses.",
     [("CAN", "KOR", "tariff"), ("KOR", "CAN", "tariff")]),
])
def test_talks_under_way_told_by_negotiating_with(text, expected):
    assert talks(story(LEAD, text)) == expected


@pytest.mark.parametrize("text", [
    # a union's or a firm's talks: no party
    "The dockworkers' union is still negotiating with the port operator over wages.",
    "The brewer was negotiating with its distributors on new contract terms.",
])
def test_negotiating_with_no_party(text):
    assert talks(story(LEAD, text)) == []
