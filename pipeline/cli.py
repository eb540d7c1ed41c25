"""The `tradedeals` command: run the pipeline, parse or extract files, inspect, query.

Every error goes to stderr, names the input that caused it, and makes the exit code
non-zero; a bad file among many does not stop the others.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from pipeline.warehouse import PROJECT_ROOT

DEFAULT_SOURCES = PROJECT_ROOT / "sources.yaml"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse"


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _dumps(value: Any, **kwargs: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False, **kwargs)


def _error(message: str) -> None:
    print(f"tradedeals: {message}", file=sys.stderr)


def _input_files(paths: Iterable[str]) -> Iterable[tuple[Path, str | None]]:
    """Files named, and the documents inside folders named; (path, problem)."""
    from pipeline.sources import local_documents

    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = local_documents(path)
            if not found:
                yield path, "folder holds no .html, .htm or .txt files"
            for document in found:
                yield document, None
        elif path.is_file():
            yield path, None
        else:
            yield path, "no such file or folder"


def _parsed_inputs(paths: Iterable[str], command: str):
    """(path, article, None) per readable input, (path, None, reason) per bad one, reported on stderr."""
    from pipeline.fetch import FetchError, read_local
    from pipeline.parse import ParseError, parse_document

    for path, problem in _input_files(paths):
        try:
            if problem:
                raise ParseError(problem)
            page = read_local(path)
            yield path, parse_document(page.content, path.name, url=None, http_charset=page.http_charset), None
        except (ParseError, FetchError) as error:
            _error(f"{command}: {path}: {error.reason}")
            yield path, None, error.reason


def _paragraphs_json(article) -> list[dict]:
    return [{"index": p.index, "kind": p.kind, "level": p.level, "text": p.text,
             "char_start": p.char_start, "char_end": p.char_end} for p in article.paragraphs]


def cmd_parse(args: argparse.Namespace) -> int:
    failed = 0
    for path, article, reason in _parsed_inputs(args.paths, "parse"):
        record: dict[str, Any] = {"id": path.stem, "path": str(path)}
        if article is None:
            failed += 1
            print(_dumps({**record, "error": reason}))
            continue
        record.update(title=article.title, published_at=article.published_at,
                      published_local_date=article.published_local_date, authors=article.authors,
                      body=article.body, paragraphs=_paragraphs_json(article))
        print(_dumps(record))
    return 1 if failed else 0


def _article_json(article, path: Path) -> dict[str, Any]:
    record = article.to_dict()
    record.pop("paragraphs")
    return {"id": path.stem, "path": str(path), **record, "paragraphs": _paragraphs_json(article)}


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.commitments import extract_commitments
    from pipeline.ingest import article_id_for
    from pipeline.statements import extract_statements

    results, failed = [], 0
    for path, article, reason in _parsed_inputs(args.paths, "extract"):
        if article is None:
            failed += 1
            results.append({"article": {"id": path.stem, "path": str(path)}, "error": reason,
                            "commitments": [], "statements": []})
            continue
        article.article_id = article_id_for(article, f"file:{path.name}")
        results.append({
            "article": _article_json(article, path),
            "commitments": [c.to_dict() for c in extract_commitments(article)],
            "statements": [s.to_dict() for s in extract_statements(article)],
        })
    print(_dumps(results, indent=2))
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.sources import SourcesError, load_sources

    sources_file = Path(args.sources).resolve()
    warehouse_dir = Path(args.warehouse).resolve()
    try:
        load_sources(sources_file)  # fail fast, before Dagster starts, on a bad sources file
    except SourcesError as error:
        _error(f"run: {error}")
        return 2
    day = date.fromisoformat(args.date) if args.date else None
    started = time.monotonic()
    from assets.run import run_main_job

    summary = run_main_job(warehouse_dir, sources_file, day)
    elapsed = time.monotonic() - started
    counts = summary.row_counts
    print(f"tradedeals run — fetch day {summary.partition}, {elapsed:.1f} s, Dagster run {summary.run_id}")
    print(f"  pages fetched   {counts.get('raw_pages', 0)} ({summary.fetch_errors} fetch errors)")
    print(f"  articles        {counts.get('articles', 0)} parsed, {summary.quarantined} quarantined")
    print(f"  commitments     {counts.get('commitments', 0)} extracted today, {counts.get('published_commitments', 0)} in the release")
    print(f"  statements      {counts.get('statements', 0)} extracted today, {counts.get('published_statements', 0)} in the release")
    print(f"  deals           {counts.get('published_deals', 0)}")
    print(f"  checks          {len(summary.checks_passed)} passed, {len(summary.checks_failed)} failed"
          + (f" ({', '.join(summary.checks_failed)})" if summary.checks_failed else ""))
    for failure in summary.failures:
        _error(f"run: {failure}")
    if summary.release_path and summary.success:
        print(f"  release         {summary.release_path}")
        print(f"  query it        {_this_command()} sql --release {summary.release_path}")
        return 0
    _error("run: no release published; the previous release is unchanged")
    return 1


def _this_command() -> str:
    """How the user invoked us (".venv/bin/tradedeals"), so printed commands work as typed."""
    invoked = Path(sys.argv[0])
    return str(invoked) if invoked.name == "tradedeals" else "tradedeals"


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.release import describe_changes, latest_release
    from pipeline.warehouse import Warehouse, WarehouseError, fetch_dicts, load_query

    warehouse = Warehouse(args.warehouse)
    try:
        with warehouse.connect(read_only=True) as con:
            days = fetch_dicts(con, load_query("status_by_day"))
            releases = fetch_dicts(con, "SELECT version, created_at, path FROM releases ORDER BY version")
            quarantined = fetch_dicts(con, load_query("recent_quarantine"), [args.quarantine])
    except WarehouseError as error:
        _error(f"status: {error}")
        return 1
    except Exception as error:  # e.g. a run holds the database open for writing
        _error(f"status: {warehouse.database_path}: {error}")
        return 1
    print(f"warehouse {warehouse.database_path}")
    print("fetch day    fetched  errors  parsed  quarantined  commitments  statements")
    for row in days:
        print(f"{row['partition_date']}  {row['fetched']:>7}  {row['fetch_errors']:>6}  {row['parsed']:>6}"
              f"  {row['quarantined']:>11}  {row['commitments']:>11}  {row['statements']:>10}")
    if quarantined:
        print(f"quarantined (newest {len(quarantined)}):")
        for row in quarantined:
            print(f"  {row['partition_date']}  {row['stage']:<20}  {row['url']}: {row['reason']}")
    print(f"releases: {len(releases)}")
    for row in releases[-5:]:
        print(f"  {row['version']}  {row['path']}")
        changed = describe_changes(Path(row["path"]))
        if changed:
            print(f"      {changed}")
    latest = latest_release(warehouse)
    print(f"latest release: {latest if latest else 'none yet'}")
    return 0


def _release_folder(args: argparse.Namespace) -> Path | None:
    from pipeline.release import latest_release
    from pipeline.warehouse import Warehouse

    if args.release:
        return Path(args.release)
    return latest_release(Warehouse(args.warehouse))


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    folder = _release_folder(args)
    catalog = folder / "catalog.duckdb" if folder else None
    if catalog is None or not catalog.exists():
        _error(f"sql: no release catalog at {catalog or Path(args.warehouse) / 'releases'}: run `tradedeals run` first")
        return 1
    con = duckdb.connect(str(catalog), read_only=True)
    queries = [args.command] if args.command else None
    if queries is None and not sys.stdin.isatty():
        queries = [q for q in sys.stdin.read().split(";") if q.strip()]
    if queries is not None:
        for query in queries:
            try:
                con.sql(query).show(max_rows=args.max_rows)
            except duckdb.Error as error:
                _error(f"sql: {error}")
                return 1
        return 0
    print(f"tradedeals release {folder.name}: tables {', '.join(r[0] for r in con.sql('SHOW TABLES').fetchall())}")
    print("End each query with ';'. Ctrl-D quits.")
    buffer = ""
    while True:
        try:
            line = input("sql> " if not buffer else "...> ")
        except EOFError:
            print()
            return 0
        buffer += line + "\n"
        if buffer.rstrip().endswith(";"):
            try:
                con.sql(buffer).show(max_rows=args.max_rows)
            except duckdb.Error as error:
                print(f"error: {error}")
            buffer = ""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tradedeals", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command_name", required=True)

    run = commands.add_parser("run", help="materialise the whole pipeline once and publish a release")
    run.add_argument("--sources", default=str(DEFAULT_SOURCES), help="sources file (default: %(default)s)")
    run.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), help="warehouse folder (default: %(default)s)")
    run.add_argument("--date", help="fetch day to (re)run, YYYY-MM-DD (default: today, UTC)")
    run.set_defaults(handler=cmd_run)

    parse = commands.add_parser("parse", help="parse HTML/text files and print one JSON object per file")
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parse.set_defaults(handler=cmd_parse)

    extract = commands.add_parser("extract", help="parse and extract; print a JSON list, one object per input")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.html, .htm, .txt)")
    extract.set_defaults(handler=cmd_extract)

    status = commands.add_parser("status", help="what has been fetched, parsed, extracted and released")
    status.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), help="warehouse folder (default: %(default)s)")
    status.add_argument("--quarantine", type=int, default=10, metavar="N",
                        help="show the newest N quarantined documents with their reasons (default: %(default)s)")
    status.set_defaults(handler=cmd_status)

    sql = commands.add_parser("sql", help="query a release (the latest by default) in a SQL shell")
    sql.add_argument("--release", help="release folder (default: the latest)")
    sql.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), help="warehouse folder (default: %(default)s)")
    sql.add_argument("-c", "--command", help="run this query and exit")
    sql.add_argument("--max-rows", type=int, default=40, help="rows shown per result (default: %(default)s)")
    sql.set_defaults(handler=cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
