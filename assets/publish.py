"""Publishing: stage a release, gate it with blocking checks, then publish it atomically."""

import json
from importlib.metadata import PackageNotFoundError, version

import dagster as dg

from assets.metadata import counts
from assets.reconcile import actors, article_duplicates, deals
from assets.resources import TradeDealsWarehouse
from pipeline.release import (
    discard_staged, load_candidate, load_validation, publish_release, read_staged_table,
    save_candidate, save_validation, stage_release,
)
from pipeline.warehouse import PUBLISHED_TABLES, load_query

PUBLISH = "publish"


def pipeline_version() -> str:
    try:
        return version("tradedeals")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


@dg.asset(group_name=PUBLISH, deps=[deals, actors, article_duplicates], kinds={"parquet", "duckdb"})
def release_candidate(warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """The next release, staged as Parquet files: published only if every blocking check passes."""
    wh = warehouse.warehouse()
    with wh.connect() as con:
        staged = stage_release(con, wh)
    discard_staged(wh, keep=staged.version)
    save_candidate(wh, staged)
    return dg.MaterializeResult(metadata={
        "version": staged.version,
        "staging_folder": dg.MetadataValue.path(str(staged.folder)),
        **counts(**staged.row_counts),
    })


def _expectations_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=release_candidate,
        name=f"{table}_expectations",
        blocking=True,
        description=f"The Great Expectations suite expectations/{table}.json over the staged {table}.parquet.",
    )
    def check(warehouse: TradeDealsWarehouse) -> dg.AssetCheckResult:
        from pipeline.validation import validate_table

        staged = load_candidate(warehouse.warehouse())
        result = validate_table(table, read_staged_table(staged, table), warehouse.expectations())
        save_validation(staged, table, result.to_dict())
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={"evaluated": result.evaluated, "failed": len(result.failures),
                      "failures": dg.MetadataValue.json(result.failures)},
        )

    return check


@dg.asset_check(asset=release_candidate, blocking=True,
                description="Facts point at published articles and deals.")
def references_resolve(warehouse: TradeDealsWarehouse) -> dg.AssetCheckResult:
    from pipeline.validation import check_references

    staged = load_candidate(warehouse.warehouse())
    result = check_references({t: read_staged_table(staged, t) for t in PUBLISHED_TABLES})
    save_validation(staged, "references", result.to_dict())
    return dg.AssetCheckResult(passed=result.success, severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"failures": dg.MetadataValue.json(result.failures)})


release_checks = [_expectations_check(table) for table in PUBLISHED_TABLES] + [references_resolve]


@dg.asset(group_name=PUBLISH, deps=[release_candidate], kinds={"parquet", "duckdb"})
def release(context: dg.AssetExecutionContext, warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """A versioned release folder (Parquet, manifest, data dictionary, catalog.duckdb); `latest` points at it."""
    wh = warehouse.warehouse()
    staged = load_candidate(wh)
    validation = load_validation(staged)
    folder = publish_release(staged, wh, validation, pipeline_version())
    with wh.connect() as con:
        con.execute(load_query("record_release"), [staged.version, str(folder), json.dumps(staged.row_counts)])
    context.log.info(f"published {folder}")
    return dg.MaterializeResult(metadata={
        "version": staged.version,
        "path": dg.MetadataValue.path(str(folder)),
        "open_with": f"duckdb -readonly {folder / 'catalog.duckdb'}",
        **counts(**staged.row_counts),
    })
