"""Train the silent-sentence reader's two models (pipeline/learned_sentences.py).

    python -m bench.train_silent --exclude NAMES_FILE [--folds 5] [--no-write]

``silent_detector``: every sentence of the tuning sets (positives: a gold anchor in it; the news
set's no-deal pages are negatives like every other sentence without one). ``silent_category``:
the sentences of the gold rows, labelled ``category/action``. The threshold on detector x
category probability is chosen by document-level cross-validation (``document_folds``): train on
four folds, read the fifth's silent sentences the way the extractor will, count whole rows right
and emitted; the threshold kept is the lowest at which the rows read are right at least
``PRECISION`` of the time (the merge bar: emitted rows may not grow by more than right rows).
Documents named in ``--exclude`` are never read.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass

from bench.eval_commitments import SETS, pair_rows
from bench.gold import load_gold
from bench.learning import SentenceRecord, document_folds, document_sentences, train_linear
from pipeline import learned_sentences as ls
from pipeline.actors import find_actor_mentions
from pipeline.commitments import _chapeau_parties, _document_context, _introducing_party, _ruled_out, _subject_countries
from pipeline.commitments import extract_commitments
from pipeline.learned import MODELS_DIR, forget_models
from pipeline.model import Article
from pipeline.parse import parse_document

PRECISION = 0.75
# weights smaller than this are not kept: the models ship as small files (a weight of 0.02 moves a
# probability by well under 1%)
PRUNE = 0.02
THRESHOLDS = [round(0.3 + 0.025 * i, 3) for i in range(28)]


@dataclass
class Sentence:
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


@dataclass
class Document:
    name: str
    set_name: str
    context: object
    sentences: list[Sentence]


def load_documents(sets=SETS, exclude=()) -> list[Document]:
    skip = set(exclude)
    documents = []
    for set_name in sets:
        if set_name not in SETS:
            raise ValueError(f"{set_name!r} is not a tuning set: held-out sets are never trained on")
        for gold in load_gold("commitments", set_name):
            if gold.path is None or gold.name in skip:
                continue
            article = parse_document(gold.path.read_bytes(), gold.path.name)
            with ls.rules_only():  # the silent sentences are those the rules leave silent, whatever models are shipped
                chain = extract_commitments(article)
            records = document_sentences(gold.name, set_name, article, gold.rows, chain)
            documents.append(Document(gold.name, set_name, _document_context(article),
                                      _sentences(gold.name, article, records)))
    return documents


def _sentences(name: str, article: Article, records: list[SentenceRecord]) -> list[Sentence]:
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
        out.append(Sentence(name, record, paragraph, record.char_start - paragraph.char_start,
                            record.char_end - paragraph.char_start, chapeau, chapeau_actors,
                            ls.detector_features(record.text, paragraph.kind, chapeau, news, len(named),
                                                 bool(subject), silent),
                            ls.category_features(record.text, chapeau), silent))
        out[-1].context = context
    return out


def train_detector(documents: list[Document], meta: dict | None = None):
    examples = [(s.detector, "yes" if s.record.gold else "no") for d in documents for s in d.sentences]
    return train_linear(ls.DETECTOR, examples, epochs=8, l2=1e-3, min_count=3, prune=PRUNE, meta=meta)


def train_category(documents: list[Document], meta: dict | None = None):
    examples = [(s.category, f"{g.get('category')}/{g.get('action')}") for d in documents for s in d.sentences
                for g in s.record.gold if g.get("category") and g.get("action")]
    # (76 labels: a feature is kept for the labels it moves by more than 0.05, and only if seen 5 times)
    return train_linear(ls.CATEGORY, examples, epochs=8, l2=1e-3, min_count=5, prune=2.5 * PRUNE, meta=meta)


def read_fold(documents: list[Document], detector, category) -> list[tuple[float, int, int]]:
    """(probability, rows emitted, rows whole-right) for each silent sentence the reader would read."""
    models = ls._Reader(detector, category)
    models.threshold = min(THRESHOLDS)
    found = []
    for document in documents:
        chain = [row for s in document.sentences for row in s.record.predicted]
        for s in document.sentences:
            if not s.silent or not ls._holds_trigger(s.record.text) or _ruled_out(s.record.text, s.context):
                continue  # (as the extractor: sentences the chain read or its rules rule out are not read)
            rows = ls.sentence_rows(s.record.text, s.paragraph, s.start, s.end, s.chapeau,
                                    "page:news" in s.detector, s.context, find_actor_mentions, s.chapeau_actors, models)
            rows = [row for row in rows if not any(ls._same_term(row, other) for other in chain)]
            if not rows:
                continue
            pairs = pair_rows(s.record.gold, [row.to_dict() for row in rows])
            found.append((rows[0].confidence, len(rows), sum(whole for _, _, whole in pairs), document.set_name))
    return found


def cross_validate(documents: list[Document], folds: int = 5) -> dict:
    fold_of = document_folds([d.name for d in documents], folds)
    read = []
    for k in range(folds):
        train = [d for d in documents if fold_of[d.name] != k]
        test = [d for d in documents if fold_of[d.name] == k]
        read += read_fold(test, train_detector(train), train_category(train))
    curve = {}
    for threshold in THRESHOLDS:
        kept = [r for r in read if r[0] >= threshold]
        curve[threshold] = {"emitted": sum(r[1] for r in kept), "right": sum(r[2] for r in kept),
                            "news_emitted": sum(r[1] for r in kept if r[3] == "news")}
    return curve


def choose_threshold(curve: dict) -> float:
    for threshold in sorted(curve):
        point = curve[threshold]
        if point["emitted"] and point["right"] >= PRECISION * point["emitted"] and point["news_emitted"] == 0:
            return threshold
    return 1.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", help="a file of document names (one a line) never to read")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    exclude = []
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as handle:
            exclude = [line.strip() for line in handle if line.strip()]
    documents = load_documents(SETS, exclude)
    curve = cross_validate(documents, args.folds)
    for threshold, point in curve.items():
        print(f"{threshold:.3f} emitted {point['emitted']:4d} right {point['right']:4d} news {point['news_emitted']}")
    threshold = choose_threshold(curve)
    print("threshold", threshold)
    meta = {"sets": list(SETS), "excluded": len(exclude), "excluded_names": sorted(exclude), "folds": args.folds,
            "threshold": threshold, "cv": {str(t): p for t, p in curve.items() if p["emitted"]}}
    detector = train_detector(documents, meta)
    category = train_category(documents, {"sets": list(SETS), "excluded": len(exclude), "excluded_names": sorted(exclude)})
    if not args.no_write:
        MODELS_DIR.mkdir(parents=True, exist_ok=True)
        for model in (detector, category):
            (MODELS_DIR / f"{model.name}.json").write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
        forget_models()
        ls.forget_reader()
    print(f"detector {len(detector.weights)} features, category {len(category.weights)} features, {len(category.labels)} labels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
