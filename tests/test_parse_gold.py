"""Every gold anchor (docs/gold-format.md) must be in the body the parser gives:
an anchor the parser loses is a fact no extractor can find."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.parse import parse_document

PROJECT_ROOT = Path(__file__).resolve().parents[1]
from bench.gold import shared_data_path  # noqa: E402

SHARED_DATA = shared_data_path()
GOLD_FILES = sorted((PROJECT_ROOT / "tests" / "gold").glob("*/*/*.json"))
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """As the gold format says: lower case, curly quotes and dashes straight, one space."""
    return re.sub(r"\s+", " ", text.lower().translate(_QUOTES))


def document_path(document: str) -> Path:
    # Our own pages (samples/, and the written held-out set under tests/gold/) live in the project.
    return PROJECT_ROOT / document if document.startswith(("samples/", "tests/gold/")) else SHARED_DATA / document


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}")
def test_gold_anchors_are_in_the_parsed_body(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = document_path(gold.get("document", ""))
    if not path.is_file():
        pytest.skip(f"{path} not found (shared data absent, or document not written yet)")
    body = normalise(parse_document(path.read_bytes(), path.name).body)
    rows = gold.get("commitments", []) + gold.get("statements", [])
    missing = [row["anchor"] for row in rows if row.get("anchor") and normalise(row["anchor"]) not in body]
    assert not missing, f"anchors not in the parsed body of {path.name}: {missing}"
