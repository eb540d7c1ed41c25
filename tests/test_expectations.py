"""The quality gates as data: suites load whole, match the vocabularies, and catch bad rows."""
from __future__ import annotations

import json

import pandas as pd
import pytest
import yaml

from pipeline.validation import EXPECTATIONS_DIR, SuiteError, check_references, validate_table
from pipeline.warehouse import PROJECT_ROOT, PUBLISHED_TABLES

VOCABULARIES = yaml.safe_load((PROJECT_ROOT / "pipeline" / "data" / "vocabularies.yaml").read_text())


def _value_set(table: str, column: str) -> list[str]:
    suite = json.loads((EXPECTATIONS_DIR / f"{table}.json").read_text())
    for item in suite["expectations"]:
        if item["type"] == "expect_column_values_to_be_in_set" and item["kwargs"]["column"] == column:
            return item["kwargs"]["value_set"]
    raise AssertionError(f"no value set for {table}.{column}")


@pytest.mark.parametrize("table,column,vocabulary", [
    ("commitments", "category", "category"), ("commitments", "action", "action"),
    ("commitments", "status", "status"), ("statements", "kind", "statement_kind"),
    ("statements", "speaker_type", "speaker_type"), ("actors", "kind", "actor_kind"),
    ("deals", "status", "status"),
])
def test_suite_value_sets_are_the_vocabularies(table, column, vocabulary):
    assert sorted(_value_set(table, column)) == sorted(VOCABULARIES[vocabulary])


def test_every_published_table_has_a_suite():
    assert sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json")) == sorted(PUBLISHED_TABLES)


def _good_commitment(**changes) -> dict:
    row = {
        "commitment_id": "c" * 16, "article_id": "a" * 16, "deal_id": None, "actor": "USA",
        "counterparty": "CHN", "category": "tariff", "action": "reduce", "subject": "tariffs",
        "products": [], "value_from": 57.0, "value_to": 47.0, "change": None, "amount": None,
        "unit": "percent", "duration_days": None, "start_date": None, "end_date": None,
        "status": "agreed", "conditional": False, "confidence": 0.9, "mentions": 1,
        "evidence": "Washington will cut tariffs.", "paragraph_index": 0, "char_start": 0,
        "char_end": 28, "extractor_version": "1",
    }
    row.update(changes)
    return row


def test_a_clean_table_passes():
    result = validate_table("commitments", pd.DataFrame([_good_commitment()]))
    assert result.success, result.failures


@pytest.mark.parametrize("changes,expectation", [
    ({"category": "tariffs"}, "expect_column_values_to_be_in_set"),
    ({"actor": "United States"}, "expect_column_values_to_match_regex"),
    ({"unit": "Percent"}, "expect_column_values_to_match_regex"),
    ({"char_end": 0}, "expect_column_pair_values_a_to_be_greater_than_b"),
    ({"value_to": -5.0}, "expect_column_values_to_be_between"),
])
def test_a_bad_value_fails_the_suite_and_is_named(changes, expectation):
    frame = pd.DataFrame([_good_commitment(), _good_commitment(commitment_id="d" * 16, **changes)])
    result = validate_table("commitments", frame)
    assert not result.success
    assert expectation in [f["expectation"] for f in result.failures]


def test_duplicate_ids_fail():
    frame = pd.DataFrame([_good_commitment(), _good_commitment()])
    result = validate_table("commitments", frame)
    assert "expect_column_values_to_be_unique" in [f["expectation"] for f in result.failures]


def test_an_unknown_expectation_type_is_an_error_not_a_silent_drop(tmp_path):
    suite = {"name": "commitments", "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "commitment_id"}},
        {"type": "expect_column_values_to_be_sparkly", "kwargs": {"column": "actor"}},
    ]}
    (tmp_path / "commitments.json").write_text(json.dumps(suite))
    with pytest.raises(SuiteError, match="expect_column_values_to_be_sparkly"):
        validate_table("commitments", pd.DataFrame([_good_commitment()]), tmp_path)


def test_dangling_references_fail():
    frames = {
        "articles": pd.DataFrame({"article_id": ["a" * 16]}),
        "deals": pd.DataFrame({"deal_id": ["d" * 16]}),
        "commitments": pd.DataFrame({"article_id": ["a" * 16, "b" * 16], "deal_id": ["d" * 16, None]}),
        "statements": pd.DataFrame({"article_id": ["a" * 16]}),
    }
    result = check_references(frames)
    assert not result.success
    assert result.failures[0]["sample"] == ["b" * 16]
