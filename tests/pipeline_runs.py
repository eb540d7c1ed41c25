"""Helpers for tests that run the whole pipeline in-process on a temporary warehouse."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import dagster as dg

from assets.run import RunSummary, run_main_job
from pipeline.warehouse import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "samples"


def write_sources(folder: Path, corpus: Path) -> Path:
    """A sources.yaml with one local source reading ``corpus``."""
    path = folder / "sources.yaml"
    path.write_text(
        "sources:\n"
        "  - name: test-corpus\n"
        "    type: local\n"
        f"    path: {json.dumps(str(corpus))}\n",
        encoding="utf-8",
    )
    return path


def run_pipeline(warehouse: Path, sources: Path, *, day: date = date(2025, 11, 3),
                 expectations: Path | None = None) -> RunSummary:
    return run_main_job(warehouse, sources, day, instance=dg.DagsterInstance.ephemeral(),
                        expectations_dir=expectations)
