"""Uploads fetched from the old site into a local copy of its uploads folder.

With `import_wordpress --fetch-media`, the files the export names are downloaded from
their URLs into IMPORT_MEDIA_DIR/<host>/, laid out as in wp-content/uploads
(`2023/05/market.jpg`), and imported from there as from a `--media` folder.

- Every request goes through the SSRF guard (core.outbound): each redirect is checked,
  private and internal addresses are refused unless the operator names the host with
  `--allow-host`, and each file is capped in size and time.
- Files are fetched a few at a time. Each one is written under a temporary name and
  renamed when complete, so an interrupted run leaves no half file, and the next run
  fetches only what is still missing.
- One URL is fetched once per run, however many attachments name it; identical content
  under different names becomes one library image (see MediaLibrary.store).
"""

import ipaddress
import os
import re
import socket
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from PIL import Image, UnidentifiedImageError

from django.conf import settings

from newsstand.core.outbound import FetchPolicy, FetchRefused, fetch

from .errors import ImportAborted

Progress = Callable[[int, int], None]


def policy(allow_hosts: Iterable[str] = ()) -> FetchPolicy:
    """Images up to the library's limit, each within IMPORT_MEDIA_TIMEOUT_SECONDS; the named
    hosts' addresses may be private (an old site on the local network). Downloads applies
    it only to URLs on those hosts."""
    allowed = []
    for host in allow_hosts:
        try:
            answers = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as error:
            raise ImportAborted(f"Couldn't find the host {host!r} to allow: {error}.") from None
        allowed += [ipaddress.ip_network(answer[4][0].split("%")[0]) for answer in answers]
    return FetchPolicy(
        max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
        total_timeout=settings.IMPORT_MEDIA_TIMEOUT_SECONDS,
        accept="image/*",
        allowed_networks=tuple(dict.fromkeys(allowed)),
    )


def folder_name(site_url: str) -> str:
    """A folder name for the site: its host, and its path for a network's subsite
    (`example.com_blog-b`), so two blogs' `2023/05/photo.jpg` never meet."""
    parts = urlsplit(site_url)
    host = (parts.hostname or "").lower()
    if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*", host):
        host = "site"
    path = re.sub(r"[^a-z0-9]+", "-", parts.path.lower()).strip("-")
    return f"{host}_{path}" if path else host


class DownloadError(Exception):
    """A file that couldn't be fetched, with the reason."""


class Downloads:
    """The local copy of one site's uploads folder, filled from the site on demand."""

    def __init__(self, site_url: str, allow_hosts: Iterable[str] = ()) -> None:
        self.root = (Path(settings.IMPORT_MEDIA_DIR) / folder_name(site_url)).resolve()
        self.site_url = site_url
        self.policy = policy(allow_hosts)
        self.public = replace(self.policy, allowed_networks=())
        self.allow_hosts = frozenset(host.lower().rstrip(".") for host in allow_hosts)
        self.fetched = 0
        self._failed: dict[str, str] = {}  # file: why, so a failure costs one try per run
        self._lock = threading.Lock()

    def path_for(self, file: str) -> Path:
        try:
            path = (self.root / file).resolve()
        except (OSError, ValueError):  # a NUL byte, a loop
            raise DownloadError(f"refused an impossible file name: {file!r}") from None
        if not file or not path.is_relative_to(self.root) or path == self.root:
            raise DownloadError(f"refused a file outside the uploads folder: {file}")
        return path

    def get(self, file: str, url: str) -> Path:
        """The local copy of `file`, fetched from `url` unless an earlier run fetched it."""
        path = self.path_for(file)
        if path.is_file():
            return path
        if file in self._failed:
            raise DownloadError(self._failed[file])
        url = urljoin(self.site_url, url)
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        try:
            chosen = self.policy if host in self.allow_hosts else self.public
            content = fetch(url, policy=chosen).content
            with Image.open(BytesIO(content)) as picture:
                picture.verify()  # an error page or a cut-off file is never kept
        except FetchRefused as error:
            self._failed[file] = f"couldn't fetch {file}: {error}"
            raise DownloadError(self._failed[file]) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
            self._failed[file] = f"{file} from the old site isn't a readable image ({error})"
            raise DownloadError(self._failed[file]) from None
        partial = path.with_name(f".{path.name}.{threading.get_ident()}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(content)
            os.replace(partial, path)  # complete, or not there at all
        except (OSError, ValueError) as error:  # a full disk, a name the disk refuses…
            with suppress(OSError, ValueError):
                partial.unlink(missing_ok=True)
            self._failed[file] = f"couldn't save {file}: {error}"
            raise DownloadError(self._failed[file]) from None
        with self._lock:
            self.fetched += 1
        return path

    def get_all(self, wanted: dict[str, str], progress: Progress | None = None) -> None:
        """Fetch every `file: url` not already here, IMPORT_MEDIA_WORKERS at a time."""
        missing = {file: url for file, url in wanted.items() if not self._present(file)}
        done = 0

        def one(item: tuple[str, str]) -> None:
            with suppress(DownloadError):  # remembered; reported when the import asks for it
                self.get(*item)

        with ThreadPoolExecutor(settings.IMPORT_MEDIA_WORKERS) as pool:
            for _ in pool.map(one, missing.items()):
                done += 1
                if progress is not None:
                    progress(done, len(missing))

    def _present(self, file: str) -> bool:
        try:
            return self.path_for(file).is_file()
        except DownloadError:
            return False

    def check_writable(self) -> None:
        """Before anything is fetched: the folder can be made and written to."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f".probe.{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise ImportAborted(f"Can't save downloads in {self.root}: {error}.") from None
