"""Round 28: official rows the extractor missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
STATEMENT = "Joint Statement on the United States–Palau Economic Partnership"
READOUT = "Readout of Secretary Lutnick's Meeting with the Trade Minister of Palau"
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Palau"


def rows_of(texts, title=STATEMENT, kinds=None, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r28-of")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, levels."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


TALKS = [("PLW", "diplomatic", "negotiate", None, None), ("USA", "diplomatic", "negotiate", None, None)]


# 1. A forum's meeting still to come (guide rules 1a and 16: a `negotiate` row per party; the venue is no party).
def test_first_meeting_of_a_council_to_come():
    rows = rows_of(["Palau and the United States will hold the first meeting of a joint Commerce and Energy Council "
                    "in Koror next March."])
    assert seen(rows) == TALKS


def test_meeting_of_the_forum_with_no_party_named_is_the_pages_parties():
    rows = rows_of(["The ministers agreed to convene the third meeting of the Council in Washington in 2028."],
                   title=READOUT)
    assert seen(rows) == TALKS


def test_next_named_meeting_to_come():
    rows = rows_of(["The two sides agreed to host the next Palau–United States Trade Partnership Meeting in Koror "
                    "early next year."])
    assert seen(rows) == TALKS


def test_forum_on_supply_chains_is_other():
    rows = rows_of(["Their teams will convene a first meeting of a U.S.–Palau dialogue on solar and battery supply "
                    "chains in Koror in the spring."], title=READOUT)
    assert seen(rows) == [("PLW", "other", "negotiate", None, None), ("USA", "other", "negotiate", None, None)]


def test_meeting_held_today_is_no_step_to_come():
    rows = rows_of(["The two Governments held the second ministerial meeting of their Economic Dialogue in Koror "
                    "today."])
    assert rows == []


def test_meeting_of_a_company_board_is_no_forum():
    rows = rows_of(["The utility will hold the first meeting of its new board in Koror next week."])
    assert rows == []
