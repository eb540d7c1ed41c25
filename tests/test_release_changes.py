"""changes.parquet: a user who cited a fact's id in one release finds it in the next.

Ids hash a row's content, so a corrected rate or a new extractor version gives a fact
a new id; the release says which old id became which new one, and which facts came
and went."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import duckdb

from pipeline.release import describe_changes, publish_release, stage_release
from pipeline.warehouse import PUBLISHED_TABLES, Warehouse, replace_partition

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 8, tzinfo=timezone.utc)
PASSED = {table: {"success": True, "evaluated": 1, "failures": []} for table in PUBLISHED_TABLES}
ARTICLE = "a" * 16
BODY = ("Washington will cut its tariff on Chilean cherries to 10 per cent. "
        "Santiago will buy 40 locomotives. Tokyo will impose a 20 per cent levy on steel.")
CUT, BUY, LEVY = (sentence + "." for sentence in BODY[:-1].split(". "))


def _commitment(commitment_id, actor, category, action, evidence, **values):
    start = BODY.index(evidence)
    return {"commitment_id": commitment_id, "article_id": ARTICLE, "actor": actor, "category": category,
            "action": action, "products": [], "conditional": False, "confidence": 0.9, "mentions": 1,
            "evidence": evidence, "paragraph_index": 0, "char_start": start, "char_end": start + len(evidence),
            "extractor_version": "t", **values}


def _statement(statement_id, speaker, quote):
    return {"statement_id": statement_id, "article_id": ARTICLE, "speaker": speaker, "quote": quote,
            "kind": "direct", "confidence": 0.8, "paragraph_index": 0, "char_start": 0,
            "char_end": len(quote), "extractor_version": "t"}


def _release(warehouse, version, commitments, statements):
    with warehouse.connect() as con:
        replace_partition(con, "articles", DAY, [{
            "article_id": ARTICLE, "url": "local://s/a.html", "source": "s", "title": "Cherries",
            "authors": [], "published_at": NOW, "body": BODY, "word_count": 25,
            "content_sha256": "0" * 64, "fetched_at": NOW}])
        replace_partition(con, "commitments", DAY, commitments)
        replace_partition(con, "statements", DAY, statements)
        staged = stage_release(con, warehouse, version)
    return publish_release(staged, warehouse, PASSED, "9.9.9")


def _changes(folder):
    con = duckdb.connect(str(folder / "catalog.duckdb"), read_only=True)
    try:
        return sorted(con.execute(
            "SELECT fact_table, change, previous_id, current_id FROM changes").fetchall(), key=str)
    finally:
        con.close()


def test_first_release_lists_every_fact_as_added(tmp_path):
    warehouse = Warehouse(tmp_path)
    folder = _release(warehouse, "v1", [_commitment("c1", "USA", "tariff", "reduce", CUT, value_to=10.0,
                                                    unit="percent")],
                      [_statement("s1", "Ana Ruiz", "A good day for growers.")])
    assert _changes(folder) == [("commitments", "added", None, "c1"), ("statements", "added", None, "s1")]
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["changes"]["previous_version"] is None
    assert manifest["changes"]["commitments"] == {"unchanged": 0, "revised": 0, "removed": 0, "added": 1}
    assert describe_changes(folder) == "first release: every fact added"


def test_a_corrected_rate_maps_the_old_id_to_the_new_one(tmp_path):
    warehouse = Warehouse(tmp_path)
    _release(warehouse, "v1", [
        _commitment("c-cut-10", "USA", "tariff", "reduce", CUT, value_to=10.0, unit="percent"),
        _commitment("c-buy", "CHL", "purchase", "purchase", BUY, amount=40.0, unit="units"),
        _commitment("c-levy", "JPN", "tariff", "impose", LEVY, value_to=20.0, unit="percent"),
    ], [_statement("s1", "Ana Ruiz", "A good day for growers.")])
    second = _release(warehouse, "v2", [
        # the same cut, read again with a corrected rate: a new id
        _commitment("c-cut-12", "USA", "tariff", "reduce", CUT, value_to=12.0, unit="percent"),
        _commitment("c-buy", "CHL", "purchase", "purchase", BUY, amount=40.0, unit="units"),
        # the levy is now read as Japan's restriction, not a tariff: a different fact
        _commitment("c-steel", "JPN", "import_restriction", "restrict", LEVY),
    ], [_statement("s1", "Ana Ruiz", "A good day for growers.")])
    assert _changes(second) == sorted([
        ("commitments", "revised", "c-cut-10", "c-cut-12"),
        ("commitments", "unchanged", "c-buy", "c-buy"),
        ("commitments", "removed", "c-levy", None),
        ("commitments", "added", None, "c-steel"),
        ("statements", "unchanged", "s1", "s1"),
    ], key=str)
    manifest = json.loads((second / "manifest.json").read_text())
    assert manifest["changes"]["previous_version"] == "v1"
    assert manifest["changes"]["commitments"] == {"unchanged": 1, "revised": 1, "removed": 1, "added": 1}
    assert "## changes (`changes.parquet`, against v1)" in (second / "DATA_DICTIONARY.md").read_text()
    # what `tradedeals status` prints under the release
    assert describe_changes(second) == "since v1: commitments: 1 revised, 1 added, 1 removed; statements: unchanged"


def test_two_rows_on_one_sentence_pair_one_to_one(tmp_path):
    """Two cuts by one actor in one sentence (two products) both re-identified, none twice."""
    warehouse = Warehouse(tmp_path)
    _release(warehouse, "v1", [
        _commitment("old-1", "USA", "tariff", "reduce", CUT, value_to=10.0, unit="percent"),
        _commitment("old-2", "USA", "tariff", "reduce", CUT, value_to=5.0, unit="percent"),
    ], [])
    second = _release(warehouse, "v2", [
        _commitment("new-1", "USA", "tariff", "reduce", CUT, value_to=11.0, unit="percent"),
        _commitment("new-2", "USA", "tariff", "reduce", CUT, value_to=6.0, unit="percent"),
    ], [])
    changes = _changes(second)
    assert [c[1] for c in changes] == ["revised", "revised"]
    assert sorted(c[2] for c in changes) == ["old-1", "old-2"]
    assert sorted(c[3] for c in changes) == ["new-1", "new-2"]
