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
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows),
                  key=lambda row: tuple(-1.0 if v is None else v for v in row))


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


# 2. A party's tariff schedule written as lines of prose, or as a table whose staging column says in words where the
# rate goes (guide rules 6-7, 20; convention 13): a row per line, from the base rate to the level reached; the article's
# general lead on a lettered part of the schedule is broken down by the lines, no row of its own.
SCHEDULE = [
    "Article 1: Customs Duties",
    "1. Palau shall eliminate its customs duties on the originating goods of the United States listed in Part A of "
    "Annex I on the date this Agreement enters into force.",
    "2. Palau shall reduce its customs duties on the originating goods of the United States listed in Part B of Annex I "
    "to the rates set out there, in equal annual stages over three years.",
    "Annex I: Schedule of Palau",
    "Part A — Elimination on entry into force",
    "HS 1005.90, maize other than seed: base rate 6 percent; final rate free.",
    "Frozen turkey cuts (subheading 0207.27): base rate 12 percent; duty-free on entry into force.",
    "Part B — Staged reduction",
    "HS 2204.21, wine of fresh grapes: base rate 25%, final rate 10%.",
]
KINDS = ["heading", "paragraph", "paragraph", "heading", "heading", "list_item", "list_item", "heading", "list_item"]


def test_schedule_lines_in_prose_are_the_owners_rows_and_leads_go():
    rows = rows_of(SCHEDULE, title=AGREEMENT, kinds=KINDS)
    assert seen(rows) == [("PLW", "tariff", "reduce", 25.0, 10.0), ("PLW", "tariff", "remove", 6.0, 0.0),
                          ("PLW", "tariff", "remove", 12.0, 0.0)]
    # the lead's stages are the staged lines' period
    assert [r.duration_days for r in rows if r.action == "reduce"] == [1095]


def test_schedule_table_with_staging_in_words():
    rows = rows_of(["Annex I: Schedule of Palau", "Heading | Description | Base rate | Staging",
                    "8704 | Trucks for the transport of goods | 30% | Cut to 15% on entry into force. Duty-free from "
                    "January 1, 2031.",
                    "0402 | Milk powder | 10% | Reduced in two equal annual cuts to 0% by January 1, 2029."],
                   title=AGREEMENT, kinds=["heading", "table_row", "table_row", "table_row"])
    assert seen(rows) == [("PLW", "tariff", "reduce", 30.0, 15.0), ("PLW", "tariff", "remove", None, 0.0),
                          ("PLW", "tariff", "remove", 10.0, 0.0)]
    assert [r.start_date.year for r in rows if r.value_from is None] == [2031]


def test_base_rate_line_outside_a_schedule_is_no_line():
    rows = rows_of(["Annex II: Goods of Palau Not Subject to the Additional Duty",
                    "Skipjack tuna, frozen: base rate 5 percent; see note 2."],
                   title=AGREEMENT, kinds=["heading", "list_item"])
    assert rows == []


def test_schedule_line_with_no_level_reached_is_no_row():
    rows = rows_of(["Annex I: Schedule of Palau", "HS 2402.20, cigarettes: base rate 40 percent; excluded from this "
                    "Annex."], title=AGREEMENT, kinds=["heading", "list_item"])
    assert rows == []


# 3. A civil nuclear cooperation memorandum is energy cooperation, not trade: no row (guide: Round 6 joint statements,
# Round 20), while a critical-minerals memorandum stays `other` `negotiate` per party (convention 12).
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Energy and Trade Deals with Palau"


def test_civil_nuclear_memorandum_is_no_row():
    rows = rows_of(["The two countries signed a memorandum of understanding on civil nuclear cooperation covering fuel "
                    "supply and the training of Palauan engineers."], title=FACT_SHEET)
    assert rows == []


def test_strategic_civil_nuclear_memorandum_is_no_row():
    rows = rows_of(["The Department of Energy and Palau's Ministry of Finance signed a Memorandum of Understanding on "
                    "Strategic Civil Nuclear Cooperation, covering small modular reactors."], title=FACT_SHEET)
    assert rows == []


def test_critical_minerals_memorandum_keeps_its_rows():
    rows = rows_of(["The two countries signed a memorandum of understanding on critical minerals covering the "
                    "processing of Palauan cobalt."], title=FACT_SHEET)
    assert seen(rows) == [("PLW", "other", "negotiate", None, None), ("USA", "other", "negotiate", None, None)]
