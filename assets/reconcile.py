"""Reconciliation across all fetch days: syndicated copies, the actor lexicon, deals."""

import dagster as dg

from assets.ingest import articles, commitments, statements
from assets.metadata import counts, preview
from assets.resources import TradeDealsWarehouse
from pipeline.deals import reconcile_deals
from pipeline.dedupe import find_duplicates
from pipeline.warehouse import fetch_dicts, load_query, replace_table

RECONCILE = "reconcile"


@dg.asset(group_name=RECONCILE, deps=[articles], kinds={"python", "duckdb"})
def article_duplicates(warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """Syndicated copies: articles whose body repeats an earlier article's text (their facts are not repeated)."""
    with warehouse.warehouse().connect() as con:
        rows = find_duplicates(fetch_dicts(con, load_query("current_article_bodies")))
        replace_table(con, "article_duplicates", rows)
    return dg.MaterializeResult(metadata={**counts(rows=len(rows)),
                                          "preview": preview(rows, ["article_id", "duplicate_of", "similarity"])})


@dg.asset(group_name=RECONCILE, kinds={"python", "duckdb"})
def actors(warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """The actor lexicon (countries, blocs, people, organisations) that facts resolve to."""
    from pipeline.actors import all_actors

    rows = [vars(actor) | {"aliases": list(actor.aliases)} for actor in all_actors()]
    with warehouse.warehouse().connect() as con:
        replace_table(con, "actors", rows)
    return dg.MaterializeResult(metadata={**counts(rows=len(rows)),
                                          "preview": preview(rows, ["actor_id", "name", "kind", "country"])})


@dg.asset(group_name=RECONCILE, deps=[commitments, statements, article_duplicates, actors],
          kinds={"python", "duckdb"})
def deals(warehouse: TradeDealsWarehouse) -> dg.MaterializeResult:
    """One row per real-world agreement: commitments between the same parties reported within a week."""
    with warehouse.warehouse().connect() as con:
        country_names = dict(con.execute(load_query("country_names")).fetchall())
        deal_rows, links = reconcile_deals(
            fetch_dicts(con, load_query("commitments_for_deals")),
            fetch_dicts(con, load_query("articles_for_deals")),
            country_names,
        )
        replace_table(con, "deals", deal_rows)
        replace_table(con, "deal_commitments", links)
    return dg.MaterializeResult(metadata={
        **counts(rows=len(deal_rows), linked_commitments=len(links)),
        "preview": preview(deal_rows, ["name", "parties", "announced_on", "status", "article_count"]),
    })
