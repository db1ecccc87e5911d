"""HTTP transports for the station clients: timeouts, bounded retries with backoff, Retry-After, cancel.

``RequestsTransport`` (outside QGIS: tests, scripts) and ``QgisTransport`` (inside QGIS:
``QgsBlockingNetworkRequest``, so proxy settings and QgsAuthManager configurations apply; qgis is
imported lazily so the rest of ``cloud`` stays QGIS-free). Both share the retry logic of
``BaseTransport``. Nothing secret is logged: URLs are logged through :func:`redact`.
"""

import email.utils
import json
import re
import threading
import time
import urllib.parse

from ..core.messages import Note, TranslatableError
from ..core.monitor import Cancelled

RETRY_STATUSES = (429, 502, 503, 504)
_SECRET_KEYS = re.compile(r"(key|token|secret|pass|auth|sig|credential)", re.IGNORECASE)


class TransportError(TranslatableError, Exception):
    """A request failed for good (after retries). ``status`` is the HTTP status or None.

    ``TransportError(template, *args, status=None, url=None, body=None)``: ``str()`` is the English
    message, ``translated(tr)`` the user's language (core/messages.py). Only redacted URLs go in.
    """

    def __init__(self, template, *args, status=None, url=None, body=None):
        super().__init__(template, *args)
        self.status = status
        self.url = url
        self.body = body


class AuthError(TransportError):
    """401/403: wrong or missing credentials."""


class Response:
    def __init__(self, status, headers, body, url):
        self.status = status
        self.headers = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
        self.body = body or b""
        self.url = url

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as error:
            raise TransportError(
                "the server at {} did not answer with JSON ({})", redact(self.url), error,
                status=self.status, url=redact(self.url),
            ) from None


def redact(url):
    """``url`` with the values of secret-looking query parameters and any user:password replaced."""
    try:
        parts = urllib.parse.urlsplit(str(url))
    except ValueError:
        return "<url>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.split("@", 1)[1]
    query = "&".join(
        "{}=***".format(k) if _SECRET_KEYS.search(k) else ("{}={}".format(k, v) if v != "" else k)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    ) if parts.query else ""
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def safe_url(url):
    """Percent-encode what is unsafe in a link as given by a server (spaces, ``+`` in time zones, quotes
    are kept as the server wrote them), leaving existing %XX escapes alone."""
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.quote(parts.path, safe="/()'$,;:=@!*-._~%")
    query = urllib.parse.quote(parts.query, safe="=&/()'$,;:@!*?-._~%")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


def retry_after_seconds(value, now=None):
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None when absent or unreadable."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    now = now if now is not None else time.time()
    return max(0.0, when.timestamp() - now)


class BaseTransport:
    """Retry/backoff/cancel logic around ``_send(url, headers, timeout) -> Response``.

    ``max_retries`` extra attempts after the first for 429/502/503/504 and connection errors; the
    wait is Retry-After when given (capped at ``max_wait``), else ``backoff * 2**attempt``.
    ``is_cancelled`` (callable) is checked before each attempt and while waiting.
    """

    def __init__(self, timeout=20.0, max_retries=3, backoff=0.5, max_wait=30.0, headers=None, is_cancelled=None,
                 log=None, min_interval=0.0):
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.headers = dict(headers or {})
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda message: None)
        self.min_interval = min_interval
        self.requests = 0  # HTTP requests sent, retries included
        self._last = 0.0
        self._lock = threading.Lock()

    def _check_cancel(self):
        if self.is_cancelled():
            raise Cancelled()

    def _sleep(self, seconds):
        end = time.monotonic() + seconds
        while True:
            self._check_cancel()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))

    def _throttle(self):
        if self.min_interval <= 0:
            return
        with self._lock:
            wait = self._last + self.min_interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        with self._lock:
            self._last = time.monotonic()

    def get(self, url, params=None, headers=None):
        """GET ``url`` (``params`` encoded with %20 for spaces); Response with status < 400 or raise."""
        if params:
            sep = "&" if "?" in url else "?"
            url = url + sep + urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="$(),;'/:")
        all_headers = dict(self.headers)
        all_headers.setdefault("Accept", "application/json")
        all_headers.update(headers or {})
        attempt = 0
        while True:
            self._check_cancel()
            self._throttle()
            with self._lock:
                self.requests += 1
            try:
                response = self._send(url, all_headers, self.timeout)
            except TransportError as error:
                if error.status is None and attempt < self.max_retries and not isinstance(error, AuthError):
                    wait = min(self.backoff * (2 ** attempt), self.max_wait)
                    self.log(Note("{} — retrying in {:.1f} s", error, wait))
                    attempt += 1
                    self._sleep(wait)
                    continue
                raise
            if response.status in RETRY_STATUSES and attempt < self.max_retries:
                wait = retry_after_seconds(response.headers.get("retry-after"))
                wait = self.backoff * (2 ** attempt) if wait is None else wait
                wait = min(wait, self.max_wait)
                self.log(Note("HTTP {} from {} — retrying in {:.1f} s", response.status, redact(url), wait))
                attempt += 1
                self._sleep(wait)
                continue
            if response.status in (401, 403):
                raise AuthError(
                    "the server refused the credentials (HTTP {}) for {}", response.status, redact(url),
                    status=response.status, url=redact(url), body=response.body[:500],
                )
            if response.status >= 400:
                raise TransportError(
                    "HTTP {} from {}", response.status, redact(url),
                    status=response.status, url=redact(url), body=response.body[:2000],
                )
            return response

    def get_json(self, url, params=None, headers=None):
        return self.get(url, params, headers).json()

    def _send(self, url, headers, timeout):  # pragma: no cover - abstract
        raise NotImplementedError


