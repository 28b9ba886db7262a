"""The servers under test, each started on a free loopback port and stopped afterwards."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

WORKERS = 2
BLOCKING_THREADS = 4
REPO = Path(__file__).resolve().parents[2]
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def app(env: dict[str, str], log: Path):
    """granian (WSGI) serving newsstand, as deploy/ runs it; yields (base URL, process)."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("granian")), "--interface", "wsgi",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(WORKERS),
        "--blocking-threads", str(BLOCKING_THREADS), "--no-ws", "--log-level", "warning",
        "newsstand.wsgi:application",
    ]  # fmt: skip
    with log.open("a") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/healthz")
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def peak_memory_mib(process: subprocess.Popen) -> list[float]:
    """Each worker's peak resident memory (VmHWM), read from /proc."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    peaks = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return peaks


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None
    )


@contextmanager
def nginx(config: str, prefix: Path):
    """nginx in the foreground with `config` (a whole nginx.conf) under `prefix`."""
    prefix.mkdir(parents=True, exist_ok=True)
    (prefix / "logs").mkdir(exist_ok=True)
    conf = prefix / "nginx.conf"
    conf.write_text(config)
    command = [nginx_binary(), "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def static_nginx_config(port: int, root: Path) -> str:
    """The machine's limit: nginx serving a pre-compressed copy of a page, 2 workers."""
    return f"""
worker_processes {WORKERS};
error_log logs/error.log warn;
pid logs/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    gzip_static on;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


def microcache_nginx_config(prefix: Path, values: dict[str, str], *, workers: int = WORKERS) -> str:
    """The shipped deploy/nginx/newsstand.conf, rendered with `values`, in a whole nginx.conf.

    Tests use one worker: with two, a request can reach the other worker a moment
    before the first has finished writing the entry it just fetched.
    """
    conf_dir = prefix / "conf"
    subprocess.run(
        [sys.executable, str(REPO / "deploy" / "nginx" / "render"), str(conf_dir)],
        env={**os.environ, **values},
        check=True,
    )
    temp_paths = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    return f"""
load_module {PURGE_MODULE};
{user}worker_processes {workers};
error_log logs/error.log warn;
pid logs/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    keepalive_requests 100000;
{temp_paths}
    include {conf_dir / "newsstand.conf"};
}}
"""
