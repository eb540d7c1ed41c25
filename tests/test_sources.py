"""sources.yaml loading and discovery."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.fetch import FetchError, read_local
from pipeline.sources import (
    DiscoveredDocument,
    Source,
    SourcesError,
    discover,
    load_sources,
    normalize_url,
    select_documents,
    url_in_domains,
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- loading


def test_design_example_loads_with_local_path_relative_to_the_file(tmp_path):
    (tmp_path / "conf" / "samples").mkdir(parents=True)
    sources_file = write(
        tmp_path / "conf" / "sources.yaml",
        """
sources:
  - name: sample-corpus
    type: local
    path: samples
  - name: example-wire
    type: rss
    url: https://example.org/feed.xml
    enabled: false
    allowed_domains: [Example.org]
    max_pages: 500
    min_delay_s: 1.0
    allowed_private_networks: []
  - name: listed
    type: urls
    urls: [https://example.org/a.html, https://example.org/b.html]
    allowed_private_networks: [127.0.0.1/32]
""",
    )
    local, wire, listed = load_sources(sources_file)
    assert local == Source(name="sample-corpus", type="local", path=(tmp_path / "conf" / "samples").resolve())
    assert wire.type == "rss" and wire.url == "https://example.org/feed.xml"
    assert wire.enabled is False and wire.allowed_domains == ("example.org",)
    assert wire.max_pages == 500 and wire.min_delay_s == 1.0
    assert listed.urls == ("https://example.org/a.html", "https://example.org/b.html")
    assert [str(n) for n in listed.private_networks] == ["127.0.0.1/32"]


@pytest.mark.parametrize(
    "entries, reason",
    [
        ("  - {name: a, type: atom, url: 'https://x.org/f'}", "unknown type 'atom'"),
        ("  - {name: a, type: rss}", "missing 'url'"),
        ("  - {name: a, type: sitemap, url: 'ftp://x.org/s.xml'}", "must be an http or https URL"),
        ("  - {name: a, type: urls, urls: []}", "non-empty list"),
        ("  - {name: a, type: local, path: nowhere}", "is not a folder"),
        ("  - {type: rss, url: 'https://x.org/f'}", "missing 'name'"),
        ("  - {name: a, type: rss, url: 'https://x.org/f', max_page: 3}", "unknown field(s) 'max_page'"),
        ("  - {name: a, type: rss, url: 'https://x.org/f', max_pages: 0}", "'max_pages' must be a positive"),
        ("  - {name: a, type: rss, url: 'https://x.org/f', min_delay_s: -1}", "'min_delay_s' must be"),
        ("  - {name: a, type: rss, url: 'https://x.org/f', enabled: 'no'}", "'enabled' must be true or false"),
        (
            "  - {name: a, type: rss, url: 'https://x.org/f', allowed_private_networks: [localhost]}",
            "'localhost' is not an IP network",
        ),
    ],
)
def test_invalid_entry_names_file_entry_and_reason(tmp_path, entries, reason):
    sources_file = write(tmp_path / "sources.yaml", "sources:\n  - {name: ok, type: urls, urls: ['https://x.org/']}\n" + entries + "\n")
    with pytest.raises(SourcesError) as caught:
        load_sources(sources_file)
    message = str(caught.value)
    assert str(sources_file) in message
    assert "entry 2" in message
    assert reason in message


def test_duplicate_name_points_at_both_entries(tmp_path):
    sources_file = write(
        tmp_path / "sources.yaml",
        "sources:\n  - {name: wire, type: urls, urls: ['https://x.org/']}\n"
        "  - {name: wire, type: rss, url: 'https://y.org/feed'}\n",
    )
    with pytest.raises(SourcesError, match=r"entry 2 \('wire'\): duplicate name, already used by entry 1"):
        load_sources(sources_file)


def test_bad_yaml_reports_the_line(tmp_path):
    sources_file = write(tmp_path / "sources.yaml", "sources:\n  - name: a\n    type: [rss\n")
    with pytest.raises(SourcesError, match=r"sources.yaml: bad YAML at line \d+"):
        load_sources(sources_file)


def test_disabled_local_source_may_point_at_a_missing_folder(tmp_path):
    sources_file = write(tmp_path / "sources.yaml", "sources:\n  - {name: later, type: local, path: todo, enabled: false}\n")
    (source,) = load_sources(sources_file)
    assert source.enabled is False and source.path == (tmp_path / "todo").resolve()


def test_missing_file_and_wrong_top_level(tmp_path):
    with pytest.raises(SourcesError, match="file not found"):
        load_sources(tmp_path / "absent.yaml")
    with pytest.raises(SourcesError, match="'sources' list"):
        load_sources(write(tmp_path / "s.yaml", "- name: a\n"))


# --------------------------------------------------------------------------- URLs


def test_normalize_url_strips_tracking_fragment_and_case():
    assert (
        normalize_url("HTTPS://News.Example.ORG:443/Trade/Deal?id=7&utm_source=x&UTM_Medium=y&fbclid=abc#top")
        == "https://news.example.org/Trade/Deal?id=7"
    )
    assert normalize_url("http://example.org:8080?gclid=1") == "http://example.org:8080/"


def test_url_in_domains_accepts_subdomains_only():
    assert url_in_domains("https://www.example.org/a", ["example.org"])
    assert url_in_domains("https://example.org/a", ["example.org"])
    assert not url_in_domains("https://badexample.org/a", ["example.org"])
    assert url_in_domains("https://anything.net/", [])


def test_select_documents_dedupes_filters_and_caps():
    source = Source(name="s", type="urls", urls=("https://x.org/",), allowed_domains=("example.org",), max_pages=2)
    candidates = [
        DiscoveredDocument(url="https://example.org/a?utm_campaign=1", source="s"),
        DiscoveredDocument(url="https://EXAMPLE.org/a#comments", source="s"),
        DiscoveredDocument(url="https://elsewhere.com/b", source="s"),
        DiscoveredDocument(url="mailto:desk@example.org", source="s"),
        DiscoveredDocument(url="https://www.example.org/c", source="s"),
        DiscoveredDocument(url="https://example.org/d", source="s"),
    ]
    assert [d.url for d in select_documents(candidates, source)] == [
        "https://example.org/a",
        "https://www.example.org/c",
    ]


# --------------------------------------------------------------------------- local


def test_local_discovery_is_sorted_recursive_and_skips_other_files(tmp_path):
    corpus = tmp_path / "samples"
    for name in ["b.html", "a.txt", "sub/c.HTM", "notes.md", ".hidden/d.html", "sub/.e.html", "img.png"]:
        write(corpus / name, "<p>x</p>")
    sources_file = write(tmp_path / "sources.yaml", "sources:\n  - {name: corpus, type: local, path: samples}\n")
    (source,) = load_sources(sources_file)
    docs = discover(source)
    assert [d.path.relative_to(corpus.resolve()).as_posix() for d in docs] == ["a.txt", "b.html", "sub/c.HTM"]
    assert all(d.url.startswith("file://") and d.source == "corpus" for d in docs)


def test_local_discovery_respects_max_pages(tmp_path):
    for i in range(5):
        write(tmp_path / f"{i}.html", "<p>x</p>")
    source = Source(name="c", type="local", path=tmp_path, max_pages=3)
    assert len(discover(source)) == 3


def test_read_local_returns_a_page_like_http(tmp_path):
    path = write(tmp_path / "deal.html", "<html><body><p>Tariff cut to 10%.</p></body></html>")
    page = read_local(path)
    assert page.url == page.final_url == path.resolve().as_uri()
    assert page.status == 200 and page.content == path.read_bytes()
    assert page.content_type == "text/html" and page.http_charset is None
    assert len(page.sha256) == 64 and page.fetched_at.tzinfo is not None
    assert read_local(write(tmp_path / "n.txt", "x")).content_type == "text/plain"


def test_read_local_errors_name_the_file(tmp_path):
    with pytest.raises(FetchError, match="file not found") as caught:
        read_local(tmp_path / "gone.html")
    assert caught.value.url.endswith("gone.html")
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(FetchError, match="more than the 1000-byte limit"):
        read_local(big, max_bytes=1000)


def test_urls_source_lists_its_urls_without_fetching(tmp_path):
    sources_file = write(
        tmp_path / "sources.yaml",
        "sources:\n  - name: picked\n    type: urls\n    allowed_domains: [example.org]\n    urls:\n"
        "      - https://example.org/a?fbclid=9\n      - https://example.org/a\n      - https://other.net/b\n"
        "      - https://news.example.org/c\n",
    )
    (source,) = load_sources(sources_file)
    assert [d.url for d in discover(source)] == ["https://example.org/a", "https://news.example.org/c"]


def test_normalize_url_keeps_other_parameters_verbatim():
    assert normalize_url("https://x.org/search?q=a%2Fb+c&utm_term=z&page=2") == "https://x.org/search?q=a%2Fb+c&page=2"
    assert normalize_url("https://x.org:99999/a") == "https://x.org:99999/a"  # junk port left for the fetcher


_url_parts = st.tuples(
    st.sampled_from(["http", "HTTPS", "https"]),
    st.sampled_from(["Example.org", "news.example.org", "127.0.0.1", "[::1]", "x.org:8080", "x.org:443"]),
    st.text(alphabet="abcXYZ/%-_.~ é", max_size=12),
    st.lists(st.sampled_from(["id=1", "utm_source=rss", "fbclid=x", "q=a+b", "", "gclid", "page=%2F"]), max_size=4),
    st.text(alphabet="abc#", max_size=4),
)


@given(_url_parts)
def test_normalize_url_is_idempotent_and_drops_tracking(parts):
    scheme, host, path, params, fragment = parts
    url = f"{scheme}://{host}/{path}?{'&'.join(params)}#{fragment}"
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert "utm_" not in once and "fbclid" not in once and "gclid" not in once and "#" not in once
