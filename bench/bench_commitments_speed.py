"""Commitment extraction speed: articles/s on one core over the sample corpus.

    .venv/bin/python -m bench.bench_commitments_speed [--repeats 7] [--rounds 20]
    .venv/bin/python -m bench.bench_commitments_speed --patterns
    .venv/bin/python -m bench.bench_commitments_speed --cpu
    .venv/bin/python -m bench.bench_commitments_speed --least [--rounds 15]
    .venv/bin/python -m bench.bench_commitments_speed --cold [--repeats 7] [--no-pattern-cache]


Parsing happens once, outside the timing: only ``extract_commitments`` is timed.
Each repeat runs the whole corpus ``--rounds`` times; the figure is the median
over repeats (the process is single-threaded, so this is per core). Target: 200.

The machine is shared, so each repeat also times a reference workload on the same
articles right after: parsing their HTML once (what every article costs anyway).
The ratio extraction/parsing is steadier than either rate alone.

``--cold`` times what a user's fresh process pays before its first row: ``import
pipeline.commitments`` and extracting one sample page (parsed beforehand, untimed), in
``--repeats`` new processes, alternated with as many timing the reference: ``import
pipeline.parse`` and parsing the same page. A first process, not timed, leaves the
bytecode and the compiled-pattern cache in place, as a user's earlier run would.
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pipeline.actors import with_first_chars
from pipeline.commitments import extract_commitments
from pipeline.parse import parse_document
from pipeline.sentences import split_sentences

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT_ROOT / "samples"
TARGET_ARTICLES_PER_S = 200


def sample_files(folder: Path = SAMPLES) -> list[tuple[bytes, str]]:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    return [(path.read_bytes(), path.name) for path in files]


def load_articles(folder: Path = SAMPLES) -> list:
    return [parse_document(data, name) for data, name in sample_files(folder)]


PATTERN_MODULES = ("pipeline.commitments", "pipeline.quantities", "pipeline.timeexpr")


def _without_lookahead(pattern: re.Pattern[str], listed: bool) -> re.Pattern[str]:
    """The pattern as written: a listed one without its first-character lookahead, and every
    one compiled by the stdlib from its source (the modules' patterns carry a start set in
    their compiled code since round 13, ``actors.with_start_charset``)."""
    source = pattern.pattern
    if listed and source.startswith("(?=[") and "])(?:" in source:
        source = source[source.index("])(?:") + 5:-1]
    return re.compile(source, pattern.flags)


def _best_time(function, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def compare_first_char_lookaheads(articles: list) -> None:
    """Per module-level pattern: the time to search every sample sentence as written and
    behind a first-character lookahead (best of 5). The modules' _FAST_START_PATTERNS
    lists are the patterns with a clear gain (>= 20% and >= 0.4 ms here)."""
    sentences = [p.text[s:e] for a in articles for p in a.paragraphs for s, e in split_sentences(p.text or "")]
    print(f"{len(sentences)} sample sentences; ms per pass, as written -> with its start set or lookahead (* = in the module's list)")
    for module_name in PATTERN_MODULES:
        module = importlib.import_module(module_name)
        listed = set(getattr(module, "_FAST_START_PATTERNS", ()))
        for name, pattern in sorted(vars(module).items()):
            if not isinstance(pattern, re.Pattern):
                continue
            plain = _without_lookahead(pattern, name in listed)
            fast = with_first_chars(plain)
            if fast is plain:
                continue  # no lookahead can be told for it
            before = _best_time(lambda: [plain.search(s) for s in sentences])
            after = _best_time(lambda: [fast.search(s) for s in sentences])
            mark = "*" if name in listed else " "
            print(f"{mark} {module_name.split('.')[-1]}.{name}: {before * 1000:.2f} -> {after * 1000:.2f} "
                  f"({(before - after) / before:+.0%})")


def cpu_rates(articles: list, repeats: int, rounds: int) -> list[float]:
    """Articles/s of CPU time (process_time) per repeat: on a machine whose other load
    comes and goes this counts only this process's own work, so best-of is comparable
    between runs of two versions alternated in the same minutes."""
    rates = []
    for _ in range(repeats):
        start = time.process_time()
        for _ in range(rounds):
            for article in articles:
                extract_commitments(article)
        rates.append(rounds * len(articles) / (time.process_time() - start))
    return rates


def least_cpu_rate(articles: list, rounds: int) -> float:
    """Articles/s from each article's least CPU time over ``rounds`` passes, summed. On a
    loaded machine a pass's CPU time still grows with the slices other processes take
    from the caches; the least time per article leaves most of that out."""
    clock = time.process_time
    least = [float("inf")] * len(articles)
    for _ in range(rounds):
        for index, article in enumerate(articles):
            start = clock()
            extract_commitments(article)
            least[index] = min(least[index], clock() - start)
    return len(articles) / sum(least)


COLD_PAGE = "analysis-truce-durability.html"
# Run in a fresh interpreter: prints the wall and CPU seconds of what it times.
_COLD_EXTRACTION = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from pipeline.parse import parse_document
path = Path({page!r})
article = parse_document(path.read_bytes(), path.name)
wall, cpu = time.perf_counter(), time.process_time()
from pipeline.commitments import extract_commitments
extract_commitments(article)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""
_COLD_PARSING = """
import sys, time
wall, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, {root!r})
from pathlib import Path
from pipeline.parse import parse_document
path = Path({page!r})
parse_document(path.read_bytes(), path.name)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def _fresh_process_seconds(script: str, env: dict[str, str]) -> tuple[float, float]:
    code = script.format(root=str(PROJECT_ROOT), page=str(SAMPLES / COLD_PAGE))
    output = subprocess.run([sys.executable, "-c", code], env=env, cwd=PROJECT_ROOT, check=True,
                            capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[1])


