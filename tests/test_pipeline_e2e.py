"""The main job end to end on the bundled sample corpus: release contents, idempotence,
a failing blocking check, and bad input in quarantine."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.release import latest_release
from pipeline.warehouse import PUBLISHED_TABLES, Warehouse, fetch_dicts
from pipeline_runs import SAMPLES, run_pipeline, write_sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    sources = write_sources(folder, SAMPLES)
    warehouse = folder / "warehouse"
    first = run_pipeline(warehouse, sources)
    return folder, sources, warehouse, first


def _manifest(release: Path) -> dict:
    return json.loads((release / "manifest.json").read_text(encoding="utf-8"))


def test_run_publishes_a_release_with_every_table(sample_run):
    _, _, warehouse, summary = sample_run
    assert summary.success, summary.failures
    assert not summary.checks_failed
    assert len(summary.checks_passed) == len(PUBLISHED_TABLES) + 1  # + references
    release = summary.release_path
    assert release == latest_release(Warehouse(warehouse))
    manifest = _manifest(release)
    sample_count = len([p for p in SAMPLES.rglob("*") if p.suffix in (".html", ".htm", ".txt")])
    assert manifest["tables"]["articles"]["rows"] == sample_count
    assert manifest["tables"]["commitments"]["rows"] > 0
    assert manifest["tables"]["statements"]["rows"] > 0
    assert manifest["tables"]["deals"]["rows"] > 0
    for table, info in manifest["tables"].items():
        data = (release / info["file"]).read_bytes()
        import hashlib

        assert hashlib.sha256(data).hexdigest() == info["sha256"], table
    assert all(result["success"] for result in manifest["validation"].values())
    assert (release / "DATA_DICTIONARY.md").exists()


def test_release_has_no_article_bodies_but_keeps_evidence(sample_run):
    release = sample_run[3].release_path
    con = duckdb.connect(str(release / "catalog.duckdb"), read_only=True)
    columns = {row[0] for row in con.execute("DESCRIBE articles").fetchall()}
    assert "body" not in columns
    evidence = con.execute("SELECT count(*) FROM commitments WHERE length(evidence) > 0").fetchone()[0]
    assert evidence == con.execute("SELECT count(*) FROM commitments").fetchone()[0]


def test_catalog_opens_from_another_working_directory(sample_run, tmp_path, monkeypatch):
    release = sample_run[3].release_path
    moved = tmp_path / "downloaded"
    shutil.copytree(release, moved)
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(moved / "catalog.duckdb"), read_only=True)
    rows = con.execute("SELECT count(*) FROM commitments").fetchone()[0]
    assert rows == _manifest(release)["tables"]["commitments"]["rows"]


def test_guide_sentence_yields_its_three_commitments(sample_run):
    release = sample_run[3].release_path
    con = duckdb.connect(str(release / "catalog.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT actor, category, action, value_from, value_to, unit, duration_days FROM commitments "
        "WHERE evidence LIKE '%cut tariffs on Chinese goods to 47 per cent%' ORDER BY category"
    ).fetchall()
    assert ("CHN", "export_control", "suspend", None, None, None, 365) in rows
    assert ("USA", "tariff", "reduce", 57.0, 47.0, "percent", None) in rows
    assert any(r[:3] == ("CHN", "purchase", "resume") for r in rows)


def test_second_run_of_the_same_day_gives_the_same_rows(sample_run):
    _, sources, warehouse, first = sample_run
    second = run_pipeline(warehouse, sources)
    assert second.success, second.failures
    assert second.release_path != first.release_path  # a new version, never overwritten
    before, after = _manifest(first.release_path), _manifest(second.release_path)
    for table in PUBLISHED_TABLES:
        assert after["tables"][table]["rows"] == before["tables"][table]["rows"], table
        if table != "articles":  # articles carry fetched_at, which is the new fetch's time
            assert after["tables"][table]["sha256"] == before["tables"][table]["sha256"], table
    ids = "SELECT article_id, content_sha256 FROM read_parquet(?) ORDER BY article_id"
    assert (duckdb.execute(ids, [str(first.release_path / "articles.parquet")]).fetchall()
            == duckdb.execute(ids, [str(second.release_path / "articles.parquet")]).fetchall())
    with Warehouse(warehouse).connect(read_only=True) as con:
        per_day = fetch_dicts(con, "SELECT partition_date, count(*) AS n FROM articles GROUP BY ALL")
    assert [row["n"] for row in per_day] == [before["tables"]["articles"]["rows"]]


def test_failed_blocking_check_publishes_nothing(sample_run, tmp_path):
    _, sources, warehouse, _ = sample_run
    previous = latest_release(Warehouse(warehouse))
    previous_files = sorted(p.name for p in previous.iterdir())
    releases_before = sorted(p.name for p in Warehouse(warehouse).releases_dir.iterdir())
    strict = tmp_path / "expectations"
    shutil.copytree(Path(__file__).resolve().parents[1] / "expectations", strict)
    suite = json.loads((strict / "commitments.json").read_text())
    suite["expectations"].append({"type": "expect_table_row_count_to_be_between",
                                  "kwargs": {"min_value": 10_000_000}})
    (strict / "commitments.json").write_text(json.dumps(suite))

    summary = run_pipeline(warehouse, sources, expectations=strict)

    assert not summary.success
    assert summary.checks_failed == ["commitments_expectations"]
    assert summary.release_path is None
    assert latest_release(Warehouse(warehouse)) == previous
    assert sorted(p.name for p in previous.iterdir()) == previous_files
    assert sorted(p.name for p in Warehouse(warehouse).releases_dir.iterdir()) == releases_before


def test_bad_files_are_quarantined_and_the_run_completes(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = sorted(SAMPLES.glob("*.html"))[0]
    shutil.copy(good, corpus / good.name)
    (corpus / "empty.html").write_bytes(b"")
    (corpus / "binary.html").write_bytes(bytes(range(256)) * 40)
    (corpus / "truncated.html").write_bytes(b"<html><head><title>Cut off")
    sources = write_sources(tmp_path, corpus)

    summary = run_pipeline(tmp_path / "warehouse", sources, day=date(2025, 11, 4))

    assert summary.success, summary.failures
    assert summary.row_counts["articles"] == 1
    with Warehouse(tmp_path / "warehouse").connect(read_only=True) as con:
        quarantined = {row["url"].rsplit("/", 1)[-1]: row["reason"]
                       for row in fetch_dicts(con, "SELECT url, reason FROM quarantine")}
    assert set(quarantined) == {"empty.html", "binary.html", "truncated.html"}
    assert all(reason for reason in quarantined.values())
    assert "empty" in quarantined["empty.html"].lower()
    from pipeline.cli import main

    assert main(["status", "--warehouse", str(tmp_path / "warehouse")]) == 0
    shown = capsys.readouterr().out
    assert "binary.html" in shown and quarantined["binary.html"] in shown


def test_a_feed_over_http_goes_through_the_same_pipeline(tmp_path):
    from httpserver import LoopbackServer, Reply

    pages = sorted(SAMPLES.glob("wire-*.html"))[:2]
    with LoopbackServer() as server:
        items = "".join(
            f"<item><title>{p.stem}</title><link>{server.url('/news/' + p.name)}</link></item>" for p in pages)
        server.route("/feed.xml", Reply(body=f"<rss version='2.0'><channel><title>t</title>{items}"
                                             "</channel></rss>".encode(),
                                        headers={"Content-Type": "application/rss+xml"}))
        for page in pages:
            server.route(f"/news/{page.name}", Reply(body=page.read_bytes(),
                                                     headers={"Content-Type": "text/html; charset=utf-8"}))
        server.route("/news/missing.html", Reply(404))
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            "sources:\n"
            "  - name: loopback-wire\n"
            "    type: rss\n"
            f"    url: {server.url('/feed.xml')}\n"
            "    min_delay_s: 0\n"
            "    allowed_private_networks: [127.0.0.1/32]\n",
            encoding="utf-8",
        )
        summary = run_pipeline(tmp_path / "warehouse", sources, day=date(2025, 11, 5))

    assert summary.success, summary.failures
    assert summary.row_counts["articles"] == 2
    with Warehouse(tmp_path / "warehouse").connect(read_only=True) as con:
        fetched = fetch_dicts(con, "SELECT url, outcome FROM fetch_log ORDER BY url")
        sources_seen = fetch_dicts(con, "SELECT DISTINCT source FROM articles")
    assert [row["outcome"] for row in fetched] == ["fetched", "fetched"]
    assert all(row["url"].startswith("http://127.0.0.1:") for row in fetched)
    assert sources_seen == [{"source": "loopback-wire"}]
