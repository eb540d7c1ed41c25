"""Round 37 (issue 4), OF: official sentences where nothing was read — an order's annex table of tariff lines whose
rates the operative clause leaves to the annex ("shall be subject to an additional ad valorem duty at the rate shown for
each subheading in that Annex", "the rates of additional duty set forth in that Annex"): each line of the table that
states a rate is a row of the order's government (guide, Round 34 answers: "an annex table of tariff lines gives a row
per table row that states a rate ... not one row per rate"; rule 7: a lead whose figures come later is anchored where
the figures are). A table with an earlier-rate column and a new-rate column gives the change from one to the other
(convention 4); "none" in the earlier column is a new duty (`impose`). The clause itself, which states no rate, is no
row once the lines are read.

The team's own sentences and table lines (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import ORDER_OPENING, commitments_from

ON = datetime(2027, 9, 1)
TITLE = "Adjusting Imports of Agricultural Sprayers and Irrigation Equipment into the United States"
HEADER = "HTSUS subheading | Article description | Additional duty"
BY_LINE = ("(1) Articles classified in the HTSUS subheadings listed in the Annex to this proclamation shall be subject to "
           "an additional ad valorem duty at the rate shown for each subheading in that Annex, effective October 1, 2027.")


def order_with_annex(clause: str, header: str, lines: list[str], *after: str):
    texts = [ORDER_OPENING, clause, *after, "Annex", "Articles covered by clause (1)", header, *lines]
    kinds = ["paragraph", "paragraph"] + ["paragraph"] * len(after) + ["heading", "paragraph"] + ["table_row"] * (
        1 + len(lines))
    return commitments_from(texts, published_at=ON, title=TITLE, kinds=kinds, article_id="r37-of")


def line_rows(rows, line: str) -> list[tuple]:
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if r.evidence == line)


# (table line, rows expected from it) under the per-line clause and the one-rate header
ONE_RATE = [
    ("8424.41.00 | Portable hand-operated sprayers for agricultural use | 20%", [("USA", "tariff", "impose", None, 20.0)]),
    ("8424.82.01 | Irrigation sprinklers and drip emitters | 35%", [("USA", "tariff", "impose", None, 35.0)]),
    # a second line at a rate an earlier line has: its own row (its own goods), not a repeat
    ("8424.49.00 | Tractor-drawn boom sprayers | 20%", [("USA", "tariff", "impose", None, 20.0)]),
    ("8413.81.00 | Irrigation pumps for field use | 12.5 percent ad valorem", [("USA", "tariff", "impose", None, 12.5)]),
]


@pytest.mark.parametrize("line,expected", ONE_RATE, ids=[t[:30] for t, _ in ONE_RATE])
def test_an_annex_line_under_a_per_line_clause_is_a_row(line, expected):
    rows = order_with_annex(BY_LINE, HEADER, [line for line, _ in ONE_RATE])
    assert line_rows(rows, line) == expected


def test_the_clause_that_leaves_the_rates_to_the_annex_is_no_row_once_the_lines_are_read():
    rows = order_with_annex(BY_LINE, HEADER, [line for line, _ in ONE_RATE])
    assert [r for r in rows if r.evidence == BY_LINE and r.category == "tariff"] == []
    assert {r.products[0] for r in rows if r.evidence in [line for line, _ in ONE_RATE]} >= {"84244100", "84248201"}


def test_other_wordings_of_the_per_line_clause():
    clause = ("(1) Articles described in the Annex and entered for consumption on or after November 2, 2027, shall be "
              "subject to an additional ad valorem rate of duty as set out for each heading in the Annex.")
    line = "8432.21.00 | Disc harrows | 25 percent ad valorem"
    rows = order_with_annex(clause, "HTS | Description | Rate of duty", [line])
    assert line_rows(rows, line) == [("USA", "tariff", "impose", None, 25.0)]


# two rate columns: the rate an earlier proclamation set and the one this proclamation sets
TWO_RATES_HEADER = ("HTSUS subheading | Article description | Rate under Proclamation 10990 (%) | "
                    "Rate under this proclamation (%)")
TWO_RATES_CLAUSE = ("(1) The articles described in the Annex shall be subject to the rates of additional duty set forth "
                    "in that Annex, in place of the rate set in clause (1) of Proclamation 10990.")
TWO_RATES = [
    ("8424.30.00 | Steam or sand blasting machines | 20 | 30", [("USA", "tariff", "raise", 20.0, 30.0)]),
    ("8424.90.10 | Parts of sprayers | 20 | 10", [("USA", "tariff", "reduce", 20.0, 10.0)]),
    ("8424.89.00 | Other mechanical appliances for dispersing liquids | none | 15", [("USA", "tariff", "impose", None, 15.0)]),
    ("8424.20.00 | Spray guns and similar appliances | 20 | 0", [("USA", "tariff", "remove", 20.0, 0.0)]),
]


@pytest.mark.parametrize("line,expected", TWO_RATES, ids=[t[:30] for t, _ in TWO_RATES])
def test_an_annex_line_with_the_earlier_and_the_new_rate(line, expected):
    rows = order_with_annex(TWO_RATES_CLAUSE, TWO_RATES_HEADER, [line for line, _ in TWO_RATES])
    assert line_rows(rows, line) == expected


# near misses: no rows from the table lines
def test_a_clause_that_states_its_own_rate_leaves_the_annex_lines_as_a_list():
    """The body states the rate; the annex only lists the goods (and restates the rate): its lines are no rows."""
    clause = ("(1) Articles classified in the HTSUS subheadings listed in the Annex shall be subject to an additional "
              "ad valorem duty of 25 percent, effective October 1, 2027.")
    line = "8424.41.00 | Portable hand-operated sprayers for agricultural use | 25%"
    rows = order_with_annex(clause, HEADER, [line])
    assert line_rows(rows, line) == []
    assert [(r.action, r.value_to) for r in rows if r.evidence == clause and r.category == "tariff"] == [("impose", 25.0)]


def test_an_annex_table_with_no_clause_leaving_the_rates_to_it_gives_no_rows():
    clause = "(1) The Secretary shall monitor imports of the articles listed in the Annex and report to me by March 1, 2028."
    line = "8424.82.01 | Irrigation sprinklers and drip emitters | 35%"
    rows = order_with_annex(clause, HEADER, [line])
    assert line_rows(rows, line) == []


def test_a_line_whose_rate_cell_holds_no_level_gives_no_row():
    line = "8424.90.90 | Other parts of irrigation equipment | see note 2"
    rows = order_with_annex(BY_LINE, HEADER, [ONE_RATE[0][0], line])
    assert line_rows(rows, line) == []
    assert line_rows(rows, ONE_RATE[0][0]) == ONE_RATE[0][1]


def test_a_table_with_no_tariff_line_column_gives_no_rows():
    line = "Portugal | 14,200 | 16,900"
    rows = order_with_annex(BY_LINE, "Country | Imports in 2025 (units) | Imports in 2026 (units)", [line])
    assert line_rows(rows, line) == []


def test_a_threat_to_raise_the_annex_rates_stays_a_row():
    threat = ("If imports from any country surge, the Secretary shall so inform me, and I may raise the rates of duty "
              "set out in the Annex for articles from that country.")
    rows = order_with_annex(BY_LINE, HEADER, [line for line, _ in ONE_RATE], threat)
    assert [(r.category, r.action) for r in rows if r.evidence == threat] == [("tariff", "raise")]


# A party that will complete, expedite or conclude its review of a partner's request for market access: its
# `market_access` `relax` row (Round 34 review (lead): the step towards access the text commits to).
JOINT = "Joint Statement on a United States-Ruritania Dialogue on Agricultural Trade"
REVIEWS = [
    ("For its part, the United States will complete its review of Peru’s request for access for fresh blueberries "
     "from the Arequipa region by June 2028.", ("USA", "market_access", "relax")),
    ("The United States will conclude its review of Vietnam's request for market access for fresh longan within "
     "nine months.", ("USA", "market_access", "relax")),
    ("Japan will expedite its review of the two pending applications for approval of U.S. biotech corn events.",
     ("JPN", "market_access", "relax")),
    ("Canada will finish its review of Mexico’s request for access for avocados from Jalisco before the harvest.",
     ("CAN", "market_access", "relax")),
]


def joint_statement(*texts: str):
    return commitments_from(["The two governments met in Washington on May 4, 2027.", *texts], published_at=ON,
                            title=JOINT, article_id="r37-of-review")


@pytest.mark.parametrize("text,expected", REVIEWS, ids=[t[:40] for t, _ in REVIEWS])
def test_a_review_of_a_partners_request_for_access_completed_is_access_eased(text, expected):
    assert [(r.actor, r.category, r.action) for r in joint_statement(text) if r.evidence == text] == [expected]


REVIEW_NEGATIVES = [
    # a review of the party's own measure, or of the agreement: no request for access
    "The United States will complete its review of the safeguard measure on imported solar cells by March.",
    "Korea will conclude its review of the operation of the agreement at the next meeting of the Joint Committee.",
    # a review already completed: a past event, not the step the text commits to
    "Last year, the United States completed its review of Peru’s request for access for fresh blueberries.",
    # a review of an investment, not of a request for access
    "Australia will complete its review of the proposed acquisition of the port operator by a foreign buyer.",
]


@pytest.mark.parametrize("text", REVIEW_NEGATIVES, ids=[t[:40] for t in REVIEW_NEGATIVES])
def test_a_review_of_no_request_for_access_is_no_access_row(text):
    assert [(r.actor, r.category, r.action) for r in joint_statement(text)
            if r.evidence == text and (r.category, r.action) == ("market_access", "relax")] == []


# A treaty's standstill that names the schedule as its ceiling stays a row once the schedule's lines are read (the lines
# set the cuts; the promise not to raise a duty is its own `maintain` row), and its "no new customs duty" clause is the
# same standstill (one row), not a second one nor a new duty imposed.
TREATY = "Agreement on Reciprocal Trade Between the United States of America and the Kingdom of Tonga"


def treaty_with_schedule(article: str, owner: str = "Tonga", annex: str = "3-A"):
    texts = ["Article 2.2: Customs Duties", article, f"Annex {annex}: Schedule of {owner}",
             "HS heading | Description | Base rate | Final rate",
             "0207 | Frozen chicken cuts | 20% | 0%", "1001 | Wheat and meslin | 10% | 0%"]
    kinds = ["heading", "paragraph", "heading", "table_row", "table_row", "table_row"]
    return commitments_from(texts, published_at=ON, title=TREATY, kinds=kinds, article_id="r37-of-standstill")


def triples_of(rows, text):
    """The rows told by ``text`` (its paragraph number is no part of the evidence)."""
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if r.evidence and r.evidence in text)


STANDSTILLS = [
    ("1. Tonga shall not increase any customs duty on an originating good of the United States above the rate set out "
     "in Annex 3-A, and shall not introduce a new customs duty on such a good.", "Tonga", "3-A",
     [("TON", "tariff", "maintain", None)]),
    ("2. Fiji shall not raise any existing customs duty, or adopt any new customs duty, on an originating good of the "
     "United States listed in Annex I.", "Fiji", "I", [("FJI", "tariff", "maintain", None)]),
    ("3. Norway shall not increase any customs duty on originating seafood of the United States that is not listed in "
     "Annex I.", "Norway", "I", [("NOR", "tariff", "maintain", None)]),
]


@pytest.mark.parametrize("text,owner,annex,expected", STANDSTILLS, ids=[t[:40] for t, *_ in STANDSTILLS])
def test_a_standstill_naming_the_schedule_is_one_row_beside_the_lines(text, owner, annex, expected):
    rows = treaty_with_schedule(text, owner, annex)
    assert triples_of(rows, text) == expected
    assert len([r for r in rows if r.evidence.startswith(("0207", "1001"))]) == 2


def test_a_lead_the_schedule_lines_state_is_still_no_row():
    lead = "1. Tonga shall eliminate its customs duties on the originating goods of the United States listed in Annex 3-A."
    rows = treaty_with_schedule(lead)
    assert triples_of(rows, lead) == []


def test_a_new_duty_with_its_rate_beside_a_standstill_stays():
    text = ("1. Tonga shall not increase any customs duty on an originating good of the United States, and shall "
            "impose a new customs duty of 5 percent on tobacco products of any origin.")
    rows = treaty_with_schedule(text)
    assert ("TON", "tariff", "maintain", None) in triples_of(rows, text)
    assert [r.value_to for r in rows if r.evidence in text and r.value_to is not None] == [5.0]


def test_a_new_duty_with_no_standstill_is_imposed():
    text = "1. Tonga shall apply a new customs duty on imported passenger cars of any origin from January 1, 2028."
    rows = treaty_with_schedule(text)
    assert [(r.actor, r.action) for r in rows if r.evidence in text and r.category == "tariff"] == [("TON", "impose")]


# A duty the goods have paid since a date, told in the perfect with no rate: the measure in force (`tariff` `impose`,
# the page's government's), as when the sentence gives its rate.
FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Ceramic Tiles into the United States"
SIGNED = "Today, President Donald J. Trump signed a Proclamation adjusting imports of ceramic tiles into the United States."


def fact_sheet_rows(text: str):
    rows = commitments_from([SIGNED, text], published_at=ON, title=FACT_SHEET, article_id="r37-of-perfect")
    return sorted((r.actor, r.category, r.action, r.value_to) for r in rows if r.evidence == text)


PERFECT = [
    ("Porcelain tiles from China have been subject to antidumping and countervailing duties since 2019, but exporters "
     "have moved finishing work to third countries.", [("USA", "tariff", "impose", None)]),
    ("Glazed wall tile imports from Vietnam have been subject to American antidumping duties since 2022, yet "
     "shipments have risen every year.", [("USA", "tariff", "impose", None)]),
    ("Mosaic tiles from India have long been subject to countervailing duties.", [("USA", "tariff", "impose", None)]),
    # with its rate, as before
    ("Quarry tiles from China have been subject to an antidumping duty of 40 percent since 2019.",
     [("USA", "tariff", "impose", 40.0)]),
]


@pytest.mark.parametrize("text,expected", PERFECT, ids=[t[:40] for t, _ in PERFECT])
def test_a_duty_in_force_told_in_the_perfect(text, expected):
    assert fact_sheet_rows(text) == expected


PERFECT_NEGATIVES = [
    "The tile industry has been subject to intense competition from imports since 2019.",
    "Imports of ceramic tiles have been subject to review by the Department of Commerce since March.",
    "Tile makers in Ohio have been subject to new state emissions rules since 2024.",
    "The proposal has been subject to public comment since January.",
    "Mongolian coal, which has been subject to sanctions reviews since 2023, is not covered by the Proclamation.",
]


@pytest.mark.parametrize("text", PERFECT_NEGATIVES, ids=[t[:40] for t in PERFECT_NEGATIVES])
def test_no_duty_in_the_perfect_is_no_tariff_row(text):
    assert [row for row in fact_sheet_rows(text) if row[1] == "tariff"] == []
