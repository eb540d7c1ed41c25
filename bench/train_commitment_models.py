"""Train the learned decisions of the commitment extractor from the team's gold (round 19, issue 4).

    .venv/bin/python -m bench.train_commitment_models [--exclude NAMES_FILE] [--model NAME]

One function per model (``MODELS``, name -> function(sets, excluded names) -> LinearModel or None);
each reads the tuning sets (``bench.learning``), chooses its threshold by document-level
cross-validation on them (5 folds, ``document_folds``: train on four,
decide on the fifth), prints the cross-validated figures, and writes
``pipeline/data/models/<name>.json`` with its meta (training sets, how many documents were
excluded, examples, thresholds, CV figures) -- or, when nothing it learned beats the rules under
cross-validation, writes no file (and removes an older one). ``--exclude`` names documents (one gold-file stem a
line) that must never be training data -- a validation split.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.eval_commitments import CONFIDENCE_THRESHOLDS, SETS, pair_rows
from bench.gold import load_gold
from bench.learning import document_folds, feature_vocabulary, train_linear, tuning_documents
from pipeline.commitments import _document_context, extract_commitments
from pipeline.learned import LinearModel, forget_models, load_model, model_path, text_features
from pipeline.learned_rows import MODEL_NAME as ROW_DECISION, DROP, KEEP, NONE, drop_features, row_features, row_paragraph_kind, row_label, rules_alone
from pipeline.learned_rows import CONFIDENCE_MODEL, RIGHT, SHAPE_FEATURES_30, confidence_features, page_labels, page_shape, platt
from pipeline import learned_sentences as ls
from pipeline.actors import find_actor_mentions
from pipeline.commitments import _chapeau_parties, _introducing_party, _subject_countries
from bench.learning import SentenceRecord, document_sentences
from pipeline.model import Article
from pipeline.parse import parse_document

FOLDS = 5
FORWARD_SETS = 3  # (round 30) the forward steps read the three newest released sets
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
NEVER = 2.0  # a margin no probability lead reaches: the rules decide alone
# a row model costs about two thirds more CPU per pass (round 19: cpu_pass medians 190 -> 316 ms); under
# cross-validation it must gain at least this much whole-row F1 to be shipped (two wrong rows dropped of
# 3,195 gave +0.0003: noise, not a reason to slow every page)
MIN_F1_GAIN = 0.002


@dataclass
class RowDocument:
    """A document's gold rows, the chain's rows (as dicts), and each row's features and gold label."""
    document: str
    set_name: str
    gold: list[dict]
    rows: list[dict]
    features: list[list[str]]
    labels: list[str]
    news: bool = False  # (round 45) the page's register: the drop model has a threshold for each


def row_documents(sets: Iterable[str], exclude: set[str], sentence_words: bool = True) -> tuple[list[RowDocument], int]:
    """Every document of the tuning ``sets`` where the rule chain (without the learned decision)
    emits a row, and the number of gold rows of all their documents. A row's label is the
    category/action of the gold row the evaluator pairs it with over the whole document (a
    sentence-by-sentence pairing loses the rows of a numbered clause, "3. Each Party shall ...",
    whose number the sentence splitter cuts off), ``none`` when it pairs with none. Without ``sentence_words``
    a row's features are the drop model's (``drop_features``)."""
    found: list[RowDocument] = []
    gold_total = 0
    # (the silent-sentence reader runs after the row decision: its rows are none of the chain's rows to decide)
    with rules_alone(), ls.rules_only():
        for document, article in tuning_documents(sets, exclude):
            gold_total += len(document.rows)
            rows = extract_commitments(article)
            if not rows:
                continue
            news = _document_context(article).news_register
            dicts = [row.to_dict() for row in rows]
            labels = [NONE] * len(rows)
            for gi, pi, _ in pair_rows(document.rows, dicts):
                labels[pi] = row_label(document.rows[gi])
            words: dict[str, list[str]] = {}
            features = []
            for row in rows:
                evidence = row.evidence or ""
                kind = row_paragraph_kind(article.paragraphs, row.paragraph_index)
                if not sentence_words:
                    features.append(drop_features(row, kind, news))
                    continue
                if evidence not in words:
                    words[evidence] = text_features(evidence, "s")
                features.append(row_features(row, kind, news, words[evidence]))
            found.append(RowDocument(document.name, document.set_name, document.rows, dicts, features, labels, news))
    return found, gold_total


def _whole_right(gold: list[dict], rows: list[dict]) -> int:
    return sum(whole for _, _, whole in pair_rows(gold, rows))


def _decided(document: RowDocument, decisions: list[tuple[str | None]]) -> list[dict]:
    rows = []
    for row, label in zip(document.rows, decisions):
        if label == NONE:
            continue
        if label is not None:
            row = dict(row, category=label.split("/", 1)[0], action=label.split("/", 1)[1])
        rows.append(row)
    return rows


def _best_and_lead(model: LinearModel, chain: str, features: list[str]) -> tuple[str, float]:
    """The model's best label and its lead over the chain's label."""
    probabilities = model.probabilities(features)
    best = max(probabilities, key=probabilities.__getitem__)
    return best, probabilities[best] - probabilities.get(chain, 0.0)


def _tally_by_set(documents: list[RowDocument], base: list[int], decided: dict, change_margin: float,
                  drop_margin: float, scored: dict, news_drop_margin: float | None = None) -> dict[str, tuple[int, int]]:
    """(whole rows right, rows emitted) per set once the decisions ((chain, best, lead) per row) are
    applied; ``scored`` keeps (document index, its rows' decisions) -> (right, emitted) between calls.
    ``news_drop_margin`` (round 45): the news pages' own drop margin."""
    counts: dict[str, tuple[int, int]] = {}
    for si, s in enumerate(documents):
        page_drop_margin = news_drop_margin if news_drop_margin is not None and s.news else drop_margin
        decisions = []
        for ri in range(len(s.rows)):
            chain, best, lead = decided[si, ri]
            decisions.append(best if best != chain and lead > (page_drop_margin if best == NONE else change_margin) else None)
        if any(decisions):
            key = (si, tuple(decisions))  # margins next to each other mostly decide a page alike
            if key not in scored:
                rows = _decided(s, decisions)
                scored[key] = (_whole_right(s.gold, rows), len(rows))
            right, emitted = scored[key]
        else:
            right, emitted = base[si], len(s.rows)
        before = counts.get(s.set_name, (0, 0))
        counts[s.set_name] = (before[0] + right, before[1] + emitted)
    return counts


def _loses_a_set(documents: list[RowDocument], base: list[int], decided: dict, change_margin: float,
                 drop_margin: float, scored: dict, news_drop_margin: float | None = None) -> bool:
    rules = _tally_by_set(documents, base, decided, NEVER, NEVER, scored)
    after = _tally_by_set(documents, base, decided, change_margin, drop_margin, scored, news_drop_margin)
    return any(after[name][0] < rules[name][0] for name in rules)


def _next_margin(margin: float) -> float:
    return next((m for m in MARGINS if m > margin), NEVER)


def _next_threshold(threshold: float) -> float:
    return next((t for t in DROP_THRESHOLDS if t > threshold), NEVER)


