"""Ingest assets, one fetch day per partition: raw pages → articles → facts."""

from datetime import date

import dagster as dg

from assets.metadata import counts, preview
from assets.partitions import fetch_days
from assets.resources import TradeDealsWarehouse
from pipeline import ingest
from pipeline.warehouse import fetch_dicts, load_query, replace_partition, replace_quarantine

INGEST = "ingest"


def _day(context: dg.AssetExecutionContext) -> date:
    return date.fromisoformat(context.partition_key)


@dg.asset(group_name=INGEST, partitions_def=fetch_days, kinds={"python", "duckdb"})
def raw_pages(context: dg.AssetExecutionContext, warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """Every document the enabled sources list, read once per fetch day (bytes kept as fetched)."""
    acquired = ingest.acquire(warehouse.sources(), log=context.log.info,
                              cache_dir=warehouse.warehouse().root / "cache")
    day = _day(context)
    with warehouse.warehouse().connect() as con:
        replace_partition(con, "raw_pages", day, acquired.pages)
        replace_partition(con, "fetch_log", day, acquired.log)
    errors = [row for row in acquired.log if row["outcome"] == "error"]
    for row in errors:
        context.log.warning(f"{row['source']}: {row['url']}: {row['reason']}")
    return dg.MaterializeResult(metadata={
        **counts(rows=len(acquired.pages), fetch_errors=len(errors)),
        "preview": preview(acquired.pages, ["source", "url", "content_type", "content_sha256"]),
    })


@dg.asset(group_name=INGEST, partitions_def=fetch_days, deps=[raw_pages], kinds={"beautifulsoup", "duckdb"})
def articles(context: dg.AssetExecutionContext, warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """Articles and their paragraphs parsed from the day's raw pages; bad pages are quarantined with a reason."""
    day = _day(context)
    with warehouse.warehouse().connect() as con:
        pages = fetch_dicts(con, load_query("raw_pages_of_day"), [day])
        parsed = ingest.parse_pages(pages)
        replace_partition(con, "articles", day, parsed.articles)
        replace_partition(con, "paragraphs", day, parsed.paragraphs)
        replace_quarantine(con, day, "parse", parsed.quarantine)
    for row in parsed.quarantine:
        context.log.warning(f"quarantined {row['url']}: {row['reason']}")
    return dg.MaterializeResult(metadata={
        **counts(rows=len(parsed.articles), paragraphs=len(parsed.paragraphs), quarantined=len(parsed.quarantine)),
        "preview": preview(parsed.articles, ["article_id", "source", "title", "published_at", "word_count"]),
        "quarantine": preview(parsed.quarantine, ["url", "reason"]),
    })


def _articles_with_paragraphs(con, day: date) -> list[tuple[dict, list[dict]]]:
    records = fetch_dicts(con, load_query("articles_of_day"), [day])
    paragraphs = fetch_dicts(con, load_query("paragraphs_of_day"), [day])
    by_article: dict[str, list[dict]] = {}
    for row in paragraphs:
        by_article.setdefault(row["article_id"], []).append(row)
    return [(record, by_article.get(record["article_id"], [])) for record in records]


def _extract(context, warehouse: TradeDealsWarehouse, table: str) -> dg.MaterializeResult:
    day = _day(context)
    with warehouse.warehouse().connect() as con:
        extracted = ingest.extract_facts(_articles_with_paragraphs(con, day), which=table)
        rows = getattr(extracted, table)
        replace_partition(con, table, day, rows)
        replace_quarantine(con, day, f"extract:{table}", extracted.quarantine)
    for row in extracted.quarantine:
        context.log.warning(f"extraction failed on {row['url']}: {row['reason']}")
    columns = (["actor", "category", "action", "subject", "value_from", "value_to", "unit"]
               if table == "commitments" else ["speaker", "kind", "speaker_role", "quote"])
    return dg.MaterializeResult(metadata={
        **counts(rows=len(rows), quarantined=len(extracted.quarantine)),
        "preview": preview(rows, columns),
    })


@dg.asset(group_name=INGEST, partitions_def=fetch_days, deps=[articles], kinds={"python", "duckdb"})
def commitments(context: dg.AssetExecutionContext, warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """Who commits to what, by how much and when, each row with its evidence sentence."""
    return _extract(context, warehouse, "commitments")


@dg.asset(group_name=INGEST, partitions_def=fetch_days, deps=[articles], kinds={"python", "duckdb"})
def statements(context: dg.AssetExecutionContext, warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """Quotes and reported statements with their resolved speakers."""
    return _extract(context, warehouse, "statements")