class RequestsTransport(BaseTransport):
    """``requests`` with a pooled session (keep-alive); TLS errors and timeouts become TransportError."""

    def __init__(self, verify=True, **kwargs):
        super().__init__(**kwargs)
        import requests

        self._requests = requests
        self.session = requests.Session()
        self.verify = verify
        self._sessions = [self.session]
        self._local = threading.local()
        self._local.session = self.session

    def _session(self):
        """One pooled session per thread (concurrent page requests), the first one on the creating thread."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self._requests.Session()
            with self._lock:
                self._sessions.append(session)
        return session

    def _send(self, url, headers, timeout):
        requests = self._requests
        try:
            r = self._session().get(url, headers=headers, timeout=timeout, verify=self.verify)
        except requests.exceptions.SSLError as error:
            raise TransportError("TLS error talking to {}: {}", redact(url), _short(error), url=redact(url)) \
                from None
        except requests.exceptions.Timeout:
            raise TransportError("no answer from {} within {:.0f} s", redact(url), timeout,
                                 url=redact(url)) from None
        except requests.exceptions.RequestException as error:
            raise TransportError("cannot reach {}: {}", redact(url), _short(error), url=redact(url)) from None
        return Response(r.status_code, r.headers, r.content, url)

    def close(self):
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()


def _short(error):
    text = str(error)
    return text if len(text) < 300 else text[:300] + "…"


class QgisTransport(BaseTransport):
    """QGIS networking (``QgsBlockingNetworkRequest``): proxies and the auth config ``authcfg`` apply.

    Safe to use from a QgsTask's worker thread. The secret stays in QgsAuthManager: only the config id
    is held here.
    """

    def __init__(self, authcfg="", **kwargs):
        super().__init__(**kwargs)
        self.authcfg = authcfg or ""

    def _send(self, url, headers, timeout):
        from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
        from qgis.PyQt.QtCore import QByteArray, QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest

        request = QNetworkRequest(QUrl.fromEncoded(QByteArray(url.encode("utf-8"))))
        for key, value in headers.items():
            request.setRawHeader(key.encode("latin-1"), str(value).encode("latin-1"))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        feedback = QgsFeedback()
        timed_out = []

        def on_timeout():
            timed_out.append(True)
            feedback.cancel()

        timer = threading.Timer(timeout, on_timeout)
        watcher_stop = threading.Event()

        def watch_cancel():
            while not watcher_stop.wait(0.1):
                if self.is_cancelled():
                    feedback.cancel()
                    return

        watcher = threading.Thread(target=watch_cancel, daemon=True)
        timer.start()
        watcher.start()
        try:
            code = blocking.get(request, True, feedback)
        finally:
            timer.cancel()
            watcher_stop.set()
        if self.is_cancelled():
            raise Cancelled()
        if timed_out:
            raise TransportError("no answer from {} within {:.0f} s", redact(url), timeout, url=redact(url))
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if code != QgsBlockingNetworkRequest.NoError and not status:
            # QGIS error messages (in the user's language already) quote the URL: strip any query string
            message = re.sub(r"(https?://[^\s?]+)\?\S*", r"\1?…", blocking.errorMessage() or "")
            message = message or Note("network error")
            raise TransportError("cannot reach {}: {}", redact(url), message, url=redact(url))
        raw = {bytes(k).decode("latin-1"): bytes(reply.rawHeader(k)).decode("latin-1") for k in reply.rawHeaderList()}
        return Response(int(status or 0), raw, bytes(reply.content()), url)
