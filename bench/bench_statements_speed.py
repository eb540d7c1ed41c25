"""Speed of statement extraction alone (parsing excluded), per core.

Articles: the bundled sample corpus (samples/, parsed once up front) and, when
present, the PolNeAR dev texts (../shared/data/polnear-dev/text). Each pass
extracts statements from every article in one process; the figures are the
median over passes of articles/s and words/s, and the median per-article time.
Target: >= 20 articles/s per core with the default (model-free) tier.

The machine is shared, so each pass also times a reference workload on the same
text right after: splitting every paragraph into sentences (the first thing any
extractor does). The ratio of the two is steadier than either rate alone.

Usage: .venv/bin/python bench/bench_statements_speed.py [--passes 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_statements import polnear_article, shared_data  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402
from pipeline.statements import extract_statements  # noqa: E402

TARGET_ARTICLES_PER_S = 20


def load_articles() -> list:
    articles = []
    for path in sorted((ROOT / "samples").glob("*")):
        if path.suffix in (".html", ".txt"):
            articles.append(parse_document(path.read_bytes(), path.name))
    polnear = shared_data() / "polnear-dev" / "text"
    if polnear.is_dir():
        articles.extend(polnear_article(path) for path in sorted(polnear.glob("*.txt")))
    else:
        print(f"polnear-dev not found at {polnear}: timing the sample corpus only")
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description="statement extraction speed")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    articles = load_articles()
    if not articles:
        print("no articles to time")
        return 1
    words = sum(a.word_count for a in articles)
    extract_statements(articles[0])  # load lexicons and compile patterns outside the timing
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    rates, word_rates, per_article, reference_rates, cpu_rates = [], [], [], [], []
    for _ in range(args.passes):
        start = time.perf_counter()
        cpu_start = time.process_time()
        for article in articles:
            t0 = time.perf_counter()
            extract_statements(article)
            per_article.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        # CPU seconds of this process: on a shared machine, wall time also counts waiting for a core
        cpu_rates.append(len(articles) / max(time.process_time() - cpu_start, 1e-9))
        rates.append(len(articles) / elapsed)
        word_rates.append(words / elapsed)
        start = time.perf_counter()
        for text in paragraphs:
            split_sentences(text)
        reference_rates.append(len(articles) / (time.perf_counter() - start))
    median_rate = statistics.median(rates)
    reference = statistics.median(reference_rates)
    print(f"articles: {len(articles)}  words: {words}  passes: {args.passes}  cpus: {os.cpu_count()} (one process)")
    print(f"articles/s per core (median): {median_rate:.1f}")
    print(f"words/s per core (median):    {statistics.median(word_rates):.0f}")
    print(f"articles per CPU second (median): {statistics.median(cpu_rates):.1f} (process time; less sensitive to load)")
    print(f"per-article time (median):    {statistics.median(per_article) * 1000:.2f} ms")
    print(f"per-article time (max):       {max(per_article) * 1000:.2f} ms")
    print(f"reference, sentence splitting the same articles: {reference:.1f} articles/s; "
          f"extraction costs {reference / median_rate:.1f}x a sentence split")
    print(f"ratio to target ({TARGET_ARTICLES_PER_S} articles/s): {median_rate / TARGET_ARTICLES_PER_S:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
