"""Round 43 (issue 4), OFS: silent sentences of official pages — the parties' next meeting on an economic framework's page,
a delegations' meeting, a joint body's next meeting named as the time of a step.

Mechanisms this round added (docs/commitments.md, Round 43 OFS):
- a page whose title or lead speaks of the parties' framework, investment, supply chains or economic ties is a trade page
  for the talks reader (`_TRADE_PAGE`), as one that speaks of trade or tariffs was: "Officials of both Governments will
  meet in Oslo within 90 days" on a minerals framework's fact sheet is a row per party;
- "the delegations" are both parties (`_BOTH_PARTIES`): "The delegations agreed that the Dialogue will meet again in Lima";
- the next meeting of a joint body named as the time of a step (`_NEXT_BODY_MEETING`): "report on progress at the next
  meeting of the Council" is the two parties' talks to come;
- talks on peace or defence, a government's own council, a meeting told as past and delegations doing something else stay
  without a row.

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)


def minerals_framework(country: str) -> tuple[str, str]:
    # (a title and lead that name no trade, tariff or duty: the framework, its minerals and capital)
    return (f"Fact Sheet: President Donald J. Trump Secures a Critical Minerals and Energy Framework with {country}",
            f"Today, President Donald J. Trump and the Prime Minister of {country} announced a framework that brings "
            f"{country}'s ores and engineering capital to American plants.")


def dialogue(country: str) -> tuple[str, str]:
    return (f"Joint Statement on the United States–{country} Dialogue on Copper and Farm Trade",
            f"Delegations of the United States and {country} met in Washington for the second round of the Dialogue.")


def defence(country: str) -> tuple[str, str]:
    return (f"Joint Statement on United States–{country} Coast Guard Cooperation",
            f"The United States and {country} reaffirmed their partnership on maritime safety.")


def rows(page, sentence: str, authors: list[str] | None = None):
    title, lead = page
    found = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r43-ofs", authors=authors)
    return sorted((r.actor, r.counterparty, r.category, r.action, r.status) for r in found if r.evidence == sentence)


def talks(first: str, second: str) -> list[tuple]:
    return sorted([(first, second, "diplomatic", "negotiate", "agreed"), (second, first, "diplomatic", "negotiate", "agreed")])


POSITIVES = [
    # --- a framework's, investment's or supply chains' page is a trade page for the talks reader (new: _TRADE_PAGE)
    (minerals_framework("Norway"), "Officials of both Governments will meet in Oslo within 90 days to draw up a work "
                                   "plan.", talks("NOR", "USA")),
    (minerals_framework("Finland"), "The United States and Finland will hold the first meeting of a ministerial dialogue "
                                    "under the framework within 60 days.", talks("FIN", "USA")),
    (("Joint Statement on United States–Chile Cooperation on Investment and Supply Chains",
      "The United States and Chile today set out steps to deepen their investment ties."),
     "Negotiators from the two countries will meet again in Santiago in March.", talks("CHL", "USA")),
    # --- the delegations are both parties (new in _BOTH_PARTIES)
    (dialogue("Peru"), "The delegations agreed that the Dialogue will meet again in Lima in the spring of 2028.",
     talks("PER", "USA")),
    (dialogue("Ecuador"), "The delegations will meet again in Quito before the end of the year.", talks("ECU", "USA")),
    # --- a joint body's next meeting as the time of a step (new: _NEXT_BODY_MEETING)
    (dialogue("Colombia"), "Ministers asked their officials to report on progress at the next meeting of the Council, "
                           "to be held in Bogotá in 2028.", talks("COL", "USA")),
    (dialogue("Uruguay"), "The working group will present its findings at the next meeting of the Trade and Investment "
                          "Council.", talks("URY", "USA")),
]

NEGATIVES = [
    # talks on a page of no trade, framework or investment: no trade step
    (defence("Norway"), "Officials of both Governments will meet in Oslo within 90 days to plan joint patrols.", []),
    # a framework for peace: the talks are on a truce, not trade
    (("Joint Statement on a Framework for Peace between Armenia and Azerbaijan",
      "The two Governments today endorsed a framework for peace."),
     "Officials of both Governments will meet in Geneva to discuss the ceasefire.", []),
    # delegations doing something else than meeting
    (dialogue("Peru"), "The delegations visited a copper smelter outside Lima.", []),
    # a government's own council, not a joint body
    (dialogue("Colombia"), "The minister will brief the next meeting of the National Security Council on the talks.", []),
    # a meeting told as held, with no meeting to come
    (dialogue("Ecuador"), "The delegations held the first meeting of the Dialogue in Quito last week.", []),
]


@pytest.mark.parametrize(("page", "sentence", "expected"), POSITIVES + NEGATIVES,
                         ids=[s[:60] for _, s, _ in POSITIVES + NEGATIVES])
def test_official_silent_r43(page, sentence, expected):
    assert rows(page, sentence) == expected


def test_next_meeting_in_a_story_is_no_talks_row():
    # a news story's "for the next meeting of ..." is read by the cue or not at all (the new reader is an official page's)
    story = ("Dutch growers still wait on tulip duty", "LISSE, Netherlands (Wire) - Growers said on Tuesday the duty hurt.")
    sentence = "A spokesman for the Commission said the duty was on the agenda for the next meeting of the Trade Council."
    assert rows(story, sentence, authors=["A Reporter"]) == []
