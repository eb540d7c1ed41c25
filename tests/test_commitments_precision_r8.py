"""Commitment extraction, round 8: precision across kinds — rows the extractor must not invent.

Each rule is written for a kind of sentence that states no commitment, tested on our own
paraphrases of its shape, next to a sentence of the same shape that does state one (the rule
must not eat it). Every sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets into the United States"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r8")


# --- domestic deregulation is no trade measure (guide rule 1) --------------------------------

def test_cutting_red_tape_at_home_gives_no_row():
    for text in ("The Order supports American shipyards by reducing regulatory burdens and speeding up reviews.",
                 "In 2019, President Trump signed an Executive Order to remove unnecessary regulatory barriers "
                 "for new mines.",
                 "The President has vowed to roll back overzealous environmental regulations on power plants.",
                 "The Administration will keep eliminating bureaucracy and red tape across federal agencies."):
        assert extract(text) == [], text


def test_a_partner_easing_rules_for_our_exports_is_still_a_row():
    for text in ("Japan will reduce regulatory burdens for U.S. automotive exports by accepting U.S. safety "
                 "certificates.",
                 "Japan will remove duplicative regulations on imported American medical devices."):
        rows = extract(text, title="Joint Statement on a United States-Japan Framework")
        assert "JPN" in {r.actor for r in rows}, text
