"""What a station server sent: the request errors, the reply and its decoding (charset, JSON, login pages,
cut replies), origins and URL redaction. No QGIS, no network: the transports (transport.py) use these."""

import codecs
import json
import re
import urllib.parse

from ..core.messages import TranslatableError

_SECRET_KEYS = re.compile(r"(key|token|secret|pass|auth|sig|credential)", re.IGNORECASE)
_LOGIN_PAGE = re.compile(r"<form|type\s*=\s*[\"']?password|log\s*in|sign\s*in|登录|登陆|认证", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


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


class RefusedLink(TransportError):
    """A link or redirect the client will not follow (another origin, a scheme other than http(s))."""


class TooLarge(TransportError):
    """A response larger than the transport's ``max_bytes`` (decoded)."""


class Response:
    def __init__(self, status, headers, body, url):
        self.status = status
        self.headers = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
        self.body = body or b""
        self.url = url

    def text(self):
        """The body decoded with the charset of Content-Type (GBK, GB18030 … as Chinese platforms send);
        without one UTF-8, then GB18030 when the bytes are not UTF-8."""
        found = _CHARSET.search(self.headers.get("content-type", ""))
        if found:
            try:
                codec = codecs.lookup(found.group(1)).name
            except LookupError:
                codec = None
            if codec:
                try:
                    return self.body.decode("utf-8-sig" if codec == "utf-8" else codec)
                except UnicodeDecodeError:
                    raise TransportError("the reply from {} is not valid {} text", redact(self.url), found.group(1),
                                         status=self.status, url=redact(self.url)) from None
        try:
            return self.body.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                return self.body.decode("gb18030")
            except UnicodeDecodeError:
                raise TransportError("the reply from {} is neither UTF-8 nor GB18030 text", redact(self.url),
                                     status=self.status, url=redact(self.url)) from None

    def json(self):
        where = redact(self.url)
        text = self.text()
        head = text.lstrip()[:1]
        if head == "<" or "html" in self.headers.get("content-type", "").lower():
            if _LOGIN_PAGE.search(text[:20000]):
                raise TransportError("the server at {} sent a login page instead of JSON: check the URL and the "
                                     "authentication configuration", where, status=self.status, url=where)
            raise TransportError("the server at {} sent a web page instead of JSON: check the URL", where,
                                 status=self.status, url=where)
        try:
            return json.loads(text)
        except RecursionError:
            raise TransportError("the reply from {} is JSON nested too deeply to be station data", where,
                                 status=self.status, url=where) from None
        except ValueError as error:
            declared = self.headers.get("content-length", "")
            cut = declared.isdigit() and "content-encoding" not in self.headers and int(declared) > len(self.body)
            if head in ("{", "[") and (cut or getattr(error, "pos", -1) >= len(text.rstrip())):
                raise TransportError("connection cut: the JSON from {} ends after {} bytes, in the middle of the "
                                     "reply", where, len(self.body), status=self.status, url=where) from None
            raise TransportError(
                "the server at {} did not answer with JSON ({})", where, error, status=self.status, url=where,
            ) from None


def origin_of(url):
    """(scheme, host, port) of ``url`` with the default port filled in; None when not an http(s) URL."""
    try:
        parts = urllib.parse.urlsplit(str(url))
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


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


def host_label(url):
    """The host of ``url`` (with a port other than 80/443), for messages; the redacted URL when not http(s)."""
    origin = origin_of(url)
    if origin is None:
        return redact(url)
    return origin[1] if origin[2] in (80, 443) else "{}:{}".format(origin[1], origin[2])


def redact_text(text):
    """``text`` with every URL in it redacted (secret query values, user:password), for logs."""
    return re.sub(r"https?://\S+", lambda m: redact(m.group(0)), str(text))


def safe_url(url):
    """Percent-encode what is unsafe in a link as given by a server (spaces, ``+`` in time zones, quotes
    are kept as the server wrote them), leaving existing %XX escapes alone."""
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.quote(parts.path, safe="/()'$,;:=@!*-._~%")
    query = urllib.parse.quote(parts.query, safe="=&/()'$,;:@!*?-._~%")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))
