"""The SSRF guard: which URLs and addresses rashomon may connect to, enforced where the socket is opened.

A URL is checked before any request (scheme, port, credentials, a literal
address); its host name is then resolved exactly once per connection, every
address the resolver returns is checked, and the socket is opened to one of
those checked addresses, never to a second lookup of the name (no DNS
rebinding). TLS still verifies the certificate for the *name* and sends it as
SNI, and the Host header names it, because the check lives in the network
backend under httpx rather than in a rewritten URL. Every redirect is a new
request and passes the same checks.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import httpcore

from ..errors import FetchRefused, InputFailed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]  # (host, port) -> addresses, as getaddrinfo would give

SCHEMES = ("http", "https")

# Ranges that are never fetched, with the name a reason gives them. Order matters: the first match names it
# (the cloud metadata address is link-local too, but the reason should say what it is).
_REFUSED_NETWORKS: tuple[tuple[str, str], ...] = (
    ("169.254.169.254/32", "the cloud metadata address"),
    ("0.0.0.0/8", "a 'this network' address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a carrier-grade NAT address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local address"),
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "an IETF protocol address"),
    ("192.0.2.0/24", "a documentation address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("198.51.100.0/24", "a documentation address"),
    ("203.0.113.0/24", "a documentation address"),
    ("224.0.0.0/4", "a multicast address"),
    ("255.255.255.255/32", "the broadcast address"),
    ("240.0.0.0/4", "a reserved address"),
    ("::/128", "the unspecified address"),
    ("::1/128", "a loopback address"),
    ("fc00::/7", "an IPv6 unique-local address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a site-local address"),
    ("ff00::/8", "a multicast address"),
    ("100::/64", "a discard-only address"),
    ("2001:db8::/32", "a documentation address"),
)
_NETWORKS = tuple((ipaddress.ip_network(net), why) for net, why in _REFUSED_NETWORKS)
_LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IPv4 and IPv6), in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, 6to4, Teredo, NAT64), which is where it goes."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_kind(address: str | IPAddress, *, allow_loopback: bool = False) -> str | None:
    """What makes ``address`` refused (``"a loopback address"``), or None when it is public (or allowed loopback)."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "a scoped link-local address"
        inner = _embedded_v4(ip)
        if inner is not None:
            kind = address_kind(inner, allow_loopback=allow_loopback)
            return f"IPv4 {inner} in disguise, {kind}" if kind else None
    if allow_loopback and any(ip in net for net in _LOOPBACK if net.version == ip.version):
        return None
    for net, kind in _NETWORKS:
        if net.version == ip.version and ip in net:
            return kind
    if not ip.is_global:
        return "not a public address"
    return None


def address_refusal(address: str | IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why ``address`` may not be connected to (``"10.0.0.5 is a private address"``), or None."""
    kind = address_kind(address, allow_loopback=allow_loopback)
    return f"{address} is {kind}" if kind else None


@dataclass(frozen=True, slots=True)
class Guard:
    """The rules one fetcher connects by; ``resolver`` is injectable so that tests can point names anywhere."""

    allow_loopback: bool = False
    ports: tuple[int, ...] = (80, 443)
    resolver: Resolver = system_resolver

    def check_url(self, url: Any) -> None:
        """Refuse a URL by its form alone (an ``httpx.URL``): scheme, credentials, port, a literal address.

        Raises:
            FetchRefused: with the reason.
        """
        if url.scheme not in SCHEMES:
            raise FetchRefused(f"refused: scheme {url.scheme!r} is not fetched (only http and https)")
        if not url.host:
            raise FetchRefused("refused: the URL names no host")
        if url.userinfo:
            raise FetchRefused("refused: URLs with a user name or password are not fetched")
        try:
            literal = ipaddress.ip_address(url.host)
        except ValueError:
            literal = None
        why = address_refusal(literal, allow_loopback=self.allow_loopback) if literal is not None else None
        if why:
            raise FetchRefused(f"refused: {why}")
        port = url.port or (443 if url.scheme == "https" else 80)
        if port not in self.ports:
            allowed = ", ".join(map(str, self.ports))
            raise FetchRefused(f"refused: port {port} is not allowed (allowed: {allowed})")

    def resolve(self, host: str, port: int, timeout: float | None = None) -> list[str]:
        """Resolve ``host`` once and check every address; return them in the resolver's order.

        One refused address refuses the host: a name that points partly inside
        the network is not a public site.

        Raises:
            FetchRefused: the name does not resolve, or an address is refused.
            InputFailed: the resolver gave no answer within ``timeout`` seconds.
        """
        if port not in self.ports:
            raise FetchRefused(f"refused: port {port} is not allowed (allowed: {', '.join(map(str, self.ports))})")
        try:
            literal = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [str(literal)]
        else:
            addresses = self._lookup(host, port, timeout)
        if not addresses:
            raise FetchRefused(f"cannot resolve {host}: no address")
        for address in addresses:
            kind = address_kind(address, allow_loopback=self.allow_loopback)
            if kind:
                return _refuse(f"{host} resolves to {address}, {kind}")
        return addresses

    def _lookup(self, host: str, port: int, timeout: float | None) -> list[str]:
        """The resolver's answer, waited for at most ``timeout`` seconds (getaddrinfo itself has no timeout)."""
        answer: list[str] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                answer.extend(self.resolver(host, port))
            except (OSError, UnicodeError) as exc:
                failure.append(exc)

        lookup = threading.Thread(target=run, name="rashomon-resolve", daemon=True)
        lookup.start()
        lookup.join(timeout)
        if lookup.is_alive():
            raise InputFailed(f"cannot resolve {host}: no answer within {timeout:g} s")
        if failure:
            exc = failure[0]
            raise FetchRefused(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}")
        return answer


def _refuse(why: str) -> list[str]:
    raise FetchRefused(f"refused: {why}")


Deadline = Callable[[], float | None]  # the time.monotonic() by which the current request must be done, or None


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write is cut short at the current request's deadline.

    Read and connect timeouts bound each wait; this bounds their sum, so a
    server that drips its headers (or its TLS handshake) a byte at a time still
    stops at the total timeout.
    """

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def _timeout(self, timeout: float | None) -> float | None:
        until = self._deadline()
        if until is None:
            return timeout
        left = until - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the total timeout has passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._timeout(timeout))
        return DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend with the guard in front of every TCP connection it opens."""

    def __init__(self, guard: Guard, deadline: Deadline = lambda: None) -> None:
        self._guard = guard
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._guard.resolve(host, port, timeout)
        last: Exception | None = None
        for address in addresses:  # each one checked above; never a fresh lookup of the name
            try:
                stream = self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
                return DeadlineStream(stream, self._deadline)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise FetchRefused("refused: Unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
