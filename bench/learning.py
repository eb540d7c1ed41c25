"""Training data and training for the learned decisions (pipeline/learned.py).

    from bench.learning import training_sentences, train_linear, document_folds

``training_sentences`` walks the gold sets' documents and gives one ``SentenceRecord`` per
sentence of each article body: its text and place, the gold rows anchored in it, and the rows
the extractor emits for it, each paired with its gold row the way the evaluator pairs them.
``train_linear`` fits a ``LinearModel`` (multinomial logistic regression, stochastic gradient
with a fixed seed: the same examples give the same model). ``document_folds`` splits
documents, not sentences, so a cross-validated figure never scores a page the model saw.

Only tuning sets are read (``bench.eval_commitments.SETS``); the held-out sets never are, and
``exclude`` leaves out named documents (a validation split).
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from bench.eval_commitments import SETS, pair_rows
from bench.gold import GoldDocument, load_gold, normalise
from pipeline.commitments import extract_commitments
from pipeline.learned import LinearModel
from pipeline.model import Article, Commitment
from pipeline.parse import parse_document
from pipeline.sentences import split_sentences


@dataclass
class SentenceRecord:
    document: str  # the gold file's stem
    set_name: str
    paragraph_index: int
    paragraph_kind: str
    text: str
    char_start: int  # offsets into the article body
    char_end: int
    gold: list[dict] = field(default_factory=list)  # gold rows whose anchor is in this sentence
    predicted: list[Commitment] = field(default_factory=list)  # the extractor's rows with this evidence
    # for each predicted row, the gold row it pairs with (None: a row the gold does not have)
    paired_gold: list[dict | None] = field(default_factory=list)


def article_sentences(article: Article) -> Iterator[tuple[int, str, str, int, int]]:
    """(paragraph index, paragraph kind, sentence text, body start, body end) for every sentence."""
    for paragraph in article.paragraphs:
        for start, end in split_sentences(paragraph.text):
            yield (paragraph.index, paragraph.kind, paragraph.text[start:end],
                   paragraph.char_start + start, paragraph.char_start + end)


def document_sentences(name: str, set_name: str, article: Article, gold_rows: list[dict],
                       predicted: list[Commitment]) -> list[SentenceRecord]:
    """One record per sentence of ``article``, with its gold and predicted rows attached."""
    records = [SentenceRecord(name, set_name, index, kind, text, start, end)
               for index, kind, text, start, end in article_sentences(article)]
    normalised = [normalise(r.text) for r in records]
    for row in gold_rows:
        anchor = normalise(row.get("anchor"))
        home = next((r for r, text in zip(records, normalised) if anchor and anchor in text), None)
        if home is not None:
            home.gold.append(row)
    by_offset = {(r.char_start, r.char_end): r for r in records}
    for row in predicted:
        home = by_offset.get((row.char_start, row.char_end)) or next(
            (r for r in records if r.char_start <= row.char_start < r.char_end), None)
        if home is not None:
            home.predicted.append(row)
    for record in records:
        predicted_dicts = [row.to_dict() for row in record.predicted]
        record.paired_gold = [None] * len(record.predicted)
        for gi, pi, _ in pair_rows(record.gold, predicted_dicts):
            record.paired_gold[pi] = record.gold[gi]
    return records


def tuning_documents(sets: Iterable[str] = SETS, exclude: Iterable[str] = ()) -> Iterator[tuple[GoldDocument, Article]]:
    """Each gold document of the tuning ``sets`` on this machine, but ``exclude``, with its parsed article."""
    skip = set(exclude)
    for set_name in sets:
        if set_name not in SETS:
            raise ValueError(f"{set_name!r} is not a tuning set ({', '.join(SETS)}): held-out sets are never trained on")
        for document in load_gold("commitments", set_name):
            if document.path is None or document.name in skip:
                continue
            yield document, parse_document(document.path.read_bytes(), document.path.name)


def training_sentences(sets: Iterable[str] = SETS, exclude: Iterable[str] = ()) -> list[SentenceRecord]:
    """Every sentence of every document of the tuning ``sets`` on this machine, but ``exclude``."""
    records: list[SentenceRecord] = []
    for document, article in tuning_documents(sets, exclude):
        records += document_sentences(document.name, document.set_name, article, document.rows,
                                      extract_commitments(article))
    return records


def document_folds(names: Iterable[str], folds: int) -> dict[str, int]:
    """A fold number for each document name, from a hash of the name (stable across runs and machines)."""
    return {name: int(hashlib.sha1(name.encode()).hexdigest(), 16) % folds for name in sorted(set(names))}


def feature_vocabulary(examples: list[tuple[list[str], object]], min_count: int) -> tuple[list[str], dict[str, int]]:
    """The features seen in at least ``min_count`` examples, sorted, and each one's column."""
    counts: dict[str, int] = {}
    for features, _ in examples:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    return vocabulary, {f: i for i, f in enumerate(vocabulary)}


def train_linear(name: str, examples: list[tuple[list[str], str]], *, epochs: int = 10, rate: float = 0.2,
                 l2: float = 1e-4, min_count: int = 2, prune: float = 1e-3, seed: int = 0,
                 meta: dict | None = None) -> LinearModel:
    """Fit a multinomial logistic model to (features, label) examples.

    Features seen in fewer than ``min_count`` examples are dropped (they cannot generalise);
    weights below ``prune`` in magnitude are not kept. Deterministic for a given ``seed``.
    """
    if not examples:
        raise ValueError(f"model {name!r}: no training examples")
    labels = sorted({label for _, label in examples})
    if len(labels) < 2:
        raise ValueError(f"model {name!r}: one label only ({labels[0]!r}); nothing to decide")
    vocabulary, column = feature_vocabulary(examples, min_count)
    label_index = {label: i for i, label in enumerate(labels)}
    rows = [(np.array(sorted({column[f] for f in features if f in column}), dtype=np.int64), label_index[label])
            for features, label in examples]
    weights = np.zeros((len(vocabulary), len(labels)))
    bias = np.zeros(len(labels))
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            columns, target = rows[i]
            scores = weights[columns].sum(axis=0) + bias
            scores -= scores.max()
            probabilities = np.exp(scores)
            probabilities /= probabilities.sum()
            probabilities[target] -= 1.0  # the gradient of the log loss
            if len(columns):
                weights[columns] -= step * (probabilities + l2 * weights[columns])
            bias -= step * probabilities
    kept: dict[str, list[tuple[int, float]]] = {}
    for feature, i in column.items():
        pairs = [(j, float(w)) for j, w in enumerate(weights[i]) if abs(w) >= prune]
        if pairs:
            kept[feature] = pairs
    info = {"examples": len(examples), "features": len(kept),
            "label_counts": {label: sum(1 for _, l in examples if l == label) for label in labels},
            "epochs": epochs, "rate": rate, "l2": l2, "min_count": min_count, "seed": seed}
    info.update(meta or {})
    return LinearModel(name, labels, [float(b) for b in bias], kept, info)
