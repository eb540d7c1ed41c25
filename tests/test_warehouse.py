"""The private warehouse: migrations, partition replacement, one writer at a time."""
from __future__ import annotations

import multiprocessing
import time
from datetime import date, datetime, timezone

import pytest

from pipeline import warehouse as wh
from pipeline.warehouse import Warehouse, WarehouseError, fetch_dicts, replace_partition, replace_quarantine

DAY = date(2025, 5, 12)


def _log_row(url: str) -> dict:
    return {"source": "s", "url": url, "outcome": "fetched", "reason": None,
            "logged_at": datetime(2025, 5, 12, tzinfo=timezone.utc)}


def test_migrations_apply_once_and_are_recorded(tmp_path):
    warehouse = Warehouse(tmp_path)
    with warehouse.connect() as con:
        applied = [row["name"] for row in fetch_dicts(con, "SELECT name FROM schema_migrations ORDER BY version")]
    assert applied == sorted(p.name for p in wh.MIGRATIONS_DIR.glob("*.sql"))
    with warehouse.connect() as con:
        assert wh.migrate(con) == []


def test_a_new_migration_adds_a_column_without_losing_rows(tmp_path, monkeypatch):
    warehouse = Warehouse(tmp_path / "w")
    with warehouse.connect() as con:
        replace_partition(con, "fetch_log", DAY, [_log_row("a")])
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    for path in wh.MIGRATIONS_DIR.glob("*.sql"):
        (migrations / path.name).write_text(path.read_text())
    (migrations / "9000_fetch_log_bytes.sql").write_text("ALTER TABLE fetch_log ADD COLUMN bytes BIGINT;")
    monkeypatch.setattr(wh, "MIGRATIONS_DIR", migrations)
    with warehouse.connect() as con:
        rows = fetch_dicts(con, "SELECT url, bytes FROM fetch_log")
    assert rows == [{"url": "a", "bytes": None}]


def test_a_failing_migration_names_itself_and_changes_nothing(tmp_path, monkeypatch):
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "0001_ok.sql").write_text("CREATE TABLE kept (x INTEGER);")
    (migrations / "0002_broken.sql").write_text("CREATE TABLE half (x INTEGER); SELECT * FROM missing_table;")
    monkeypatch.setattr(wh, "MIGRATIONS_DIR", migrations)
    with pytest.raises(WarehouseError, match="0002_broken.sql"):
        with Warehouse(tmp_path / "w").connect():
            pass
    import duckdb

    con = duckdb.connect(str(tmp_path / "w" / wh.DATABASE_FILE))
    tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    assert "kept" in tables and "half" not in tables


def test_rerunning_a_partition_replaces_it_and_leaves_other_days(tmp_path):
    with Warehouse(tmp_path).connect() as con:
        replace_partition(con, "fetch_log", DAY, [_log_row("a"), _log_row("b")])
        replace_partition(con, "fetch_log", date(2025, 5, 13), [_log_row("c")])
        replace_partition(con, "fetch_log", DAY, [_log_row("a"), _log_row("b")])
        rows = fetch_dicts(con, "SELECT partition_date, url FROM fetch_log ORDER BY ALL")
    assert [(r["partition_date"], r["url"]) for r in rows] == [
        (DAY, "a"), (DAY, "b"), (date(2025, 5, 13), "c")]


def test_a_failed_partition_write_keeps_the_previous_rows(tmp_path):
    with Warehouse(tmp_path).connect() as con:
        replace_partition(con, "fetch_log", DAY, [_log_row("a")])
        with pytest.raises(Exception):
            replace_partition(con, "fetch_log", DAY, [{**_log_row("b"), "outcome": None}])  # NOT NULL
        rows = fetch_dicts(con, "SELECT url FROM fetch_log")
    assert rows == [{"url": "a"}]


def test_quarantine_rows_are_replaced_per_stage(tmp_path):
    row = {"source": "s", "url": "u", "content_sha256": None, "reason": "empty file",
           "quarantined_at": datetime(2025, 5, 12, tzinfo=timezone.utc)}
    with Warehouse(tmp_path).connect() as con:
        replace_quarantine(con, DAY, "parse", [row])
        replace_quarantine(con, DAY, "extract:commitments", [row])
        replace_quarantine(con, DAY, "parse", [row])
        stages = fetch_dicts(con, "SELECT stage, count(*) AS n FROM quarantine GROUP BY stage ORDER BY stage")
    assert stages == [{"stage": "extract:commitments", "n": 1}, {"stage": "parse", "n": 1}]


def _hold_writer(root: str, ready, release) -> None:
    with Warehouse(root).connect():
        ready.set()
        release.wait(10)


def test_a_second_writer_waits_then_fails_naming_the_lock(tmp_path):
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_writer, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        started = time.monotonic()
        with pytest.raises(WarehouseError, match=r"\.writer\.lock"):
            with Warehouse(tmp_path).connect(lock_timeout_s=0.5):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        release.set()
        holder.join(10)
    with Warehouse(tmp_path).connect(lock_timeout_s=5):
        pass


def test_reading_a_missing_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(WarehouseError, match="tradedeals run"):
        with Warehouse(tmp_path / "none").connect(read_only=True):
            pass


def test_unknown_table_names_are_refused(tmp_path):
    with Warehouse(tmp_path).connect() as con:
        with pytest.raises(ValueError, match="not a partitioned table"):
            replace_partition(con, "articles; DROP TABLE articles", DAY, [])
