"""Versioned releases: staged Parquet files, validated, then published atomically.

Public API:
    stage_release(con, warehouse) -> StagedRelease     Parquet per table into staging/
    read_staged_table(staged, table) -> DataFrame       what the quality gates validate
    publish_release(staged, warehouse, validation, pipeline_version) -> Path
    latest_release(warehouse) -> Path | None
    write_changes(folder, previous) -> dict           changes.parquet: ids against the previous release

A release folder is never written in place: it is assembled in staging/ and renamed
into releases/ only after every blocking check passed; the `latest` pointer is then
switched with an atomic rename. A failed check leaves releases/ untouched.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import yaml

from pipeline.warehouse import PROJECT_ROOT, PUBLISHED_TABLES, Warehouse, load_query

DATA_DICTIONARY = PROJECT_ROOT / "pipeline" / "data" / "data_dictionary.yaml"
LATEST_LINK = "latest"
LATEST_FILE = "LATEST"
# Order rows by their identifier so equal content gives equal files.
ORDER_BY = {
    "articles": "article_id",
    "commitments": "commitment_id",
    "statements": "statement_id",
    "actors": "actor_id",
    "deals": "deal_id",
}


# The fact tables whose ids a user cites; changes.parquet maps them across releases.
CHANGED_TABLES = ("commitments", "statements")
CHANGES_FILE = "changes.parquet"


class ReleaseError(RuntimeError):
    """A release that cannot be published as asked; the message names the folder."""


@dataclass
class StagedRelease:
    version: str
    folder: Path
    row_counts: dict[str, int]

    def parquet_path(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"


def new_version(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H%M%S") + f".{now.microsecond // 1000:03d}Z"


def stage_release(con: duckdb.DuckDBPyConnection, warehouse: Warehouse, version: str | None = None) -> StagedRelease:
    """Write each published view to staging/<version>/<table>.parquet (zstd)."""
    version = version or new_version()
    folder = warehouse.staging_dir / version
    if folder.exists() or (warehouse.releases_dir / version).exists():
        raise ReleaseError(f"release version {version} already exists under {warehouse.root}")
    folder.mkdir(parents=True)
    counts: dict[str, int] = {}
    for table in PUBLISHED_TABLES:
        relation = con.table(f"published_{table}").order(ORDER_BY[table])
        relation.write_parquet(str(folder / f"{table}.parquet"), compression="zstd")
        counts[table] = relation.aggregate("count(*)").fetchall()[0][0]
    return StagedRelease(version=version, folder=folder, row_counts=counts)


CANDIDATE_FILE = "candidate.json"
VALIDATION_FOLDER = "validation"


def save_candidate(warehouse: Warehouse, staged: StagedRelease) -> None:
    """Name the staged release the quality gates and the publisher should use."""
    pointer = warehouse.staging_dir / CANDIDATE_FILE
    tmp = pointer.with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": staged.version, "row_counts": staged.row_counts}), encoding="utf-8")
    os.replace(tmp, pointer)


def load_candidate(warehouse: Warehouse) -> StagedRelease:
    pointer = warehouse.staging_dir / CANDIDATE_FILE
    try:
        record = json.loads(pointer.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReleaseError(f"no staged release: {pointer} is missing; materialise release_candidate first") from None
    folder = warehouse.staging_dir / record["version"]
    if not folder.is_dir():
        raise ReleaseError(f"staged release {folder} is gone (already published or discarded)")
    return StagedRelease(version=record["version"], folder=folder, row_counts=record["row_counts"])


def save_validation(staged: StagedRelease, table: str, result: dict[str, Any]) -> None:
    folder = staged.folder / VALIDATION_FOLDER
    folder.mkdir(exist_ok=True)
    (folder / f"{table}.json").write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")


def load_validation(staged: StagedRelease) -> dict[str, Any]:
    folder = staged.folder / VALIDATION_FOLDER
    if not folder.is_dir():
        return {}
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def read_staged_table(staged: StagedRelease, table: str):
    import pyarrow.parquet as pq

    return pq.read_table(staged.parquet_path(table)).to_pandas()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _parquet_schema(path: Path) -> list[dict[str, str]]:
    import pyarrow.parquet as pq

    return [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(path)]


def build_manifest(staged: StagedRelease, validation: dict[str, Any], pipeline_version: str,
                   extra: dict[str, Any] | None = None) -> dict[str, Any]:
    tables = {}
    for table in PUBLISHED_TABLES:
        path = staged.parquet_path(table)
        tables[table] = {
            "file": path.name,
            "rows": staged.row_counts[table],
            "bytes": path.stat().st_size,
            "sha256": _sha256(path),
            "schema": _parquet_schema(path),
        }
    return {
        "version": staged.version,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "pipeline_version": pipeline_version,
        "tables": tables,
        "validation": validation,
        **(extra or {}),
    }


def write_changes(folder: Path, previous: Path | None) -> dict[str, Any]:
    """changes.parquet: what became of every commitment and statement of the previous release.

    An id is a hash of the row's content, so a corrected value or status, or a new
    extractor version, gives a fact a new id; this table lets a user who cited the old
    id find the new one (warehouse/queries/release_changes.sql says how facts pair).
    Returns the manifest's summary: the previous version and the count of each change.
    """
    con = duckdb.connect()
    summary: dict[str, Any] = {"previous_version": previous.name if previous else None}
    try:
        parts = []
        for table in CHANGED_TABLES:
            keys = load_query(f"release_keys_{table}")
            con.sql(keys, params={"path": str(folder / f"{table}.parquet")}).create("current_facts")
            earlier = previous / f"{table}.parquet" if previous else None
            if earlier is not None and earlier.exists():
                con.sql(keys, params={"path": str(earlier)}).create("previous_facts")
            else:  # the first release, or a previous one without this table: every fact is new
                con.execute("CREATE TABLE previous_facts AS SELECT * FROM current_facts LIMIT 0")
            name = f"changes_{table}"
            con.sql(load_query("release_changes")).create(name)
            con.execute("DROP TABLE previous_facts; DROP TABLE current_facts")
            parts.append(f"SELECT '{table}' AS fact_table, * FROM {name}")
            counts = dict(con.execute(f"SELECT change, count(*) FROM {name} GROUP BY change").fetchall())
            summary[table] = {change: counts.get(change, 0) for change in ("unchanged", "revised", "removed", "added")}
        con.sql(" UNION ALL ".join(parts)).write_parquet(str(folder / CHANGES_FILE), compression="zstd")
    finally:
        con.close()
    return summary


def describe_changes(folder: Path) -> str | None:
    """One line on what a published release changed since the one before it ("commitments:
    3 revised, 2 added, 1 removed; statements: unchanged"), from its manifest; None for a
    release made before changes.parquet existed."""
    try:
        changes = json.loads((folder / "manifest.json").read_text(encoding="utf-8")).get("changes")
    except (OSError, ValueError):
        return None
    if not changes:
        return None
    if changes.get("previous_version") is None:
        return "first release: every fact added"
    parts = []
    for table in CHANGED_TABLES:
        counts = changes.get(table) or {}
        moved = [f"{counts[kind]} {kind}" for kind in ("revised", "added", "removed") if counts.get(kind)]
        parts.append(f"{table}: {', '.join(moved) if moved else 'unchanged'}")
    return f"since {changes['previous_version']}: " + "; ".join(parts)


def write_data_dictionary(folder: Path, manifest: dict[str, Any]) -> Path:
    """DATA_DICTIONARY.md: every published column with its type and meaning."""
    described = yaml.safe_load(DATA_DICTIONARY.read_text(encoding="utf-8"))
    lines = [f"# tradedeals release {manifest['version']}", "",
             f"Pipeline version {manifest['pipeline_version']}, created {manifest['created_at']}.", ""]
    for table, info in manifest["tables"].items():
        entry = described.get(table, {})
        lines += [f"## {table} ({info['rows']} rows, `{info['file']}`)", "", entry.get("description", ""), "",
                  "| column | type | meaning |", "|---|---|---|"]
        columns = entry.get("columns", {})
        for column in info["schema"]:
            lines.append(f"| {column['name']} | {column['type']} | {columns.get(column['name'], '')} |")
        lines.append("")
    changes = manifest.get("changes")
    if changes is not None and (folder / CHANGES_FILE).exists():
        entry = described["changes"]
        since = changes["previous_version"] or "no earlier release: every fact is added"
        lines += [f"## changes (`{CHANGES_FILE}`, against {since})", "", entry["description"], "",
                  "| column | meaning |", "|---|---|"]
        lines += [f"| {name} | {meaning} |" for name, meaning in entry["columns"].items()]
        lines.append("")
    path = folder / "DATA_DICTIONARY.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_catalog(folder: Path) -> Path:
    """catalog.duckdb: the release's tables, loaded from its Parquet files.

    Tables rather than views: a DuckDB view stores its file path and resolves a
    relative one against the reader's working directory, so views would break as
    soon as the release is opened elsewhere, moved or downloaded.
    """
    path = folder / "catalog.duckdb"
    con = duckdb.connect(str(path))
    try:
        for table in PUBLISHED_TABLES:
            con.read_parquet(str(folder / f"{table}.parquet")).create(table)
        if (folder / CHANGES_FILE).exists():
            con.read_parquet(str(folder / CHANGES_FILE)).create("changes")
    finally:
        con.close()
    return path


def _point_latest(releases_dir: Path, version: str) -> None:
    link_tmp = releases_dir / f".{LATEST_LINK}.tmp"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    link_tmp.symlink_to(version, target_is_directory=True)
    os.replace(link_tmp, releases_dir / LATEST_LINK)
    file_tmp = releases_dir / f".{LATEST_FILE}.tmp"
    file_tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(file_tmp, releases_dir / LATEST_FILE)


def publish_release(staged: StagedRelease, warehouse: Warehouse, validation: dict[str, Any],
                    pipeline_version: str, extra: dict[str, Any] | None = None) -> Path:
    """Finish the staged folder and move it into releases/, then switch `latest`."""
    failed = [table for table, result in validation.items() if not result.get("success")]
    missing = [table for table in PUBLISHED_TABLES if table not in validation]
    if failed or missing:
        raise ReleaseError(
            f"refusing to publish {staged.version}: checks failed for {failed or 'none'}, "
            f"not run for {missing or 'none'}"
        )
    changes = write_changes(staged.folder, latest_release(warehouse))
    manifest = build_manifest(staged, validation, pipeline_version, {"changes": changes, **(extra or {})})
    (staged.folder / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n",
                                                  encoding="utf-8")
    write_data_dictionary(staged.folder, manifest)
    write_catalog(staged.folder)
    warehouse.releases_dir.mkdir(parents=True, exist_ok=True)
    target = warehouse.releases_dir / staged.version
    if target.exists():
        raise ReleaseError(f"{target} already exists; releases are never overwritten")
    os.rename(staged.folder, target)
    _point_latest(warehouse.releases_dir, staged.version)
    return target


def latest_release(warehouse: Warehouse) -> Path | None:
    pointer = warehouse.releases_dir / LATEST_FILE
    if not pointer.exists():
        return None
    return warehouse.releases_dir / pointer.read_text(encoding="utf-8").strip()


def discard_staged(warehouse: Warehouse, keep: str | None = None) -> None:
    """Remove staged folders of earlier, unpublished attempts."""
    if not warehouse.staging_dir.exists():
        return
    for folder in warehouse.staging_dir.iterdir():
        if folder.name != keep:
            shutil.rmtree(folder, ignore_errors=True)