def cold_start(repeats: int, pattern_cache: bool) -> None:
    """Median wall and CPU seconds of a fresh process's first extraction (import + one page),
    and their ratio to a fresh process importing the parser and parsing the same page."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's installed package has its bytecode
    if not pattern_cache:
        env["TRADEDEALS_CACHE_DIR"] = "off"
    _fresh_process_seconds(_COLD_EXTRACTION, env)  # leaves the bytecode and the pattern cache
    extraction, parsing = [], []
    for _ in range(repeats):  # alternated: the machine's load hits both alike
        extraction.append(_fresh_process_seconds(_COLD_EXTRACTION, env))
        parsing.append(_fresh_process_seconds(_COLD_PARSING, env))
    print(f"cold start, {repeats} fresh processes each, page {COLD_PAGE}, compiled-pattern cache "
          f"{'on' if pattern_cache else 'off'}:")
    for label, index in (("wall", 0), ("cpu", 1)):
        mine = statistics.median(run[index] for run in extraction)
        reference = statistics.median(run[index] for run in parsing)
        print(f"  {label}: import pipeline.commitments + first extraction median {mine:.3f} s; "
              f"reference (import pipeline.parse + parsing the page) {reference:.3f} s; ratio {mine / reference:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--patterns", action="store_true",
                        help="time each regex with and without a first-character lookahead instead")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU time (process_time) per repeat instead of wall time, no parsing reference")
    parser.add_argument("--least", action="store_true",
                        help="each article's least CPU time over --rounds passes, summed (for a loaded machine)")
    parser.add_argument("--cold", action="store_true",
                        help="a fresh process's import + first extraction, in --repeats new processes")
    parser.add_argument("--no-pattern-cache", action="store_true",
                        help="with --cold: compile every pattern (TRADEDEALS_CACHE_DIR=off)")
    args = parser.parse_args(argv)
    if args.cold:
        cold_start(args.repeats, not args.no_pattern_cache)
        return 0
    articles = load_articles()
    if not articles:
        print(f"no sample articles in {SAMPLES}", file=sys.stderr)
        return 1
    if args.patterns:
        compare_first_char_lookaheads(articles)
        return 0
    extract_commitments(articles[0])  # load lexicons outside the timing
    if args.least:
        for article in articles:
            extract_commitments(article)  # every lexicon a rule loads on first use
        print(f"least cpu time per article: {least_cpu_rate(articles, args.rounds):.1f} articles/s per core "
              f"({args.rounds} passes)")
        return 0
    if args.cpu:
        rates = cpu_rates(articles, args.repeats, args.rounds)
        print(f"cpu time: median {statistics.median(rates):.1f} articles/s per core "
              f"(best {max(rates):.1f}, worst {min(rates):.1f}; {args.repeats} repeats x {args.rounds} rounds)")
        return 0
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
