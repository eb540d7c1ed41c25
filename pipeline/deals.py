"""Deals: commitments reconciled across articles into real-world agreements.

Public API:
    reconcile_deals(commitments, articles, country_names) -> (deal rows, deal_commitment rows)

A deal is a set of parties and an announcement: commitments between the same parties
reported within DEAL_WINDOW_DAYS of the first report are one deal, whichever outlet
reported them. Ids come from the parties and the first report's date, so they are
the same on every run over the same articles.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Iterable

from pipeline.model import stable_id

# Coverage of one announcement (the talks, the joint statement, the fact sheet, the
# reactions) spreads over a few days; a new round between the same parties comes weeks later.
DEAL_WINDOW_DAYS = 7
# The most advanced status among a deal's commitments is the deal's status.
STATUS_RANK = {
    "rejected": 0, "expired": 1, "threatened": 2, "proposed": 3, "suspended": 4, "delayed": 4,
    "announced": 5, "agreed": 6, "implemented": 7,
}


def _article_day(article: dict) -> date | None:
    # Not fetched_at: a fetch date is not when a deal was announced, and an old story
    # fetched today would otherwise open a new deal dated today.
    moment = article.get("published_at")
    if isinstance(moment, datetime):
        return moment.date()
    return moment


def _main_pair(rows: list[dict]) -> frozenset[str]:
    pairs = Counter(frozenset((r["actor"], r["counterparty"])) for r in rows
                    if r.get("actor") and r.get("counterparty") and r["actor"] != r["counterparty"])
    if pairs:
        return pairs.most_common(1)[0][0]
    actors = Counter(r["actor"] for r in rows if r.get("actor"))
    return frozenset(code for code, _ in actors.most_common(2))


def _parties(row: dict, main_pair: frozenset[str]) -> frozenset[str] | None:
    actor, counterparty = row.get("actor"), row.get("counterparty")
    if actor and counterparty and actor != counterparty:
        return frozenset((actor, counterparty))
    if actor and actor in main_pair:
        return main_pair
    if actor:
        return frozenset((actor,))
    return main_pair or None


def reconcile_deals(
    commitments: Iterable[dict], articles: Iterable[dict], country_names: dict[str, str] | None = None
) -> tuple[list[dict], list[dict]]:
    country_names = country_names or {}
    article_by_id = {a["article_id"]: a for a in articles if not a.get("duplicate_of")}
    by_article: dict[str, list[dict]] = defaultdict(list)
    for row in commitments:
        if row["article_id"] in article_by_id:
            by_article[row["article_id"]].append(row)

    # (parties) -> [(day, article, commitment rows)]; undated articles kept apart
    reports: dict[frozenset[str], list[tuple[date, dict, list[dict]]]] = defaultdict(list)
    undated: dict[frozenset[str], list[tuple[None, dict, list[dict]]]] = defaultdict(list)
    for article_id, rows in by_article.items():
        article = article_by_id[article_id]
        day = _article_day(article)
        grouped: dict[frozenset[str], list[dict]] = defaultdict(list)
        main_pair = _main_pair(rows)
        for row in rows:
            parties = _parties(row, main_pair)
            if parties:
                grouped[parties].append(row)
        for parties, group in grouped.items():
            (reports if day else undated)[parties].append((day, article, group))

    deals: list[dict] = []
    links: list[dict] = []
    for parties, items in reports.items():
        items.sort(key=lambda item: (item[0], item[1]["article_id"]))
        cluster: list[tuple[date, dict, list[dict]]] = []
        for item in items:
            if cluster and item[0] - cluster[0][0] > timedelta(days=DEAL_WINDOW_DAYS):
                _close_cluster(parties, cluster, country_names, deals, links)
                cluster = []
            cluster.append(item)
        if cluster:
            _close_cluster(parties, cluster, country_names, deals, links)
    # Without a publication date nothing says which announcement an article reports:
    # each undated article is its own deal, with no date rather than a guessed one.
    for parties, items in undated.items():
        for item in sorted(items, key=lambda item: item[1]["article_id"]):
            _close_cluster(parties, [item], country_names, deals, links)
    deals.sort(key=lambda d: (d["announced_on"] is None, d["announced_on"] or date.min, d["deal_id"]))
    return deals, links


def _close_cluster(parties, cluster, country_names, deals, links) -> None:
    first_day, first_article, _ = cluster[0]
    codes = sorted(parties)
    when = first_day.isoformat() if first_day else f"undated:{first_article['article_id']}"
    deal_id = stable_id("deal", "-".join(codes), when)
    rows = [row for _, _, group in cluster for row in group]
    statuses = [r["status"] for r in rows if r.get("status") in STATUS_RANK]
    names = "–".join(country_names.get(code, code) for code in codes)
    deals.append({
        "deal_id": deal_id,
        "name": f"{names}, {first_day.strftime('%B %Y') if first_day else 'date unknown'}",
        "parties": codes,
        "announced_on": first_day,
        "location": first_article.get("dateline"),
        "status": max(statuses, key=STATUS_RANK.get) if statuses else None,
        "article_count": len({article["article_id"] for _, article, _ in cluster}),
        "commitment_count": len(rows),
        "first_reported_at": first_article.get("published_at"),
    })
    links.extend({"commitment_id": r["commitment_id"], "deal_id": deal_id} for r in rows)
