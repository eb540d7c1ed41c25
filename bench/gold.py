"""Load the team's gold annotations (docs/gold-format.md) and match anchors.

Shared by the commitment and statement evaluators:

    from bench.gold import load_gold, normalise, anchor_in, shared_data_dir

``load_gold("commitments", "samples")`` reads ``tests/gold/commitments/samples/*.json``
and resolves each file's ``document``: ``samples/...`` and ``tests/gold/...`` (pages
we wrote ourselves, e.g. the written held-out set) against the project root,
``white-house/...`` against the shared data folder (``../shared/data`` beside the
project, or ``$TRADEDEALS_SHARED_DATA``). A document whose file is absent gets
``path = None``; callers skip it and say so.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
GOLD_ROOT = PROJECT_ROOT / "tests" / "gold"
SHARED_DATA_ENV = "TRADEDEALS_SHARED_DATA"

# The list key each gold kind keeps its rows under.
_ROWS_KEY = {"commitments": "commitments", "statements": "statements"}

_QUOTES = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ",
})
_WHITESPACE = re.compile(r"\s+")


@dataclass
class GoldDocument:
    name: str  # the gold file's stem (= the document's file stem)
    set_name: str  # samples | white-house
    document: str  # as written in the gold file: "samples/x.html"
    path: Path | None  # resolved file, None when it is not on this machine
    rows: list[dict] = field(default_factory=list)
    gold_file: Path | None = None


def shared_data_path() -> Path:
    """Where the shared development data is looked for: $TRADEDEALS_SHARED_DATA, else
    the ``shared/data`` folder beside the project (a fresh clone has none)."""
    override = os.environ.get(SHARED_DATA_ENV)
    return Path(override) if override else PROJECT_ROOT / ".." / "shared" / "data"


def shared_data_dir() -> Path | None:
    """The shared development data folder, or None when this machine has none."""
    folder = shared_data_path()
    return folder.resolve() if folder.is_dir() else None


def resolve_document(document: str) -> Path | None:
    """The file a gold ``document`` value names, or None when it is absent."""
    if document.startswith(("samples/", "tests/gold/")):  # our own pages live in the project
        path = PROJECT_ROOT / document
    else:
        shared = shared_data_dir()
        if shared is None:
            return None
        path = shared / document
    return path if path.is_file() else None


def load_gold(kind: str, set_name: str) -> list[GoldDocument]:
    """Every gold file of ``kind`` (commitments | statements) in ``set_name``, by name."""
    if kind not in _ROWS_KEY:
        raise ValueError(f"unknown gold kind {kind!r}; expected one of {sorted(_ROWS_KEY)}")
    folder = GOLD_ROOT / kind / set_name
    documents: list[GoldDocument] = []
    if not folder.is_dir():
        return documents
    for gold_file in sorted(folder.glob("*.json")):
        try:
            data = json.loads(gold_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ValueError(f"{gold_file}: not a readable gold file ({error})") from error
        document = str(data.get("document") or f"{set_name}/{gold_file.stem}.html")
        rows = data.get(_ROWS_KEY[kind]) or []
        documents.append(
            GoldDocument(gold_file.stem, set_name, document, resolve_document(document), list(rows),
                         gold_file)
        )
    return documents


def normalise(text: str | None) -> str:
    """Lower case, curly quotes and dashes made straight, white space runs made one space."""
    if not text:
        return ""
    return _WHITESPACE.sub(" ", text.translate(_QUOTES).lower()).strip()


def anchor_in(anchor: str | None, text: str | None) -> bool:
    """Whether the gold ``anchor`` occurs in ``text`` once both are normalised."""
    needle = normalise(anchor)
    return bool(needle) and needle in normalise(text)
