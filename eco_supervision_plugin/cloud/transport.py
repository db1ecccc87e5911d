"""HTTP transports for the station clients: timeouts, bounded retries with backoff, Retry-After, cancel.

``RequestsTransport`` (outside QGIS: tests, scripts) and ``QgisTransport`` (inside QGIS:
``QgsBlockingNetworkRequest``, so proxy settings and QgsAuthManager configurations apply; qgis is
imported lazily so the rest of ``cloud`` stays QGIS-free). Both share the retry logic of
``BaseTransport``. Nothing secret is logged: URLs are logged through :func:`redact`.
"""

import email.utils
import re
import socket
import threading
import time
import urllib.parse

from ..core.messages import Note
from ..core.monitor import Cancelled
from .reply import (  # noqa: F401 (the errors, Response, origin_of, redact and safe_url are used from here too)
    AuthError,
    RefusedLink,
    Response,
    TooLarge,
    TransportError,
    origin_of,
    redact,
    safe_url,
)

RETRY_STATUSES = (429, 502, 503, 504)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
#: default cap on the decoded size of one response
MAX_BYTES = 64 * 1024 * 1024


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
    """Retry/backoff/cancel logic and the link policy around ``_send(url, headers, timeout) -> Response``.

    ``timeout`` is the total deadline of one ``get`` in seconds, retries and redirects included. For
    429/502/503/504 and connection errors there are ``max_retries`` extra attempts; the wait is
    Retry-After when given (capped at ``max_wait`` and at the deadline), else ``backoff * 2**attempt``.
    ``is_cancelled`` (callable) is checked before each attempt and while waiting.

    Link policy: the configured origin (scheme, host, port: ``bind(url)``, else the first URL asked for)
    is the only one that gets credentials (``credentials`` headers, a QGIS auth config). Only http(s)
    is followed. Links and redirects to another origin are refused unless ``allow_other_origins``, and
    then go without credentials. Redirects are followed here (at most MAX_REDIRECTS), never by the HTTP
    library. ``max_bytes`` caps the decoded size of one response (:class:`TooLarge`).
    """

    def __init__(self, timeout=20.0, max_retries=3, backoff=0.5, max_wait=30.0, headers=None, is_cancelled=None,
                 log=None, min_interval=0.0, credentials=None, max_bytes=MAX_BYTES, allow_other_origins=False,
                 origin=None):
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.headers = dict(headers or {})
        self.credentials = dict(credentials or {})  # headers for the configured origin only
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda message: None)
        self.min_interval = min_interval
        self.max_bytes = int(max_bytes)
        self.allow_other_origins = bool(allow_other_origins)
        self.origin = origin_of(origin) if origin else None
        self.requests = 0  # HTTP requests sent, retries included
        self._last = 0.0
        self._lock = threading.Lock()

    def bind(self, url):
        """Make ``url``'s origin the one that gets credentials (once: the first binding stays)."""
        if self.origin is None:
            self.origin = origin_of(url)
        return self.origin

    def has_credentials(self):
        return bool(self.credentials)

    def check_link(self, url):
        """True when ``url`` may get credentials, False when it is followed without them; RefusedLink when
        it must not be followed at all."""
        target = origin_of(url)
        if target is None:
            scheme = urllib.parse.urlsplit(str(url)).scheme or "?"
            raise RefusedLink("a link to a {}: address was not followed: only http and https are read", scheme,
                              url=redact(url))
        if self.origin is None or target == self.origin:
            return True
        if self.allow_other_origins:
            return False
        raise RefusedLink("a link to another server ({}) was not followed: only {} is read (links to other "
                          "servers are off in the settings)", _netloc(target), _netloc(self.origin), url=redact(url))

    def may_follow(self, url):
        try:
            self.check_link(url)
            return True
        except RefusedLink:
            return False

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

    def _out_of_time(self, url, attempts, started):
        return TransportError("no answer from {} after waiting {:.1f} s in all (attempts: {}; the timeout covers the "
                              "whole request, retries included)", redact(url), time.monotonic() - started,
                              attempts, url=redact(url))

    def _wait_or_give_up(self, wait, deadline, url, attempts, started):
        """Sleep ``wait`` seconds, or until the deadline and then raise (a wait past it is pointless)."""
        left = deadline - time.monotonic()
        self._sleep(max(0.0, min(wait, left)))
        if wait >= left:
            raise self._out_of_time(url, attempts, started)

    def get(self, url, params=None, headers=None):
        """GET ``url`` (``params`` encoded with %20 for spaces); Response with status < 400 or raise."""
        if params:
            sep = "&" if "?" in url else "?"
            url = url + sep + urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="$(),;'/:")
        self.bind(url)
        all_headers = dict(self.headers)
        all_headers.setdefault("Accept", "application/json")
        all_headers.update(headers or {})
        started = time.monotonic()
        deadline = started + self.timeout
        attempt = redirects = 0
        while True:
            self._check_cancel()
            with_credentials = self.check_link(url)
            self._throttle()
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._out_of_time(url, attempt + redirects, started)
            with self._lock:
                self.requests += 1
            send = dict(all_headers, **self.credentials) if with_credentials else all_headers
            try:
                response = self._send(url, send, left)
            except TransportError as error:
                if error.status is None and attempt < self.max_retries and not isinstance(error, (AuthError, TooLarge)):
                    wait = min(self.backoff * (2 ** attempt), self.max_wait)
                    self.log(Note("{} — retrying in {:.1f} s", error, wait))
                    attempt += 1
                    self._wait_or_give_up(wait, deadline, url, attempt, started)
                    continue
                if getattr(error, "timed_out", False):
                    raise self._out_of_time(url, attempt + 1, started) from None
                raise
            if response.status in REDIRECT_STATUSES and response.headers.get("location"):
                redirects += 1
                if redirects > MAX_REDIRECTS:
                    raise TransportError("more than {} redirects from {}", MAX_REDIRECTS, redact(url),
                                         status=response.status, url=redact(url))
                url = safe_url(urllib.parse.urljoin(url, response.headers["location"]))
                continue
            if response.status in RETRY_STATUSES and attempt < self.max_retries:
                wait = retry_after_seconds(response.headers.get("retry-after"))
                wait = self.backoff * (2 ** attempt) if wait is None else wait
                wait = min(wait, self.max_wait)
                self.log(Note("HTTP {} from {} — retrying in {:.1f} s", response.status, redact(url), wait))
                attempt += 1
                self._wait_or_give_up(wait, deadline, url, attempt, started)
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

    def _too_large(self, url, size):
        return TooLarge("the reply from {} is larger than {} ({} received or announced): refused; raise the size "
                        "limit if the server really sends that much", redact(url), _mib(self.max_bytes), _mib(size),
                        url=redact(url))

    def _send(self, url, headers, timeout):  # pragma: no cover - abstract
        raise NotImplementedError


