"""Parser follow-ups (issue 3): the publication's own calendar day, bold-only
headings, and datelines without a year."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipeline.model import Article
from pipeline.parse import parse_html, parse_text

BODY = ("<p>The two governments agreed on Thursday to lower tariffs on each other's goods, officials said, "
        "with the first cuts due within a month.</p>"
        "<p>Negotiators will meet again in the autumn to settle the remaining questions on steel.</p>")


def page_with_head(head: str, body: str = BODY) -> Article:
    return parse_html(f"<html><head><title>Tariff deal</title>{head}</head><body><article>{body}</article></body></html>")


# --- the page's own calendar day ----------------------------------------------


def test_evening_us_release_keeps_its_local_day():
    article = page_with_head('<meta property="article:published_time" content="2025-07-03T20:30:00-04:00">')
    assert article.published_at == datetime(2025, 7, 4, 0, 30, tzinfo=timezone.utc)
    assert article.published_local_date == date(2025, 7, 3)
    assert article.reference_date == date(2025, 7, 3)  # "on Thursday" counts from July 3, not July 4


def test_jsonld_offset_east_of_utc_keeps_its_local_day():
    ld = '{"@type": "NewsArticle", "headline": "Tariff deal", "datePublished": "2025-05-12T07:10:00+09:00"}'
    article = page_with_head(f'<script type="application/ld+json">{ld}</script>')
    assert article.published_at == datetime(2025, 5, 11, 22, 10, tzinfo=timezone.utc)
    assert article.published_at_source == "jsonld"
    assert article.reference_date == date(2025, 5, 12)


def test_timestamp_without_an_offset_gives_no_local_day():
    article = page_with_head('<meta property="article:published_time" content="2025-07-03T20:30:00">')
    assert article.published_local_date is None
    assert article.reference_date == date(2025, 7, 3)


def test_written_time_with_a_zone_is_converted_and_keeps_its_day():
    article = page_with_head("", '<p class="byline">Published July 3, 2025, 8:30 PM EDT</p>' + BODY)
    assert article.published_at == datetime(2025, 7, 4, 0, 30, tzinfo=timezone.utc)
    assert article.published_local_date == date(2025, 7, 3)


@pytest.mark.parametrize("shown,utc", [
    ("Jan. 15, 2026 9:00 p.m. ET", datetime(2026, 1, 16, 2, 0, tzinfo=timezone.utc)),  # EST in winter
    ("July 3, 2025 9:00 p.m. ET", datetime(2025, 7, 4, 1, 0, tzinfo=timezone.utc)),  # EDT in summer
    ("3 July 2025 23:15 BST", datetime(2025, 7, 3, 22, 15, tzinfo=timezone.utc)),
])
def test_time_element_text_with_zone(shown, utc):
    article = page_with_head("", f"<time>{shown}</time>" + BODY)
    assert article.published_at == utc
    assert article.published_at_source == "time"
    assert article.reference_date == date(utc.year, utc.month, 3 if utc.month == 7 else 15)


def test_reference_date_falls_back_to_the_utc_day():
    article = Article(body="x", paragraphs=[], published_at=datetime(2025, 7, 4, 0, 30, tzinfo=timezone.utc))
    assert article.reference_date == date(2025, 7, 4)
    article.published_local_date = date(2025, 7, 3)
    assert article.reference_date == date(2025, 7, 3)
    assert Article(body="x", paragraphs=[]).reference_date is None


def test_plain_text_with_a_zoned_time():
    article = parse_text("Tariff truce extended\n\nAug. 11, 2025 10:45 PM EDT\n\n"
                         "WASHINGTON - The pause on higher tariffs was extended by 90 days.")
    assert article.published_at == datetime(2025, 8, 12, 2, 45, tzinfo=timezone.utc)
    assert article.reference_date == date(2025, 8, 11)


# --- datelines without a year ---------------------------------------------------------


@pytest.mark.parametrize("opening,place,agency", [
    ("HANOI, July 3 (Northstar) - ", "HANOI", "Northstar"),
    ("HANOI, 3 July (Northstar) - ", "HANOI", "Northstar"),
    ("HO CHI MINH CITY, Jul. 3 (Reuters) -- ", "HO CHI MINH CITY", "Reuters"),
    ("SÃO PAULO, May 8 - ", "SÃO PAULO", None),
])
def test_dateline_without_a_year_gives_place_and_agency_but_no_date(opening, place, agency):
    text = ("Vietnam to cut duties on US farm goods\n\n" + opening +
            "Vietnam will cut its tariffs on American pork and corn, the trade ministry said.\n\n"
            "The cuts take effect next month.")
    article = parse_text(text)
    assert (article.dateline, article.wire_agency) == (place, agency)
    assert article.published_at is None and article.reference_date is None  # no year is guessed
    assert article.paragraphs[1].text.startswith(opening.strip())  # the dateline stays in the body


def test_html_dateline_without_a_year():
    article = parse_html("<html><head><title>Vietnam cuts duties</title></head><body><article>"
                         "<p>HANOI, July 3 (Northstar) - Vietnam will cut its tariffs on American pork and corn, "
                         "the trade ministry said on Thursday.</p>"
                         "<p>The cuts take effect next month, according to a ministry statement.</p>"
                         "</article></body></html>")
    assert (article.dateline, article.wire_agency, article.published_at) == ("HANOI", "Northstar", None)


# --- bold-only lines are headings -----------------------------------------------------

FACT_SHEET = """<html><head><title>Fact Sheet: Trade Deal</title></head><body><main><article>
<h1>Fact Sheet: Trade Deal</h1>
<p>The United States and China reached an agreement today on tariffs, rare earths and soybeans, after two days of talks.</p>
<p><strong>CHINESE ACTIONS:</strong></p>
<ul><li>China will suspend its export controls on gallium and germanium for one year.</li>
<li>China will buy 12 million metric tons of U.S. soybeans this year.</li></ul>
<p><b>The United States will:</b></p>
<ul><li>Lower the tariff on Chinese goods by 10 percentage points.</li></ul>
<p>UNITED STATES ACTIONS:</p>
<h2>Reactions</h2>
<p><b>Here are a few of the reactions</b></p>
<p><a href="https://example.org/farm"><b>Jane Roe, President of the Soybean Growers:</b></a> “This deal reopens our biggest market,” she said after the announcement.</p>
<p><strong>Predictably, the doom forecasts were wrong.</strong></p>
<p><b>The Post reports:</b></p>
<p>“Farmers in Iowa expect the first shipments to leave in November,” the newspaper wrote on its front page.</p>
<table><tr><td><b>Soybeans</b></td><td>12 million tons</td></tr></table>
</article></main></body></html>"""


@pytest.fixture(scope="module")
def bold_page():
    return parse_html(FACT_SHEET)


def kind_of(article: Article, start: str) -> tuple[str, int]:
    paragraph = next(p for p in article.paragraphs if p.text.startswith(start))
    return paragraph.kind, paragraph.level


def test_bold_only_and_caps_label_lines_are_headings_under_the_title(bold_page):
    assert kind_of(bold_page, "CHINESE ACTIONS:") == ("heading", 2)
    assert kind_of(bold_page, "The United States will:") == ("heading", 2)
    assert kind_of(bold_page, "UNITED STATES ACTIONS:") == ("heading", 2)  # short ALL CAPS with a colon
    assert kind_of(bold_page, "China will buy 12 million") == ("list_item", 1)


def test_bold_heading_below_a_real_heading_is_one_level_deeper(bold_page):
    assert kind_of(bold_page, "Reactions") == ("heading", 2)
    assert kind_of(bold_page, "Here are a few of the reactions") == ("heading", 3)


def test_bold_lead_in_of_a_roundup_paragraph_stays_in_its_paragraph(bold_page):
    paragraph = next(p for p in bold_page.paragraphs if p.text.startswith("Jane Roe"))
    assert paragraph.kind == "paragraph"
    assert paragraph.text.endswith("she said after the announcement.")


@pytest.mark.parametrize("start", [
    "Predictably, the doom",  # a bold sentence is emphasis, not a title
    "The Post reports:",  # introduces the quotation below it: the speaker is read from it
    "Soybeans",  # a table cell
])
def test_bold_lines_that_are_not_headings(bold_page, start):
    assert kind_of(bold_page, start)[0] != "heading"


def test_bold_headings_give_following_bullets_their_actor(bold_page):
    from pipeline.commitments import extract_commitments

    rows = extract_commitments(bold_page)
    # the bullet names no one: its actor comes from the bold heading above it
    # (read as a paragraph, the line left the bullet with China's actor)
    lower = next(r for r in rows if r.evidence.startswith("Lower the tariff"))
    assert lower.actor == "USA"


def test_plain_text_caps_labels_are_section_headings():
    article = parse_text("Trade deal struck\n\nWASHINGTON, May 8 - The two sides agreed on a first package.\n\n"
                         "CHINESE ACTIONS:\n\n- China will buy 12 million tons of soybeans.\n\n"
                         "NOTE: the figures are annual.")
    assert [(p.kind, p.level) for p in article.paragraphs] == [
        ("heading", 1), ("paragraph", 0), ("heading", 2), ("list_item", 1), ("paragraph", 0)]
    assert article.title == "Trade deal struck"
