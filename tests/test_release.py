"""Releases: staged, gated, published once, never overwritten; `latest` moves atomically."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import duckdb
import pytest
import yaml

from pipeline.release import (
    DATA_DICTIONARY, ReleaseError, latest_release, publish_release, stage_release,
)
from pipeline.warehouse import PUBLISHED_TABLES, Warehouse, replace_partition, replace_table

DAY = date(2025, 5, 12)
NOW = datetime(2025, 5, 12, 9, tzinfo=timezone.utc)
PASSED = {table: {"success": True, "evaluated": 1, "failures": []} for table in PUBLISHED_TABLES}


def _fill(warehouse: Warehouse) -> None:
    with warehouse.connect() as con:
        replace_partition(con, "articles", DAY, [{
            "article_id": "a" * 16, "url": "local://s/a.html", "source": "s", "title": "Truce",
            "authors": ["Ann Lee"], "published_at": NOW, "body": "Tariffs fall to 30 per cent.",
            "word_count": 5, "content_sha256": "0" * 64, "fetched_at": NOW}])
        replace_partition(con, "commitments", DAY, [{
            "commitment_id": "c" * 16, "article_id": "a" * 16, "actor": "USA", "category": "tariff",
            "action": "reduce", "products": [], "value_to": 30.0, "unit": "percent", "conditional": False,
            "confidence": 0.9, "mentions": 1, "evidence": "Tariffs fall to 30 per cent.",
            "paragraph_index": 0, "char_start": 0, "char_end": 28, "extractor_version": "t"}])
        replace_table(con, "actors", [{"actor_id": "country:USA", "name": "United States", "kind": "country",
                                       "country": "USA", "aliases": ["US"]}])


def _publish(warehouse: Warehouse, version: str, validation=PASSED):
    with warehouse.connect() as con:
        staged = stage_release(con, warehouse, version)
    return publish_release(staged, warehouse, validation, "9.9.9")


def test_published_release_has_files_manifest_dictionary_and_catalog(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    folder = _publish(warehouse, "v1")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["pipeline_version"] == "9.9.9"
    assert {t: manifest["tables"][t]["rows"] for t in PUBLISHED_TABLES} == {
        "articles": 1, "commitments": 1, "statements": 0, "actors": 1, "deals": 0}
    assert "body" not in {c["name"] for c in manifest["tables"]["articles"]["schema"]}
    con = duckdb.connect(str(folder / "catalog.duckdb"), read_only=True)
    assert con.execute("SELECT actor, value_to FROM commitments").fetchall() == [("USA", 30.0)]
    dictionary = (folder / "DATA_DICTIONARY.md").read_text()
    assert "| value_to | DOUBLE |" in dictionary or "| value_to | double |" in dictionary
    assert latest_release(warehouse) == folder
    assert (warehouse.releases_dir / "latest").resolve() == folder.resolve()


def test_every_published_column_is_in_the_data_dictionary(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    folder = _publish(warehouse, "v1")
    manifest = json.loads((folder / "manifest.json").read_text())
    described = yaml.safe_load(DATA_DICTIONARY.read_text())
    for table, info in manifest["tables"].items():
        missing = {c["name"] for c in info["schema"]} - set(described[table]["columns"])
        assert not missing, f"{table}: {missing}"


def test_failed_validation_publishes_nothing_and_keeps_latest(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    first = _publish(warehouse, "v1")
    failed = {**PASSED, "commitments": {"success": False, "failures": [{"expectation": "x"}]}}
    with pytest.raises(ReleaseError, match="commitments"):
        _publish(warehouse, "v2", failed)
    assert sorted(p.name for p in warehouse.releases_dir.iterdir() if not p.name.startswith(".")) == [
        "LATEST", "latest", "v1"]
    assert latest_release(warehouse) == first


def test_a_check_that_did_not_run_blocks_publishing(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    partial = {t: r for t, r in PASSED.items() if t != "deals"}
    with pytest.raises(ReleaseError, match="deals"):
        _publish(warehouse, "v1", partial)
    assert latest_release(warehouse) is None


def test_a_version_is_never_written_twice(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    _publish(warehouse, "v1")
    with pytest.raises(ReleaseError, match="already exists"):
        _publish(warehouse, "v1")


def test_latest_moves_to_the_newest_release(tmp_path):
    warehouse = Warehouse(tmp_path)
    _fill(warehouse)
    _publish(warehouse, "v1")
    second = _publish(warehouse, "v2")
    assert latest_release(warehouse) == second
    assert (warehouse.releases_dir / "v1" / "manifest.json").exists()
