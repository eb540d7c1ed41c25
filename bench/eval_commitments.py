"""Score the commitment extractor against the gold set (docs/gold-format.md).

    .venv/bin/python -m bench.eval_commitments [--verbose] [--status-errors] [--confidence] [--set samples|white-house|news|written|holdout-5|written-32]

Documents are parsed with ``pipeline.parse.parse_document`` as the pipeline
does. A predicted row matches a gold row when its evidence contains the gold
anchor; rows sharing an anchor are paired one-to-one, best field agreement
first. Reports whole-row precision/recall (actor, category, action and values
right) and per-field agreement over matched pairs, for each set and combined.
``--status-errors`` lists the paired rows whose status or conditional flag differs
from the gold row, with the gold and predicted values and the anchor.
White-house documents are skipped, with a message, when ../shared/data is absent.

The held-out set (``tests/gold/commitments/white-house-holdout-5/``, annotated
blind, never used for tuning) is scored only when asked for with
``--set holdout-5``, reported on its own and never added to "combined", so the
default figures are those of
the tuning sets alone. The written held-out set
(``tests/gold/commitments/written-holdout-32/``: pages we wrote ourselves, of the
kinds above, annotated blind) is scored the same way with ``--set written-32``.
The first written set (round 11) was released to tuning in round 12, the second
(round 12, ``written-7``) in round 14, the third (round 14, ``written-8``) in
round 15, the fourth (round 15, ``written-9``) in round 16, the fifth (round 16,
``written-10``) in round 17, the sixth (round 17, ``written-11``) in round 18, the
seventh (round 18, ``written-12``) in round 19, the eighth (round 19,
``written-13``) in round 20, the ninth (round 20, ``written-14``) in round 21, the
tenth (round 21, ``written-15``) in round 22, the eleventh (round 22,
``written-16``) in round 23, the twelfth (round 23, ``written-17``) in round 24
the thirteenth (round 24, ``written-18``) in round 25, the fourteenth (round 25,
``written-19``) in round 26, the fifteenth (round 26, ``written-20``) in round 27, the
sixteenth (round 27, ``written-21``) in round 28, the seventeenth (round 28,
``written-22``) in round 29, the eighteenth (round 29,
``written-23``) in round 30, the nineteenth (round 30, ``written-24``) in
round 31, the twentieth (round 31, ``written-25``) in round 32, the
twenty-first (round 32, ``written-26``) in round 33 and the
twenty-second (round 33, ``written-27``) in round 34, the twenty-third (round 34,
``written-28``, scored blind in rounds 34 to 36) in round 37 and the twenty-fourth
(round 37, ``written-29``, scored blind in rounds 37 to 39) in round 40 and the twenty-fifth
(round 40, ``written-30``, scored blind in rounds 40 to 42) in round 42 and the twenty-sixth
(round 42, ``written-31``, scored blind in rounds 42 to 44) in round 44; all twenty-six are in
``written``.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from bench.gold import GoldDocument, anchor_in, load_gold, shared_data_dir
from pipeline.commitments import extract_commitments
from pipeline.model import Commitment
from pipeline.parse import parse_document

# The tuning sets: scored by default, summed in "combined". "news" holds real news pages
# (article-bench, polnear-dev), most of them about no deal at all; "written" the pages
# we wrote as blind sets (rounds 11 to 42), each released to tuning after its last blind score.
SETS = ("samples", "white-house", "news", "written")
# The held-out sets: documents nobody tunes on, scored only on request (docs/gold-format.md).
# Older held-out sets are released to the white-house tuning set after their last blind
# score (the first in round 7, the second in round 8, the third in round 9, the
# fourth in round 10, the written sets the round after each was written; docs/gold-format.md).
HOLDOUT_FOLDERS = {"holdout-5": "white-house-holdout-5", "written-32": "written-holdout-32"}
VALUE_FIELDS = ("value_from", "value_to", "change", "amount", "unit")
WHOLE_ROW_FIELDS = ("actor", "category", "action") + VALUE_FIELDS
REPORTED_FIELDS = ("actor", "category", "action", "values", "amount", "duration", "status")
RELATIVE_TOLERANCE = 0.005  # numbers agree within 0.5 % relative


def numbers_agree(gold: object, predicted: object) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    try:
        g, p = float(gold), float(predicted)
    except (TypeError, ValueError):
        return str(gold).lower() == str(predicted).lower()
    if g == p:
        return True
    return abs(g - p) <= RELATIVE_TOLERANCE * max(abs(g), abs(p))


def field_agrees(gold: dict, predicted: dict, name: str) -> bool:
    """Whether one field agrees; a key absent from the gold row is not scored."""
    if name not in gold:
        return True
    g, p = gold[name], predicted.get(name)
    if name in ("value_from", "value_to", "change", "amount", "duration_days"):
        return numbers_agree(g, p)
    if name == "products":
        return _codes_cover(g or [], p or []) and _codes_cover(p or [], g or [])
    if g is None or p is None:
        return g is None and p is None
    return str(g).strip().lower() == str(p).strip().lower()


def _codes_cover(codes: list, others: list) -> bool:
    """Every HS code in ``codes`` has a code in ``others`` sharing its prefix."""
    return all(any(str(o).startswith(str(c)) or str(c).startswith(str(o)) for o in others) for c in codes)


def group_agrees(gold: dict, predicted: dict, group: str) -> bool:
    names = {
        "values": VALUE_FIELDS, "amount": ("amount", "unit") if gold.get("amount") is not None else ("amount",),
        "duration": ("duration_days",), "whole": WHOLE_ROW_FIELDS,
    }.get(group, (group,))
    return all(field_agrees(gold, predicted, n) for n in names)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    whole_right: int = 0
    matched: int = 0
    fields: dict[str, int] = field(default_factory=lambda: {f: 0 for f in REPORTED_FIELDS})
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    status_errors: list[str] = field(default_factory=list)  # paired rows, status or conditional wrong
    rated: list[tuple[float, bool]] = field(default_factory=list)  # each predicted row: (confidence, whole row right)

    def add(self, other: "Tally") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.whole_right += other.whole_right
        self.matched += other.matched
        for name in self.fields:
            self.fields[name] += other.fields[name]
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.skipped += other.skipped
        self.status_errors += other.status_errors
        self.rated += other.rated


def _describe(row: dict) -> str:
    parts = [f"{row.get('actor')}/{row.get('category')}/{row.get('action')}"]
    for name in VALUE_FIELDS:
        if row.get(name) is not None:
            parts.append(f"{name}={row[name]}")
    return " ".join(parts)


def _agreement(gold: dict, predicted: dict) -> int:
    return sum(field_agrees(gold, predicted, n) for n in WHOLE_ROW_FIELDS + ("counterparty", "status"))


def pair_rows(gold_rows: list[dict], predicted: list[dict]) -> list[tuple[int, int, bool]]:
    """Gold and predicted rows paired one-to-one by anchor, best agreement first:
    (gold index, predicted index, whole row right) for each pair."""
    candidates: list[tuple[int, bool, int, int]] = []
    for gi, gold in enumerate(gold_rows):
        for pi, row in enumerate(predicted):
            if anchor_in(gold.get("anchor"), row.get("evidence")):
                whole = group_agrees(gold, row, "whole")
                candidates.append((gi, whole, _agreement(gold, row), pi))
    candidates.sort(key=lambda c: (not c[1], -c[2]))
    gold_used: set[int] = set()
    predicted_used: set[int] = set()
    pairs: list[tuple[int, int, bool]] = []
    for gi, whole, _, pi in candidates:
        if gi in gold_used or pi in predicted_used:
            continue
        gold_used.add(gi)
        predicted_used.add(pi)
        pairs.append((gi, pi, whole))
    return pairs


def score_document(document: GoldDocument, predicted_rows: list[Commitment]) -> Tally:
    """Pair gold and predicted rows one-to-one by anchor, best agreement first."""
    tally = Tally(gold=len(document.rows), predicted=len(predicted_rows))
    predicted = [row.to_dict() for row in predicted_rows]
    pairs = pair_rows(document.rows, predicted)
    gold_used = {gi for gi, _, _ in pairs}
    predicted_used = {pi for _, pi, _ in pairs}
    right_rows = {pi for _, pi, whole in pairs if whole}
    tally.rated = [(float(row.get("confidence") or 0.0), pi in right_rows) for pi, row in enumerate(predicted)]
    for gi, pi, whole in pairs:
        tally.matched += 1
        tally.whole_right += whole
        gold, row = document.rows[gi], predicted[pi]
        for name in REPORTED_FIELDS:
            tally.fields[name] += group_agrees(gold, row, name)
        for name in ("status", "conditional"):
            if not field_agrees(gold, row, name):
                tally.status_errors.append(
                    f"{document.name}: {name} gold {gold.get(name)} | got {row.get(name)} | "
                    f"{_describe(gold)} | {gold.get('anchor')!r}")
        if not whole:
            tally.misses.append(f"{document.name}: WRONG gold {_describe(gold)} | got {_describe(row)} | {gold.get('anchor')!r}")
            tally.false_positives.append(f"{document.name}: WRONG {_describe(row)} | {row['evidence'][:160]!r}")
    for gi, gold in enumerate(document.rows):
        if gi not in gold_used:
            tally.misses.append(f"{document.name}: MISS {_describe(gold)} | {gold.get('anchor')!r}")
    for pi, row in enumerate(predicted):
        if pi not in predicted_used:
            tally.false_positives.append(f"{document.name}: EXTRA {_describe(row)} | {row['evidence'][:160]!r}")
    return tally


def evaluate_set(set_name: str) -> Tally:
    total = Tally()
    for document in load_gold("commitments", set_name):
        if document.path is None:
            total.skipped.append(f"{document.document} (not on this machine)")
            continue
        article = parse_document(document.path.read_bytes(), document.path.name)
        total.add(score_document(document, extract_commitments(article)))
    return total


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "n/a"


def report(name: str, tally: Tally, verbose: bool, status_errors: bool = False) -> None:
    print(f"== {name}: {tally.gold} gold rows, {tally.predicted} predicted, {tally.matched} paired")
    print(f"   whole rows  precision {_ratio(tally.whole_right, tally.predicted)}  "
          f"recall {_ratio(tally.whole_right, tally.gold)}")
    for name, right in tally.fields.items():
        print(f"   {name:<9} precision {_ratio(right, tally.predicted)}  recall {_ratio(right, tally.gold)}"
              f"  (agreement on paired rows {_ratio(right, tally.matched)})")
    for line in tally.skipped:
        print(f"   skipped: {line}")
    if status_errors:
        for line in tally.status_errors:
            print(f"   ~ {line}")
    if verbose:
        for line in tally.misses:
            print(f"   - {line}")
        for line in tally.false_positives:
            print(f"   + {line}")


CONFIDENCE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def report_confidence(name: str, tally: Tally) -> None:
    """What a user who keeps only rows at or above a confidence gets: rows, precision and recall."""
    print(f"   confidence ({name}): rows kept, precision, recall when only rows at or above a threshold are kept")
    for threshold in CONFIDENCE_THRESHOLDS:
        kept = [right for confidence, right in tally.rated if confidence >= threshold]
        print(f"     >= {threshold:.1f}: {len(kept):5d} rows  precision {_ratio(sum(kept), len(kept))}  "
              f"recall {_ratio(sum(kept), tally.gold)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print misses and false positives")
    parser.add_argument("--status-errors", action="store_true",
                        help="print paired rows whose status or conditional flag differs from the gold row")
    parser.add_argument(
        "--set", choices=SETS + tuple(HOLDOUT_FOLDERS), action="append",
        help="only this gold set (repeatable; default: samples, white-house, news and written). 'holdout-5' "
             "scores the held-out White House set (tests/gold/commitments/white-house-holdout-5/), "
             "annotated blind and never used for tuning; 'written-32' the written held-out set "
             "(tests/gold/commitments/written-holdout-32/, our own pages). Each is reported on its own "
             "and never added to 'combined'")
    parser.add_argument("--confidence", action="store_true",
                        help="also print precision and recall of the rows at or above each confidence threshold")
    args = parser.parse_args(argv)
    if shared_data_dir() is None:
        print("note: shared data folder absent (set TRADEDEALS_SHARED_DATA); white-house sets skipped",
              file=sys.stderr)
    requested = list(dict.fromkeys(args.set or SETS))
    tuning_sets = [name for name in requested if name not in HOLDOUT_FOLDERS]
    combined = Tally()
    for set_name in tuning_sets:
        tally = evaluate_set(set_name)
        report(set_name, tally, args.verbose, args.status_errors)
        if args.confidence:
            report_confidence(set_name, tally)
        combined.add(tally)
    if tuning_sets:
        report("combined", combined, False)
        if args.confidence:
            report_confidence("combined", combined)
    for name, folder in HOLDOUT_FOLDERS.items():
        if name in requested:
            tally = evaluate_set(folder)
            report(f"{name} ({folder}, not in combined)", tally, args.verbose, args.status_errors)
            if args.confidence:
                report_confidence(name, tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
