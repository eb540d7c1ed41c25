"""Hostile inputs: a clear quarantine reason (ParseError) or a valid Article, never a crash or a hang."""
from __future__ import annotations

import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.model import PARAGRAPH_SEPARATOR
from pipeline.parse import MAX_PAGE_BYTES, ParseError, parse_document, parse_html, parse_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
from bench.gold import shared_data_path  # noqa: E402

SHARED_DATA = shared_data_path()
# Our pages, plus a few real ones read from ../shared/data when it is there.
SEED_PAGES = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))] + [
    p.read_bytes()
    for folder in (SHARED_DATA / "article-bench" / "html", SHARED_DATA / "white-house")
    for p in sorted(folder.glob("*.html"))[:2]
]
# A hang is a failure with a message, not a stuck suite (a bound, not a speed target). The slowest case
# takes about 3.5 s alone; 30 s tripped once under a load of 8 on two cores (round 23), so the bound is
# far above any honest run and still far below a quadratic blow-up on these pages.
GUARD_SECONDS = 120


@pytest.fixture(autouse=True)
def no_hang():
    def fail(signum, frame):
        raise TimeoutError(f"parser still running after {GUARD_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(GUARD_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def assert_valid(article) -> None:
    assert article.paragraphs, "an Article always has paragraphs"
    assert article.body == PARAGRAPH_SEPARATOR.join(p.text for p in article.paragraphs)
    for p in article.paragraphs:
        assert p.text and p.text == p.text.strip()
        assert article.body[p.char_start:p.char_end] == p.text
        assert p.kind in {"paragraph", "heading", "list_item", "blockquote", "preformatted", "table_row"}


def reason_for(data, parse=parse_html) -> str | None:
    try:
        assert_valid(parse(data))
    except ParseError as error:
        assert error.reason, "a ParseError names its reason"
        return error.reason
    return None


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", ""])
def test_empty_input(data):
    assert reason_for(data) == "empty file"
    assert reason_for(data, parse_text) == "empty file"


def test_binary_input():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert reason_for(png) == "binary content (NUL bytes in first 4 KiB)"
    assert reason_for(png, parse_text) == "binary content (NUL bytes in first 4 KiB)"
    with pytest.raises(ParseError):
        parse_document(png, "picture.bin")


def test_page_over_20_mb_is_refused_before_parsing():
    huge = b"<p>" + b"a" * MAX_PAGE_BYTES + b"</p>"
    assert reason_for(huge) == "page larger than 20 MB"
    assert reason_for(huge.decode("ascii")) == "page larger than 20 MB"


def test_large_page_under_the_limit_parses():
    page = b"<html><body><article>" + b"<p>Tariffs, quotas and purchase pledges were discussed at length.</p>\n" * 30_000 + b"</article></body></html>"
    assert len(page) > 2_000_000
    article = parse_html(page)
    assert len(article.paragraphs) == 30_000


def test_ten_thousand_deep_nesting():
    deep = b"<div>" * 10_000 + b"<p>The deepest paragraph of the page, still readable text.</p>" + b"</div>" * 10_000
    article = parse_html(deep)
    assert article.body == "The deepest paragraph of the page, still readable text."
    unclosed = b"<div><span><b>" * 5_000 + b"An unterminated tail of text"
    assert reason_for(unclosed) is None


def test_unclosed_tags_keep_the_text():
    article = parse_html(b"<html><body><p>First paragraph of the story<p>Second one, <a href=x>linked words</a> inside<div>Third")
    assert [p.text for p in article.paragraphs] == ["First paragraph of the story", "Second one, linked words inside", "Third"]


def test_script_only_and_markup_only_pages():
    assert reason_for(b"<html><head><script>" + b"x" * 50_000 + b"</script></head><body></body></html>") == "no article body found"
    assert reason_for(b"<script>document.write('<p>hidden</p>')") == "no article body found"  # unclosed script
    assert reason_for(b"<!--" * 50_000) == "no article body found"
    assert reason_for(b"<style>p{}</style><img src=x><br><hr>") == "no article body found"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(data):
    reason_for(data)
    reason_for(data, parse_text)


def mutate(page: bytes, cut_at: float, cut_len: int, insert: bytes, repeat: int) -> bytes:
    at = int(cut_at * len(page))
    chunk = page[at:at + cut_len]
    return page[:at] + insert + chunk * repeat + page[at + cut_len:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEED_PAGES),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=0, max_value=400),
    st.binary(max_size=40) | st.sampled_from([b"<div>", b"</p>", b"<!--", b"<script>", b"\x00", b"\xff\xfe", b"<a href='", b"]]>"]),
    st.integers(min_value=0, max_value=50),
)
def test_mutated_pages_never_crash(page, cut_at, cut_len, insert, repeat):
    reason_for(mutate(page, cut_at, cut_len, insert, repeat))