def _train(examples: list[tuple[list[str], str]], meta: dict | None = None) -> LinearModel:
    # slow and regularised: the rules are right on nine rows in ten, so the model must learn
    # when a row is unlike the ones they get right, not memorise the training sentences
    return train_linear(ROW_DECISION, examples, epochs=4, rate=0.05, l2=1e-3, min_count=3, prune=0.05, meta=meta)


def train_row_decision(sets: Iterable[str], exclude: set[str]) -> LinearModel | None:
    """The decision over every row the chain emits: its category/action, another, or none (``--row-decision
    relabel``); or (round 45, the default) keep it or drop it."""
    sets = list(sets)
    drop = ROW_RECIPE["decision"] == DROP
    documents, gold_total = row_documents(sets, exclude, sentence_words=not drop)
    return (fit_row_drop if drop else fit_row_decision)(documents, {"sets": sets, "excluded_documents": len(exclude)},
                                                         gold_total)


# (round 45) On the tuning pages (the 265 validation pages excluded) the relabelling model gained under cross-
# validation by dropping rows alone (whole-row F1 0.7820 -> 0.7845; its changes of category/action never gained),
# and cost 31 % more instructions a pass (callgrind, 655 M -> 860 M). A binary keep/none model without the sentence's
# words drops as well (0.7820 -> 0.7845 at P(none) 0.35 official, 0.4 news; 2.6 % more instructions): the default.
# At those thresholds it also dropped right rows of the pages it was fitted on (samples among them) and of 55 of the
# tests' own sentences; the merge bar steps it to 0.6 / 0.7, where it gains 0.0010: no model is written.
ROW_RECIPE = {"decision": DROP}
DROP_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9)


def _train_drop(examples: list[tuple[list[str], str]], meta: dict | None = None) -> LinearModel:
    # the relabelling model's recipe (``_train``) on two labels
    return train_linear(ROW_DECISION, [(f, NONE if label == NONE else KEEP) for f, label in examples],
                        epochs=4, rate=0.05, l2=1e-3, min_count=3, prune=0.05, meta=meta)


def _held_out_readings(documents: list[RowDocument], train: Callable, read: Callable) -> dict[tuple[int, int], object]:
    """``read(model, document, row index)`` for every row, the model fitted by ``train`` on the other folds' pages."""
    folds = document_folds([s.document for s in documents], FOLDS)
    held: dict[tuple[int, int], object] = {}
    for fold in range(FOLDS):
        model = train([(f, label) for s in documents if folds[s.document] != fold
                       for f, label in zip(s.features, s.labels)])
        for si, s in enumerate(documents):
            if folds[s.document] == fold:
                for ri in range(len(s.features)):
                    held[si, ri] = read(model, s, ri)
    return held


def fit_row_drop(documents: list[RowDocument], meta: dict, gold_total: int) -> LinearModel | None:
    """(round 45) A keep/none model and a P(none) threshold for each register, the pair of thresholds that gives
    the best whole-row F1 under cross-validation (document folds), stepped up until the model fitted on every page
    loses no whole row right in any set (``_loses_a_set``); None when it then gains less than ``MIN_F1_GAIN`` over
    the rules (no model is shipped)."""
    # each row's P(none) from a model that never saw its page
    held = _held_out_readings(documents, _train_drop, lambda model, s, ri: model.probability_of(NONE, s.features[ri]))
    base = [_whole_right(s.gold, s.rows) for s in documents]
    scored: dict = {}

    def tally(official: float, news: float) -> tuple[int, int]:
        right = emitted = 0
        for si, s in enumerate(documents):
            threshold = news if s.news else official
            keep = tuple(held[si, ri] <= threshold for ri in range(len(s.rows)))
            if all(keep):
                right, emitted = right + base[si], emitted + len(s.rows)
                continue
            if (si, keep) not in scored:
                rows = [row for row, kept in zip(s.rows, keep) if kept]
                scored[si, keep] = (_whole_right(s.gold, rows), len(rows))
            right, emitted = right + scored[si, keep][0], emitted + scored[si, keep][1]
        return right, emitted

    def f1(counts: tuple[int, int]) -> float:
        return 2 * counts[0] / (counts[1] + gold_total) if counts[1] + gold_total else 0.0

    grid = {(o, n): tally(o, n) for o in DROP_THRESHOLDS + (NEVER,) for n in DROP_THRESHOLDS + (NEVER,)}
    rules = grid[NEVER, NEVER]
    # among equals, the higher (more cautious) thresholds
    (official, news), (right, emitted) = max(grid.items(), key=lambda item: (f1(item[1]), item[0]))
    print(f"{ROW_DECISION} (drop): {sum(len(s.rows) for s in documents)} rows in {len(documents)} documents, "
          f"{sum(label == NONE for s in documents for label in s.labels)} none; gold rows {gold_total}")
    print(f"  cross-validated ({FOLDS} document folds): rules alone right {rules[0]} / emitted {rules[1]}")
    for name, cells in (("official", [(t, NEVER) for t in DROP_THRESHOLDS]), ("news", [(NEVER, t) for t in DROP_THRESHOLDS])):
        print(f"  {name}: " + ", ".join(f"{min(c):.2f}: {grid[c][0]}/{grid[c][1]}" for c in cells))
    print(f"  best: P(none) above {official} (official), {news} (news): right {rules[0]} -> {right}, emitted "
          f"{rules[1]} -> {emitted} (F1 {f1(rules):.4f} -> {f1((right, emitted)):.4f})")
    # the relabelling model's merge bar: the model fitted on every page must not lose a whole row right in any set;
    # where it would, both thresholds step up to the next more cautious ones
    model = _train_drop([(f, label) for s in documents for f, label in zip(s.features, s.labels)])
    fitted_scored: dict = {}
    fitted = {(si, ri): (KEEP, NONE, model.probability_of(NONE, f))
              for si, s in enumerate(documents) for ri, f in enumerate(s.features)}
    while (official, news) != (NEVER, NEVER) and _loses_a_set(documents, base, fitted, NEVER, official, fitted_scored,
                                                                news):
        official, news = _next_threshold(official), _next_threshold(news)
    right, emitted = grid[official, news]
    gained = f1((right, emitted)) >= f1(rules) + MIN_F1_GAIN
    print(f"  chosen (merge bar): P(none) above {official} (official), {news} (news): right {rules[0]} -> {right}, "
          f"emitted {rules[1]} -> {emitted} (F1 {f1(rules):.4f} -> {f1((right, emitted)):.4f})"
          + ("" if gained else f": gains less than {MIN_F1_GAIN}, no model"))
    if not gained:
        return None
    model.meta.update(meta, decision=DROP, drop_threshold={"official": official, "news": news}, cv={
        "folds": FOLDS, "gold": gold_total, "rules_right": rules[0], "rules_emitted": rules[1], "right": right,
        "emitted": emitted})
    return model


