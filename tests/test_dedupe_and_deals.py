"""Syndicated copies are found; commitments between the same parties in one week are one deal."""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline.deals import reconcile_deals
from pipeline.dedupe import find_duplicates

STORY = (
    "Washington will cut tariffs on Chinese goods to 47 per cent from 57 per cent, officials said "
    "after the leaders met for two hours at an air base near the port city. Beijing will resume "
    "purchases of American soybeans this season and pause its newest export controls on rare-earth "
    "magnets for a year, according to a statement issued by the commerce ministry late on Thursday. "
    "Markets rose on the news, although analysts cautioned that earlier truces had unravelled."
)


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 10, day, hour, tzinfo=timezone.utc)


def test_a_republished_story_is_a_duplicate_of_the_first_publication():
    copy = "Updated with market reaction. " + STORY.replace("officials said", "officials told reporters")
    articles = [
        {"article_id": "copy", "published_at": _at(30, 11), "body": copy},
        {"article_id": "wire", "published_at": _at(30, 7), "body": STORY},
        {"article_id": "other", "published_at": _at(30, 8),
         "body": "The central bank held interest rates at four per cent on Thursday, citing sticky "
                 "services inflation and a weaker labour market in the third quarter of the year."},
    ]
    assert find_duplicates(articles) == [
        {"article_id": "copy", "duplicate_of": "wire", "similarity": find_duplicates(articles)[0]["similarity"]}]
    assert find_duplicates(articles)[0]["similarity"] >= 0.7


def test_different_stories_on_the_same_event_are_not_duplicates():
    other = ("Soybean futures in Chicago jumped to a fifteen-month high as traders bet that Chinese "
             "buyers would return to the American market before the Brazilian harvest, brokers said, "
             "while shipping firms welcomed a pause in the dispute over port fees.")
    articles = [{"article_id": "a", "published_at": _at(30), "body": STORY},
                {"article_id": "b", "published_at": _at(30, 10), "body": other}]
    assert find_duplicates(articles) == []


def _commitment(cid: str, article: str, actor: str, counterparty: str | None, status: str = "agreed") -> dict:
    return {"commitment_id": cid, "article_id": article, "actor": actor, "counterparty": counterparty,
            "status": status}


def test_reports_within_a_week_between_the_same_parties_are_one_deal():
    articles = [
        {"article_id": "wire", "published_at": _at(30), "dateline": "BUSAN"},
        {"article_id": "ministry", "published_at": _at(31)},
        {"article_id": "later", "published_at": datetime(2025, 12, 20, tzinfo=timezone.utc)},
        {"article_id": "copy", "published_at": _at(30), "duplicate_of": "wire"},
    ]
    commitments = [
        _commitment("c1", "wire", "USA", "CHN"),
        _commitment("c2", "wire", "CHN", None, "announced"),
        _commitment("c3", "ministry", "CHN", "USA", "implemented"),
        _commitment("c4", "later", "USA", "CHN", "threatened"),
        _commitment("c5", "copy", "USA", "CHN"),
    ]
    deals, links = reconcile_deals(commitments, articles, {"USA": "United States", "CHN": "China"})
    assert [(d["name"], d["article_count"], d["commitment_count"], d["status"], d["location"]) for d in deals] == [
        ("China–United States, October 2025", 2, 3, "implemented", "BUSAN"),
        ("China–United States, December 2025", 1, 1, "threatened", None),
    ]
    by_commitment = {link["commitment_id"]: link["deal_id"] for link in links}
    assert by_commitment["c1"] == by_commitment["c2"] == by_commitment["c3"] != by_commitment["c4"]
    assert "c5" not in by_commitment  # syndicated copies do not count twice


def test_deal_ids_are_the_same_on_every_run():
    articles = [{"article_id": "wire", "published_at": _at(30)}]
    commitments = [_commitment("c1", "wire", "USA", "CHN")]
    assert reconcile_deals(commitments, articles)[0] == reconcile_deals(list(commitments), list(articles))[0]


def test_an_undated_article_is_its_own_deal_with_no_date():
    articles = [{"article_id": "dated", "published_at": _at(30)},
                {"article_id": "undated", "published_at": None,
                 "fetched_at": datetime(2026, 11, 28, tzinfo=timezone.utc)}]
    commitments = [_commitment("c1", "dated", "USA", "CHN"), _commitment("c2", "undated", "USA", "CHN")]
    deals, _ = reconcile_deals(commitments, articles, {"USA": "United States", "CHN": "China"})
    assert [(d["name"], d["announced_on"]) for d in deals] == [
        ("China–United States, October 2025", _at(30).date()),
        ("China–United States, date unknown", None),
    ]
