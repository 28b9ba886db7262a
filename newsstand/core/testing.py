"""Helpers shared by the test suites of several apps."""

import ipaddress
import os
import subprocess
import sys
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Revision

from newsstand.core.outbound import FetchPolicy

# For slow tests whose subject doesn't depend on the database: the scale-out run skips them.
sqlite_run_only = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="doesn't depend on the database; the SQLite run (`make test`) covers it",
)

# Outbound requests may reach LocalServer (and only it) in tests.
LOCAL = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))


def make_schedule_due(page) -> None:
    """Pretend the page's scheduled go-live time has passed (as the scheduler will see it)."""
    revision = Revision.objects.get(pk=page.scheduled_revision.pk)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()


def user_in(group_name: str, username: str):
    """A user in one of the editorial groups (Contributors, Editors)."""
    user = get_user_model().objects.create_user(username, password="pass-word-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def manage(env: dict[str, str], *args: str) -> str:
    """Run `manage.py args` in a process of its own with `env`; its output. The test fails
    with the command's errors if it fails."""
    result = subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


class LocalServer:
    """A web server on 127.0.0.1 that answers from a table of paths, recording requests
    (and each POST's headers and body)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[str] = []
        self.posts: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(self.path)
                status, headers, body = server.routes.get(self.path, (404, {}, b"not found"))
                if callable(body):
                    body(self)
                    return
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.posts.append({"path": self.path, "headers": self.headers, "body": body})
                self.do_GET()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8"):
        self.routes[path] = (200, {"Content-Type": content_type}, body)

    def redirect(self, path: str, location: str, status: int = 302):
        self.routes[path] = (status, {"Location": location}, b"")


class FullDisk:
    """An 8 MiB tmpfs holding `media/` and `tmp/` (for MEDIA_ROOT and FILE_UPLOAD_TEMP_DIR), which
    `fill` packs until only a few bytes are free: a disk filling up under an upload (S12).
    Mounting needs root, as CI has; elsewhere the test is skipped."""

    def __init__(self, mountpoint, size: str = "8m") -> None:
        self.root = mountpoint
        self.size = size
        self.media = mountpoint / "media"
        self.tmp = mountpoint / "tmp"

    def __enter__(self) -> "FullDisk":
        self.root.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={self.size}", "tmpfs", str(self.root)],
            check=True,
            capture_output=True,
        )
        self.media.mkdir()
        self.tmp.mkdir()
        return self

    def __exit__(self, *exc_info) -> None:
        subprocess.run(["umount", "--lazy", str(self.root)], check=True)

    def fill(self, leave: int) -> None:
        """Take all the free space but `leave` bytes (to a page), outside media/ and tmp/."""
        free = os.statvfs(self.root).f_bavail * os.statvfs(self.root).f_frsize
        (self.root / "filler").write_bytes(b"\0" * max(free - leave, 0))

    def files(self) -> list[str]:
        """Every file in media/ and tmp/, as paths relative to the mountpoint."""
        return sorted(
            str(path.relative_to(self.root))
            for folder in (self.media, self.tmp)
            for path in folder.rglob("*")
            if path.is_file()
        )
