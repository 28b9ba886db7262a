"""Fetching a URL refuses every address class that could reach the server's own network.

No test touches the internet: names are resolved by a stand-in, and the only real
server is a local one on 127.0.0.1, reachable only through the test-only allowlist.
"""

import socket
import time

import pytest

from newsstand.core import outbound
from newsstand.core.outbound import FetchPolicy, FetchRefused, fetch
from newsstand.core.testing import LOCAL

PUBLIC_IP = "93.184.216.34"


@pytest.fixture
def dns(monkeypatch):
    """Resolve names from a table; record every resolution and every connection attempt."""
    table: dict[str, list[str]] = {}
    calls = {"resolved": [], "connected": []}

    def getaddrinfo(host, port, *args, **kwargs):
        calls["resolved"].append(host)
        answers = table[host]
        if callable(answers):
            answers = answers()
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in answers
        ]

    def create_connection(address, *args, **kwargs):
        calls["connected"].append(address)
        raise ConnectionRefusedError("no network in tests")

    monkeypatch.setattr(outbound.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(outbound.socket, "create_connection", create_connection)
    return table, calls


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://files.example/story.html",
        "gopher://old.example/",
        "javascript:alert(1)",
        "data:text/html,<h1>x</h1>",
        "//no-scheme.example/story",
    ],
)
def test_non_http_schemes_are_refused(url):
    with pytest.raises(FetchRefused, match="Only http and https"):
        fetch(url)


def test_credentials_in_the_url_are_refused():
    with pytest.raises(FetchRefused, match="user name or password"):
        fetch("https://admin:secret@news.example/")


def test_loopback_is_refused_even_with_a_server_listening(local_server):
    local_server.page("/story", b"<p>secret admin page</p>")
    with pytest.raises(FetchRefused, match="loopback"):
        fetch(f"{local_server.url}/story")
    assert local_server.requests == []


@pytest.mark.parametrize(
    "url", ["http://localhost/", "http://admin.localhost/", "http://metadata.google.internal/"]
)
def test_internal_host_names_are_refused_before_resolving(dns, url):
    _table, calls = dns
    with pytest.raises(FetchRefused, match="internal host name"):
        fetch(url)
    assert calls["resolved"] == []


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.10", "private"),
        ("fc00::7", "private"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "private"),
        ("100.64.1.1", "reserved"),
        ("240.0.0.1", "private"),
    ],
)
def test_each_refused_address_class_after_dns_resolution(dns, address, reason):
    table, calls = dns
    table["story.example"] = [address]
    with pytest.raises(FetchRefused, match=reason):
        fetch("https://story.example/news")
    assert calls["connected"] == []


@pytest.mark.parametrize("host", ["169.254.169.254", "[fd00:ec2::254]", "[::1]", "2130706433"])
def test_address_literals_are_checked_too(dns, host):
    table, calls = dns
    table[host.strip("[]")] = ["127.0.0.1" if host == "2130706433" else host.strip("[]")]
    with pytest.raises(FetchRefused, match="metadata|loopback"):
        fetch(f"http://{host}/latest/meta-data/")
    assert calls["connected"] == []


def test_every_resolved_address_must_be_public(dns):
    table, calls = dns
    table["mixed.example"] = [PUBLIC_IP, "10.1.1.1"]
    with pytest.raises(FetchRefused, match="private"):
        fetch("https://mixed.example/")
    assert calls["connected"] == []


def test_connection_goes_to_the_address_that_was_checked(dns):
    """DNS rebinding: a second lookup would say 127.0.0.1, but there is no second lookup."""
    table, calls = dns
    answers = iter([[PUBLIC_IP], ["127.0.0.1"]])
    table["rebind.example"] = lambda: next(answers)
    with pytest.raises(FetchRefused, match="Couldn't reach"):
        fetch("https://rebind.example/story")
    assert calls["resolved"] == ["rebind.example"]
    assert calls["connected"] == [(PUBLIC_IP, 443)]


def test_fetches_through_the_test_allowlist(local_server):
    local_server.page("/story", b"<p>hello</p>")
    fetched = fetch(f"{local_server.url}/story", policy=LOCAL)
    assert fetched.content == b"<p>hello</p>"
    assert fetched.content_type.startswith("text/html")


def test_redirects_are_followed_and_checked_again(local_server):
    local_server.redirect("/old", "/new", status=301)
    local_server.page("/new", b"<p>moved</p>")
    fetched = fetch(f"{local_server.url}/old", policy=LOCAL)
    assert fetched.url == f"{local_server.url}/new"
    assert fetched.content == b"<p>moved</p>"


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://10.0.0.1/admin", "private"),
        ("file:///etc/passwd", "Only http and https"),
        ("http://localhost:8000/admin/", "internal host name"),
    ],
)
def test_redirect_to_a_refused_place_is_refused(local_server, location, reason):
    local_server.redirect("/go", location)
    with pytest.raises(FetchRefused, match=reason):
        fetch(f"{local_server.url}/go", policy=LOCAL)
    assert local_server.requests == ["/go"]


def test_at_most_five_redirects(local_server):
    for n in range(6):
        local_server.redirect(f"/hop{n}", f"/hop{n + 1}")
    local_server.page("/hop5", b"five hops")
    local_server.page("/hop6", b"six hops")
    assert fetch(f"{local_server.url}/hop0", policy=LOCAL).content == b"five hops"
    with pytest.raises(FetchRefused, match="Too many redirects"):
        fetch(f"{local_server.url}/hop0", policy=FetchPolicy(max_redirects=4, **_local()))


def test_oversized_responses_are_refused(local_server):
    local_server.page("/big", b"x" * 5000)
    policy = FetchPolicy(max_bytes=4000, **_local())
    with pytest.raises(FetchRefused, match="too large"):
        fetch(f"{local_server.url}/big", policy=policy)

    def no_length(handler):
        handler.send_response(200)
        handler.end_headers()
        handler.wfile.write(b"y" * 5000)  # no Content-Length: the cap applies while reading

    local_server.routes["/stream"] = (200, {}, no_length)
    with pytest.raises(FetchRefused, match="too large"):
        fetch(f"{local_server.url}/stream", policy=policy)


def test_slow_responses_are_refused(local_server):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        for _ in range(10):
            handler.wfile.write(b"z")
            handler.wfile.flush()
            time.sleep(0.15)

    local_server.routes["/slow"] = (200, {}, trickle)
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="too slow"):
        fetch(f"{local_server.url}/slow", policy=FetchPolicy(total_timeout=0.5, **_local()))
    assert time.monotonic() - started < 5


def test_a_transfer_cut_off_before_its_length_is_refused(local_server):
    def cut_off(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        handler.wfile.write(b"w" * 400)  # then the connection closes

    local_server.routes["/cut"] = (200, {}, cut_off)
    with pytest.raises(FetchRefused, match="cut off \\(400 of 1,000 bytes\\)"):
        fetch(f"{local_server.url}/cut", policy=FetchPolicy(**_local()))


def test_a_length_that_is_not_ascii_digits_is_ignored(local_server):
    def odd_length(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "\u00b2")  # "²": isdigit() but not int()
        handler.end_headers()
        handler.wfile.write(b"body")

    local_server.routes["/odd"] = (200, {}, odd_length)
    # Read to the end as if no length were given, rather than raise ValueError (a 500).
    assert fetch(f"{local_server.url}/odd", policy=FetchPolicy(**_local())).content == b"body"


def _local() -> dict:
    return {"allowed_networks": LOCAL.allowed_networks}
