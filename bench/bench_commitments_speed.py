"""Commitment extraction speed: articles/s on one core over the sample corpus.

    .venv/bin/python -m bench.bench_commitments_speed [--repeats 7] [--rounds 20]

Parsing happens once, outside the timing: only ``extract_commitments`` is timed.
Each repeat runs the whole corpus ``--rounds`` times; the figure is the median
over repeats (the process is single-threaded, so this is per core). Target: 200.

The machine is shared, so each repeat also times a reference workload on the same
articles right after: parsing their HTML once (what every article costs anyway).
The ratio extraction/parsing is steadier than either rate alone.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from pipeline.commitments import extract_commitments
from pipeline.parse import parse_document

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT_ROOT / "samples"
TARGET_ARTICLES_PER_S = 200


def sample_files(folder: Path = SAMPLES) -> list[tuple[bytes, str]]:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    return [(path.read_bytes(), path.name) for path in files]


def load_articles(folder: Path = SAMPLES) -> list:
    return [parse_document(data, name) for data, name in sample_files(folder)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    articles = load_articles()
    if not articles:
        print(f"no sample articles in {SAMPLES}", file=sys.stderr)
        return 1
    extract_commitments(articles[0])  # load lexicons outside the timing
    files = sample_files()
    rates, reference_rates = [], []
    rows = 0
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _ in range(args.rounds):
            for article in articles:
                rows += len(extract_commitments(article))
        elapsed = time.perf_counter() - start
        rates.append(args.rounds * len(articles) / elapsed)
        start = time.perf_counter()
        for data, name in files:
            parse_document(data, name)
        reference_rates.append(len(files) / (time.perf_counter() - start))
    median = statistics.median(rates)
    reference = statistics.median(reference_rates)
    words = sum(a.word_count for a in articles) / len(articles)
    print(f"articles: {len(articles)} (mean {words:.0f} words), rounds {args.rounds}, repeats {args.repeats}")
    print(f"extraction: median {median:.1f} articles/s per core (min {min(rates):.1f}, max {max(rates):.1f})")
    print(f"reference, parsing the same pages: median {reference:.1f} pages/s; "
          f"extraction runs {median / reference:.2f}x as fast as parsing")
    print(f"ratio to target {TARGET_ARTICLES_PER_S}: {median / TARGET_ARTICLES_PER_S:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
