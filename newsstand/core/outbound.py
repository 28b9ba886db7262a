"""Requests the server makes to URLs others chose, without reaching places they shouldn't.

A URL an editor pastes for import, or the push endpoint a reader's browser hands us, is
requested by the server, so it could point the server at its own network: loopback,
private ranges, link-local and cloud-metadata addresses. Every hop is checked: the
scheme, the host name, every address the name resolves to, and then the connection goes
to the address that was checked (the Host header and TLS server name keep the original
name), so a DNS answer that changes between check and connect can't redirect it.
Redirects are followed by hand and each one is checked again. Responses are capped in
size and time.

Only the standard library is used: requests and urllib would both honour proxy
variables and resolve names again at connect time.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

INTERNAL_HOSTS = frozenset(
    {"metadata.google.internal", "metadata.goog", "metadata", "instance-data", "localhost"}
)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address)
    for address in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "newsstand/1.0"
CHUNK = 64 * 1024


class FetchRefused(Exception):
    """The URL, an address it leads to, or its response was refused; says why, for a person."""


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    total_timeout: float = 15.0
    max_redirects: int = 5
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
    # Tests only: networks let through although not public (a test server on 127.0.0.1).
    allowed_networks: tuple[Network, ...] = ()


DEFAULT_POLICY = FetchPolicy()


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200


def fetch(url: str, *, policy: FetchPolicy = DEFAULT_POLICY) -> Fetched:
    """GET `url` under `policy`; raises FetchRefused for anything unsafe, too big or too slow."""
    deadline = time.monotonic() + policy.total_timeout
    for _hop in range(policy.max_redirects + 1):
        with _connected(url, policy, deadline) as (parts, connection):
            response = _request(connection, parts, policy, deadline, "GET")
            if response.status in REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchRefused(f"{url} redirects without saying where to.")
                url = urljoin(url, location.strip())
                continue
            if response.status >= 400:
                raise FetchRefused(f"{url} answered with HTTP status {response.status}.")
            content = _read(response, connection, policy, deadline)
            return Fetched(url, content, response.getheader("Content-Type", ""))
    raise FetchRefused(f"Too many redirects (more than {policy.max_redirects}).")


def post(url: str, body: bytes, headers: dict, *, policy: FetchPolicy = DEFAULT_POLICY) -> Fetched:
    """POST `body` to `url` under `policy`, following no redirect. Any status is returned
    (the caller decides what a 4xx means); unsafe, too big or too slow raises FetchRefused."""
    deadline = time.monotonic() + policy.total_timeout
    with _connected(url, policy, deadline) as (parts, connection):
        response = _request(connection, parts, policy, deadline, "POST", body, headers)
        content = _read(response, connection, policy, deadline)
        return Fetched(url, content, response.getheader("Content-Type", ""), response.status)


@contextmanager
def _connected(url: str, policy: FetchPolicy, deadline: float):
    """A connection to the checked address of `url`; network failures become FetchRefused."""
    parts = _checked_url(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = _checked_address(parts.hostname.rstrip("."), port, policy)
    connection = _connection(parts, address, policy, deadline)
    try:
        yield parts, connection
    except TimeoutError:
        raise FetchRefused(f"{parts.hostname} was too slow to answer.") from None
    except (OSError, http.client.HTTPException) as error:
        raise FetchRefused(f"Couldn't reach {url}: {error}.") from None
    finally:
        connection.close()


def _checked_url(url: str):
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"}:
        raise FetchRefused(f"Only http and https addresses can be fetched, not {url!r}.")
    if parts.username or parts.password:
        raise FetchRefused("Addresses with a user name or password can't be fetched.")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise FetchRefused(f"{url!r} has an invalid port.") from None
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchRefused(f"{url!r} has no host name.")
    if host in INTERNAL_HOSTS or host.endswith((".localhost", ".internal")):
        raise FetchRefused(f"{host} is an internal host name.")
    return parts


def _checked_address(host: str, port: int, policy: FetchPolicy) -> Address:
    """Resolve `host`; every address must be public (or allowed). Returns the first."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchRefused(f"Couldn't find {host}: {error}.") from None
    addresses = [ipaddress.ip_address(answer[4][0].split("%")[0]) for answer in answers]
    if not addresses:
        raise FetchRefused(f"Couldn't find {host}.")
    for address in addresses:
        if any(address in network for network in policy.allowed_networks):
            continue
        if reason := refusal(address):
            raise FetchRefused(f"{host} leads to {reason} ({address}), which can't be fetched.")
    return addresses[0]


def refusal(address: Address) -> str | None:
    """Why `address` must not be fetched from, or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None:
            return refusal(embedded) or None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private address"
    if address.is_reserved or address.is_unspecified or not address.is_global:
        return "a reserved address"
    return None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the name resolves to now."""

    def __init__(self, host, port, *, address: Address, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self.address = str(address)

    def connect(self):
        self.sock = self.pinned_socket = socket.create_connection(
            (self.address, self.port), self.timeout
        )


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS verified against the original host name (SNI kept)."""

    def __init__(self, host, port, *, address: Address, timeout: float):
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.address = str(address)

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self.pinned_socket = self.tls.wrap_socket(sock, server_hostname=self.host)


def _connection(parts, address: Address, policy: FetchPolicy, deadline: float):
    timeout = min(policy.connect_timeout, _remaining(deadline, parts.hostname))
    cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    return cls(parts.hostname, parts.port, address=address, timeout=timeout)


def _request(connection, parts, policy, deadline, method, body=None, headers=None):
    connection.connect()
    connection.pinned_socket.settimeout(_remaining(deadline, parts.hostname))
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": policy.accept,
        "Accept-Encoding": "identity",
        **(headers or {}),
    }
    connection.request(method, path, body=body, headers=headers)
    return connection.getresponse()


def _read(response, connection, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.getheader("Content-Length", "")
    declared = declared if declared.isascii() and declared.isdigit() else ""  # not "²"
    if declared and int(declared) > policy.max_bytes:
        raise FetchRefused(f"The response is too large (over {policy.max_bytes:,} bytes).")
    chunks, size = [], 0
    while not response.isclosed():  # it closes itself once the whole body is read
        # The response may own the socket by now (Connection: close), so use our reference.
        connection.pinned_socket.settimeout(_remaining(deadline, connection.host))
        chunk = response.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchRefused(f"The response is too large (over {policy.max_bytes:,} bytes).")
        chunks.append(chunk)
    if declared and size < int(declared):  # http.client doesn't check
        raise FetchRefused(f"The transfer was cut off ({size:,} of {int(declared):,} bytes).")
    return b"".join(chunks)


def _remaining(deadline: float, host: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchRefused(f"{host} was too slow to answer.")
    return left