def fit_row_decision(documents: list[RowDocument], meta: dict, gold_total: int) -> LinearModel | None:
    """Choose the margins by cross-validation over ``documents`` (``gold_total``: every gold row of
    their documents, documents without rows too), then fit on them all; None when no margins gain
    under cross-validation (the rules then decide alone: no model is shipped)."""
    examples = [(f, label) for s in documents for f, label in zip(s.features, s.labels)]
    # each held-out row's chain label, the model's best label and its lead over the chain's,
    # from a model that never saw the row's page
    def reading(model, s, ri):
        chain = row_label(s.rows[ri])
        return (chain,) + _best_and_lead(model, chain, s.features[ri])
    held = _held_out_readings(documents, _train, reading)
    base = [_whole_right(s.gold, s.rows) for s in documents]
    cv_scored: dict = {}
    fitted_scored: dict = {}

    def tally(change_margin: float, drop_margin: float) -> tuple[int, int]:
        counts = _tally_by_set(documents, base, held, change_margin, drop_margin, cv_scored)
        return sum(r for r, _ in counts.values()), sum(e for _, e in counts.values())

    def f1(counts: tuple[int, int]) -> float:
        right, emitted = counts
        return 2 * right / (emitted + gold_total) if emitted + gold_total else 0.0

    grid = {(cm, dm): tally(cm, dm) for cm in MARGINS + (NEVER,) for dm in MARGINS + (NEVER,)}
    base_right, base_emitted = grid[NEVER, NEVER]
    # whole-row F1 over the training pages (a dropped wrong row counts, a lost right row counts
    # more); among equals, the larger (more cautious) margins
    (change_margin, drop_margin), (right, emitted) = max(grid.items(), key=lambda item: (f1(item[1]), item[0]))
    print(f"{ROW_DECISION}: {len(examples)} rows in {len(set(s.document for s in documents))} documents, "
          f"{len(set(label for _, label in examples))} labels; gold rows {gold_total}")
    print(f"  cross-validated ({FOLDS} document folds): rules alone right {base_right} / emitted {base_emitted}")
    for name, cells in (("change only", [(cm, NEVER) for cm in MARGINS]), ("drop only", [(NEVER, dm) for dm in MARGINS])):
        print(f"  {name}: " + ", ".join(f"{min(c):.2f}: {grid[c][0]}/{grid[c][1]}" for c in cells))
    # the merge bar, on the training pages themselves: the model fitted on them all must not lose a
    # whole row right in any set; where it would, the margins step up to the next more cautious ones
    model = _train(examples)
    fitted = {(si, ri): (row_label(s.rows[ri]),) + _best_and_lead(model, row_label(s.rows[ri]), f)
              for si, s in enumerate(documents) for ri, f in enumerate(s.features)}
    while (change_margin, drop_margin) != (NEVER, NEVER) and _loses_a_set(documents, base, fitted, change_margin,
                                                                             drop_margin, fitted_scored):
        change_margin = _next_margin(change_margin)
        drop_margin = _next_margin(drop_margin)
        right, emitted = grid[change_margin, drop_margin]
    if f1(grid[change_margin, drop_margin]) < f1(grid[NEVER, NEVER]) + MIN_F1_GAIN:
        change_margin = drop_margin = NEVER  # no gain under cross-validation: the rules decide alone
        right, emitted = grid[NEVER, NEVER]
    print(f"  chosen: change margin {change_margin}, drop margin {drop_margin}: right {base_right} -> {right}, "
          f"emitted {base_emitted} -> {emitted} (F1 {f1(grid[NEVER, NEVER]):.4f} -> {f1((right, emitted)):.4f})")
    meta = dict(meta, change_margin=change_margin, drop_margin=drop_margin, cv={
        "folds": FOLDS, "gold": gold_total, "rules_right": base_right, "rules_emitted": base_emitted,
        "right": right, "emitted": emitted})
    model.meta.update(meta)
    return None if (change_margin, drop_margin) == (NEVER, NEVER) else model


# --- Round 21: the row confidence (pipeline/learned_rows.py, ``rate_rows``) ---
# A binary model of whether a row the extractor emits is right in every scored field (the evaluator's
# whole-row pairing over the document). Its raw probabilities speak for the pages it was fitted on,
# where the rules were tuned; the Platt pair that rescales them is fitted on out-of-fold predictions for
# the pages tuned least (CALIBRATION_PAGES: the newest blind sets released to tuning), so that a
# confidence of 0.8 means about eight rows in ten right on pages nobody tuned on.
CALIBRATION_PAGES = Path(__file__).with_name("confidence_calibration_pages.txt")
FORWARD_STEPS = 3  # (round 30) the newest calibration sets tested forward: written-21, -22, -23 this round
CONFIDENCE_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


@dataclass
class RatedRow:
    """One emitted row: its page, its features, whether it is right, and the rules' own confidence."""
    document: str
    features: list[str]
    right: bool
    rules_confidence: float


