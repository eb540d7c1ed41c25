"""Sitemap parsing and recursive sitemap discovery over loopback HTTP."""
from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest
from httpserver import Reply, http_server  # noqa: F401 (fixture)

from pipeline.fetch import FetchError, Fetcher
from pipeline.sitemaps import SitemapError, crawl_sitemaps, parse_sitemap
from pipeline.sources import Source, discover

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(*urls: str, lastmod: str | None = None) -> bytes:
    mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return f'<?xml version="1.0"?><urlset {NS}>{"".join(f"<url><loc>{u}</loc>{mod}</url>" for u in urls)}</urlset>'.encode()


def index(*sitemaps: str) -> bytes:
    items = "".join(f"<sitemap><loc>{s}</loc><lastmod>2025-11-01</lastmod></sitemap>" for s in sitemaps)
    return f'<?xml version="1.0"?><sitemapindex {NS}>{items}</sitemapindex>'.encode()


def loopback_fetcher() -> Fetcher:
    return Fetcher(allowed_private_networks=["127.0.0.1/32"], min_delay_s=0, timeout_s=2, max_retries=0)


def test_urlset_with_lastmod():
    sitemap = parse_sitemap(urlset("https://gov.example.org/a", lastmod="2025-10-30T07:15:00+09:00"))
    assert sitemap.kind == "urlset" and sitemap.sitemaps == []
    (entry,) = sitemap.pages
    assert entry.url == "https://gov.example.org/a"
    assert entry.lastmod == datetime(2025, 10, 29, 22, 15, tzinfo=timezone.utc)


def test_index_lists_child_sitemaps():
    sitemap = parse_sitemap(index("https://gov.example.org/s1.xml", "https://gov.example.org/s2.xml.gz"))
    assert sitemap.kind == "index" and sitemap.pages == []
    assert [s.url for s in sitemap.sitemaps] == ["https://gov.example.org/s1.xml", "https://gov.example.org/s2.xml.gz"]


def test_gzip_and_plain_text_sitemaps():
    assert [p.url for p in parse_sitemap(gzip.compress(urlset("https://a.example/x"))).pages] == ["https://a.example/x"]
    text = parse_sitemap(b"https://a.example/1\n\nhttps://a.example/2\n")
    assert text.kind == "text" and [p.url for p in text.pages] == ["https://a.example/1", "https://a.example/2"]


@pytest.mark.parametrize("content", [b"<html><body>hi</body></html>", b"not a url\nhttps://a.example/", b"\x1f\x8bjunk"])
def test_non_sitemaps_are_rejected(content):
    with pytest.raises(SitemapError):
        parse_sitemap(content)


def test_crawl_follows_index_recursively_with_gzip_and_ignores_loops(http_server):
    root = http_server.url("/sitemap.xml")
    http_server.route("/sitemap.xml", Reply(body=index(http_server.url("/news.xml"), http_server.url("/older.xml.gz"))))
    http_server.route("/news.xml", Reply(body=index(http_server.url("/day1.xml"), root)))  # loops back to the root
    http_server.route("/day1.xml", Reply(body=urlset(http_server.url("/a"), http_server.url("/b"), lastmod="2025-11-02")))
    http_server.route("/older.xml.gz", Reply(body=gzip.compress(urlset(http_server.url("/c"))),
                                              headers={"Content-Type": "application/gzip"}))
    pages = crawl_sitemaps(root, loopback_fetcher(), max_urls=100)
    assert [p.url for p in pages] == [http_server.url(p) for p in ("/c", "/a", "/b")]
    assert pages[1].lastmod == datetime(2025, 11, 2, tzinfo=timezone.utc)
    assert pages[1].found_in == http_server.url("/day1.xml")
    assert len(http_server.requests_for("/sitemap.xml")) == 1


def test_crawl_is_bounded_by_depth_count_and_urls(http_server):
    # an endless chain of indexes: /s0 -> /s1 -> /s2 -> ...
    for level in range(10):
        http_server.route(f"/s{level}", Reply(body=index(http_server.url(f"/s{level + 1}"))))
    crawl_sitemaps(http_server.url("/s0"), loopback_fetcher(), max_urls=10, max_depth=3)
    assert sorted({r.path for r in http_server.requests} - {"/robots.txt"}) == ["/s0", "/s1", "/s2", "/s3"]

    http_server.route("/many", Reply(body=urlset(*(http_server.url(f"/p{i}") for i in range(50)))))
    assert len(crawl_sitemaps(http_server.url("/many"), loopback_fetcher(), max_urls=7)) == 7


def test_broken_child_is_skipped_but_broken_root_raises(http_server):
    http_server.route("/root.xml", Reply(body=index(http_server.url("/missing.xml"), http_server.url("/ok.xml"))))
    http_server.route("/ok.xml", Reply(body=urlset(http_server.url("/a"))))
    pages = crawl_sitemaps(http_server.url("/root.xml"), loopback_fetcher(), max_urls=10)
    assert [p.url for p in pages] == [http_server.url("/a")]
    with pytest.raises(FetchError, match="HTTP 404"):
        crawl_sitemaps(http_server.url("/missing.xml"), loopback_fetcher(), max_urls=10)


def test_discover_sitemap_source_filters_domains_and_caps(http_server):
    port = http_server.port
    http_server.route("/sitemap.xml", Reply(body=urlset(
        f"http://gov.test:{port}/a?utm_source=x", "https://elsewhere.example/z",
        f"http://gov.test:{port}/a", f"http://gov.test:{port}/b", f"http://gov.test:{port}/c")))
    source = Source(name="gov", type="sitemap", url=f"http://gov.test:{port}/sitemap.xml", allowed_domains=("gov.test",),
                    max_pages=2, min_delay_s=0, allowed_private_networks=("127.0.0.1/32",))
    docs = discover(source, Fetcher.for_source(source, resolver=lambda host, p: ["127.0.0.1"]))
    assert [d.url for d in docs] == [f"http://gov.test:{port}/a", f"http://gov.test:{port}/b"]
    assert all(d.found_in == source.url and d.source == "gov" for d in docs)
