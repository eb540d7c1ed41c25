"""Round 31 (TS): tariff schedules — annex tables and lists of tariff lines in agreement texts; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
AGREEMENT = "Agreement on Reciprocal Trade Between the United States of America and the Republic of Palau"


def rows_of(texts, kinds, title=AGREEMENT, levels=None):
    return commitments_from(texts, published_at=ON, title=title, kinds=kinds, levels=levels, article_id="r31-ts")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, category, action, levels."""
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows),
                  key=lambda row: tuple(-1.0 if v is None else v for v in row))


def tariffs(rows) -> list[tuple]:
    return seen([r for r in rows if r.category == "tariff"])


# 1. A schedule whose staging is a column per date ("Base rate | EIF | 2030 | 2032"): each line goes from its base rate
# to the last column's level; a line at the same level throughout keeps it (`maintain`, the level only).
def test_a_column_per_date_gives_base_to_last_level():
    rows = rows_of(["Annex 2-A: Schedule of Palau",
                    "Code | Goods | Base rate | EIF | 2030 | 2032",
                    "0402.10 | Skimmed milk powder | 20% | 15% | 10% | 5%",
                    "1005.90 | Maize, not for sowing | 12% | 0% | 0% | 0%",
                    "2203.00 | Beer of malt | 40% | 40% | 40% | 40%"],
                   kinds=["heading", "table_row", "table_row", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "maintain", None, 40.0), ("PLW", "tariff", "reduce", 20.0, 5.0),
                             ("PLW", "tariff", "remove", 12.0, 0.0)]


def test_a_duty_free_line_that_stays_free_is_kept_at_zero():
    rows = rows_of(["Annex 2-A: Schedule of Palau",
                    "Code | Goods | Base rate | Year 1 | Year 2",
                    "3002.15 | Vaccines put up for retail sale | Free | Free | Free"],
                   kinds=["heading", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "maintain", None, 0.0)]


def test_columns_in_another_order_with_an_mfn_column_and_dated_stages():
    rows = rows_of(["Annex 2-A: Schedule of Palau",
                    "Description | MFN | January 1, 2028 | January 1, 2030 | HS code",
                    "Frozen tuna loins | 15% ad valorem | 10% ad valorem | 5% ad valorem | 0304.87"],
                   kinds=["heading", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "reduce", 15.0, 5.0)]


def test_date_columns_without_rates_give_no_row():
    # a table of dates, not levels: no line of a schedule
    rows = rows_of(["Annex 2-A: Schedule of Palau",
                    "Code | Goods | Base rate | EIF | 2030",
                    "0402.10 | Skimmed milk powder | 20% | see note 3 | see note 3"],
                   kinds=["heading", "table_row", "table_row"])
    assert tariffs(rows) == []


# 2. A rate column "under this Agreement", the steps told in one cell ("2% / 0%"), and the party a column names.
def test_rate_under_the_agreement_with_two_steps_and_the_party_a_column_names():
    rows = rows_of(["Annex III — Medical Goods of the United States",
                    "Palau tariff line | Description | Base rate | Rate under this Agreement",
                    "9018.31 | Syringes, with or without needles | 6% | 3% / 0%",
                    "9021.10 | Orthopaedic appliances | 5% | 0%"],
                   kinds=["heading", "table_row", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "reduce", 6.0, 3.0), ("PLW", "tariff", "remove", 3.0, 0.0),
                             ("PLW", "tariff", "remove", 5.0, 0.0)]


def test_a_rate_table_of_no_party_gives_no_row():
    rows = rows_of(["Annex III — Medical Goods",
                    "Tariff line | Description | Base rate | Rate under this Agreement",
                    "9018.31 | Syringes, with or without needles | 6% | 0%"],
                   kinds=["heading", "table_row", "table_row"])
    assert tariffs(rows) == []


# 3. A line that keeps its rate, with base and final columns: `maintain`, the level kept only (guide: a retained rate).
def test_a_line_excluded_from_reduction_keeps_its_level_only():
    rows = rows_of(["Annex I: Schedule of Palau",
                    "Goods | HS heading | Base rate (%) | Final rate (%) | Staging",
                    "Cigarettes | 2402 | 45 | 45 | Not reduced",
                    "Wheat flour | 1101 | 8 | 0 | On entry into force"],
                   kinds=["heading", "table_row", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "maintain", None, 45.0), ("PLW", "tariff", "remove", 8.0, 0.0)]


# 4. A staging category whose duties are only "eliminated" states no zero; one that makes goods duty-free does.
def test_a_category_only_eliminated_states_no_zero():
    rows = rows_of(["Annex 2-A: Schedule of Palau",
                    "Category A: customs duties on goods in category A shall be eliminated when this Agreement "
                    "enters into force.",
                    "Category B: goods in category B shall enter duty-free from the third year.",
                    "Heading | Description | Base rate | Staging category",
                    "1006.30 | Milled rice | 25% | A",
                    "0207.14 | Frozen chicken cuts | 30% | B"],
                   kinds=["heading", "list_item", "list_item", "table_row", "table_row", "table_row"],
                   levels=[0, 1, 1, 0, 0, 0])
    assert tariffs(rows) == [("PLW", "tariff", "remove", 25.0, None), ("PLW", "tariff", "remove", 30.0, 0.0)]


# 5. The owner's lead pointing at its schedule is stated by the lines once they are read (guide rule 6); an
# elimination on all its goods says more than the lines and stays; with no lines read, the lead stays.
def test_a_lead_pointing_at_the_schedule_goes_once_its_lines_are_read():
    rows = rows_of(["Article 2.2: Customs Duties of Palau",
                    "Palau shall apply customs duties on originating goods of the United States in accordance with "
                    "its Schedule in Annex 2-A.",
                    "Annex 2-A: Schedule of Palau",
                    "Heading | Description | Base rate | Rate",
                    "1001 | Wheat and meslin | 15% | 0%"],
                   kinds=["heading", "paragraph", "heading", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "remove", 15.0, 0.0)]


def test_a_lead_stays_when_no_line_is_read():
    rows = rows_of(["Article 2.2: Customs Duties of Palau",
                    "Palau shall reduce or eliminate its customs duties on originating goods of the United States in "
                    "accordance with its Schedule in Annex 2-A."],
                   kinds=["heading", "paragraph"])
    assert [(r.actor, r.action) for r in rows if r.category == "tariff"] == [("PLW", "reduce")]


def test_an_elimination_on_all_goods_stays_beside_the_lines():
    rows = rows_of(["Article 2.2: Customs Duties of Palau",
                    "Palau shall eliminate its customs duties on all originating goods of the United States, as "
                    "provided in Schedule 1 to Annex I.",
                    "Annex I: Schedule of Palau",
                    "Heading | Description | Base rate | Rate",
                    "1001 | Wheat and meslin | 15% | 0%"],
                   kinds=["heading", "paragraph", "heading", "table_row", "table_row"])
    assert tariffs(rows) == [("PLW", "tariff", "remove", None, None), ("PLW", "tariff", "remove", 15.0, 0.0)]
