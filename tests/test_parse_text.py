"""Plain-text articles: the three paragraph layouts DESIGN.md names, headline and dateline."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from pipeline.model import PARAGRAPH_SEPARATOR
from pipeline.parse import parse_document, parse_text

PAGES = Path(__file__).parent / "fixtures" / "pages"


def load(name: str):
    return parse_document((PAGES / name).read_bytes(), name)


def test_blank_line_paragraphs_with_hard_wraps_joined():
    article = load("plain-blank-lines.txt")
    assert article.title == "US AND UK SIGN ECONOMIC PROSPERITY DEAL"
    assert article.paragraphs[0].kind == "heading"
    lead = article.paragraphs[1].text
    assert lead.startswith("LONDON, May 8 (Reuters) - Britain will cut its tariff on American ethanol to zero")
    assert "\n" not in lead and "American ethanol" in lead
    assert article.dateline == "LONDON"
    assert article.wire_agency == "Reuters"


def test_bullets_become_list_items_and_wrapped_bullets_are_joined():
    article = load("plain-blank-lines.txt")
    items = [p for p in article.paragraphs if p.kind == "list_item"]
    assert [p.text for p in items] == [
        "Beef: a reciprocal quota of 13,000 metric tons.",
        "Aircraft engines: tariff-free access for British parts makers.",
    ]


def test_indented_first_lines_start_paragraphs():
    article = load("plain-indented.txt")
    assert [p.text[:30] for p in article.paragraphs] == [
        "Tariff pause extended",
        "WASHINGTON, Aug 11 - The Unite",
        "The higher rates had been due ",
    ]
    assert article.paragraphs[1].text.endswith("the White House said late on Monday.")
    assert article.dateline == "WASHINGTON"


def test_one_paragraph_per_line_when_no_blank_lines_or_indents():
    article = load("plain-one-per-line.txt")
    assert len(article.paragraphs) == 4
    assert article.title == "Japan to invest $550 billion in US projects, officials say"
    assert article.paragraphs[2].text == "Cars face the same 15% rate, down from 25%."


def test_offsets_and_dateline_date_with_year():
    article = parse_text("BRUSSELS, July 27, 2025 - The EU agreed to a 15% US tariff ceiling.\n\nMore talks follow.")
    assert article.published_at == datetime(2025, 7, 27, tzinfo=timezone.utc)
    assert article.published_at_source == "dateline"
    assert article.dateline == "BRUSSELS"
    assert article.body == PARAGRAPH_SEPARATOR.join(p.text for p in article.paragraphs)
    for p in article.paragraphs:
        assert article.body[p.char_start:p.char_end] == p.text


def test_windows_line_endings_and_hyphenated_wraps():
    article = parse_text(b"The tariff-\r\nfree quota covers beef.\r\n\r\nSecond paragraph.")
    assert article.paragraphs[0].text == "The tariff-free quota covers beef."
