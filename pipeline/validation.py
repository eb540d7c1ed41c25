"""Quality gates: the Great Expectations suites in expectations/, run on dataframes.

Public API:
    load_suite_definition(table) -> dict      the suite file, checked for known types
    validate_table(table, frame) -> SuiteResult

Great Expectations costs 2-4 s to import, so it is imported inside the functions that
use it, never at module import (that would slow every Dagster code-location load).
GX's SQL datasource fails on DuckDB, so suites run on pandas frames read from the
staged Parquet files: exactly the bytes that would be published.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.warehouse import PROJECT_ROOT

EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
# How many failing values a result keeps, for the run log and the manifest.
SAMPLE_SIZE = 5


class SuiteError(ValueError):
    """A suite file that cannot be used as written; the message names the file."""


@dataclass
class SuiteResult:
    table: str
    success: bool
    evaluated: int
    failures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def suite_path(table: str, directory: Path = EXPECTATIONS_DIR) -> Path:
    return directory / f"{table}.json"


def load_suite_definition(table: str, directory: Path = EXPECTATIONS_DIR) -> dict[str, Any]:
    path = suite_path(table, directory)
    try:
        definition = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuiteError(f"no expectation suite for table {table!r}: {path} is missing") from None
    except json.JSONDecodeError as error:
        raise SuiteError(f"{path}: not valid JSON ({error})") from None
    expectations = definition.get("expectations")
    if not isinstance(expectations, list) or not expectations:
        raise SuiteError(f"{path}: 'expectations' must be a non-empty list")
    return definition


def _build_suite(table: str, definition: dict[str, Any], path: Path):
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    expectations = []
    for position, item in enumerate(definition["expectations"]):
        try:
            expectations.append(
                ExpectationConfiguration(type=item["type"], kwargs=item.get("kwargs", {}),
                                         meta=item.get("meta", {})).to_domain_obj()
            )
        except Exception as error:  # unknown type, bad kwargs: name the entry
            raise SuiteError(
                f"{path}: expectation #{position} ({item.get('type')!r}) cannot be built: {error}"
            ) from None
    suite = gx.ExpectationSuite(name=definition.get("name", table), expectations=expectations)
    # GX drops what it cannot use without a word; a dropped gate is a gate that never fails.
    if len(suite.expectations) != len(definition["expectations"]):
        raise SuiteError(
            f"{path}: {len(definition['expectations'])} expectations written, "
            f"{len(suite.expectations)} loaded"
        )
    return suite


def validate_table(table: str, frame, directory: Path = EXPECTATIONS_DIR) -> SuiteResult:
    """Run the table's suite over ``frame`` (a pandas DataFrame)."""
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    definition = load_suite_definition(table, directory)
    suite = _build_suite(table, definition, suite_path(table, directory))
    context = gx.get_context(mode="ephemeral")
    _quiet_progress_bars(context)
    batch = (
        context.data_sources.add_pandas(f"{table}_source")
        .add_dataframe_asset(table)
        .add_batch_definition_whole_dataframe("whole")
        .get_batch(batch_parameters={"dataframe": frame})
    )
    outcome = batch.validate(suite)
    failures = []
    for result in outcome.results:
        if result.success:
            continue
        details = result.result or {}
        failures.append(
            {
                "expectation": result.expectation_config.type,
                "kwargs": {k: v for k, v in result.expectation_config.kwargs.items() if k != "batch_id"},
                "unexpected_count": details.get("unexpected_count"),
                "sample": [str(v) for v in (details.get("partial_unexpected_list") or [])[:SAMPLE_SIZE]],
                "error": (result.exception_info or {}).get("exception_message")
                if result.exception_info and result.exception_info.get("raised_exception") else None,
            }
        )
    return SuiteResult(table=table, success=bool(outcome.success), evaluated=len(outcome.results),
                       failures=failures)


def _quiet_progress_bars(context) -> None:
    try:
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context.variables.progress_bars = ProgressBarsConfig(globally=False)
    except Exception:  # older or newer GX without this knob: bars are only noise
        pass


def check_references(frames: dict) -> SuiteResult:
    """Every fact points at a published article, and every deal_id at a published deal."""
    article_ids = set(frames["articles"]["article_id"])
    deal_ids = set(frames["deals"]["deal_id"])
    failures = []
    for table, column, known in (
        ("commitments", "article_id", article_ids),
        ("statements", "article_id", article_ids),
        ("commitments", "deal_id", deal_ids),
    ):
        values = frames[table][column].dropna()
        dangling = sorted(set(values) - known)
        if dangling:
            failures.append({"expectation": f"{table}.{column} refers to a published row",
                             "unexpected_count": len(dangling), "sample": dangling[:SAMPLE_SIZE]})
    return SuiteResult(table="references", success=not failures, evaluated=3, failures=failures)
