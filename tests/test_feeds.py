"""RSS and Atom parsing, and discovery from a feed served over loopback HTTP."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from httpserver import Reply, http_server  # noqa: F401 (fixture)

from pipeline.feeds import FeedError, parse_datetime, parse_feed
from pipeline.fetch import FetchError, Fetcher
from pipeline.sources import Source, discover

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
 <channel>
  <title>Trade desk</title>
  <link>https://news.example.org/</link>
  <item>
   <title>Geneva talks end with 90-day tariff pause</title>
   <link>https://news.example.org/2025/05/12/geneva-pause?utm_source=rss</link>
   <pubDate>Mon, 12 May 2025 09:30:00 +0100</pubDate>
  </item>
  <item>
   <title>Permalink only</title>
   <guid isPermaLink="true">https://news.example.org/2025/05/13/soybeans</guid>
   <pubDate>Tue, 13 May 2025 14:00:00 GMT</pubDate>
  </item>
  <item>
   <title>Via FeedBurner</title>
   <link>https://feeds.example.net/~r/trade/~3/abc</link>
   <feedburner:origLink>https://news.example.org/2025/05/14/rare-earths</feedburner:origLink>
  </item>
  <item><title>No link at all</title><guid isPermaLink="false">id-42</guid></item>
 </channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://gov.example.org/news/">
 <title>Press releases</title>
 <entry>
  <title type="text">Joint statement on the London framework</title>
  <link rel="edit" href="https://gov.example.org/api/edit/1"/>
  <link rel="alternate" type="application/json" href="releases/1.json"/>
  <link rel="alternate" type="text/html" href="releases/london-framework.html"/>
  <id>tag:gov.example.org,2025:1</id>
  <published>2025-06-11T18:00:00-04:00</published>
  <updated>2025-06-12T08:00:00Z</updated>
 </entry>
 <entry>
  <title>Updated only</title>
  <link href="/fact-sheets/uk-deal"/>
  <updated>2025-05-08</updated>
 </entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="https://wire.example.org/"><title>Wire</title></channel>
 <item rdf:about="https://wire.example.org/busan">
  <title>Busan meeting</title><link>https://wire.example.org/busan</link><dc:date>2025-10-30T05:00:00Z</dc:date>
 </item>
</rdf:RDF>"""


def test_rss_entries_links_titles_and_dates():
    entries = parse_feed(RSS)
    assert [e.url for e in entries] == [
        "https://news.example.org/2025/05/12/geneva-pause?utm_source=rss",
        "https://news.example.org/2025/05/13/soybeans",
        "https://news.example.org/2025/05/14/rare-earths",
    ]
    assert entries[0].title == "Geneva talks end with 90-day tariff pause"
    assert entries[0].published_at == datetime(2025, 5, 12, 8, 30, tzinfo=timezone.utc)
    assert entries[2].published_at is None


def test_atom_prefers_html_alternate_link_resolved_against_xml_base():
    first, second = parse_feed(ATOM, base_url="https://gov.example.org/feed.atom")
    assert first.url == "https://gov.example.org/news/releases/london-framework.html"
    assert first.title == "Joint statement on the London framework"
    assert first.published_at == datetime(2025, 6, 11, 22, 0, tzinfo=timezone.utc)
    assert first.updated_at == datetime(2025, 6, 12, 8, 0, tzinfo=timezone.utc)
    assert second.url == "https://gov.example.org/fact-sheets/uk-deal"
    assert second.published_at == datetime(2025, 5, 8, tzinfo=timezone.utc)  # falls back to updated


def test_rss_1_0_rdf_feed():
    (entry,) = parse_feed(RDF)
    assert entry.url == "https://wire.example.org/busan"
    assert entry.published_at == datetime(2025, 10, 30, 5, 0, tzinfo=timezone.utc)


def test_external_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rss version="2.0"><channel><item><title>x&xxe;</title><link>https://a.example/1</link></item></channel></rss>"""
    (entry,) = parse_feed(feed.encode())
    assert "TOP-SECRET" not in (entry.title or "")


@pytest.mark.parametrize("content", [b"<html><body>not a feed</body></html>", b"plain words", b""])
def test_non_feeds_are_rejected(content):
    with pytest.raises(FeedError):
        parse_feed(content)


def test_leading_whitespace_and_bom_are_tolerated():
    assert len(parse_feed(b"\xef\xbb\xbf\n\n" + RSS)) == 3


def test_parse_datetime_forms():
    assert parse_datetime("2025-05-12") == datetime(2025, 5, 12, tzinfo=timezone.utc)
    assert parse_datetime("Mon, 12 May 2025 09:30:00 EST") == datetime(2025, 5, 12, 14, 30, tzinfo=timezone.utc)
    assert parse_datetime("sometime in May") is None


def test_discover_from_feed_dedupes_filters_and_caps(http_server):
    port = http_server.port
    feed = f"""<rss version="2.0"><channel>
      <item><title>One</title><link>http://news.test:{port}/a?utm_medium=feed</link>
            <pubDate>Mon, 12 May 2025 09:30:00 GMT</pubDate></item>
      <item><title>One again</title><link>http://NEWS.test:{port}/a#top</link></item>
      <item><title>Elsewhere</title><link>https://other.example.com/story</link></item>
      <item><title>Two</title><link>/b</link></item>
      <item><title>Three</title><link>http://news.test:{port}/c</link></item>
    </channel></rss>""".encode()
    http_server.route("/feed.xml", Reply(body=feed, headers={"Content-Type": "application/rss+xml"}))
    source = Source(name="wire", type="rss", url=f"http://news.test:{port}/feed.xml", allowed_domains=("news.test",),
                    max_pages=2, min_delay_s=0, allowed_private_networks=("127.0.0.1/32",))
    fetcher = Fetcher.for_source(source, resolver=lambda host, p: ["127.0.0.1"])
    docs = discover(source, fetcher)
    assert [d.url for d in docs] == [f"http://news.test:{port}/a", f"http://news.test:{port}/b"]
    assert docs[0].title == "One" and docs[0].published_at == datetime(2025, 5, 12, 9, 30, tzinfo=timezone.utc)
    assert docs[0].found_in == f"http://news.test:{port}/feed.xml" and docs[0].source == "wire"


def test_discover_reports_a_page_that_is_not_a_feed(http_server):
    http_server.route("/feed.xml", Reply(body=b"<html><body>moved</body></html>"))
    source = Source(name="wire", type="rss", url=http_server.url("/feed.xml"), min_delay_s=0,
                    allowed_private_networks=("127.0.0.1/32",))
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        discover(source)