def calibration_pages(path: Path = CALIBRATION_PAGES) -> set[str]:
    """The gold-file stems listed in ``path`` (lines starting with # are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def calibration_sets(path: Path = CALIBRATION_PAGES) -> list[tuple[str, set[str]]]:
    """(round 26) The released blind sets of ``path``, oldest first: each starts with a line ``# set NAME``
    (stems before the first such line form a set named ``""``)."""
    sets: list[tuple[str, set[str]]] = [("", set())]
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# set "):
            sets.append((line[len("# set "):].strip(), set()))
        elif line and not line.startswith("#"):
            sets[-1][1].add(line)
    return [(name, stems) for name, stems in sets if stems]


def rated_rows(sets: Iterable[str], exclude: set[str]) -> list[RatedRow]:
    """Every row the extractor emits on the tuning ``sets`` (the rules' confidence: no model rates it),
    with the round-30 features (``confidence_features`` with the row's page and the page's rows' labels)."""
    found: list[RatedRow] = []
    with rules_alone():
        for document, article in tuning_documents(sets, exclude):
            rows = extract_commitments(article)
            if not rows:
                continue
            news = _document_context(article).news_register
            page = page_shape(article, news)
            labels = page_labels(rows)
            right = [False] * len(rows)
            for _, pi, whole in pair_rows(document.rows, [row.to_dict() for row in rows]):
                right[pi] = whole
            for row, is_right in zip(rows, right):
                kind = row_paragraph_kind(article.paragraphs, row.paragraph_index)
                found.append(RatedRow(document.name, confidence_features(row, kind, news, page, None, labels), is_right,
                                      row.confidence))
    return found


def ranking_auc(scores: list[float], right: list[bool]) -> float:
    """The chance that a right row scores above a wrong one (ties count half); 0.5 is no better than chance."""
    ranked = sorted(zip(scores, right))
    credit = 0.0
    wrong_below = 0
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        tied_right = sum(1 for _, r in ranked[i:j] if r)
        tied_wrong = (j - i) - tied_right
        credit += tied_right * (wrong_below + 0.5 * tied_wrong)
        wrong_below += tied_wrong
        i = j
    n_right = sum(1 for r in right if r)
    return credit / (n_right * wrong_below) if n_right and wrong_below else 0.5


def fit_platt(probabilities: list[float], right: list[bool], steps: int = 100) -> tuple[float, float]:
    """(a, b) of sigmoid(a * logit(p) + b) fitted to ``right``: Newton's method on the log loss, each
    step halved until the loss falls (a plain Newton step overshoots when the classes barely overlap)."""
    clipped = np.clip(np.array(probabilities, dtype=float), 1e-6, 1 - 1e-6)
    xs = np.log(clipped / (1 - clipped))
    ys = np.array([1.0 if r else 0.0 for r in right])

    def loss(a: float, b: float) -> float:
        z = a * xs + b
        return float((np.logaddexp(0.0, z) - ys * z).sum())

    a, b = 1.0, 0.0
    current = loss(a, b)
    for _ in range(steps):
        q = 1.0 / (1.0 + np.exp(-np.clip(a * xs + b, -50, 50)))
        gradient = np.array([((q - ys) * xs).sum(), (q - ys).sum()])
        w = q * (1 - q) + 1e-9
        hessian = np.array([[(w * xs * xs).sum(), (w * xs).sum()], [(w * xs).sum(), w.sum()]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-6 and loss(a - size * step[0], b - size * step[1]) > current:
            size /= 2
        if size <= 1e-6:
            break
        a, b = a - size * float(step[0]), b - size * float(step[1])
        previous, current = current, loss(a, b)
        if previous - current < 1e-9:
            break
    return round(a, 5), round(b, 5)


# (round 33) How the row confidence is fitted (``--confidence-fit``, ``--confidence-l2``, ``--platt-sets``).
# "newton": logistic regression fitted to convergence (``fit_logistic``); "sgd": the stochastic gradient of
# ``train_linear`` (rounds 21-32). SGD's last step leaves a model's level to chance: the weights every row carries
# (its register, its rules' confidence, its paragraph kind) move with each of the last rows seen, so two fits on
# nearly the same rows gave the same pages mean probabilities of 0.79 and 0.62 (round 32's retrain against its
# forward step). The Platt pair, fitted on the five fold models' out-of-fold predictions, then rescaled a full model
# whose level was another one: round 32's retrain rated its blind set at 0.49 where 0.66 of the rows were right.
# Fitted to convergence, a fold model and the full model share their level and the pair carries over.
CONFIDENCE_RECIPE = {"fit": "newton", "l2": 3.0, "platt_sets": 1}


def fit_logistic(name: str, examples: list[tuple[list[str], bool]], *, l2: float = 3.0, min_count: int = 2,
                 prune: float = 0.01, steps: int = 50, meta: dict | None = None) -> LinearModel:
    """(round 33) A two-label ``LinearModel`` (RIGHT, "wrong") whose log-odds are fitted to convergence: Newton's
    method on the log loss plus ``l2``/2 times the squared weights (the bias is not penalised), each step halved
    until the loss falls. Deterministic and independent of the rows' order; features seen in fewer than
    ``min_count`` examples are dropped, weights below ``prune`` (per label: half the log-odds) not kept."""
    vocabulary, column = feature_vocabulary(examples, min_count)
    xs = np.zeros((len(examples), len(vocabulary) + 1))
    xs[:, -1] = 1.0
    for k, (features, _) in enumerate(examples):
        for feature in features:
            i = column.get(feature)
            if i is not None:
                xs[k, i] = 1.0
    ys = np.array([1.0 if right else 0.0 for _, right in examples])
    penalty = np.full(len(vocabulary) + 1, l2)
    penalty[-1] = 0.0

    def loss(w: np.ndarray) -> float:
        z = xs @ w
        return float((np.logaddexp(0.0, z) - ys * z).sum() + 0.5 * (penalty * w * w).sum())

    w = np.zeros(len(vocabulary) + 1)
    current = loss(w)
    for _ in range(steps):
        q = 1.0 / (1.0 + np.exp(-np.clip(xs @ w, -50, 50)))
        gradient = xs.T @ (q - ys) + penalty * w
        hessian = (xs * (q * (1 - q))[:, None]).T @ xs + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-6 and loss(w - size * step) > current:
            size /= 2
        if size <= 1e-6:
            break
        w = w - size * step
        previous, current = current, loss(w)
        if previous - current < 1e-7:
            break
    kept = {f: [(0, float(w[i] / 2)), (1, float(-w[i] / 2))] for f, i in column.items() if abs(w[i] / 2) >= prune}
    info = {"examples": len(examples), "features": len(kept),
            "label_counts": {RIGHT: int(ys.sum()), "wrong": int(len(ys) - ys.sum())},
            "fit": "newton", "l2": l2, "min_count": min_count}
    info.update(meta or {})
    return LinearModel(name, [RIGHT, "wrong"], [float(w[-1] / 2), float(-w[-1] / 2)], kept, info)


def _train_confidence(rows: list[RatedRow], meta: dict | None = None) -> LinearModel:
    if CONFIDENCE_RECIPE["fit"] == "newton":
        return fit_logistic(CONFIDENCE_MODEL, [(r.features, r.right) for r in rows], l2=CONFIDENCE_RECIPE["l2"],
                            meta=meta)
    return train_linear(CONFIDENCE_MODEL, [(r.features, RIGHT if r.right else "wrong") for r in rows],
                        epochs=10, rate=0.2, l2=1e-4, min_count=2, prune=0.01, meta=meta)


def _platt_pages(sets: list[tuple[str, set[str]]], before: int) -> set[str]:
    """(round 33) The pages the Platt pair is fitted on: the ``CONFIDENCE_RECIPE["platt_sets"]`` newest of
    ``sets[:before]`` (round 26: the newest alone)."""
    chosen = sets[max(0, before - CONFIDENCE_RECIPE["platt_sets"]):before]
    return set().union(*(stems for _, stems in chosen)) if chosen else set()


def reliability(scores: list[float], right: list[bool]) -> dict:
    """Rows, mean confidence and share right per confidence bin; rows, right and precision at each threshold
    (and recall: the share of the right rows kept)."""
    bins = {}
    for low, high in CONFIDENCE_BINS:
        inside = [(s, r) for s, r in zip(scores, right) if low <= s < high]
        if inside:
            bins[f"{low:.1f}-{min(high, 1.0):.1f}"] = {
                "rows": len(inside), "mean_confidence": round(sum(s for s, _ in inside) / len(inside), 3),
                "right": round(sum(r for _, r in inside) / len(inside), 3)}
    at = {}
    total_right = sum(1 for r in right if r)
    for threshold in CONFIDENCE_THRESHOLDS:
        kept = [r for s, r in zip(scores, right) if s >= threshold]
        at[str(threshold)] = {"rows": len(kept), "right": sum(kept),
                              "precision": round(sum(kept) / len(kept), 3) if kept else None,
                              "recall": round(sum(kept) / total_right, 3) if total_right else None}
    return {"bins": bins, "at_least": at}


def _out_of_fold(rows: list[RatedRow]) -> list[float]:
    """Each row's probability from a model fitted on the other folds' documents."""
    folds = document_folds([r.document for r in rows], FOLDS)
    held: list[float] = [0.0] * len(rows)
    for fold in range(FOLDS):
        model = _train_confidence([r for r in rows if folds[r.document] != fold])
        for i, r in enumerate(rows):
            if folds[r.document] == fold:
                held[i] = model.probability_of(RIGHT, r.features)
    return held


def _rated(scale: tuple[float, float], probabilities: list[float], rows: list[RatedRow]) -> list[float]:
    """The confidence a user sees: the rescaled probability, never above the rules' own."""
    return [min(r.rules_confidence, platt(p, scale)) for p, r in zip(probabilities, rows)]


def _print_figures(title: str, scores: list[float], rows: list[RatedRow]) -> dict:
    right = [r.right for r in rows]
    table = reliability(scores, right)
    figures = {"rows": len(rows), "right": sum(right), "auc": round(ranking_auc(scores, right), 3),
               "auc_rules_confidence": round(ranking_auc([r.rules_confidence for r in rows], right), 3),
               "mean_confidence": round(sum(scores) / max(1, len(scores)), 3),
               "share_right": round(sum(right) / max(1, len(right)), 3), "reliability": table}
    kept = table["at_least"].get("0.8", {})
    print(f"  {title}: {len(rows)} rows, {sum(right)} right; AUC {figures['auc']:.3f} (the rules' own "
          f"{figures['auc_rules_confidence']:.3f}); mean confidence {figures['mean_confidence']:.3f}, share right "
          f"{figures['share_right']:.3f}; >= 0.8: {kept.get('rows')} rows, precision {kept.get('precision')}, "
          f"recall {kept.get('recall')}")
    print("    " + "; ".join(f"{name}: {cell['rows']} rows, mean {cell['mean_confidence']:.2f} -> right {cell['right']:.2f}"
                          for name, cell in table["bins"].items()))
    return figures


def held_out_set(rows: list[RatedRow], sets: list[tuple[str, set[str]]], held_out: int, forward: bool = False) -> dict:
    """(round 26) The confidence on a released blind set it never saw: the model is fitted on every other row,
    its Platt pair on the out-of-fold predictions for the newest of the other sets, and the set's rows are rated
    the way the extractor rates them. ``forward`` (round 30): a forward step, the way the next blind set meets
    the model -- fitted without the set and every newer one, its Platt pair on the set before."""
    name, stems = sets[held_out]
    if forward:
        later = set().union(*(s for _, s in sets[held_out:]))
        others = [r for r in rows if r.document not in later]
        newest = _platt_pages(sets, held_out)
        return _held_out_figures(f"{name} forward (trained on the sets before)", others, newest,
                                 [r for r in rows if r.document in stems])
    others = [r for r in rows if r.document not in stems]
    newest = _platt_pages([s for i, s in enumerate(sets) if i != held_out], len(sets) - 1)
    return _held_out_figures(f"{name} held out", others, newest, [r for r in rows if r.document in stems])


def _held_out_figures(title: str, others: list[RatedRow], newest: set[str], test: list[RatedRow]) -> dict:
    """Figures on ``test`` of a model fitted on ``others``, its Platt pair on the out-of-fold predictions for the
    rows of ``newest``."""
    held = _out_of_fold(others)
    on_newest = [i for i, r in enumerate(others) if r.document in newest]
    scale = fit_platt([held[i] for i in on_newest], [others[i].right for i in on_newest])
    model = _train_confidence(others)
    return _print_figures(title, _rated(scale, [model.probability_of(RIGHT, r.features) for r in test],
                                                     test), test)


def _current_model() -> LinearModel | None:
    """(round 33) The row confidence in the models directory now (the one a retrain replaces), if it reads the
    round-30 features the trainer rates rows with."""
    path = model_path(CONFIDENCE_MODEL)
    try:
        model = LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
    return model if model.meta.get("features") == SHAPE_FEATURES_30 else None


def train_row_confidence(sets: Iterable[str], exclude: set[str]) -> LinearModel | None:
    """The row confidence: fitted on every row of the tuning sets, rescaled (Platt) on the out-of-fold
    predictions for the newest calibration set alone (round 26: the pages tuned least; fitted on every
    calibration set, the pages tuned for rounds made it over-confident on each new blind set); None when it
    ranks the newest set's rows no better than the rules' own confidence does. Prints, for each calibration
    set, the figures of a model that never saw it (``held_out_set``): the newest set is the honest test."""
    sets = list(sets)
    rows = rated_rows(sets, exclude)
    documents = {r.document for r in rows}
    blind = [(name, stems - exclude) for name, stems in calibration_sets()]
    blind = [(name, stems & documents) for name, stems in blind if stems & documents]
    if not blind:
        raise ValueError(f"{CALIBRATION_PAGES}: none of its pages is in the tuning sets")
    print(f"{CONFIDENCE_MODEL}: {len(rows)} rows in {len(documents)} documents, {sum(r.right for r in rows)} right; "
          f"calibration sets {', '.join(name or '(unnamed)' for name, _ in blind)}")
    held_out, forward = {}, {}
    if len(blind) > 1:
        print("  each calibration set held out (model and Platt pair fitted without it, Platt on the newest other set):")
        for i in range(len(blind)):
            held_out[blind[i][0]] = held_out_set(rows, blind, i)
        print(f"  forward steps (round 30: trained on the sets before, Platt on the one before; the honest test):")
        current = _current_model()
        for i in range(max(1, len(blind) - FORWARD_STEPS), len(blind)):
            forward[blind[i][0]] = held_out_set(rows, blind, i, forward=True)
            if current is not None:  # (round 33) the model shipped now, on the same rows (forward only if it never saw them)
                test = [r for r in rows if r.document in blind[i][1]]
                _print_figures(f"{blind[i][0]}, the model shipped now", _rated(
                    tuple(current.meta.get("platt") or (1.0, 0.0)),
                    [current.probability_of(RIGHT, r.features) for r in test], test), test)
    held = _out_of_fold(rows)
    platt_pages = _platt_pages(blind, len(blind))
    newest_name = ", ".join(name for name, stems in blind if stems & platt_pages)
    on_newest = [i for i, r in enumerate(rows) if r.document in platt_pages]
    newest_rows = [rows[i] for i in on_newest]
    scale = fit_platt([held[i] for i in on_newest], [r.right for r in newest_rows])
    print(f"  shipped: Platt a={scale[0]}, b={scale[1]} on {newest_name}'s out-of-fold predictions "
          f"({CONFIDENCE_RECIPE['fit']} fit, l2 {CONFIDENCE_RECIPE['l2']})")
    figures = _print_figures(f"{newest_name} out of fold", _rated(scale, [held[i] for i in on_newest], newest_rows),
                             newest_rows)
    if figures["auc"] <= figures["auc_rules_confidence"]:
        return None
    model = _train_confidence(rows, {"sets": sets, "excluded_documents": len(exclude), "features": SHAPE_FEATURES_30})
    model.meta.update(platt=list(scale), recipe=dict(CONFIDENCE_RECIPE), cv={
        "folds": FOLDS, "rows": len(rows), "right": sum(r.right for r in rows),
        "calibration_set": newest_name, "calibration_pages": len({r.document for r in newest_rows}),
        "calibration_rows": len(newest_rows), "auc_all": round(ranking_auc(held, [r.right for r in rows]), 3),
        "auc_calibration": figures["auc"], "auc_rules_confidence": figures["auc_rules_confidence"],
        "reliability": figures["reliability"], "held_out": held_out, "forward": forward})
    return model


# --- Round 19: the reader of the sentences the chain leaves silent (pipeline/learned_sentences.py) ---
# ``silent_detector``: every sentence of the tuning sets (positives: a gold anchor in it; the news
# set's no-deal pages are negatives like every other sentence without one); ``silent_category``: the
# sentences of the gold rows, labelled ``category/action``. The threshold on detector x category
# probability is chosen by document-level cross-validation: train on four folds, read the fifth's
# silent sentences the way the extractor will, count whole rows right and emitted; the threshold kept is
# the lowest at which the rows read are right at least SILENT_PRECISION of the time and none is on a
# news page (the merge bar: emitted rows may not grow by more than right rows).
SILENT_PRECISION = 0.75
# (round 24) the merge bar asks rows added to a register to be right at least as often as that register's rows
# already are; each register's threshold asks its own precision, the written open pages' at round 24 (whole
# rows right / emitted: official 0.855, news 0.734)
# (round 26) the rows read under cross-validation come from folds the models never saw: their precision is that of
# unseen pages, so each register asks what the extractor's rows are right on unseen pages (the validation split at
# round 26's start, totals only: official 0.727, news 0.532), not the in-sample precision of the pages the rules were
# tuned on (the bar checks those with the model fitted on them all)
# (round 27) the validation split's at round 27's start (official 266 / 396 = 0.672, news 107 / 255 = 0.420; round
# 26's blind set joined the written pages, so the split is lower than round 26's)
# (round 28) the validation split's at round 28's start (official 266 / 376 = 0.707, news 111 / 251 = 0.442)
# (round 29) the validation split's at round 29's start (official 252 / 360 = 0.700, news 105 / 226 = 0.465)
SILENT_PRECISION_BY_REGISTER = {"official": 0.70, "news": 0.46}
# weights smaller than this are not kept: the models ship as small files (a weight of 0.02 moves a
# probability by well under 1%)
SILENT_PRUNE = 0.02
SILENT_THRESHOLDS = [round(0.3 + 0.025 * i, 3) for i in range(28)]
# (round 39) the detector trained on the readable sentences alone gives lower probabilities (its positives are fewer):
# its thresholds start lower
SILENT_THRESHOLDS_READABLE = [round(0.1 + 0.025 * i, 3) for i in range(36)]


def _silent_thresholds() -> list[float]:
    return SILENT_THRESHOLDS_READABLE if SILENT_RECIPE.get("positive") == "readable" else SILENT_THRESHOLDS
# (round 26) a threshold needs this many rows right across the folds: at round 26 the news curve's only band above
# the precision asked was one row right of one at 0.975, which is no evidence of a precision
SILENT_MIN_RIGHT = 5


@dataclass
class SilentSentence:
    document: str
    record: SentenceRecord
    paragraph: object
    start: int
    end: int
    chapeau: str
    chapeau_actors: list
    detector: list[str]
    category: list[str]
    silent: bool
    shape: list[str] | None = None  # (round 30) the detector's shape features (``--detector-features shape``)
    # (round 39) the reader reads it (silent, through the trigger gate, not ruled out), and it holds a gold row the
    # slots read whole right when handed that row's category/action (``readable_rows``)
    read: bool = False
    readable: int = 0


@dataclass
class SilentDocument:
    name: str
    set_name: str
    context: object
    sentences: list[SilentSentence]


def silent_documents(sets: Iterable[str], exclude: set[str]) -> list[SilentDocument]:
    documents = []
    for gold, article in tuning_documents(sets, exclude):
        # the silent sentences are those the rules leave silent, whatever models are shipped or were
        # just written by this run (the row decision trains first)
        with ls.rules_only(), rules_alone():
            chain = extract_commitments(article)
        records = document_sentences(gold.name, gold.set_name, article, gold.rows, chain)
        document = SilentDocument(gold.name, gold.set_name, _document_context(article),
                                  _sentences(gold.name, article, records))
        for s in document.sentences:
            s.read = s.silent and ls._holds_trigger(s.record.text, "page:news" in s.detector) \
                and not ls.ruled_out(s.record.text, s.context)
            s.readable = readable_rows(document, s) if s.read and s.record.gold else 0
        documents.append(document)
    return documents


class _Forced:
    """(round 39) A reader stand-in for ``ls.sentence_rows(..., label=...)``: every label passes."""
    @staticmethod
    def threshold_for(news: bool) -> float:
        return 0.0


def _antecedent(document: SilentDocument, s: SilentSentence):
    """The extractor's antecedent for a sentence no party is named in (``ls.silent_sentence_rows``): the party a
    description at its head names, (after a fronted time) the one subject party of the sentence before, else the party of
    the page's chain row told last before it."""
    from pipeline.commitments import described_subject_party

    def antecedent(after_time=False):
        described = described_subject_party(s.record.text, s.paragraph, s.start, s.context)
        if described:
            return described
        if after_time:
            # (round 45) as the extractor since round 43: after a fronted time, the one subject party of the sentence
            # just before (the trainer's sentences skip headings, as the extractor's look back does)
            at = document.sentences.index(s)
            previous = document.sentences[at - 1].record.text if at else ""
            told = ls.sentence_parties(previous, s.context.on, find_actor_mentions)[1] if previous else []
            if len(told) == 1:
                return told[0]
        before = [row for t in document.sentences for row in t.record.predicted
                  if row.actor and row.char_start < s.record.char_start]
        return max(before, key=lambda row: row.char_start).actor if before else None
    return antecedent


def _read_rows(document: SilentDocument, s: SilentSentence, models, label: str | None = None) -> list:
    return ls.sentence_rows(s.record.text, s.paragraph, s.start, s.end, s.chapeau, "page:news" in s.detector,
                            s.context, find_actor_mentions, s.chapeau_actors, models, _antecedent(document, s), label)


def readable_rows(document: SilentDocument, s: SilentSentence) -> int:
    """(round 39) How many of the sentence's gold rows the slots read whole right when handed each one's
    category/action: the ceiling of the slots, and the detector's positives (a sentence whose commitment the slots
    cannot read gives a wrong row or none, whatever the detector says)."""
    right = 0
    for gold in s.record.gold:
        if gold.get("category") and gold.get("action"):
            rows = _read_rows(document, s, _Forced, f"{gold['category']}/{gold['action']}")
            right += any(whole for _, _, whole in pair_rows([gold], [row.to_dict() for row in rows]))
    return right


def _sentences(name: str, article: Article, records: list[SentenceRecord]) -> list[SilentSentence]:
    context = _document_context(article)
    heads = ls.chapeaus(article)
    news = ls._is_news(article)
    paragraphs = {p.index: p for p in article.paragraphs}
    out = []
    for record in records:
        paragraph = paragraphs[record.paragraph_index]
        if paragraph.kind in ("heading", "table_row"):
            continue
        chapeau = heads.get(paragraph.index, "")
        named, subject = ls.sentence_parties(record.text, context.on, find_actor_mentions)
        chapeau_actors = (_introducing_party(chapeau, context.on) or _subject_countries(chapeau, context.on)
                          or _chapeau_parties(chapeau, context)) if chapeau else []
        silent = not record.predicted
        out.append(SilentSentence(name, record, paragraph, record.char_start - paragraph.char_start,
                            record.char_end - paragraph.char_start, chapeau, chapeau_actors,
                            ls.detector_features(record.text, paragraph.kind, chapeau, news, len(named),
                                                 bool(subject), silent),
                            ls.category_features(record.text, chapeau), silent,
                            ls.detector_features(record.text, paragraph.kind, chapeau, news, len(named),
                                                 bool(subject), silent, True)))
        out[-1].context = context
    return out


# (round 30) the detector's recipe, set from the command line: "words" (every word and pair, rounds 19-29) or
# "shape" (``ls.shape_features``), its L2 penalty, and where its thresholds are chosen: "cv" (the document folds,
# rounds 19-29) or "forward" (the forward steps over the newest released sets, ``silent_forward``)
SILENT_RECIPE = {"features": "words", "l2": 1e-3, "threshold_from": "cv",
                 # (round 39) the detector's examples: every sentence ("all", rounds 19-38) or the sentences the reader
                 # reads ("read": silent, through the trigger gate, not ruled out); its positives: a gold row in the
                 # sentence ("gold") or one the slots read whole right ("readable"); the folds read with the extractor's
                 # antecedent (``_antecedent``, round 39) or without (rounds 29-38). Cross-validated at round 39 (rows
                 # right / emitted at each register's threshold, official + news): all/gold 97/134, read/gold 102/148,
                 # read/readable 72/91 (its positives are few: thresholds from 0.1)
                 "domain": "all", "positive": "gold", "antecedent": True}


def _silent_detector(documents: list[SilentDocument], meta: dict | None = None):
    shape = SILENT_RECIPE["features"] == "shape"
    readable = SILENT_RECIPE.get("positive") == "readable"
    examples = [(s.shape if shape else s.detector, "yes" if (s.readable if readable else s.record.gold) else "no")
                for d in documents for s in d.sentences if SILENT_RECIPE.get("domain") != "read" or s.read]
    meta = dict(meta or {}, features=SILENT_RECIPE["features"])
    return train_linear(ls.DETECTOR, examples, epochs=8, l2=SILENT_RECIPE["l2"], min_count=3, prune=SILENT_PRUNE,
                        meta=meta)


def _silent_category(documents: list[SilentDocument], meta: dict | None = None):
    examples = [(s.category, f"{g.get('category')}/{g.get('action')}") for d in documents for s in d.sentences
                for g in s.record.gold if g.get("category") and g.get("action")]
    # (76 labels: a feature is kept for the labels it moves by more than 0.05, and only if seen 5 times)
    return train_linear(ls.CATEGORY, examples, epochs=8, l2=1e-3, min_count=5, prune=2.5 * SILENT_PRUNE, meta=meta)


def silent_read_fold(documents: list[SilentDocument], detector, category) -> list[tuple[float, int, int]]:
    """(probability, rows emitted, rows whole-right) for each silent sentence the reader would read."""
    models = ls._Reader(detector, category)
    models.threshold = models.news_threshold = min(_silent_thresholds())
    found = []
    for document in documents:
        chain = [row for s in document.sentences for row in s.record.predicted]
        for s in document.sentences:
            if not s.silent or not ls._holds_trigger(s.record.text, "page:news" in s.detector) or ls.ruled_out(s.record.text, s.context):
                continue  # (as the extractor: sentences the chain read or its rules rule out are not read)
            if SILENT_RECIPE.get("antecedent"):
                rows = _read_rows(document, s, models)
            else:
                rows = ls.sentence_rows(s.record.text, s.paragraph, s.start, s.end, s.chapeau,
                                        "page:news" in s.detector, s.context, find_actor_mentions, s.chapeau_actors, models)
            rows = [row for row in rows if not any(ls._same_term(row, other) for other in chain)]
            if not rows:
                continue
            pairs = pair_rows(s.record.gold, [row.to_dict() for row in rows])
            found.append((rows[0].confidence, len(rows), sum(whole for _, _, whole in pairs), document.set_name,
                          "page:news" in s.detector))
    return found


def silent_curve(read: list, news_register: bool | None = None) -> dict:
    """Rows emitted and right (and on the news set) at each threshold; ``news_register``: only the sentences
    of pages in that register (news by the page's shape, as the reader decides it), None: all."""
    curve = {}
    for threshold in _silent_thresholds():
        kept = [r for r in read if r[0] >= threshold and (news_register is None or r[4] == news_register)]
        curve[threshold] = {"emitted": sum(r[1] for r in kept), "right": sum(r[2] for r in kept),
                            "news_emitted": sum(r[1] for r in kept if r[3] == "news")}
    return curve


def silent_cross_validate_by_register(documents: list[SilentDocument], folds: int = FOLDS) -> dict[str, dict]:
    """(round 23) The cross-validated curve of the official pages and of the news pages apart (the news
    register's rows are right far less often: one threshold for both let the official pages' rows carry
    the news pages' below the precision asked)."""
    fold_of = document_folds([d.name for d in documents], folds)
    read = []
    for k in range(folds):
        train = [d for d in documents if fold_of[d.name] != k]
        test = [d for d in documents if fold_of[d.name] == k]
        read += silent_read_fold(test, _silent_detector(train), _silent_category(train))
    return {"official": silent_curve(read, False), "news": silent_curve(read, True)}


def silent_forward(documents: list[SilentDocument], held: list[tuple[str, set[str]]]) -> dict[str, dict]:
    """(round 30) Forward steps: for each released set (``calibration_sets``, oldest first) in ``held``, the models
    trained on every document but that set's and the later sets', read on that set's documents -- the way a round's
    models meet the next round's unseen pages. Returns each register's curve over the held sets pooled, and each
    set's own under ``"by_set"``."""
    read_all, by_set = [], {}
    for index, (name, stems) in enumerate(held):
        later = set().union(*(names for _, names in held[index:]))
        train = [d for d in documents if d.name not in later]
        test = [d for d in documents if d.name in stems]
        read = silent_read_fold(test, _silent_detector(train), _silent_category(train))
        by_set[name] = {"documents": len(test), "official": silent_curve(read, False), "news": silent_curve(read, True)}
        read_all += read
    return {"official": silent_curve(read_all, False), "news": silent_curve(read_all, True), "by_set": by_set}


def silent_threshold(curve: dict, precision: float = SILENT_PRECISION) -> float:
    """Among the thresholds at which the rows read are right at least ``precision`` of the time and none is
    on the news set's pages, the one with the most rows right less ``precision`` times the rows emitted (round
    23: the lowest such one took bands of rows all wrong under cross-validation, carried by the precision of
    the rows above them; round 24: each band kept must itself be right about as often as asked, not only
    more often than wrong; round 26: and at least SILENT_MIN_RIGHT rows right); among equals the highest. 1.0: none
    qualifies (no learned row)."""
    best, best_net = 1.0, None
    for threshold in sorted(curve):
        point = curve[threshold]
        if point["right"] >= SILENT_MIN_RIGHT and point["right"] >= precision * point["emitted"] \
                and point["news_emitted"] == 0:
            net = point["right"] - precision * point["emitted"]
            if best_net is None or net >= best_net - 1e-9:
                best, best_net = threshold, net
    return best


_SILENT_CACHE: dict = {}


def _silent_loaded(sets: Iterable[str], exclude: set[str]) -> list[SilentDocument]:
    """The documents, read once per run for both models."""
    key = (tuple(sets), frozenset(exclude))
    if key not in _SILENT_CACHE:
        _SILENT_CACHE.clear()
        _SILENT_CACHE[key] = silent_documents(key[0], exclude)
    return _SILENT_CACHE[key]


def train_silent_detector(sets: Iterable[str], exclude: set[str]) -> LinearModel | None:
    """The silent-sentence detector, its threshold chosen by cross-validation (None: no threshold at
    which the folds' rows are right often enough; the reader then adds nothing)."""
    documents = _silent_loaded(sets, exclude)
    shipped = load_model(ls.DETECTOR)  # (round 41) before this run overwrites it: the thresholds ``--keep-threshold`` keeps
    shipped_thresholds = {} if shipped is None else {
        "official": float(shipped.meta.get("threshold", 0.5)),
        "news": float(shipped.meta.get("threshold_news", shipped.meta.get("threshold", 0.5)))}
    if SILENT_RECIPE.get("threshold_from") == "forward":
        curves = silent_forward(documents, [(name, stems - exclude) for name, stems in calibration_sets()[-FORWARD_SETS:]])
        curves.pop("by_set")
    else:
        curves = silent_cross_validate_by_register(documents)
    for register, curve in curves.items():
        for threshold, point in curve.items():
            print(f"{ls.DETECTOR} {register} {threshold:.3f}: emitted {point['emitted']:4d} right {point['right']:4d} "
                  f"news set {point['news_emitted']}")
    # each register's threshold by the same rule (right at least its register's precision, no row on the news
    # set's pages); a register where no threshold qualifies gets no learned row from these models
    threshold = silent_threshold(curves["official"], SILENT_PRECISION_BY_REGISTER["official"])
    news_threshold = silent_threshold(curves["news"], SILENT_PRECISION_BY_REGISTER["news"])
    print(f"{ls.DETECTOR}: threshold official {threshold}, news {news_threshold}")
    chosen = {"official": threshold, "news": news_threshold}
    # (round 41) a register named by ``--keep-threshold`` keeps the shipped detector's threshold (its old reading's cut),
    # the rule's choice recorded beside it: round 40's and 41's retrains moved the official cut from 0.55 to 0.9 / 0.925
    # and lost white-house rows the old cut kept
    kept = {}
    for register in SILENT_RECIPE.get("keep_threshold", ()):
        if shipped_thresholds.get(register) is not None:
            kept[register] = shipped_thresholds[register]
            print(f"{ls.DETECTOR}: {register} keeps the shipped threshold {kept[register]} (the rule's {chosen[register]})")
    threshold, news_threshold = kept.get("official", threshold), kept.get("news", news_threshold)
    if threshold >= 1.0 and news_threshold >= 1.0:
        return None
    return _silent_detector(documents, {
        "sets": list(sets), "excluded": len(exclude), "excluded_names": sorted(exclude), "folds": FOLDS,
        "threshold": threshold, "threshold_news": news_threshold, "precision_required": SILENT_PRECISION_BY_REGISTER,
        "threshold_from": SILENT_RECIPE.get("threshold_from", "cv"),
        **({"threshold_rule": chosen, "threshold_kept": sorted(kept)} if kept else {}),
        "cv": {str(t): p for t, p in curves["official"].items() if p["emitted"]},
        "cv_news": {str(t): p for t, p in curves["news"].items() if p["emitted"]}})


def train_silent_category(sets: Iterable[str], exclude: set[str]) -> LinearModel | None:
    """The silent-sentence reader's category/action model (the gold rows' sentences)."""
    return _silent_category(_silent_loaded(sets, exclude), {
        "sets": list(sets), "excluded": len(exclude), "excluded_names": sorted(exclude)})


# (rounds 27-40 ``train_silent_detector_news`` / ``train_silent_category_news`` wrote a news register's pair: the main
# pair trained again by the same recipe; round 41: the main pair keeps a news threshold, and no second pair is written)


MODELS: dict[str, Callable[[Iterable[str], set[str]], LinearModel | None]] = {
    ROW_DECISION: train_row_decision,
    ls.DETECTOR: train_silent_detector,
    ls.CATEGORY: train_silent_category,
    CONFIDENCE_MODEL: train_row_confidence,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", help="a file of document names (gold-file stems), one a line, never trained on")
    parser.add_argument("--model", choices=sorted(MODELS), action="append", help="only this model (repeatable)")
    parser.add_argument("--detector-features", choices=("words", "shape"), default="words",
                        help="(round 30) the silent detector's features: every word (default) or the sentence's shape")
    parser.add_argument("--detector-l2", type=float, default=1e-3, help="(round 30) the silent detector's L2 penalty")
    parser.add_argument("--threshold-from", choices=("cv", "forward"), default="cv",
                        help="(round 30) the silent detector's thresholds from the document folds (default) or from the "
                             "forward steps over the newest released sets")
    parser.add_argument("--keep-threshold", choices=("official", "news"), action="append", default=[],
                        help="(round 41) this register keeps the shipped silent detector's threshold (repeatable); the "
                             "cross-validated rule's is recorded in the model's meta as threshold_rule")
    parser.add_argument("--forward", action="store_true",
                        help="(round 30) print the silent pair's forward steps (train on the sets before each of "
                             "the newest released sets, read that set) and write no model")
    parser.add_argument("--confidence-fit", choices=("newton", "sgd"), default=CONFIDENCE_RECIPE["fit"],
                        help="(round 33) the row confidence fitted to convergence (default) or by the stochastic "
                             "gradient of rounds 21-32")
    parser.add_argument("--confidence-l2", type=float, default=CONFIDENCE_RECIPE["l2"],
                        help="(round 33) the row confidence's L2 penalty (newton fit)")
    parser.add_argument("--platt-sets", type=int, default=CONFIDENCE_RECIPE["platt_sets"],
                        help="(round 33) the row confidence's Platt pair fitted on this many newest calibration sets")
    parser.add_argument("--row-decision", choices=(DROP, "relabel"), default=ROW_RECIPE["decision"],
                        help="(round 45) the row decision only drops rows (default) or also relabels them (rounds 19-44)")
    args = parser.parse_args(argv)
    ROW_RECIPE.update(decision=args.row_decision)
    CONFIDENCE_RECIPE.update(fit=args.confidence_fit, l2=args.confidence_l2, platt_sets=max(1, args.platt_sets))
    SILENT_RECIPE.update(features=args.detector_features, l2=args.detector_l2, threshold_from=args.threshold_from,
                         keep_threshold=tuple(args.keep_threshold))
    exclude: set[str] = set()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as handle:
            exclude = {line.strip() for line in handle if line.strip()}
    if args.forward:
        documents = _silent_loaded(SETS, exclude)
        held = [(name, stems - exclude) for name, stems in calibration_sets()[-FORWARD_SETS:]]
        result = silent_forward(documents, held)
        for name, sets in [(n, {"official": r["official"], "news": r["news"]}) for n, r in result["by_set"].items()] + [
                ("pooled", result)]:
            for register in ("official", "news"):
                line = " ".join(f"{t:.3f}:{p['right']}/{p['emitted']}" for t, p in sets[register].items()
                                if p["emitted"] and round(t * 40) % 2 == 0)
                print(f"forward {name} {register}: {line}")
        for register in ("official", "news"):
            print(f"forward threshold {register}: "
                  f"{silent_threshold(result[register], SILENT_PRECISION_BY_REGISTER[register])}")
        return 0
    for name in args.model or sorted(MODELS):
        model = MODELS[name](SETS, exclude)
        path = model_path(name)
        if model is None:
            # nothing learned that beats the rules on pages the model did not see: ship no model
            # (an older file would go on deciding)
            path.unlink(missing_ok=True)
            print(f"{name}: no gain under cross-validation; no model written ({path.name} absent: the rules decide alone)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size // 1024} KB, {len(model.weights)} features)")
    forget_models()
    return 0


if __name__ == "__main__":
    sys.exit(main())
