"""Round 33 (OS): official sentences the extractor read as nothing — a reservation told after its trigger, the
measure named by its rate, put in the passive or returned to a level.

Our own sentences (a made-up partner, Moldova); each case asserts the rows a user would see, and a few must stay
silent. Guide rule 2: a reservation with a direction is a row of the government that holds the power, not of the
partner its condition names; putting a rate back is `resume` (Round 13 Q2), a further rise `raise`.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 6, 1)
LEAD = "Today, President Donald J. Trump secured energy, aviation and investment commitments from the Republic of Moldova."
TITLE = "Fact Sheet: President Donald J. Trump Secures Energy and Investment Commitments from Moldova"


def rows_in_bullet(text: str) -> list[tuple]:
    """(actor, category, action, value_to) of the rows read from ``text``, a bullet under a deal fact sheet's lead."""
    rows = commitments_from([LEAD, text], published_at=ON, title=TITLE, kinds=["paragraph", "list_item"])
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if text[:40] in (r.evidence or ""))


# the variation battery: triggers fronted or after, holders as offices, the measure as a rate, a passive, a return
@pytest.mark.parametrize("text, expected", [
    ("Should Moldova fail to carry out its commitments, the President retains the ability to restore the higher rate.",
     ("USA", "tariff", "resume", None)),
    ("If Moldova does not honor its commitments, the Order directs that the 20 percent rate be restored.",
     ("USA", "tariff", "resume", 20.0)),
    ("Should Moldova fall short of its pledges by June 30, 2028, the Secretary of Commerce will recommend that the "
     "reciprocal rate return to 20 percent.", ("USA", "tariff", "resume", 20.0)),
    ("Should Moldova retaliate against American exports, the President may increase the rate further.",
     ("USA", "tariff", "raise", None)),
    ("Should Moldova or any other country answer this action with measures against U.S. exports, the Secretary may "
     "recommend raising the tariff on that country's wine to 45 percent.", ("USA", "tariff", "raise", 45.0)),
    ("If the Moldovan Government backs away from the framework, the United States may return the reciprocal tariff on "
     "Moldovan goods to 30 percent.", ("USA", "tariff", "resume", 30.0)),
    ("In the event that Moldova does not implement the framework, the President may reimpose the 20 percent tariff.",
     ("USA", "tariff", "resume", 20.0)),
    ("Should Moldova fail to meet those commitments, the Trade Representative may recommend, and I may direct, that the "
     "duty rate previously applicable to the goods listed in Annex II be reinstated.", ("USA", "tariff", "resume", None)),
    ("The President may restore the earlier rate if Moldova fails to keep its side of the bargain.",
     ("USA", "tariff", "resume", None)),
    ("Should the authorities in Chisinau break these pledges, the President will not hesitate to reinstate the sanctions.",
     ("USA", "sanctions", "resume", None)),
    ("If Moldova fails to carry out its commitments, the President may reinstate the tariff.",
     ("USA", "tariff", "resume", None)),
    # no cue verb at all, a date with its comma inside the trigger
    ("Should Moldova fail to deliver by December 31, 2028, the Secretary of Commerce will recommend that the reciprocal "
     "rate return to 25 percent.", ("USA", "tariff", "resume", 25.0)),
    ("If Moldova does not open its market, the United States may return the reciprocal tariff on Moldovan wine to 35 "
     "percent.", ("USA", "tariff", "resume", 35.0)),
])
def test_a_reservation_after_its_trigger_is_the_holders_row(text, expected):
    assert rows_in_bullet(text) == [expected]


@pytest.mark.parametrize("text", [
    # the holder is no office: an outcome, not a power held
    "If Moldova walks away from the deal, tariffs on wine could return to 20 percent.",
    # no condition: a power named with no trigger is the lexicon's, and "the higher rate" names no measure here
    "The President may restore the higher rate.",
    # the partner's own rate in the condition, no reservation after it
    "If Moldova raises its rate on American poultry, exporters will lose a fast-growing market.",
])
def test_no_reservation_stays_silent(text):
    assert rows_in_bullet(text) == []


# 2. An export licence told with the goods, their shipments or the licensing office as the subject (the round 32 passive
# licence reader, widened): the order's government restricts exports, a row per destination named, none when the
# destinations are a class ("countries of concern"); the PRC and Macau are one party (guide: the PRC and Hong Kong).
EXPORT_LEAD = "Today, President Donald J. Trump signed a Memorandum protecting American kiln technology and the supply of bismuth."
EXPORT_TITLE = "Fact Sheet: President Donald J. Trump Protects American Bismuth Supply"


def licence_rows(text: str) -> list[tuple]:
    """(actor, counterparty, category, action) of the rows read from ``text``, a bullet under an order's fact sheet lead."""
    rows = commitments_from([EXPORT_LEAD, text], published_at=ON, title=EXPORT_TITLE, kinds=["paragraph", "list_item"])
    return sorted((r.actor, r.counterparty or "", r.category, r.action) for r in rows if text[:30] in (r.evidence or ""))


@pytest.mark.parametrize("text, expected", [
    ("Bismuth ingots and kiln controllers will require a license for export to all countries other than close allies.",
     [("USA", "", "export_control", "restrict")]),
    ("Shipments of bismuth oxide to countries of concern will also require a license.",
     [("USA", "", "export_control", "restrict")]),
    ("The Department of Commerce will require a license to export kiln controllers to the PRC and Macau.",
     [("USA", "CHN", "export_control", "restrict")]),
    ("Exports of bismuth magnets made with federal support to countries of concern will be prohibited outright.",
     [("USA", "", "export_control", "restrict")]),
    ("Starting in March, shipments of kiln controllers to Russia and Belarus will require an export license.",
     [("USA", "BLR", "export_control", "restrict"), ("USA", "RUS", "export_control", "restrict")]),
    ("From June 1, exports of bismuth ore to the People's Republic of China will need Commerce authorization.",
     [("USA", "CHN", "export_control", "restrict")]),
    ("Re-exports of kiln software to Iran shall be prohibited.", [("USA", "IRN", "export_control", "restrict")]),
    ("Sales of bismuth-based catalysts to military end users will also require a license.",
     [("USA", "", "export_control", "restrict")]),
    ("Kiln controllers and their software will need a license before being shipped to China.",
     [("USA", "CHN", "export_control", "restrict")]),
    ("Commerce will require a license to ship bismuth scrap to any destination outside the allied list.",
     [("USA", "", "export_control", "restrict")]),
    ("Under the Memorandum, transfers of kiln know-how to countries of concern will be banned.",
     [("USA", "", "export_control", "restrict")]),
])
def test_an_export_licence_told_by_the_goods_is_the_order_governments_control(text, expected):
    assert licence_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Exports of bismuth to Canada will not require a license.",
    "Shipments of American wheat to Egypt will rise by a third.",
    "Exports of bismuth reached a record last year, and sales of kiln controllers will double.",
])
def test_exports_told_with_no_licence_stay_silent(text):
    assert licence_rows(text) == []
