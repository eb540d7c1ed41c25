"""Materialisation metadata: row counts and a small preview on every asset."""

from typing import Any, Iterable, Sequence

import dagster as dg

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"


def preview(rows: Sequence[dict], columns: Iterable[str]) -> dg.MetadataValue:
    columns = list(columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows[:PREVIEW_ROWS]:
        lines.append("| " + " | ".join(_cell(row.get(c)) for c in columns) + " |")
    return dg.MetadataValue.md("\n".join(lines))


def counts(**tables: int) -> dict[str, dg.MetadataValue]:
    return {f"{name}_rows" if name != "rows" else "dagster/row_count": dg.MetadataValue.int(n)
            for name, n in tables.items()}
