"""The review web app: `http.server` serving the page and a small JSON API over a `ReviewSession`.

    GET  /              the page (static; it fetches everything else)
    GET  /api/report    the documents, their findings with key and decision, their spans as corrected
    POST /api/decision  {"doc", "finding_key", "decision": "confirmed"|"dismissed"|"follow-up"|null, "note"}
    POST /api/spans     {"doc", "spans": [{"start", "end", "label"}]}  or  {"doc", "reset": true}

Every error, including the ones `http.server` itself raises for a malformed request, is a one-line JSON
object `{"error": "..."}` with a 4xx/5xx status, never a traceback page. A server bound to a loopback
address answers only requests addressed to it by a loopback name, and POSTs must be `application/json`:
together they keep other web pages open in the reviewer's browser from writing decisions (DNS rebinding,
cross-site form posts).
"""

from __future__ import annotations

import ipaddress
import json
import socket
import sys
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from edclaims.review.edits import InputError
from edclaims.review.page import CONTENT_SECURITY_POLICY, PAGE
from edclaims.review.session import ReviewSession
from edclaims.review.store import StoreError

MAX_BODY = 2 * 1024 * 1024
_PAGE_BYTES = PAGE.encode("utf-8")


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True  # a browser's idle keep-alive connection must not hold up shutdown

    def __init__(self, host: str, port: int, session: ReviewSession) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.session = session
        super().__init__((host, port), ReviewHandler)
        self.allowed_hosts = _allowed_hosts(host, self.port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line on stderr instead of socketserver's traceback; a browser hanging up is not worth one."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):
            print(f"edclaims review: {type(error).__name__}: {error}", file=sys.stderr)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        host = str(self.server_address[0])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/"


def _allowed_hosts(host: str, port: int) -> set[str] | None:
    """The Host headers a loopback-bound server accepts; None (any) when bound to a real interface."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        return None
    names = {"localhost", "127.0.0.1", "[::1]", f"[{host}]" if ":" in host else host}
    # Browsers leave the port out of Host for port 80.
    return {f"{name}:{port}" for name in names} | (names if port == 80 else set())


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "edclaims-review"
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    # routing

    def do_GET(self) -> None:
        self._dispatch(
            {
                "/": self._page,
                "/index.html": self._page,
                "/api/report": self._report,
                "/favicon.ico": self._no_icon,
            }
        )

    def do_POST(self) -> None:
        session = self.server.session
        self._dispatch(
            {
                "/api/decision": lambda: self._json(HTTPStatus.OK, session.decide(self._body())),
                "/api/spans": lambda: self._json(HTTPStatus.OK, session.correct_spans(self._body())),
            }
        )

    def _dispatch(self, routes: dict[str, Callable[[], None]]) -> None:
        try:
            if not self._host_allowed():
                self._error(HTTPStatus.FORBIDDEN, "requests must address this server as localhost")
                return
            path = urlsplit(self.path).path
            action = routes.get(path)
            if action is None:
                known = path in {"/", "/index.html", "/api/report", "/api/decision", "/api/spans"}
                if known:
                    self._error(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed on {path}")
                else:
                    self._error(HTTPStatus.NOT_FOUND, f"no such page: {path[:100]}")
                return
            action()
        except _HTTPError as error:
            self._error(error.status, error.message)
        except InputError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
        except StoreError as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
        except Exception as error:  # the reviewer gets a line, never a traceback page
            print(f"edclaims review: internal error: {type(error).__name__}: {error}", file=sys.stderr)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error ({type(error).__name__})")

    def _host_allowed(self) -> bool:
        allowed = self.server.allowed_hosts
        if allowed is None:
            return True
        if self.headers.get("Host", "").lower() not in allowed:
            return False
        origin = self.headers.get("Origin")
        return origin is None or origin == "null" or urlsplit(origin).netloc.lower() in allowed

    # answers

    def _page(self) -> None:
        self._send(
            HTTPStatus.OK,
            _PAGE_BYTES,
            "text/html; charset=utf-8",
            {"Content-Security-Policy": CONTENT_SECURITY_POLICY},
        )

    def _no_icon(self) -> None:
        # Browsers ask for it on every visit; "no content" keeps a 404 out of their console.
        self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")

    def _report(self) -> None:
        self._json(HTTPStatus.OK, self.server.session.report_view())

    def _body(self) -> dict[str, Any]:
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise _HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json")
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            raise _HTTPError(HTTPStatus.LENGTH_REQUIRED, "a Content-Length is required")
        try:
            length = int(length_header)
        except ValueError:
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        if length < 0 or length > MAX_BODY:
            raise _HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body over {MAX_BODY} bytes")
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            detail = error.msg if isinstance(error, json.JSONDecodeError) else "not UTF-8"
            raise _HTTPError(HTTPStatus.BAD_REQUEST, f"the body is not JSON: {detail}") from None
        if not isinstance(body, dict):
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "the body must be a JSON object")
        return body

    def _json(self, status: HTTPStatus, obj: Any) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self._send(status, data, "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus | int, message: str) -> None:
        # The request body may be unread: close rather than parse what is left of it as the next request.
        self.close_connection = True
        self._json(HTTPStatus(status), {"error": " ".join(message.split())})

    def _send(
        self, status: HTTPStatus, data: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if status is not HTTPStatus.NO_CONTENT:
            self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    # http.server's own errors (bad request line, unsupported method …) as JSON too

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.INTERNAL_SERVER_ERROR
        text = message or status.phrase
        if code == HTTPStatus.NOT_IMPLEMENTED:
            text = f"{self.command} is not supported"
            status = HTTPStatus.METHOD_NOT_ALLOWED
        self.close_connection = True
        # Before a request line was parsed there is no version to answer in; http.server falls back too.
        if not hasattr(self, "command") or self.command is None:
            self.command = ""
        self._error(status, text)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows the URL and errors, not one line per click."""


class _HTTPError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def make_server(session: ReviewSession, host: str = "127.0.0.1", port: int = 0) -> ReviewServer:
    """Bind (port 0 picks a free port); raise OSError if the address is in use or unavailable."""
    return ReviewServer(host, port, session)
