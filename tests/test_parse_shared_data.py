"""The parser on real pages from ../shared/data (skipped when that folder is absent),
and the article-bench metric that bench/article_bench.py implements."""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.parse import parse_html

PROJECT_ROOT = Path(__file__).resolve().parents[1]
from bench.gold import shared_data_path  # noqa: E402

SHARED_DATA = shared_data_path()
WHITE_HOUSE = SHARED_DATA / "white-house"


def load_bench_module():
    spec = importlib.util.spec_from_file_location("article_bench", PROJECT_ROOT / "bench" / "article_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def white_house():
    if not (WHITE_HOUSE / "manifest.jsonl").is_file():
        pytest.skip(f"shared development data not found at {SHARED_DATA} (set TRADEDEALS_SHARED_DATA)")
    records = [json.loads(line) for line in (WHITE_HOUSE / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(record, parse_html((WHITE_HOUSE / record["file"]).read_bytes(), record["url"])) for record in records]


def test_white_house_titles_match_the_manifest(white_house):
    bench = load_bench_module()
    right = sum(bench.normalise_title(article.title) == bench.normalise_title(record["title"]) for record, article in white_house)
    assert right / len(white_house) >= 0.95


def test_white_house_dates_are_the_published_day_in_utc(white_house):
    for record, article in white_house:
        published = date.fromisoformat(record["date"])
        assert article.published_at is not None and article.published_at.tzinfo is not None
        # evening releases in Washington fall on the next day in UTC
        assert 0 <= (article.published_at.date() - published).days <= 1, record["file"]


def test_white_house_bodies_have_no_site_furniture(white_house):
    for record, article in white_house:
        texts = {p.text for p in article.paragraphs}
        assert not texts & {"Skip to content", "News", "Related", "Privacy Policy", "Copyright"}, record["file"]
        assert article.paragraphs[0].text != article.title


# --- the benchmark's metric ---------------------------------------------------


@pytest.fixture(scope="module")
def bench():
    return load_bench_module()


def test_identical_texts_score_perfectly(bench):
    truth = {"a": "Tariffs fell to ten percent on Monday in Geneva."}
    result = bench.score({"a": "Tariffs fell to ten percent, on Monday in Geneva!"}, truth)
    assert result["f1"] == 1.0 and result["accuracy"] == 1.0 and result["empty"] == 0


def test_extra_and_missing_shingles_count_as_fp_and_fn(bench):
    # 7 tokens -> 4 shingles; the prediction drops the last token: 3 shared, 1 missing
    tp, fp, fn = bench.page_counts("one two three four five six", "one two three four five six seven")
    assert (tp, fp, fn) == (3 / 4, 0, 1 / 4)
    tp, fp, fn = bench.page_counts("zero one two three four five six seven", "one two three four five six seven")
    assert (tp, fp, fn) == (4 / 5, 1 / 5, 0)


def test_short_texts_are_one_shingle_and_empty_output_is_reported(bench):
    assert bench.shingles(bench.tokens("two words")) == {("two", "words"): 1}
    truth = {"a": "alpha beta gamma delta", "b": "one two three four five"}
    result = bench.score({"a": "alpha beta gamma delta", "b": ""}, truth)
    assert result["precision"] == 1.0  # the empty page is left out of precision...
    assert result["recall"] == 0.5  # ...but not out of recall
    assert result["empty"] == 1 and result["accuracy"] == 0.5
