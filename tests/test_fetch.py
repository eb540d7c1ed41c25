"""Fetcher behaviour against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import gzip
import pickle
import time

import pytest
from httpserver import Reply, http_server  # noqa: F401 (fixture)

from pipeline.fetch import USER_AGENT, FetchError, Fetcher, address_refusal, retry_after_seconds
from pipeline.sources import Source

LOOPBACK = ["127.0.0.1/32"]


class SleepRecorder:
    def __init__(self):
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def make_fetcher(**settings) -> Fetcher:
    defaults = dict(allowed_private_networks=LOOPBACK, min_delay_s=0, timeout_s=2, backoff_s=0.01)
    defaults.update(settings)
    return Fetcher(**defaults)


def hosts_to_loopback(*names: str):
    """A resolver that sends test host names to the loopback server (and nothing else)."""

    def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return ["127.0.0.1"]
        raise OSError(f"unknown test host {host}")

    return resolve


# --------------------------------------------------------------------------- basics


def test_fetch_returns_page_with_metadata_and_identifies_itself(http_server):
    http_server.route(
        "/deal.html",
        Reply(body="<p>Zölle</p>".encode("latin-1"), headers={"Content-Type": "text/html; charset=ISO-8859-1", "X-Id": "7"}),
    )
    page = make_fetcher().fetch(http_server.url("/deal.html"))
    assert page.status == 200 and page.content == "<p>Zölle</p>".encode("latin-1")
    assert page.content_type == "text/html" and page.http_charset == "iso-8859-1"
    assert page.headers["x-id"] == "7" and page.final_url == page.url == http_server.url("/deal.html")
    assert len(page.sha256) == 64 and page.fetched_at.tzinfo is not None and not page.from_cache
    (request,) = http_server.requests_for("/deal.html")
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("tradedeals/")


def test_http_error_status_raises_with_status(http_server):
    http_server.route("/gone", Reply(410, b"gone"))
    with pytest.raises(FetchError) as caught:
        make_fetcher().fetch(http_server.url("/gone"))
    assert caught.value.status == 410 and "HTTP 410" in caught.value.reason
    assert pickle.loads(pickle.dumps(caught.value)).status == 410


def test_only_http_and_https_are_fetched():
    with pytest.raises(FetchError, match="unsupported scheme 'file'"):
        make_fetcher().fetch("file:///etc/passwd")


# --------------------------------------------------------------------------- SSRF


def test_loopback_refused_unless_allowed(http_server):
    http_server.route("/page", Reply(body=b"secret"))
    with pytest.raises(FetchError, match="127.0.0.1 is a loopback address"):
        make_fetcher(allowed_private_networks=[]).fetch(http_server.url("/page"))
    with pytest.raises(FetchError, match="loopback address"):
        make_fetcher(allowed_private_networks=[]).fetch(http_server.url("/page", host="localhost"))
    with pytest.raises(FetchError, match="loopback address"):
        make_fetcher(allowed_private_networks=[]).fetch(http_server.url("/page", host="[::ffff:127.0.0.1]"))
    assert http_server.requests == []  # nothing ever connected


def test_host_resolving_to_private_address_is_refused():
    fetcher = make_fetcher(resolver=lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(FetchError, match="refused intranet.example: 10.1.2.3 is a private address"):
        fetcher.fetch("http://intranet.example/")


@pytest.mark.parametrize(
    "address, label",
    [("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"),
     ("192.168.1.1", "private"), ("fd00::1", "private"), ("100.64.0.1", "not a public"),
     ("2002:a00:1::", "private"), ("64:ff9b::7f00:1", "loopback"), ("::ffff:169.254.1.1", "link-local")],
)
def test_address_refusal_categories(address, label):
    import ipaddress

    assert label in address_refusal(ipaddress.ip_address(address), [])
    assert address_refusal(ipaddress.ip_address("93.184.216.34"), []) is None
    assert address_refusal(ipaddress.ip_address(address), [ipaddress.ip_network(address)]) is None


@pytest.mark.parametrize(
    "target, label",
    [("http://169.254.169.254/latest/meta-data/", "link-local"), ("http://10.0.0.5/admin", "private")],
)
def test_redirect_to_private_address_is_refused(http_server, target, label):
    http_server.route("/go", Reply(302, headers={"Location": target}))
    with pytest.raises(FetchError, match=label) as caught:
        make_fetcher().fetch(http_server.url("/go"))
    assert caught.value.url == http_server.url("/go")
    assert caught.value.reason.startswith(f"redirected to {target}: refused ")


def test_redirect_leaving_allowed_domains_is_refused(http_server):
    port = http_server.port
    http_server.route("/story", Reply(301, headers={"Location": f"http://evil.test:{port}/x"}))
    fetcher = make_fetcher(resolver=hosts_to_loopback("news.test", "evil.test"), allowed_domains=["news.test"])
    with pytest.raises(FetchError, match="host evil.test is outside allowed_domains"):
        fetcher.fetch(f"http://news.test:{port}/story")
    assert http_server.requests_for("/x") == []


# --------------------------------------------------------------------------- redirects


def test_redirects_are_followed_to_the_final_url(http_server):
    http_server.route("/old", Reply(301, headers={"Location": "/mid"}))
    http_server.route("/mid", Reply(302, headers={"Location": http_server.url("/new")}))
    http_server.route("/new", Reply(body=b"here"))
    page = make_fetcher().fetch(http_server.url("/old"))
    assert page.url == http_server.url("/old") and page.final_url == http_server.url("/new")
    assert page.content == b"here"


def test_redirect_loop_stops(http_server):
    http_server.route("/a", Reply(302, headers={"Location": "/b"}))
    http_server.route("/b", Reply(302, headers={"Location": "/a"}))
    with pytest.raises(FetchError, match="more than 3 redirects"):
        make_fetcher(max_redirects=3).fetch(http_server.url("/a"))
    assert len(http_server.requests_for("/a")) + len(http_server.requests_for("/b")) == 4


# --------------------------------------------------------------------------- robots.txt


def test_robots_disallow_is_obeyed_and_fetched_once_per_host(http_server):
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private\n"))
    http_server.route("/public", Reply(body=b"ok"))
    http_server.route("/go", Reply(302, headers={"Location": "/private/memo"}))
    fetcher = make_fetcher()
    assert fetcher.fetch(http_server.url("/public")).content == b"ok"
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetcher.fetch(http_server.url("/private/x"))
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetcher.fetch(http_server.url("/go"))  # checked on the redirect hop too
    assert http_server.requests_for("/private/x") == http_server.requests_for("/private/memo") == []
    assert len(http_server.requests_for("/robots.txt")) == 1


def test_robots_rules_for_our_agent(http_server):
    http_server.route("/robots.txt", Reply(body=b"User-agent: tradedeals\nDisallow: /\n\nUser-agent: *\nAllow: /\n"))
    http_server.route("/page", Reply(body=b"ok"))
    with pytest.raises(FetchError, match="robots.txt"):
        make_fetcher().fetch(http_server.url("/page"))
    assert make_fetcher(respect_robots=False).fetch(http_server.url("/page")).content == b"ok"


def test_unreachable_robots_means_keep_out_but_missing_means_welcome(http_server):
    http_server.route("/page", Reply(body=b"ok"))
    http_server.route("/robots.txt", Reply(500))
    with pytest.raises(FetchError, match=r"robots.txt unreachable \(HTTP 500 after 1 attempt\), so the host is treated as disallowed"):
        make_fetcher(max_retries=0).fetch(http_server.url("/page"))
    assert http_server.requests_for("/page") == []
    http_server.route("/robots.txt", Reply(404))
    assert make_fetcher().fetch(http_server.url("/page")).content == b"ok"


def test_robots_crawl_delay_is_honoured(http_server):
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 5\n"))
    http_server.route("/p", Reply(body=b"ok"))
    sleeps = SleepRecorder()
    fetcher = make_fetcher(sleep=sleeps)
    fetcher.fetch(http_server.url("/p"))
    fetcher.fetch(http_server.url("/p"))
    assert sleeps.calls and 4.5 < max(sleeps.calls) <= 5


# --------------------------------------------------------------------------- politeness


def test_requests_to_one_host_are_spaced_by_min_delay(http_server):
    http_server.route("/p", Reply(body=b"ok"))
    fetcher = make_fetcher(min_delay_s=0.15)
    for _ in range(3):
        fetcher.fetch(http_server.url("/p"))
    arrivals = [r.at for r in http_server.requests]
    assert len(arrivals) == 4  # robots.txt + three pages
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:])]
    assert min(gaps) >= 0.14, gaps


# --------------------------------------------------------------------------- retries


def test_retry_after_is_honoured_on_503(http_server):
    http_server.route("/busy", Reply(503, headers={"Retry-After": "7"}), Reply(body=b"done"))
    sleeps = SleepRecorder()
    page = make_fetcher(sleep=sleeps).fetch(http_server.url("/busy"))
    assert page.content == b"done" and sleeps.calls == [7.0]
    assert len(http_server.requests_for("/busy")) == 2


def test_retry_after_with_real_waiting(http_server):
    http_server.route("/busy", Reply(429, headers={"Retry-After": "1"}), Reply(body=b"done"))
    started = time.monotonic()
    assert make_fetcher().fetch(http_server.url("/busy")).content == b"done"
    first, second = http_server.requests_for("/busy")
    assert second.at - first.at >= 0.95 and time.monotonic() - started < 3


def test_backoff_grows_without_retry_after_and_gives_up(http_server):
    http_server.route("/down", Reply(502))
    sleeps = SleepRecorder()
    with pytest.raises(FetchError, match="HTTP 502 after 3 attempts") as caught:
        make_fetcher(sleep=sleeps, max_retries=2, backoff_s=0.5).fetch(http_server.url("/down"))
    assert caught.value.status == 502 and sleeps.calls == [0.5, 1.0]


def test_too_long_retry_after_gives_up_at_once(http_server):
    http_server.route("/later", Reply(429, headers={"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="Retry-After 3600 s, longer than the 120 s"):
        make_fetcher(sleep=SleepRecorder()).fetch(http_server.url("/later"))
    assert len(http_server.requests_for("/later")) == 1


def test_retry_after_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("120") == 120.0 and retry_after_seconds("soon") is None


# --------------------------------------------------------------------------- limits


def test_slow_server_times_out_and_is_retried(http_server):
    # the server answers after 2 s: a fetcher that gave up at its 0.2 s timeout twice is done well
    # before that, even on a loaded machine (a 1 s reply and a 0.9 s bound failed under load)
    http_server.route("/slow", Reply(body=b"late", delay_s=2.0))
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.2 s \(after 2 attempts\)"):
        make_fetcher(timeout_s=0.2, max_retries=1).fetch(http_server.url("/slow"))
    assert time.monotonic() - started < 1.8
    assert len(http_server.requests_for("/slow")) == 2


def test_dripping_download_hits_total_timeout(http_server):
    http_server.route("/drip", Reply(body=b"x" * 20_000, drip_s=0.05))
    with pytest.raises(FetchError, match="download took longer than 0.2 s"):
        make_fetcher(total_timeout_s=0.2).fetch(http_server.url("/drip"))


def test_declared_oversized_body_is_refused(http_server):
    http_server.route("/big", Reply(body=b"x" * 5000))
    with pytest.raises(FetchError, match="response is 5000 bytes, more than the 1000-byte limit"):
        make_fetcher(max_bytes=1000).fetch(http_server.url("/big"))


def test_undeclared_oversized_body_is_aborted(http_server):
    http_server.route("/stream", Reply(body=b"x" * 300_000, send_length=False))
    with pytest.raises(FetchError, match="larger than the 100000-byte limit; download aborted"):
        make_fetcher(max_bytes=100_000).fetch(http_server.url("/stream"))


def test_gzip_encoding_is_decoded_and_bombs_are_stopped(http_server):
    http_server.route("/z", Reply(body=gzip.compress(b"<p>tariff</p>"), headers={"Content-Encoding": "gzip"}))
    http_server.route("/bomb", Reply(body=gzip.compress(b"\0" * 5_000_000), headers={"Content-Encoding": "gzip"}))
    page = make_fetcher().fetch(http_server.url("/z"))
    assert page.content == b"<p>tariff</p>" and "content-encoding" not in page.headers
    assert http_server.requests_for("/z")[0].headers["Accept-Encoding"] == "gzip"
    with pytest.raises(FetchError, match="exceeds the 100000-byte limit"):
        make_fetcher(max_bytes=100_000).fetch(http_server.url("/bomb"))


# --------------------------------------------------------------------------- cache


def test_conditional_get_revalidates_against_the_cache(http_server, tmp_path):
    body = b"<p>Tariffs cut to 10 per cent.</p>"

    def article(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return Reply(body=body, headers={"ETag": '"v1"', "Last-Modified": "Mon, 12 May 2025 08:00:00 GMT",
                                         "Content-Type": "text/html; charset=utf-8"})

    http_server.route("/a", article)
    http_server.route("/copy", Reply(body=body))
    first = make_fetcher(cache_dir=tmp_path).fetch(http_server.url("/a"))
    second = make_fetcher(cache_dir=tmp_path).fetch(http_server.url("/a"))
    assert not first.from_cache and second.from_cache
    assert second.content == body and second.sha256 == first.sha256 and second.status == 200
    assert second.http_charset == "utf-8"
    revalidation = http_server.requests_for("/a")[1]
    assert revalidation.headers["If-None-Match"] == '"v1"'
    assert revalidation.headers["If-Modified-Since"] == "Mon, 12 May 2025 08:00:00 GMT"
    make_fetcher(cache_dir=tmp_path).fetch(http_server.url("/copy"))
    objects = [p for p in (tmp_path / "objects").rglob("*") if p.is_file()]
    assert [p.name for p in objects] == [first.sha256]  # same bytes stored once


def test_lost_cache_object_falls_back_to_a_full_fetch(http_server, tmp_path):
    def article(request):
        if request.headers.get("If-None-Match"):
            return Reply(304)
        return Reply(body=b"fresh", headers={"ETag": '"v1"'})

    http_server.route("/a", article)
    first = make_fetcher(cache_dir=tmp_path).fetch(http_server.url("/a"))
    (tmp_path / "objects" / first.sha256[:2] / first.sha256).write_bytes(b"corrupted")
    again = make_fetcher(cache_dir=tmp_path).fetch(http_server.url("/a"))
    assert again.content == b"fresh" and not again.from_cache


# --------------------------------------------------------------------------- sources


def test_for_source_applies_the_source_settings(http_server):
    source = Source(name="s", type="rss", url="https://feeds.example.org/f.xml", allowed_domains=("example.com",),
                    min_delay_s=2.5, timeout_s=3.0, allowed_private_networks=("10.0.0.0/8",))
    fetcher = Fetcher.for_source(source)
    assert fetcher.min_delay_s == 2.5 and fetcher.timeout_s == 3.0
    assert [str(n) for n in fetcher.allowed_networks] == ["10.0.0.0/8"]
    assert fetcher.allowed_domains == ("example.com", "feeds.example.org")


# --------------------------------------------------------------------------- TLS


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS loopback server with a fresh self-signed certificate for tls.test."""
    import shutil
    import ssl
    import subprocess

    from httpserver import LoopbackServer

    if not shutil.which("openssl"):
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=tls.test",
         "-addext", "subjectAltName=DNS:tls.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with LoopbackServer(tls=context) as server:
        server.cert = cert
        yield server


