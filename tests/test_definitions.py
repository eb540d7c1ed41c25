"""The Dagster deployment: loads cleanly, describes itself, schedules daily, does nothing at import."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg

from pipeline.warehouse import PROJECT_ROOT


def test_definitions_validate_with_the_dagster_cli():
    # The CLI installed beside the running interpreter, so the test also works from a
    # checkout without its own .venv (a git worktree) and without the venv on PATH.
    dagster_cli = Path(sys.executable).with_name("dagster")
    done = subprocess.run([str(dagster_cli), "definitions", "validate", "-m", "assets.definitions"],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_importing_the_definitions_touches_nothing(tmp_path):
    code = (
        "import sys, assets.definitions; "
        "print('great_expectations' in sys.modules, 'pipeline.commitments' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120, env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == ["False", "False"], done.stderr[-2000:]
    assert list(tmp_path.iterdir()) == []


def test_every_asset_is_described_grouped_and_kinded():
    from assets.definitions import defs

    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert node.group_name in {"ingest", "reconcile", "publish"}, key
        assert node.kinds, key


def test_release_is_gated_by_blocking_checks_on_every_published_table():
    from assets.definitions import defs
    from pipeline.warehouse import PUBLISHED_TABLES

    checks = {spec.name: spec for checks_def in defs.asset_checks for spec in checks_def.check_specs}
    for table in PUBLISHED_TABLES:
        assert checks[f"{table}_expectations"].blocking
    assert checks["references_resolve"].blocking


def test_the_daily_schedule_runs_that_days_partition_at_six_utc():
    from assets.definitions import daily_at_six

    assert daily_at_six.cron_schedule == "0 6 * * *"
    assert daily_at_six.execution_timezone == "UTC"
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2025, 11, 3, 6, tzinfo=timezone.utc))
    request = daily_at_six(context)
    assert request.partition_key == "2025-11-03"
