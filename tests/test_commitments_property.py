"""No input makes the commitment extractor raise: arbitrary text and real pages."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.commitments import extract_commitments
from pipeline.model import Article, Paragraph, article_from_paragraphs

from bench.gold import shared_data_path  # noqa: E402

SHARED = shared_data_path()

# Fragments of trade prose so generated text reaches the deeper rules, not only the early exits.
FRAGMENTS = st.sampled_from([
    "China", "will", "cut", "tariffs", "to", "from", "47 per cent", "57%", "$2.3bn", "for a year",
    "(i)", "(ii)", "Beijing", "resumes", "soybean purchases", "and", ",", ";", ":", "if", "Mr Xi",
    "suspend", "the", "U.S.", "on Thursday", "March 3", "halve", "double", "by 24 percentage points",
    "CHINESE ACTIONS:", "buy", "100 Boeing jets", "were lowered", "in 1994", "no plans to", "'s",
    "each", "both sides", "took effect", ".", "\n", "—", "€", "three", "million", "tonnes",
])
PROSE = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map(" ".join)
KINDS = st.sampled_from(["paragraph", "heading", "list_item", "blockquote", "preformatted"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(PROSE, st.text()), KINDS, st.integers(0, 6)), max_size=6),
       st.one_of(st.none(), st.datetimes(timezones=st.just(__import__("datetime").timezone.utc))))
def test_arbitrary_paragraphs_never_raise(items, published_at):
    article = article_from_paragraphs([t for t, _, _ in items], published_at=published_at,
                                      kinds=[k for _, k, _ in items])
    for paragraph, (_, _, level) in zip(article.paragraphs, items):
        paragraph.level = level
    for row in extract_commitments(article):
        assert article.body[row.char_start:row.char_end] == row.evidence


def test_inconsistent_articles_never_raise():
    broken = Article(body="short", paragraphs=[Paragraph(3, "China will cut tariffs to 5%.", 90, 40, "odd", -1)])
    extract_commitments(broken)


def test_shared_documents_never_raise():
    folder = SHARED / "white-house"
    if not folder.is_dir():
        pytest.skip(f"shared data absent ({folder}); set TRADEDEALS_SHARED_DATA to run")
    from pipeline.parse import parse_document

    pages = sorted(folder.glob("*.html"))
    for path in pages:
        article = parse_document(path.read_bytes(), path.name)
        extract_commitments(article)