def test_https_verifies_certificates_and_uses_the_url_host_for_sni(tls_server):
    import ssl

    tls_server.route("/deal", Reply(body=b"secure"))
    url = tls_server.url("/deal", host="tls.test")
    resolver = hosts_to_loopback("tls.test")
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
        make_fetcher(resolver=resolver).fetch(url)
    trusting = ssl.create_default_context(cafile=str(tls_server.cert))
    page = make_fetcher(resolver=resolver, ssl_context=trusting).fetch(url)
    assert page.content == b"secure" and page.final_url == url
    assert tls_server.requests_for("/deal")[0].headers["Host"] == f"tls.test:{tls_server.port}"


def test_non_ascii_and_spaces_in_paths_are_percent_encoded(http_server):
    http_server.route("/z%C3%B6lle/a%20b?q=%C3%A9", Reply(body=b"found"))
    page = make_fetcher().fetch(http_server.url("/zölle/a b?q=é"))
    assert page.content == b"found"
    assert make_fetcher().fetch(http_server.url("/z%C3%B6lle/a%20b?q=%C3%A9")).content == b"found"  # no double encoding


@pytest.mark.parametrize("status, allowed", [(403, True), (401, True), (410, True), (429, False), (503, False)])
def test_robots_status_rules_follow_rfc_9309(http_server, status, allowed):
    http_server.route("/robots.txt", Reply(status))
    http_server.route("/page", Reply(body=b"ok"))
    fetcher = make_fetcher(max_retries=0)
    assert (fetcher.robots_refusal(http_server.url("/page")) is None) is allowed
