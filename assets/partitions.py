"""Ingest is partitioned by fetch day (UTC): one day re-runs or backfills on its own.

end_offset=1 makes today a partition, so the daily schedule and `tradedeals run`
materialise the day they run on rather than yesterday.
"""
import dagster as dg

fetch_days = dg.DailyPartitionsDefinition(start_date="2025-01-01", timezone="UTC", end_offset=1)
