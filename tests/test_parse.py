"""parse_html on the team's own pages: body paragraphs and every metadata field."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.model import PARAGRAPH_SEPARATOR
from pipeline.parse import ParseError, parse_document, parse_html

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str, url: str | None = None):
    return parse_html((PAGES / name).read_bytes(), url)


@pytest.fixture(scope="module")
def wire():
    return page("newspaper-wire-geneva.html")


@pytest.fixture(scope="module")
def fact_sheet():
    return page("fact-sheet-roundup.html")


def texts(article) -> list[str]:
    return [p.text for p in article.paragraphs]


# --- body -------------------------------------------------------------------


def test_paragraph_offsets_index_the_body(wire, fact_sheet):
    for article in (wire, fact_sheet):
        assert article.body == PARAGRAPH_SEPARATOR.join(texts(article))
        for index, paragraph in enumerate(article.paragraphs):
            assert paragraph.index == index
            assert article.body[paragraph.char_start:paragraph.char_end] == paragraph.text


def test_inline_link_text_is_kept_with_its_spacing(wire):
    assert "Mr Bessent, speaking after the talks, said" in wire.body
    assert "according to a joint statement released by both governments" in wire.body
    assert "remove the non-tariff countermeasures" in wire.body
    assert "some export controls on rare earths" in wire.body


def test_story_starts_with_dateline_paragraph_and_ends_with_credit(wire):
    assert wire.paragraphs[0].text.startswith("GENEVA (Reuters) - The United States will cut")
    assert wire.paragraphs[-1].text.startswith("(Reporting by Anna Keller")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "We use cookies",  # cookie banner
        "Share on X",  # share bar
        "Delegations leave the villa",  # figure caption
        "By Anna Keller",  # byline
        "Advertisement",  # ad slot
        "Trade smarter with our premium terminal",
        "Sign up for our free daily newsletter",  # newsletter promo
        "Rare earth exports slump",  # related stories
        "Ninety days is nothing",  # comments
        "All rights reserved",  # footer
    ],
)
def test_boilerplate_blocks_are_excluded(wire, boilerplate):
    assert boilerplate not in wire.body


def test_navigation_labels_are_excluded(wire):
    assert not {"World", "Business", "Markets", "Privacy", "Accept"} & set(texts(wire))


def test_headline_is_the_title_not_a_body_paragraph(wire):
    assert wire.paragraphs[0].kind == "paragraph"
    assert "US and China agree 90-day tariff truce in Geneva" not in wire.body


def test_headings_lists_and_quotes_are_marked_in_reading_order(wire):
    kinds = [(p.kind, p.level, p.text[:20]) for p in wire.paragraphs]
    heading = kinds.index(("heading", 2, "What comes next"))
    assert kinds[heading + 1][0] == "paragraph"
    assert kinds[heading + 2] == ("list_item", 1, "Talks are to continu")
    assert kinds[heading + 3] == ("list_item", 1, "The 10% baseline tar")
    assert kinds[heading + 4][0] == "blockquote"


def test_fact_sheet_keeps_action_headings_and_nested_bullets(fact_sheet):
    paragraphs = fact_sheet.paragraphs
    labels = texts(fact_sheet)
    assert "CHINESE ACTIONS:" in labels  # a bold lead-in paragraph stays its own paragraph
    us = labels.index("U.S. ACTIONS:")
    assert paragraphs[us].kind == "heading" and paragraphs[us].level == 3
    soy = next(p for p in paragraphs if p.text.startswith("China will buy at least 12 million"))
    assert soy.kind == "list_item" and soy.level == 1
    nested = next(p for p in paragraphs if p.text.startswith("In each of 2026"))
    assert nested.kind == "list_item" and nested.level == 2
    assert labels.index("CHINESE ACTIONS:") < labels.index(soy.text) < us


def test_round_up_keeps_linked_speaker_lead_ins(fact_sheet):
    assert any(t.startswith('National Grain Growers President Jane Doe: "Our members') for t in texts(fact_sheet))
    assert any(t.startswith("Chamber of Makers CEO John Roe: ") for t in texts(fact_sheet))


def test_fact_sheet_drops_navigation_breadcrumbs_and_related_links(fact_sheet):
    for furniture in ("Home", "Fact Sheets", "Briefings", "Subscribe"):
        assert furniture not in texts(fact_sheet)
    assert "November 1, 2025" not in fact_sheet.body  # the date line is metadata


def test_br_pairs_split_paragraphs_and_single_br_is_a_space():
    article = parse_html(b"<div><p>First line<br>same paragraph<br><br>Second paragraph here</p></div>")
    assert texts(article) == ["First line same paragraph", "Second paragraph here"]


# --- metadata ---------------------------------------------------------------


def test_jsonld_metadata(wire):
    assert wire.title == "US and China agree 90-day tariff truce in Geneva"
    assert wire.publisher == "The Harbour Ledger"
    assert wire.published_at == datetime(2025, 5, 12, 7, 15, tzinfo=timezone.utc)
    assert wire.published_at_source == "jsonld"
    assert wire.updated_at == datetime(2025, 5, 12, 10, 40, tzinfo=timezone.utc)
    assert wire.section == "World"
    assert wire.language == "en"


def test_byline_is_split_into_people_and_the_agency(wire):
    assert wire.authors == ["Anna Keller", "Tom Reyes"]
    assert wire.wire_agency == "Reuters"
    assert wire.dateline == "GENEVA"


def test_relative_canonical_is_resolved_against_the_page_url(wire):
    assert wire.canonical_url == "https://ledger.example.org/world/2025/05/12/us-china-geneva-truce"
    fetched = page("newspaper-wire-geneva.html", url="https://mirror.example.net/x")
    assert fetched.url == "https://mirror.example.net/x"
    assert fetched.canonical_url == "https://mirror.example.net/world/2025/05/12/us-china-geneva-truce"


def test_title_loses_the_site_suffix_and_time_element_gives_the_date(fact_sheet):
    assert fact_sheet.title == "Fact Sheet: Trade Arrangement with the People's Republic of China"
    assert fact_sheet.publisher == "Example Government"
    assert fact_sheet.published_at == datetime(2025, 11, 1, 20, 5, tzinfo=timezone.utc)
    assert fact_sheet.published_at_source == "time"


def test_meta_tags_and_rel_author_without_structured_data():
    article = page("blog-meta-only.html")
    assert article.title == "Soybean shipments resume"
    assert article.publisher == "Farm Trade Notes"
    assert article.authors == ["Min-jun Lee"]
    assert article.published_at == datetime(2025, 11, 20, tzinfo=timezone.utc)
    assert article.published_at_source == "meta"
    assert "Archive" not in article.body and "October 2025" not in article.body


def test_date_from_url_dateline_with_country_and_closing_agency():
    article = page("dated-by-url.html", url="https://news.example.com/2025/07/22/japan-deal.html")
    assert article.published_at == datetime(2025, 7, 22, tzinfo=timezone.utc)
    assert article.published_at_source == "url"
    assert article.dateline == "TOKYO, Japan"
    assert article.wire_agency == "AFP"


def test_date_written_in_the_text_is_the_last_resort():
    html = b"<article><p>Published March 3, 2025</p><p>" + b"Officials met to discuss tariffs, quotas and purchases. " * 3 + b"</p></article>"
    article = parse_html(html)
    assert article.published_at == datetime(2025, 3, 3, tzinfo=timezone.utc)
    assert article.published_at_source == "text"


def test_multi_city_dateline():
    html = (b"<article><p>SEOUL/WASHINGTON (Reuters) - South Korea and the United States agreed "
            b"on a 15% tariff on Korean cars, officials said on Wednesday, ending months of talks.</p></article>")
    article = parse_html(html)
    assert article.dateline == "SEOUL/WASHINGTON"
    assert article.wire_agency == "Reuters"


def test_publisher_adapter_selects_the_body_for_its_domain():
    html = (b"<html><body><div class='entry-content'><p>Short official text of the order.</p></div>"
            b"<div class='blurb'><p>" + b"A long unrelated block of promotional prose, with commas, " * 8 + b"</p></div></body></html>")
    generic = parse_html(html)
    adapted = parse_html(html, url="https://www.whitehouse.gov/presidential-actions/2025/04/x/")
    assert "promotional prose" in generic.body
    assert adapted.body == "Short official text of the order."


def test_document_dispatch_by_suffix_and_sniffing():
    html = (PAGES / "blog-meta-only.html").read_bytes()
    assert parse_document(html, "story.html").title == "Soybean shipments resume"
    assert parse_document(html, "story").title == "Soybean shipments resume"  # sniffed as HTML
    text = (PAGES / "plain-one-per-line.txt").read_bytes()
    assert parse_document(text, "note").paragraphs[1].text.startswith("The agreement sets")
    # a .txt file is text even if it mentions tags
    assert parse_document(b"Use <p> for paragraphs.\nAnd more.", "a.txt").body == "Use <p> for paragraphs.\n\nAnd more."


def test_page_without_text_is_quarantined_with_a_reason():
    with pytest.raises(ParseError) as caught:
        parse_html(b"<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert caught.value.reason == "no article body found"


@pytest.mark.parametrize(
    "byline,people,agencies",
    [
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"], ["Reuters"]),
        ("By LISA PARK, MARY ANN COLE and ERIC HOLT Associated Press", ["Lisa Park", "Mary Ann Cole", "Eric Holt"], ["AP"]),
        ("By Reuters, Washington", [], ["Reuters"]),  # a place after the agency is not a person
        ("Analysis by Sam Ortiz, Ledger Editor-at-large", ["Sam Ortiz"], []),
        ("Posted by Min-jun Lee in Seoul", ["Min-jun Lee"], []),
        ("Dana Fox, MS, RD", ["Dana Fox"], []),
        ("Tom Reyes Business Columnist", ["Tom Reyes"], []),
        ("Jose Cruz View More Articles", ["Jose Cruz"], []),
        ("By Agence France-Presse", [], ["AFP"]),
    ],
)
def test_byline_splitting(byline, people, agencies):
    from pipeline.metadata import split_byline

    assert split_byline(byline) == (people, agencies)


def test_placeholder_dates_fall_through_to_the_next_source():
    html = (b'<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>'
            b"<article><p>" + b"Ministers agreed to cut tariffs on cars, steel and aluminium. " * 3 + b"</p></article>")
    article = parse_html(html, url="https://news.example.com/2025/06/17/cars.html")
    assert article.published_at == datetime(2025, 6, 17, tzinfo=timezone.utc)
    assert article.published_at_source == "url"


def test_authors_prefer_structured_people_over_meta_copyright_holders():
    html = (b'<meta name="author" content="Example Media Group">'
            b'<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Lima"},'
            b' {"@type": "Organization", "name": "Example Media Group"}]}</script>'
            b"<article><p>" + b"Brazil faces a 50% tariff on most exports to the United States. " * 3 + b"</p></article>")
    assert parse_html(html).authors == ["Ana Lima"]


def test_preformatted_text_keeps_inner_line_breaks():
    article = parse_html(b"<article><pre>\n  HS 8703   15%\n  HS 7208   50%  \n</pre></article>")
    assert article.paragraphs[0].kind == "preformatted"
    assert article.paragraphs[0].text == "HS 8703   15%\n  HS 7208   50%"


def test_adapter_whose_selector_misses_falls_back_to_the_generic_extractor():
    html = (b"<html><body><div class='redesigned-body'><p>" + b"The order sets a 25% tariff on imported heavy trucks. " * 3
            + b"</p></div></body></html>")
    article = parse_html(html, url="https://www.whitehouse.gov/fact-sheets/2025/10/trucks/")
    assert article.body.startswith("The order sets a 25% tariff on imported heavy trucks.")


def test_adapter_is_found_from_the_canonical_link_of_a_saved_page():
    html = (b"<html><head><link rel='canonical' href='https://www.whitehouse.gov/x/'></head><body>"
            b"<div class='entry-content'><p>Short official text.</p></div>"
            b"<div class='blurb'><p>" + b"A long unrelated block of promotional prose, with commas, " * 8 + b"</p></div></body></html>")
    assert parse_html(html).body == "Short official text."


def test_hidden_inline_text_is_dropped_but_an_aria_hidden_drop_cap_is_kept():
    article = parse_html(b"<article><p><span aria-hidden='true'>W</span>ASHINGTON - Talks resumed"
                         b"<span style='display:none'> (advert)</span> on Monday, officials said.</p></article>")
    assert article.body == "WASHINGTON - Talks resumed on Monday, officials said."
