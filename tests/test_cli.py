"""The `tradedeals` command's contracts: JSON shapes, errors that name the input, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.warehouse import PROJECT_ROOT, Warehouse

SAMPLES = PROJECT_ROOT / "samples"
WIRE_TEXT = """TARIFF TRUCE EXTENDED AS TALKS DRAG ON

GENEVA, May 12 - The United States will cut tariffs on Chinese goods to 30 per cent from 145
per cent for 90 days, officials said on Monday.

China will lower its duties on American goods to 10 per cent from 125 per cent over the
same period, the commerce ministry said.
"""


@pytest.fixture()
def wire_txt(tmp_path) -> Path:
    path = tmp_path / "wire-truce.txt"
    path.write_text(WIRE_TEXT, encoding="utf-8")
    return path


def test_parse_prints_one_json_object_per_file(wire_txt, capsys):
    html = sorted(SAMPLES.glob("*.html"))[0]
    assert main(["parse", str(wire_txt), str(html)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert set(first) >= {"id", "title", "published_at", "authors", "body", "paragraphs"}
    assert first["id"] == "wire-truce"
    assert "cut tariffs on Chinese goods to 30 per cent from 145 per cent" in first["body"]
    assert json.loads(lines[1])["id"] == html.stem


def test_parse_keeps_going_past_a_bad_file_and_exits_non_zero(wire_txt, tmp_path, capsys):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(wire_txt), str(tmp_path / "missing.html")]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.strip().splitlines()]
    assert [r["id"] for r in records] == ["empty", "wire-truce", "missing"]
    assert "error" in records[0] and "error" not in records[1] and "error" in records[2]
    assert str(empty) in captured.err and "missing.html" in captured.err


def test_extract_prints_article_commitments_and_statements(wire_txt, capsys):
    assert main(["extract", str(wire_txt)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert set(result) == {"article", "commitments", "statements"}
    assert result["article"]["id"] == "wire-truce"
    rows = {(c["actor"], c["category"], c["action"], c["value_from"], c["value_to"], c["unit"])
            for c in result["commitments"]}
    assert ("USA", "tariff", "reduce", 145, 30, "percent") in rows
    assert ("CHN", "tariff", "reduce", 125, 10, "percent") in rows
    for commitment in result["commitments"]:
        body = result["article"]["body"]
        assert body[commitment["char_start"]:commitment["char_end"]] == commitment["evidence"]


def test_extract_reads_a_folder(capsys):
    assert main(["extract", str(SAMPLES)]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) == len([p for p in SAMPLES.rglob("*") if p.suffix in (".html", ".htm", ".txt")])
    for kind, key in (("commitments", "commitment_id"), ("statements", "statement_id")):
        ids = [row[key] for result in results for row in result[kind]]
        assert len(ids) == len(set(ids)), f"{kind}: ids repeat"


def test_run_with_a_broken_sources_file_names_it(tmp_path, capsys):
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - name: x\n    type: carrier-pigeon\n")
    assert main(["run", "--sources", str(sources), "--warehouse", str(tmp_path / "w")]) == 2
    err = capsys.readouterr().err
    assert str(sources) in err and "carrier-pigeon" in err


def test_status_and_sql_before_any_run_say_what_to_do(tmp_path, capsys):
    assert main(["status", "--warehouse", str(tmp_path)]) == 1
    assert main(["sql", "--warehouse", str(tmp_path), "-c", "SELECT 1"]) == 1
    err = capsys.readouterr().err
    assert "tradedeals run" in err


def test_sql_queries_a_release(tmp_path, capsys):
    from pipeline.release import publish_release, stage_release

    warehouse = Warehouse(tmp_path)
    with warehouse.connect() as con:
        staged = stage_release(con, warehouse, "v1")
    publish_release(staged, warehouse, {t: {"success": True} for t in
                                        ("articles", "commitments", "statements", "actors", "deals")}, "1")
    assert main(["sql", "--warehouse", str(tmp_path), "-c", "SELECT count(*) AS n FROM commitments"]) == 0
    assert "n" in capsys.readouterr().out


def test_every_subcommand_has_help():
    for command in ("run", "parse", "extract", "status", "sql"):
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", command, "--help"],
                              capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
        assert done.returncode == 0 and "usage: tradedeals" in done.stdout, command