def test_a_bracket_in_the_canonical_link_is_no_crash():
    # (round 19: found by the property above) urlsplit refuses "https://gov.ex[ample.org/" as an IPv6 host
    page = SEED_PAGES[0]
    at = page.find(b"https://") + len(b"https://") + 3
    if at > len(b"https://") + 2:
        reason_for(page[:at] + b"[" + page[at:])
    reason_for(b'<html><head><link rel="canonical" href="https://gov.ex[ample.org/a/"></head>'
               b"<body><main><h1>Title</h1><p>" + b"Text of the page. " * 30 + b"</p></main></body></html>")


def test_unclosed_menus_keep_the_page_and_stay_linear():
    page = b"<nav>" * 60_000 + b"<aside>" * 60_000 + b"<p>Text after a hundred thousand unclosed menus.</p>"
    assert reason_for(page) is None


def test_menus_are_cut_but_lookalike_custom_elements_are_not():
    article = parse_html(b"<nav><p>Home News Sport and many more menu entries here</p></nav>"
                         b"<nav-note><p>The custom element text is article text.</p></nav-note>")
    assert article.body == "The custom element text is article text."


# Pieces of markup that reach the parser's less common paths: charset labels,
# boilerplate classes, hidden elements, JSON-LD, lists, line breaks, entities.
MARKUP_PIECES = [
    "<div>", "</div>", "<p>", "</p>", "<ul><li>", "</li></ul>", "<h2>", "</h2>", "<blockquote>", "<pre>",
    "<br>", "<br><br>", "<a href='/x'>", "</a>", "<span style='display:none'>", "</span>", "<b>", "</b>",
    "<div class='comments'>", "<div class='article-body'>", "<div class='share related ad'>", "<nav>", "</nav>",
    "<aside>", "<figure><figcaption>", "<table><tr><td>", "<meta charset='utf-7'>", "<meta charset='shift_jis'>",
    "<meta charset='punycode'>", "<meta property='og:title' content='T'>", "<time datetime='2025-13-45'>",
    "<time datetime='2025-05-12T10:00:00+25:99'>", "<link rel='canonical' href='::bad'>",
    '<script type="application/ld+json">{"@graph": [[[{"datePublished": 5}]]], "author": {"name": null}}</script>',
    "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "\u2028", "\ufeff", "\x00",
    "GENEVA (Reuters) - ", "By Jane Doe, Reuters", "Tariffs fell to 10 percent, officials said. ",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MARKUP_PIECES) | st.text(max_size=30), max_size=60), st.sampled_from([None, "utf-8", "gbk", "utf-7", "bogus"]))
def test_random_markup_never_crashes(pieces, charset):
    page = "".join(pieces)
    try:
        article = parse_html(page.encode("utf-8", "surrogatepass"), "https://news.example.com/2025/05/12/x.html", http_charset=charset)
    except ParseError as error:
        assert error.reason
        return
    assert_valid(article)
    assert article.published_at is None or article.published_at.tzinfo is not None


def test_page_of_millions_of_tags_is_refused_quickly():
    page = b"<i>x</i>" * 1_000_000  # 8 MB, under the size limit
    assert reason_for(page) == "too many HTML elements (over 200,000 tags)"
