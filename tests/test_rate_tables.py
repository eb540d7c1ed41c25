"""Rate tables (round 8): an order's annex of rates by partner is read row by row, and each
row of a tariff table is that partner's rate (docs/commitments.md, "Round 8 — rate tables")."""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline.commitments import extract_commitments
from pipeline.parse import parse_html

ORDER_URL = "https://www.whitehouse.gov/presidential-actions/2026/03/adjusting-rates/"
ORDER_HEAD = (
    "<p>By the authority vested in me as President by the Constitution and the laws of the United States "
    "of America, it is hereby ordered:</p>"
    "<p>Sec. 2. The duties on goods of the trading partners listed in Annex I shall be the rates set forth "
    "there, effective on or after 12:01 a.m. eastern daylight time on April 10, 2026.</p>"
    "<p>DONALD J. TRUMP</p><h2>ANNEX I</h2>"
)


def page(table: str, head: str = ORDER_HEAD, figure: bool = True) -> bytes:
    wrapped = f"<figure class='wp-block-table'>{table}</figure>" if figure else table
    return (f"<html><head><title>Adjusting Reciprocal Rates for Certain Partners</title>"
            f"<meta property='article:published_time' content='2026-03-30T18:00:00-04:00'></head>"
            f"<body><article><div class='entry-content'>{head}{wrapped}"
            f"<figure><img src='seal.png'><figcaption>The seal</figcaption></figure></div></article></body></html>").encode()


RATES = ("<table><thead><tr><th>Partner</th><th>Adjusted Duty Rate</th></tr></thead><tbody>"
         "<tr><td>Peru</td><td>12%</td></tr><tr><td>Kenya</td><td>10%</td></tr>"
         "<tr><td>Myanmar (Burma)</td><td>40 percent</td></tr><tr><td>Chile</td><td>0%</td></tr></tbody></table>")


def test_a_table_in_a_figure_is_kept_one_row_per_paragraph_while_an_image_figure_is_dropped():
    article = parse_html(page(RATES), url=ORDER_URL)
    rows = [p.text for p in article.paragraphs if p.kind == "table_row"]
    assert rows == ["Partner | Adjusted Duty Rate", "Peru | 12%", "Kenya | 10%", "Myanmar (Burma) | 40 percent", "Chile | 0%"]
    assert "The seal" not in article.body
    generic = parse_html(page(RATES))  # no adapter: the generic extractor keeps the table too
    assert "Kenya | 10%" in generic.body


def test_each_row_of_a_rate_table_in_an_order_is_that_partners_rate_in_force():
    article = parse_html(page(RATES), url=ORDER_URL)
    article.published_at = datetime(2026, 3, 30, 22, tzinfo=timezone.utc)
    rows = [r for r in extract_commitments(article) if r.evidence.count(" | ") == 1]
    assert sorted((r.actor, r.counterparty, r.action, r.value_to, r.status) for r in rows) == [
        ("USA", "CHL", "remove", 0.0, "implemented"), ("USA", "KEN", "impose", 10.0, "implemented"),
        ("USA", "MMR", "impose", 40.0, "implemented"), ("USA", "PER", "impose", 12.0, "implemented"),
    ]
    # evidence offsets point at the row in the body
    row = next(r for r in rows if r.counterparty == "KEN")
    assert article.body[row.char_start:row.char_end] == "Kenya | 10%"


def test_a_partner_sharing_the_general_rate_keeps_its_own_row():
    head = ORDER_HEAD.replace("</p><p>DONALD", "</p><p>All other partners shall be subject to a 10 percent "
                              "additional duty.</p><p>DONALD")
    article = parse_html(page(RATES, head=head), url=ORDER_URL)
    rows = extract_commitments(article)
    assert any(r.counterparty == "KEN" and r.value_to == 10.0 for r in rows)


def test_tables_that_do_not_list_rates_give_no_rows():
    codes = "<table><tr><td>2504.10.10</td></tr><tr><td>2604.00.00</td></tr></table>"
    people = ("<table><tr><th>Country</th><th>Delegates</th></tr><tr><td>Peru</td><td>12%</td></tr>"
              "<tr><td>Kenya</td><td>10%</td></tr></table>")  # a share of delegates, not a duty
    prose = ("<table><tr><th>Partner</th><th>Tariff</th></tr>"
             "<tr><td>Peru</td><td>to be set by the Secretary</td></tr></table>")
    for table in (codes, people, prose):
        article = parse_html(page(table), url=ORDER_URL)
        assert [r for r in extract_commitments(article) if " | " in r.evidence or r.evidence[:4].isdigit()] == []
