"""Optional URL fetching, off unless ``[fetch] enabled = true``.

Guarantees (issue "reliability", item 7):

* **No requests to internal addresses.** The host name is resolved and *every* address checked:
  private, loopback, link-local, multicast, reserved, unspecified, shared (CGNAT) and
  IPv4-mapped/6to4/Teredo forms of those are refused unless ``[fetch] allow_private = true``. The
  connection then goes to the checked address itself (no second DNS lookup a rebinding attack
  could answer differently); TLS still verifies the certificate for the host name.
* **Redirects are followed by hand** (at most ``max_redirects``) and each target is checked again.
* **Bounded**: one deadline (``timeout_seconds``) for the whole fetch, redirects included; the body
  is read in chunks and cut off past ``max_bytes``; gzip is decompressed no further than that.
* **Only documents we read**: HTML, RSS/Atom/XML and plain text content types.

The page then goes through the same readers as a file (the final URL is kept as its ``url``).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import FetchError, InputError
from ..model import RawDoc, Reject
from ..settings import Settings

_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "text/plain": "txt",
}
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def address_allowed(ip: str, allow_private: bool = False) -> bool:
    """True if connecting to ``ip`` is allowed: only public unicast unless ``allow_private``."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if allow_private:
        return not addr.is_unspecified
    if isinstance(addr, ipaddress.IPv6Address):
        for inner in (addr.ipv4_mapped, addr.sixtofour, (addr.teredo or (None, None))[1]):
            if inner is not None and not address_allowed(str(inner)):
                return False
    if isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT:
        return False
    return addr.is_global and not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                                   or addr.is_reserved or addr.is_unspecified)


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (a separate function so tests can stand in for DNS)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", source=host) from None
    return list(dict.fromkeys(info[4][0] for info in infos))


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _checked_target(url: str, allow_private: bool) -> tuple[str, str, int, str, str]:
    """``(scheme, host, port, path+query, ip)`` for a URL we may fetch, else FetchError."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {scheme or 'no scheme'}", source=url)
    host = parts.hostname
    if not host:
        raise FetchError("the URL has no host", source=url)
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchError("the URL has an invalid port", source=url) from None
    ips = resolve(host, port)
    if not ips:
        raise FetchError(f"host {host!r} resolves to no address", source=url)
    refused = [ip for ip in ips if not address_allowed(ip, allow_private)]
    if refused:
        raise FetchError(f"refused: {host} resolves to a private, loopback, link-local or reserved address "
                         f"({', '.join(refused)}); set [fetch] allow_private = true only if you trust this network",
                         source=url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port, path, ips[0]


def fetch(url: str, settings: Settings) -> tuple[bytes, str, str, str | None]:
    """``(body, final_url, content_type, charset)`` of a URL under every rule above; raises FetchError."""
    from .bytes_ import gunzip_bounded

    f = settings.fetch
    deadline = time.monotonic() + f.timeout_seconds
    current = url
    for hop in range(f.max_redirects + 1):
        scheme, host, port, path, ip = _checked_target(current, f.allow_private)
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"timed out after {f.timeout_seconds} s (setting fetch.timeout_seconds)", source=url)
        conn_cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        conn = conn_cls(host, ip, port, left)
        try:
            host_header = host if port in (80, 443) else f"{host}:{port}"
            conn.request("GET", path, headers={
                "Host": host_header, "User-Agent": f"{f.user_agent}/{__version__}", "Accept-Encoding": "gzip",
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                          "application/xml;q=0.9, text/plain;q=0.8"})
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                loc = resp.getheader("Location")
                if not loc:
                    raise FetchError(f"redirect ({resp.status}) without a Location", source=url)
                current = urljoin(current, loc.strip())
                continue
            if not (200 <= resp.status < 300):
                raise FetchError(f"the server answered {resp.status} {resp.reason}", source=url)
            ctype_full = resp.getheader("Content-Type") or ""
            ctype = ctype_full.split(";", 1)[0].strip().lower()
            if ctype not in _TYPES:
                raise FetchError(f"content type {ctype or 'missing'!r} is not HTML, a feed or plain text", source=url)
            charset = None
            for part in ctype_full.split(";")[1:]:
                k, _, v = part.partition("=")
                if k.strip().lower() == "charset":
                    charset = v.strip().strip("\"'") or None
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > f.max_bytes:
                raise FetchError(f"the response is {length} bytes, over fetch.max_bytes = {f.max_bytes}", source=url)
            body = bytearray()
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FetchError(f"timed out after {f.timeout_seconds} s while reading", source=url)
                if conn.sock is not None:
                    conn.sock.settimeout(left)
                chunk = resp.read(65536)
                if not chunk:
                    break
                body += chunk
                if len(body) > f.max_bytes:
                    raise FetchError(f"the response is over fetch.max_bytes = {f.max_bytes} bytes; cut off", source=url)
            data = bytes(body)
            if (resp.getheader("Content-Encoding") or "").strip().lower() in ("gzip", "x-gzip"):
                try:
                    data = gunzip_bounded(data, f.max_bytes, url)
                except InputError as exc:
                    raise FetchError(f"the gzip'd response: {exc.message}", source=url) from None
            return data, current, ctype, charset
        except (OSError, http.client.HTTPException) as exc:
            if isinstance(exc, (socket.timeout, TimeoutError)):
                raise FetchError(f"timed out after {f.timeout_seconds} s (setting fetch.timeout_seconds)",
                                 source=url) from None
            raise FetchError(f"cannot fetch: {exc}", source=url) from None
        finally:
            conn.close()
    raise FetchError(f"more than {f.max_redirects} redirects (setting fetch.max_redirects)", source=url)


def fetch_url(url: str, settings: Settings) -> Iterator[RawDoc | Reject]:
    """The records of a URL, or a Reject saying why it was not fetched."""
    from . import feed, html, text

    if not settings.fetch.enabled:
        yield Reject(url, "E107", "fetching URLs is disabled; set [fetch] enabled = true or save the page to a file")
        return
    try:
        data, final, ctype, charset = fetch(url, settings)
        kind = _TYPES[ctype]
        if kind == "html":
            yield html.read(url, data, settings, meta={"url": final}, charset=charset)
        elif kind == "feed":
            yield from feed.read(url, data, settings)
        else:
            yield text.read(url, data, settings)
    except InputError as exc:
        yield Reject(url, exc.code, exc.message, exc.record)
