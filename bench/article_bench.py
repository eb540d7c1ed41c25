"""Article-extraction benchmark: our parser against trafilatura, in the same run.

Body quality on ../shared/data/article-bench (110 news pages with ground truth,
metric as ../shared/data/README.md describes it), speed on the same pages with
the HTML already in memory (single process, median of --rounds timed passes),
and title / publication-date accuracy on ../shared/data/white-house.

    .venv/bin/python bench/article_bench.py [--rounds 5] [--worst 0] [--skip-metadata]
    .venv/bin/python bench/article_bench.py --hostile

Skips with a message when the data folder is absent (a fresh clone has none);
set TRADEDEALS_SHARED_DATA to point elsewhere.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from pipeline.parse import ParseError, parse_html  # noqa: E402

TOKEN = re.compile(r"\w+")
WASHINGTON = ZoneInfo("America/New_York")
SHINGLE_SIZE = 4


from bench.gold import shared_data_path as shared_data_dir  # noqa: E402


# ---------------------------------------------------------------------------
# The metric (Zyte article-extraction-benchmark, as the data README states it)
# ---------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(words: list[str]) -> Counter:
    if not words:
        return Counter()
    if len(words) < SHINGLE_SIZE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1))


def page_counts(predicted: str, expected: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingle multisets, divided by their sum so every page weighs the same."""
    got, want = shingles(tokens(predicted)), shingles(tokens(expected))
    tp = sum((got & want).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(predictions: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    precisions, recalls = [], []
    exact = empty = 0
    for page_id, expected in truth.items():
        predicted = predictions.get(page_id) or ""
        tp, fp, fn = page_counts(predicted, expected)
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
        else:
            if tp + fp > 0:
                precisions.append(tp / (tp + fp))
            if tp + fn > 0:
                recalls.append(tp / (tp + fn))
        exact += tokens(predicted) == tokens(expected)
        empty += not predicted.strip()
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "accuracy": exact / len(truth), "empty": empty}


# ---------------------------------------------------------------------------
# Extractors
# ---------------------------------------------------------------------------


def ours(html: bytes, url: str | None) -> str:
    try:
        return parse_html(html, url).body
    except ParseError:
        return ""


def trafilatura_body(html: bytes, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def run_extractors(extractors: dict[str, Callable[[bytes, str | None], str]], pages: dict[str, bytes],
                   urls: dict[str, str], rounds: int) -> dict[str, tuple[dict[str, str], float]]:
    """Outputs of the first pass and the median wall time of ``rounds`` passes, per extractor.

    The extractors take turns page by page, so load from other processes on the
    machine falls on both alike rather than on whichever was running.
    """
    outputs: dict[str, dict[str, str]] = {name: {} for name in extractors}
    timings: dict[str, list[float]] = {name: [] for name in extractors}
    for round_index in range(rounds):
        spent = dict.fromkeys(extractors, 0.0)
        for page_id, html in pages.items():
            for name, extract in extractors.items():
                start = time.perf_counter()
                text = extract(html, urls.get(page_id))
                spent[name] += time.perf_counter() - start
                if round_index == 0:
                    outputs[name][page_id] = text
        for name in extractors:
            timings[name].append(spent[name])
    return {name: (outputs[name], statistics.median(timings[name])) for name in extractors}


def body_benchmark(data: Path, rounds: int, worst: int) -> None:
    bench = data / "article-bench"
    truth_records = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v.get("articleBody") or "" for k, v in truth_records.items()}
    urls = {k: v.get("url") for k, v in truth_records.items()}
    pages = {k: (bench / "html" / f"{k}.html").read_bytes() for k in truth}
    megabytes = sum(len(p) for p in pages.values()) / 1e6
    print(f"article-bench: {len(pages)} pages, {megabytes:.1f} MB, median of {rounds} timed passes, turns taken page by page")
    rows = {}
    results = run_extractors({"tradedeals": ours, "trafilatura": trafilatura_body}, pages, urls, rounds)
    for name, (outputs, seconds) in results.items():
        row = score(outputs, truth)
        row["pages_s"] = len(pages) / seconds
        row["mb_s"] = megabytes / seconds
        rows[name] = (row, outputs)
    header = f"{'extractor':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'empty':>5} {'pages/s':>8} {'MB/s':>6}"
    print(header)
    for name, (row, _) in rows.items():
        print(f"{name:<12} {row['f1']:6.3f} {row['precision']:6.3f} {row['recall']:6.3f} {row['accuracy']:6.3f} "
              f"{row['empty']:5d} {row['pages_s']:8.1f} {row['mb_s']:6.2f}")
    a, b = rows["tradedeals"][0], rows["trafilatura"][0]
    print(f"{'ratio':<12} {a['f1'] / b['f1']:6.3f} {a['precision'] / b['precision']:6.3f} "
          f"{a['recall'] / b['recall']:6.3f} {'':>6} {'':>5} {a['pages_s'] / b['pages_s']:8.3f} {a['mb_s'] / b['mb_s']:6.3f}")
    if worst:
        ranked = sorted(truth, key=lambda k: page_f1(rows["tradedeals"][1][k], truth[k]))
        print(f"\nworst {worst} pages for tradedeals (page F1, trafilatura's page F1):")
        for page_id in ranked[:worst]:
            print(f"  {page_id[:16]}  {page_f1(rows['tradedeals'][1][page_id], truth[page_id]):.3f}  "
                  f"{page_f1(rows['trafilatura'][1][page_id], truth[page_id]):.3f}  {urls.get(page_id)}")


def page_f1(predicted: str, expected: str) -> float:
    tp, fp, fn = page_counts(predicted, expected)
    if fp == fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# ---------------------------------------------------------------------------
# Metadata accuracy on the White House pages
# ---------------------------------------------------------------------------


def normalise_title(title: str | None) -> str:
    text = (title or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def metadata_benchmark(data: Path) -> None:
    folder = data / "white-house"
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    import trafilatura

    counts = Counter()
    for record in manifest:
        html = (folder / record["file"]).read_bytes()
        try:
            article = parse_html(html, record.get("url"))
            title, published = article.title, article.published_at
        except ParseError:
            title = published = None
        counts["ours_title"] += normalise_title(title) == normalise_title(record["title"])
        counts["ours_date"] += bool(published) and published.date().isoformat() == record["date"]
        # the manifest gives the day as published in Washington
        counts["ours_date_local"] += bool(published) and published.astimezone(WASHINGTON).date().isoformat() == record["date"]
        meta = trafilatura.extract_metadata(html, default_url=record.get("url"))
        counts["traf_title"] += normalise_title(meta.title if meta else None) == normalise_title(record["title"])
        counts["traf_date"] += (meta.date if meta else None) == record["date"]
    n = len(manifest)
    print(f"\nwhite-house metadata: {n} pages (title exact after case/quote/space folding;")
    print("date: published_at's day in UTC, and in US Eastern time as the manifest states it;")
    print("trafilatura gives a day without a time, compared as is)")
    print(f"{'extractor':<12} {'title':>6} {'date UTC':>9} {'date ET':>8}")
    print(f"{'tradedeals':<12} {counts['ours_title'] / n:6.3f} {counts['ours_date'] / n:9.3f} {counts['ours_date_local'] / n:8.3f}")
    print(f"{'trafilatura':<12} {counts['traf_title'] / n:6.3f} {'':>9} {counts['traf_date'] / n:8.3f}")


# ---------------------------------------------------------------------------
# Hostile inputs: how long the parser takes to give an Article or a reason
# ---------------------------------------------------------------------------


def hostile_pages() -> dict[str, bytes]:
    paragraph = b"<p>Tariffs, quotas and purchase pledges were discussed at length.</p>"
    return {
        "empty": b"",
        "binary (PNG header)": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16,
        "21 MB of text": b"a" * (21 * 1024 * 1024),
        "19 MB, 1.3 million tags": (b"<p>x</p>" * 2_500_000)[: 19 * 1024 * 1024],
        "99,000 paragraphs (198,000 tags)": paragraph * 99_000,
        "10,000-deep nesting": b"<div>" * 10_000 + paragraph + b"</div>" * 10_000,
        "15,000 unclosed inline tags": b"<div><span><b>" * 5_000 + b"tail text",
        "20,000 unclosed <p>": b"<p>para one is here" * 20_000,
        "120,000 unclosed menus": b"<nav>" * 60_000 + b"<aside>" * 60_000 + paragraph,
        "100,000 unclosed comments": b"<!--" * 100_000,
        "script only": b"<html><head><script>" + b"x" * 100_000 + b"</script></head><body></body></html>",
    }


def hostile_benchmark() -> None:
    print("hostile inputs (one run each):")
    for name, page in hostile_pages().items():
        start = time.perf_counter()
        try:
            outcome = f"article, {len(parse_html(page).paragraphs)} paragraphs"
        except ParseError as error:
            outcome = f"ParseError: {error.reason}"
        print(f"  {name:<34} {time.perf_counter() - start:7.2f} s  {outcome}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes over the pages (median reported)")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where our body scores worst")
    parser.add_argument("--skip-metadata", action="store_true", help="only the body benchmark")
    parser.add_argument("--hostile", action="store_true", help="time hostile inputs instead (needs no data)")
    args = parser.parse_args(argv)
    if args.hostile:
        hostile_benchmark()
        return 0
    data = shared_data_dir()
    if not (data / "article-bench" / "ground-truth.json").is_file():
        print(f"skipped: benchmark data not found at {data} (set TRADEDEALS_SHARED_DATA)")
        return 0
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("skipped: trafilatura is not installed (pip install 'tradedeals[bench]')")
        return 0
    body_benchmark(data, args.rounds, args.worst)
    if not args.skip_metadata and (data / "white-house" / "manifest.jsonl").is_file():
        metadata_benchmark(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