def _mib(size):
    mib = size / 1048576.0
    return "{:.1f} MiB".format(mib) if mib < 10 else "{:.0f} MiB".format(mib)


def _netloc(origin):
    scheme, host, port = origin
    return "{}://{}:{}".format(scheme, host, port)


class RequestsTransport(BaseTransport):
    """``requests`` with a pooled session (keep-alive); TLS errors and timeouts become TransportError.

    Redirects are not followed by ``requests`` (the link policy of BaseTransport does it); the body is
    streamed so that the size cap and the deadline hold while it arrives (a gzip bomb or a trickle)."""

    CHUNK = 16384

    def __init__(self, verify=True, **kwargs):
        super().__init__(**kwargs)
        import requests

        self._requests = requests
        self.session = requests.Session()
        self.session.trust_env = False  # no ~/.netrc credentials behind the link policy's back
        self.verify = verify
        self._sessions = [self.session]
        self._local = threading.local()
        self._local.session = self.session

    def _session(self):
        """One pooled session per thread (concurrent page requests), the first one on the creating thread."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self._requests.Session()
            session.trust_env = False
            with self._lock:
                self._sessions.append(session)
        return session

    def _send(self, url, headers, timeout):
        requests = self._requests
        deadline = time.monotonic() + timeout
        chunks, r, expired = [], None, []
        try:
            r = self._session().get(url, headers=headers, timeout=timeout, verify=self.verify, stream=True,
                                    allow_redirects=False)
            # a trickle resets the socket timeout at every byte: the deadline closes the socket instead
            watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _cut_off, (r, expired))
            watchdog.start()
            try:
                declared = r.headers.get("Content-Length", "")
                if declared.isdigit() and "Content-Encoding" not in r.headers and int(declared) > self.max_bytes:
                    raise self._too_large(url, int(declared))
                size = 0
                for chunk in r.iter_content(self.CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_large(url, size)
                    chunks.append(chunk)
                    self._check_cancel()
                body = b"".join(chunks)
            finally:
                watchdog.cancel()
                r.close()
        except requests.exceptions.SSLError as error:
            raise TransportError("TLS error talking to {}: {}", redact(url), _short(error), url=redact(url)) \
                from None
        except requests.exceptions.Timeout:
            raise _timeout_error(url, timeout) from None
        except requests.exceptions.RequestException as error:
            if expired:
                raise _timeout_error(url, timeout) from None
            if r is None or not isinstance(error, requests.exceptions.ChunkedEncodingError):
                raise TransportError("cannot reach {}: {}", redact(url), _short(error), url=redact(url)) from None
            body = b"".join(chunks)  # the connection was cut
            read = re.search(r"(\d+) bytes read", str(error))  # urllib3 2 drops the partial chunk: it says how much
            received = max(len(body), int(read.group(1)) if read else 0)
            raise TransportError("connection cut: the JSON from {} ends after {} bytes, in the middle of the reply",
                                 redact(url), received, url=redact(url)) from None
        if expired:
            raise _timeout_error(url, timeout)
        return Response(r.status_code, r.headers, body, url)

    def close(self):
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()


def _cut_off(response, expired):
    """Shut the socket under a streamed ``requests`` response (from the watchdog thread)."""
    expired.append(True)
    raw = response.raw
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    if sock is None:
        fp = getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None)
        sock = getattr(fp, "_sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _timeout_error(url, timeout):
    error = TransportError("no answer from {} within {:.0f} s", redact(url), timeout, url=redact(url))
    error.timed_out = True
    return error


def _short(error):
    text = str(error)
    return text if len(text) < 300 else text[:300] + "…"


class QgisTransport(BaseTransport):
    """QGIS networking (``QgsNetworkAccessManager``): proxies, SSL settings and the auth config ``authcfg`` apply.

    Safe to use from a QgsTask's worker thread (the thread's own QGIS network manager, a local event loop).
    The secret stays in QgsAuthManager: only the config id is held here, and it is applied only to requests
    to the configured origin. Redirects are never followed by Qt or QGIS (``ManualRedirectPolicy``): the
    3xx comes back here and BaseTransport decides, re-applying the credentials only on the same origin.
    QgsBlockingNetworkRequest is not used because QGIS >= 3.40 follows a redirect inside it, whatever the
    request's policy, to any scheme and without our credentials, and its abort does not reach a reply
    waiting on a silent server; here a timer in the request's own thread checks Cancel and the deadline
    every 0.1 s and aborts the reply.
    """

    POLL_MS = 100
    READ_BUFFER = 1 << 20

    def __init__(self, authcfg="", **kwargs):
        super().__init__(**kwargs)
        self.authcfg = authcfg or ""

    def has_credentials(self):
        return bool(self.authcfg or self.credentials)

    def _send(self, url, headers, timeout):
        from qgis.core import QgsApplication, QgsNetworkAccessManager
        from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
        from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

        qurl = QUrl.fromEncoded(QByteArray(url.encode("utf-8")))
        request = QNetworkRequest(qurl)
        for key, value in headers.items():
            request.setRawHeader(key.encode("latin-1"), str(value).encode("latin-1"))
        attribute = QNetworkRequest.Attribute
        request.setAttribute(attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        request.setAttribute(attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(attribute.CacheSaveControlAttribute, False)  # no credentialed reply on disk
        with_auth = bool(self.authcfg) and self.check_link(url)  # the configured origin only (check_link: see get)
        auth = QgsApplication.authManager()
        if with_auth:
            ok, request = auth.updateNetworkRequest(request, self.authcfg)
            if not ok:
                raise AuthError("the authentication configuration {} could not be applied", self.authcfg,
                                url=redact(url))
        reply = QgsNetworkAccessManager.instance().get(request)
        # a small read buffer holds the network back until the slot below has taken the data: without it Qt
        # inflates a gzip bomb into its own buffer faster than the size cap sees it (about 200 MiB on Qt 5.15.19)
        reply.setReadBufferSize(self.READ_BUFFER)
        if with_auth and not auth.updateNetworkReply(reply, self.authcfg):
            reply.abort()
            reply.deleteLater()
            raise AuthError("the authentication configuration {} could not be applied", self.authcfg, url=redact(url))
        deadline = time.monotonic() + timeout
        chunks, stopped = [], []  # stopped: why the reply was aborted: "cancel", "timeout", "error" or the size
        received = [0]
        failures = []  # an exception raised in a slot below, raised again once the loop has ended
        loop = QEventLoop()

        def stop(why):
            if not stopped:
                stopped.append(why)
                reply.abort()

        def guarded(slot):
            """An exception escaping a Qt slot would abort the whole process (PyQt calls qFatal): keep it."""
            def run(*args):
                try:
                    slot(*args)
                except Exception as error:
                    failures.append(error)
                    stopped.append("error")
                    loop.quit()
            return run

        def on_headers():
            declared = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
            if declared and not reply.hasRawHeader(b"Content-Encoding") and int(declared) > self.max_bytes:
                stop(int(declared))

        def on_ready():
            chunk = bytes(reply.readAll())
            received[0] += len(chunk)
            chunks.append(chunk)
            if received[0] > self.max_bytes:
                stop(received[0])

        def on_progress(done, total):
            if done > self.max_bytes or total > self.max_bytes:
                stop(max(done, total))

        def on_tick():
            if self.is_cancelled():
                stop("cancel")
            elif time.monotonic() >= deadline:
                stop("timeout")

        reply.metaDataChanged.connect(guarded(on_headers))
        reply.readyRead.connect(guarded(on_ready))
        reply.downloadProgress.connect(guarded(on_progress))
        reply.finished.connect(loop.quit)
        ticker = QTimer()
        ticker.timeout.connect(guarded(on_tick))
        ticker.start(self.POLL_MS)
        try:
            if not reply.isFinished():
                loop.exec()
        finally:
            ticker.stop()
        try:
            if failures:
                reply.abort()
                raise failures[0]
            if stopped and stopped[0] == "cancel":
                raise Cancelled()
            if stopped and stopped[0] == "timeout":
                raise _timeout_error(url, timeout)
            if stopped:
                raise self._too_large(url, stopped[0])
            if reply.bytesAvailable():
                on_ready()
            if reply.url() != qurl:
                self.check_link(reply.url().toString())  # never expected (manual policy): refused unless allowed
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if reply.error() != QNetworkReply.NetworkError.NoError and not status:
                # Qt's messages may quote the URL: strip any query string
                message = re.sub(r"(https?://[^\s?]+)\?\S*", r"\1?…", reply.errorString() or "")
                raise TransportError("cannot reach {}: {}", redact(url), message or Note("network error"),
                                     url=redact(url))
            raw = {bytes(k).decode("latin-1"): bytes(reply.rawHeader(k)).decode("latin-1")
                   for k in reply.rawHeaderList()}
            body = b"".join(chunks)
            if len(body) > self.max_bytes:
                raise self._too_large(url, len(body))
            return Response(int(status or 0), raw, body, url)
        finally:
            reply.deleteLater()
