"""Round 40 (issue 4), NO: silent news sentences outside tariffs whose party is named. The team's own sentences (never
text from the shared or written pages).

Read this round: the importing side finishing its review of a partner's goods lets them in (`market_access` `relax`):
"will complete a pest-risk analysis of ...", "finish its pest-risk assessment for ...", "finalise import conditions for
...", "fast-track its risk assessment for <partner's> goods" (a pest-risk review
sped up or streamlined stays the import-side approval of round 15), "signed off on import conditions for ..." (the lexicon's
`complete_risk_review` entry and the market_access object patterns; `_risk_review_finished` turns "finalise" to it).
Near-misses: a bank's or a chemical's risk assessment, an environmental assessment, analysts on a review, and a review
whose access is told by a verb coordinated after it (that verb's row, not a second one).

Also read: a government's approval laid on investments is `investment` `restrict` ("every foreign purchase of a stake in an
Australian mine will need approval from ...", "will require government approval for any foreign investor taking more
than 20%": the lexicon's `require_investment_approval`, tried by `_investment_approval` after every entry of "require"
and "need" failed); the host country of the stake screens it (`_STAKE_IN_BEFORE`), else the clause's subject.
Near-misses: a treaty or a merger needing approval, approval for imports, an exporter's licence.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)  # a Wednesday

story = partial(bylined_story, published_at=ON)

LEAD = "Trade officials met in the capital on Tuesday to discuss farm trade, the ministry said."


def read(text):
    """(actor, counterparty, category, action) of the rows read from the sentence ``text`` after a neutral lead."""
    return sorted(((r.actor, r.counterparty, r.category, r.action) for r in story(LEAD, text)
                   if text[:30] in (r.evidence or "")), key=lambda t: tuple(x or "" for x in t))


@pytest.mark.parametrize("text, expected", [
    ("Tanzania will complete a pest risk analysis of South African apples by June.",
     ("TZA", "ZAF", "market_access", "relax")),
    ("Egypt agreed to finish its pest-risk assessment for Peruvian blueberries within six months.",
     ("EGY", "PER", "market_access", "relax")),
    ("Thailand's agriculture department will finalise import conditions for Australian nectarines before the harvest.",
     ("THA", "AUS", "market_access", "relax")),
    ("Under the pact, Japan will fast-track its risk assessment for Mexican persimmons.",
     ("JPN", "MEX", "market_access", "relax")),
    ("Canada will finalize an import health standard for Chilean cherries by March.",
     ("CAN", "CHL", "market_access", "relax")),
    ("The Philippines has completed a pest-risk assessment of Vietnamese durian, clearing the way for the first shipments.",
     ("PHL", "VNM", "market_access", "relax")),
    ("Indonesia signed off on import conditions for Argentine lemons last week.",
     ("IDN", "ARG", "market_access", "relax")),
    ("Morocco's food safety office will speed up its risk assessment for Senegalese mangoes, the minister said.",
     ("MAR", "SEN", "market_access", "relax")),
])
def test_a_finished_review_of_a_partners_goods_opens_the_market(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", [
    "Scientists at the university completed a risk assessment of the new pesticide.",
    "The bank will complete a risk assessment of its loans to Turkish builders.",
    "Analysts said a pest-risk analysis of Brazilian mangoes could take years.",
    "Kenya will complete the environmental impact assessment of the new port by June.",
    "Ghana will finalise the text of the agreement with Nigeria by June.",
])
def test_no_market_opened_by_other_reviews(text):
    assert not [row for row in read(text) if row[2] == "market_access"]


def test_a_review_whose_admission_follows_gives_no_second_row():
    text = ("Mexico said it had completed a pest-risk assessment and would now admit Peruvian grapes from registered "
            "vineyards.")
    assert [row for row in read(text) if row[2] == "market_access"].count(("MEX", "PER", "market_access", "relax")) <= 1


@pytest.mark.xfail(strict=True, reason="a review one party asks of another ('asked China to complete its pest risk "
                   "analysis'): the asked party's proposed row is not read from an ask before a completing verb")
def test_a_review_asked_of_the_partner():
    assert read("Chile asked China to complete its pest risk analysis of Chilean walnuts.") == [
        ("CHN", "CHL", "market_access", "relax")]


@pytest.mark.parametrize("text, expected", [
    ("Every foreign purchase of a stake in a Canadian potash mine will need approval from the industry minister from "
     "March 1.", ("CAN", "investment", "restrict")),
    ("Chinese buyers will need government approval for any stake above 5% in a Chilean lithium company.",
     ("CHL", "investment", "restrict")),
    ("Korean companies will need prior approval from the trade ministry before building battery plants in China.",
     ("KOR", "investment", "restrict")),
    ("Canberra will require approval from the Foreign Investment Review Board for every Chinese bid for a mine.",
     ("AUS", "investment", "restrict")),
    ("Mexico will require government approval for any foreign investor taking more than 20% of a railway operator.",
     ("MEX", "investment", "restrict")),
    ("Indonesia will require prior approval for any Chinese takeover of a nickel smelter.",
     ("IDN", "investment", "restrict")),
])
def test_an_approval_laid_on_investments_restricts_them(text, expected):
    assert [(actor, category, action) for actor, _, category, action in read(text)] == [expected]


@pytest.mark.parametrize("text", [
    "The treaty will need approval from the Senate before it takes effect.",
    "Chile will require government approval for imports of used cars.",
    "Exporters of gallium will need a licence from the commerce ministry.",
    "The merger will need approval from shareholders at a meeting in May.",
])
def test_no_investment_row_for_other_approvals(text):
    assert not [row for row in read(text) if row[2] == "investment"]


@pytest.mark.xfail(strict=True, reason="a country's rules as the subject of 'require' ('Japan's screening rules require "
                   "prior approval'): the possessive owner of rules is not read as the clause's party")
def test_a_countrys_screening_rules_require_approval():
    assert [(a, c, x) for a, _, c, x in read("Japan's screening rules require prior approval for any foreign investor "
                                             "taking more than 10% of a chipmaker.")] == [("JPN", "investment", "restrict")]


# (applied by the lead in round 40 once the Indonesia wire's "ban ... remains in place" row was aligned to Round 31's
# `maintain`: +3 open rows on 3 pages)
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's ban on imports of Russian petrol remains in place.", ("KAZ", "import_restriction", "maintain")),
    ("Slovenia's agriculture ministry said its own ban on Croatian wheat, maize and barley would stay in force.",
     ("SVN", "import_restriction", "maintain")),
])
def test_a_partys_own_ban_kept(text, expected):
    assert [(actor, category, action) for actor, _, category, action in read(text)] == [expected]
