"""The gold annotations stay usable: vocabularies, required keys, and anchors that are
really in the documents as our parser reads them (white-house ones only where
../shared/data is present)."""
from __future__ import annotations

import pytest
import yaml

from bench.gold import anchor_in, load_gold
from pipeline.parse import parse_document
from pipeline.warehouse import PROJECT_ROOT

VOCABULARIES = yaml.safe_load((PROJECT_ROOT / "pipeline" / "data" / "vocabularies.yaml").read_text())
CODES = r"^(?:[A-Z]{3}|ASEAN)$"
FIELDS = {
    "commitments": {"category": "category", "action": "action", "status": "status"},
    "statements": {"kind": "statement_kind", "speaker_type": "speaker_type"},
}


# The held-out sets (docs/gold-format.md, "Held-out set") are checked like the others.
GOLD_SETS = ("samples", "white-house", "news", "written", "white-house-holdout-5", "written-holdout-32")


def _documents(kind: str):
    return [doc for set_name in GOLD_SETS for doc in load_gold(kind, set_name)]


@pytest.mark.parametrize("kind", ["commitments", "statements"])
def test_gold_rows_use_the_vocabularies(kind):
    import re

    problems = []
    for doc in _documents(kind):
        for number, row in enumerate(doc.rows):
            if not row.get("anchor"):
                problems.append(f"{doc.gold_file.name} #{number}: no anchor")
            for field, vocabulary in FIELDS[kind].items():
                value = row.get(field)
                if value is not None and value not in VOCABULARIES[vocabulary]:
                    problems.append(f"{doc.gold_file.name} #{number}: {field}={value!r}")
            for field in ("actor", "counterparty"):
                value = row.get(field)
                if value is not None and not re.match(CODES, value):
                    problems.append(f"{doc.gold_file.name} #{number}: {field}={value!r}")
    assert not problems, "\n".join(problems[:20])


def test_every_sample_has_both_gold_files():
    samples = {p.stem for p in (PROJECT_ROOT / "samples").iterdir() if p.suffix in (".html", ".htm", ".txt")}
    for kind in ("commitments", "statements"):
        annotated = {doc.name for doc in load_gold(kind, "samples")}
        assert samples == annotated, f"{kind}: missing {sorted(samples - annotated)}, extra {sorted(annotated - samples)}"


@pytest.mark.parametrize("kind", ["commitments", "statements"])
def test_every_anchor_is_in_its_document(kind):
    documents = [doc for doc in _documents(kind) if doc.path is not None]
    if not any(doc.set_name.startswith("white-house") for doc in documents):
        print("../shared/data absent: checking the sample corpus's anchors only")
    missing = []
    for doc in documents:
        if not doc.rows:  # a page about no deal: nothing to locate, and parsing it costs time
            continue
        body = parse_document(doc.path.read_bytes(), doc.path.name).body
        missing += [f"{doc.name}: {row['anchor']!r}" for row in doc.rows if not anchor_in(row["anchor"], body)]
    assert not missing, "\n".join(missing[:20])


@pytest.mark.parametrize("set_name", ["samples", "written", "written-holdout-32"])
def test_pages_we_ship_resolve_inside_the_project(set_name):
    """Our own pages live in the repository: a gold file naming its page by an absolute
    path (a writer's worktree) would resolve to nothing on another machine, and the
    evaluator would silently leave its rows out of every figure."""
    unresolved = [f"{doc.name}: {doc.document}" for doc in load_gold("commitments", set_name) if doc.path is None]
    assert not unresolved, "\n".join(unresolved[:20])


@pytest.mark.parametrize("set_name, count", [("white-house-holdout-5", 8), ("written-holdout-32", 96), ("written", 1584)])
def test_holdout_anchors_are_short_unique_and_in_one_sentence(set_name, count):
    """The held-out sets keep the anchor rule with no exceptions: 3-8 words, once in
    the parsed body, inside one sentence -- so the evaluator can pair every row."""
    from bench.gold import normalise
    from pipeline.sentences import split_sentences

    documents = load_gold("commitments", set_name)
    if count is not None:  # None: a set still being annotated
        assert len(documents) == count, f"expected {count} documents in {set_name}, found {len(documents)}"
    if not documents:
        pytest.skip(f"{set_name}: no gold files yet")
    present = [doc for doc in documents if doc.path is not None]
    if not present:
        pytest.skip(f"../shared/data absent (set TRADEDEALS_SHARED_DATA): {set_name} anchors not checked")
    problems = []
    for doc in present:
        article = parse_document(doc.path.read_bytes(), doc.path.name)
        body = normalise(article.body)
        sentences = [normalise(p.text[start:end]) for p in article.paragraphs
                     for start, end in split_sentences(p.text)]
        for row in doc.rows:
            anchor = normalise(row["anchor"])
            words = len(anchor.split())
            if not 3 <= words <= 8:
                problems.append(f"{doc.name}: {row['anchor']!r} has {words} words")
            if body.count(anchor) != 1:
                problems.append(f"{doc.name}: {row['anchor']!r} occurs {body.count(anchor)} times")
            if not any(anchor in sentence for sentence in sentences):
                problems.append(f"{doc.name}: {row['anchor']!r} is not within one sentence")
    assert not problems, "\n".join(problems[:20])
