"""Everything the deployment contains, assembled in one place."""

import dagster as dg

from assets.ingest import articles, commitments, raw_pages, statements
from assets.publish import release, release_candidate, release_checks
from assets.reconcile import actors, article_duplicates, deals
from assets.resources import TradeDealsWarehouse

ALL_ASSETS = [raw_pages, articles, commitments, statements, article_duplicates, actors, deals,
              release_candidate, release]

main_job = dg.define_asset_job(
    name="main",
    selection=dg.AssetSelection.all(),
    description="Fetch, parse and extract one day, reconcile, validate, and publish a release.",
)


@dg.schedule(job=main_job, cron_schedule="0 6 * * *", execution_timezone="UTC")
def daily_at_six(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every day at 06:00 UTC: that day's fetch partition and a new release."""
    day = context.scheduled_execution_time.date().isoformat()
    return dg.RunRequest(run_key=day, partition_key=day)


def build_definitions(warehouse_dir: str = "warehouse", sources_file: str = "sources.yaml",
                      expectations_dir: str = "expectations") -> dg.Definitions:
    return dg.Definitions(
        assets=ALL_ASSETS,
        asset_checks=release_checks,
        jobs=[main_job],
        schedules=[daily_at_six],
        resources={"warehouse": TradeDealsWarehouse(
            warehouse_dir=warehouse_dir, sources_file=sources_file, expectations_dir=expectations_dir)},
        # One process: DuckDB has one writer, and GX is imported once rather than per step.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
