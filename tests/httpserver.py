"""A real HTTP server on 127.0.0.1 for tests that talk HTTP.

Use the ``http_server`` fixture (``from httpserver import http_server``) or
``with LoopbackServer() as server:``. Configure routes per test:

    server.route("/feed.xml", Reply(body=feed_bytes, headers={"Content-Type": "application/rss+xml"}))
    server.route("/flaky", Reply(503, headers={"Retry-After": "1"}), Reply(body=b"ok"))  # in turn, last repeats
    server.route("/echo", lambda request: Reply(body=request.headers.get("User-Agent", "").encode()))

Unrouted paths answer 404 (so robots.txt is absent unless routed). Every request
is recorded in ``server.requests`` with its path, headers and arrival time.
"""
from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line: for timeouts
    send_length: bool = True  # False: no Content-Length, body ends when the connection closes
    drip_s: float = 0.0  # pause between 1 KiB pieces of the body: slow downloads


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


Handler = Callable[[Request], Reply]


class LoopbackServer:
    """Plain HTTP, or HTTPS when given an ``ssl.SSLContext`` holding the server certificate."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[Request] = []
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.scheme = "https" if tls else "http"
        if tls:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, *replies: Reply | Handler) -> None:
        """Answer ``path`` with a handler, or with ``replies`` in turn (the last one repeats)."""
        if len(replies) == 1 and callable(replies[0]):
            self._routes[path] = replies[0]  # type: ignore[assignment]
            return
        queue = list(replies)

        def next_reply(_request: Request) -> Reply:
            with self._lock:
                return queue.pop(0) if len(queue) > 1 else queue[0]

        self._routes[path] = next_reply

    def requests_for(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                request = Request(self.path, dict(self.headers.items()), time.monotonic())
                with server._lock:
                    server.requests.append(request)
                handler = server._routes.get(self.path) or server._routes.get(self.path.split("?")[0])
                reply = handler(request) if handler else Reply(404, b"not found")
                try:
                    self._send(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size limit): that is what the test wanted

            def _send(self, reply: Reply) -> None:
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.send_length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if not reply.drip_s:
                    self.wfile.write(reply.body)
                    return
                for start in range(0, len(reply.body), 1024):
                    self.wfile.write(reply.body[start : start + 1024])
                    self.wfile.flush()
                    time.sleep(reply.drip_s)

            def log_message(self, *args) -> None:  # keep test output clean
                pass

        return _Handler


@pytest.fixture
def http_server():
    with LoopbackServer() as server:
        yield server
