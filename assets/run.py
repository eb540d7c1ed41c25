"""Run the main job in-process, as `tradedeals run` does, and summarise the outcome."""
import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import dagster as dg


@dataclass
class RunSummary:
    success: bool
    partition: str
    run_id: str
    row_counts: dict[str, int] = field(default_factory=dict)
    quarantined: int = 0
    fetch_errors: int = 0
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)
    release_path: Path | None = None
    failures: list[str] = field(default_factory=list)


def _instance(warehouse_dir: Path) -> dg.DagsterInstance:
    """A persistent instance beside the warehouse, so `make ui` shows the runs made here."""
    home = warehouse_dir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return dg.DagsterInstance.get()


def _check_failures(check_name: str, metadata) -> list[str]:
    """One line per failed expectation: what, where, how many, and a sample."""
    failures = metadata.get("failures")
    lines = []
    for failure in (failures.value if failures is not None else []) or []:
        where = ", ".join(f"{k}={v}" for k, v in (failure.get("kwargs") or {}).items() if k != "value_set")
        sample = ", ".join(failure.get("sample") or [])
        lines.append(f"check {check_name}: {failure.get('expectation')}({where}) failed for "
                     f"{failure.get('unexpected_count')} rows" + (f", e.g. {sample}" if sample else ""))
    return lines or [f"check {check_name} failed"]


def _root_cause(error) -> str | None:
    """The innermost error message: Dagster wraps the step's own exception."""
    if error is None:
        return None
    while error.cause is not None:
        error = error.cause
    return error.message.strip()


def run_main_job(warehouse_dir: Path, sources_file: Path, day: date | None = None,
                 instance: dg.DagsterInstance | None = None, expectations_dir: Path | None = None) -> RunSummary:
    from assets.definitions import build_definitions

    day = day or datetime.now(timezone.utc).date()
    defs = build_definitions(warehouse_dir=str(warehouse_dir), sources_file=str(sources_file),
                             expectations_dir=str(expectations_dir or "expectations"))
    job = defs.resolve_job_def("main")
    instance = instance or _instance(warehouse_dir)
    result = job.execute_in_process(
        partition_key=day.isoformat(),
        instance=instance,
        raise_on_error=False,
        # The summary below is the command's output; Dagster's step log stays in the UI.
        run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
    )
    summary = RunSummary(success=result.success, partition=day.isoformat(), run_id=result.run_id)
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            name = evaluation.check_name
            (summary.checks_passed if evaluation.passed else summary.checks_failed).append(name)
            if not evaluation.passed:
                summary.failures.extend(_check_failures(name, evaluation.metadata))
        elif event.event_type_value == "STEP_FAILURE":
            summary.failures.append(f"{event.step_key}: {_root_cause(event.event_specific_data.error) or event.message}")
        elif event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            key = materialization.asset_key.to_user_string()
            metadata = materialization.metadata
            if "dagster/row_count" in metadata and key in ("articles", "commitments", "statements", "deals", "raw_pages"):
                summary.row_counts[key] = metadata["dagster/row_count"].value
            if key == "articles" and "quarantined_rows" in metadata:
                summary.quarantined += metadata["quarantined_rows"].value
            if key == "raw_pages" and "fetch_errors_rows" in metadata:
                summary.fetch_errors = metadata["fetch_errors_rows"].value
            if key == "release" and "path" in metadata:
                summary.release_path = Path(metadata["path"].value)
            if key == "release_candidate":
                summary.row_counts.update({f"published_{k[:-5]}": v.value for k, v in metadata.items()
                                           if k.endswith("_rows") and not k.startswith("dagster")})
    return summary
