"""Round 43 (issue 4), NSX: silent news sentences outside tariffs. The team's own sentences (never text from the shared
or written pages).

Read this round: talks told as under way by "be / remain in talks (discussions, negotiations)" followed by "with",
"on", "over" or "about" (the `negotiate` lexicon entry's forms "in talks", "in discussions", "in negotiations", with
`_IN_TALKS_BE_BEFORE` before them), a row per party (convention 19: the partner after "with" by `_TALKS_ENTERED`), the
category the talks' topic names (`_talks_topic_rows`): a stake, a joint venture or an investment is an investment under
talks (`_STAKE_TOPIC`). "remains" before such talks is no measure kept.
Near-misses: talks as an adjunct ("pressed Thailand hard in talks on ..."), a line held "in talks with other partners",
a firm in talks with distributors or a sportswear maker, a retailer in talks over a franchise deal, "remains in place".
"""
from __future__ import annotations

import pytest

from tests.test_commitments_news_other_r40 import read


@pytest.mark.parametrize("text, expected", [
    ("Vietnam is already in talks on a broader economic partnership with the European Free Trade Association.",
     [("EUN", "VNM", "diplomatic", "negotiate"), ("VNM", "EUN", "diplomatic", "negotiate")]),
    ("Colombia is still in talks on a wider trade pact with the Gulf Cooperation Council, the ministry said.",
     [("COL", "GCC", "diplomatic", "negotiate"), ("GCC", "COL", "diplomatic", "negotiate")]),
])
def test_talks_under_way_on_the_deal(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry said Chile was in talks with India on a joint venture to build a lithium refinery near Antofagasta.",
     [("CHL", "IND", "investment", "negotiate"), ("IND", "CHL", "investment", "negotiate")]),
    ("Mongolia is in talks with South Korea on a joint venture to build a copper smelter near Erdenet.",
     [("KOR", "MNG", "investment", "negotiate"), ("MNG", "KOR", "investment", "negotiate")]),
    ("Indonesia remains in talks with Japan about a stake in a nickel smelter in Sulawesi.",
     [("IDN", "JPN", "investment", "negotiate"), ("JPN", "IDN", "investment", "negotiate")]),
    ("Namibia is in discussions with Germany over investments in a green hydrogen plant at Lüderitz.",
     [("DEU", "NAM", "investment", "negotiate"), ("NAM", "DEU", "investment", "negotiate")]),
])
def test_talks_on_a_stake_or_a_joint_venture(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # an adjunct of another verb, no talks told as under way
    "Washington has pressed Thailand hard in talks on the next phase of the trade agreement.",
    # a firm's dealings with buyers or sellers at large, or its own deal
    "Fertiliser maker Petrokimia Gresik said it was in talks with Brazilian distributors.",
    "The club is in talks with a Spanish sportswear maker over a new kit deal.",
    "The Swedish retailer is in talks over a franchise deal in Poland.",
])
def test_not_talks_of_parties(text):
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    # a line held in talks still to come: the refusal's row only, no talks row
    ("Norway refused to open its market for cheese, a line it will hold in talks with other partners.",
     [("NOR", None, "market_access", "relax")]),
    # "remains in place" is still a measure kept
    ("Turkey's ban on Armenian fruit remains in place.", [("TUR", "ARM", "import_restriction", "maintain")]),
    # talks already read by the trade-talks reader keep their rows
    ("Ghana remains in discussions with the United Kingdom over a wider economic partnership agreement.",
     [("GBR", "GHA", "diplomatic", "negotiate"), ("GHA", "GBR", "diplomatic", "negotiate")]),
])
def test_near_misses_keep_their_rows(text, expected):
    assert read(text) == expected


@pytest.mark.xfail(strict=True, reason="a request to lift a tariff told as the talks' topic: the talks rows are read, but "
                                       "the request's own verb still gives a `remove` row beside them (left: the tariff "
                                       "chain's, one open page)")
def test_talks_over_a_request_to_lift_a_tariff():
    assert read("Separately, Kenya's farm ministry said it was still in talks with Ottawa over a Canadian request to "
                "lift the 8 percent tariff on canola oil.") == [("CAN", "KEN", "tariff", "negotiate"),
                                                                 ("KEN", "CAN", "tariff", "negotiate")]
