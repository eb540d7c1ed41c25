"""The pipeline's private DuckDB warehouse: migrations, one writer, partition writes.

Public API:
    Warehouse(root)                      the folder holding the database and releases
    Warehouse.connect(read_only=False)   a connection; writers hold an exclusive lock
    replace_partition(con, table, day, rows)   delete a day's rows and insert new ones
    replace_table(con, table, rows)            rebuild a reconciled table whole
    load_query(name)                      SQL text of warehouse/queries/<name>.sql

DuckDB allows one read-write process per file; a second writer would get DuckDB's own
lock error after retries. We take an advisory lock first so that a second run waits
with a clear message instead, and fails naming the lock file if it waits too long.
"""
from __future__ import annotations

import fcntl
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator, Sequence

import duckdb
import pyarrow as pa

PROJECT_ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS_DIR = PROJECT_ROOT / "warehouse" / "migrations"
QUERIES_DIR = PROJECT_ROOT / "warehouse" / "queries"
DATABASE_FILE = "tradedeals.duckdb"
WRITER_LOCK_FILE = ".writer.lock"

# Rows of these tables belong to a fetch-date partition.
PARTITIONED_TABLES = (
    "raw_pages", "fetch_log", "quarantine", "articles", "paragraphs", "commitments", "statements",
)
# Rebuilt whole from the partitions on every run.
RECONCILED_TABLES = ("actors", "deals", "deal_commitments", "article_duplicates", "releases")
# What a release publishes, each read from the view published_<table>.
PUBLISHED_TABLES = ("articles", "commitments", "statements", "actors", "deals")


class WarehouseError(RuntimeError):
    """A warehouse problem a user can act on; the message names the file."""


def load_query(name: str) -> str:
    path = QUERIES_DIR / f"{name}.sql"
    return path.read_text(encoding="utf-8")


def _quoted_table(table: str) -> str:
    # Table names cannot be bound as parameters; allow only the warehouse's own.
    if table not in PARTITIONED_TABLES and table not in RECONCILED_TABLES:
        raise ValueError(f"not a warehouse table: {table!r}")
    return f'"{table}"'


class Warehouse:
    def __init__(self, root: Path | str):
        self.root = Path(root).resolve()

    @property
    def database_path(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def releases_dir(self) -> Path:
        return self.root / "releases"

    @property
    def staging_dir(self) -> Path:
        return self.root / "staging"

    @contextmanager
    def connect(
        self, *, read_only: bool = False, lock_timeout_s: float = 300.0
    ) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the database; a writer migrates it to the newest schema first."""
        if read_only:
            if not self.database_path.exists():
                raise WarehouseError(f"no warehouse database at {self.database_path}: run `tradedeals run` first")
            con = duckdb.connect(str(self.database_path), read_only=True)
            try:
                yield con
            finally:
                con.close()
            return
        self.root.mkdir(parents=True, exist_ok=True)
        with self._writer_lock(lock_timeout_s):
            con = duckdb.connect(str(self.database_path))
            try:
                migrate(con)
                yield con
            finally:
                con.close()

    @contextmanager
    def _writer_lock(self, timeout_s: float) -> Iterator[None]:
        lock_path = self.root / WRITER_LOCK_FILE
        with open(lock_path, "a+") as handle:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WarehouseError(
                            f"another tradedeals run holds {lock_path}; waited {timeout_s:.0f} s"
                        ) from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the numbered migrations not yet applied, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied: list[str] = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        version = int(path.name[:4])
        if version in done:
            continue
        try:
            with transaction(con):
                con.execute(path.read_text(encoding="utf-8"))
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, path.name])
        except duckdb.Error as error:
            raise WarehouseError(f"migration {path.name} failed: {error}") from error
        applied.append(path.name)
    return applied


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> None:
    if not rows:
        return
    # Records may carry working fields the table does not store; keep the table's own.
    columns = table_columns(con, table)
    frame = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])  # noqa: F841
    con.execute(f"INSERT INTO {_quoted_table(table)} BY NAME SELECT * FROM frame")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: a failure rolls back and the previous rows stay."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def replace_partition(
    con: duckdb.DuckDBPyConnection, table: str, partition_date: date, rows: Sequence[dict]
) -> int:
    """Make ``rows`` the whole of ``table`` for one fetch day, atomically."""
    if table not in PARTITIONED_TABLES:
        raise ValueError(f"{table!r} is not a partitioned table")
    stamped = [{**row, "partition_date": partition_date} for row in rows]
    with transaction(con):
        con.execute(f"DELETE FROM {_quoted_table(table)} WHERE partition_date = ?", [partition_date])
        _insert_rows(con, table, stamped)
    return len(stamped)


def replace_quarantine(
    con: duckdb.DuckDBPyConnection, partition_date: date, stage: str, rows: Sequence[dict]
) -> int:
    """Each stage owns its quarantine rows of a day: re-running it replaces only those."""
    with transaction(con):
        con.execute(load_query("clear_quarantine_stage"), [partition_date, stage])
        _insert_rows(con, "quarantine",
                     [{**row, "partition_date": partition_date, "stage": stage} for row in rows])
    return len(rows)


def replace_table(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """Rebuild a reconciled table whole, atomically."""
    if table not in RECONCILED_TABLES:
        raise ValueError(f"{table!r} is not a reconciled table")
    with transaction(con):
        con.execute(f"DELETE FROM {_quoted_table(table)}")
        _insert_rows(con, table, rows)
    return len(rows)


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
