"""Round 33 (OX): talks a Section 232 action directs or opens, their subject no measure of the lexicon.

Our own sentences (a made-up action on bicycles); each case asserts the rows a user would see, and a few must stay as
they were. Round 24 read the agreements such an action's officials are to seek as agreements on the imports it adjusts
(`import_restriction`); talks, negotiations or consultations it directs or opens, on nothing the lexicon names ("on
arrangements that could address the threat", "to that end", "on the supply of ..."), are on the same imports.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 1)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Bicycles and Bicycle Parts"
LEAD = ("Today, President Donald J. Trump signed a Proclamation adjusting imports of bicycles and bicycle parts into the "
        "United States under Section 232 of the Trade Expansion Act of 1962.")
DEAL_TITLE = "Fact Sheet: President Donald J. Trump Secures Aviation and Grain Purchase Commitments from Cambodia"
DEAL_LEAD = "Today, President Donald J. Trump secured energy, aviation and farm purchase commitments from Cambodia."


def talks_rows(text: str, *, title: str = TITLE, lead: str = LEAD) -> list[tuple]:
    """(actor, category, action) of the rows read from ``text``, a paragraph after the page's lead."""
    rows = commitments_from([lead, text], published_at=ON, title=title)
    return sorted((r.actor, r.category, r.action) for r in rows if text[:30] in (r.evidence or ""))


# the variation battery: directed or told in the future, two officers or one, an aside on the partner, an opening clause,
# a partner unnamed, talks / negotiations / consultations, opened / pursued / held / started / entered into
@pytest.mark.parametrize("text", [
    "The Proclamation directs the Secretary of Commerce and the United States Trade Representative to open talks with "
    "Cambodia and Vietnam, the two largest sources of imported bicycles, on arrangements that could address the threat.",
    "I direct the United States Trade Representative to open negotiations to that end with interested trading partners.",
    "The Secretary of Commerce will hold talks with allied producers of bicycle components.",
    "Within 90 days, the Trade Representative shall enter into negotiations with Cambodia.",
    "The Trade Representative, working with the Secretary of State, will open talks with Thailand on the matter.",
    "The Trade Representative will pursue talks with Cambodia on the supply of aluminum bicycle frames.",
    "Within 60 days, the Secretary of Commerce shall open consultations with the Governments of Vietnam and Cambodia.",
    "The Secretary and the Trade Representative will start negotiations with Taiwan, the largest supplier of carbon frames.",
    # (round 35: "begin consultations" read, the officer's row per partner; was left above)
    "The Proclamation also instructs the Trade Representative to begin consultations with Taiwan and Vietnam within 60 days.",
])
def test_talks_an_imports_action_directs_are_on_its_imports(text):
    rows = talks_rows(text)
    assert ("USA", "import_restriction", "negotiate") in rows
    assert not any(category in ("diplomatic", "other") for _, category, _ in rows)


# the battery's shapes not read yet (left for a later round): a talks noun as the subject, a measure the lexicon
# gives to `other`, the partners of a cue other than the officer's, an order that "calls on"
@pytest.mark.xfail(strict=True, reason="battery shapes this round's reader does not cover")
@pytest.mark.parametrize("text", [
    "The Trade Representative will pursue talks with Cambodia on the supply of bicycle frames and on its export subsidies.",
    "Talks with Vietnam, the largest supplier of bicycle parts, will be led by the Trade Representative.",
    "Negotiations with Vietnam and Cambodia will begin within 30 days, the Proclamation directs.",
    "The Order calls on the Trade Representative to seek consultations with Indonesia.",
])
def test_battery_shapes_left(text):
    assert ("USA", "import_restriction", "negotiate") in talks_rows(text)


def test_talks_on_a_named_measure_keep_its_category():
    assert ("USA", "import_restriction", "negotiate") not in talks_rows(
        "The Trade Representative will hold talks with Cambodia on its tariff on American bicycles.")


def test_talks_on_a_page_with_no_imports_action_are_read_as_before():
    rows = talks_rows("Within 90 days, the Trade Representative shall enter into negotiations with Cambodia.",
                      title=DEAL_TITLE, lead=DEAL_LEAD)
    assert rows and all(category != "import_restriction" for _, category, _ in rows)


def test_a_visit_with_talks_on_security_stays_silent():
    assert talks_rows("The President welcomed the leaders of Vietnam for talks on regional security.") == []
