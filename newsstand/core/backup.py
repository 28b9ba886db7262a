"""Backups an operator can trust: made while the site runs, checked by hash, proven by restoring.

A backup is a directory holding:
- `database.sqlite3`, made with SQLite's online backup API (a consistent copy of a live WAL
  database, which copying the file is not), or `database.dump`, from `pg_dump --format=custom`;
- `media.tar`, every file of the media storage (originals and renditions);
- `manifest.json`: when and from what it was made, each table's row count and content digest,
  and the SHA-256 of the database file and of every media file.

Restoring checks every hash before it touches anything, replaces the database and the media,
then counts and digests every table again and compares them with the manifest.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, connections, transaction
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA = "media.tar"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup can't be made or can't be trusted; says why, for a person."""


@dataclass(frozen=True)
class Restored:
    tables: int
    rows: int
    media_files: int
    seconds: float


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def table_digests(cursor, tables: list[tuple[str, list[str]]]) -> dict[str, dict]:
    """Each table's row count and a digest of its rows in primary-key order."""
    found = {}
    for table, keys in tables:
        quoted = connection.ops.quote_name(table)
        cursor.execute(f"SELECT * FROM {quoted} LIMIT 0")
        columns = range(1, len(cursor.description) + 1)
        order = ", ".join(map(connection.ops.quote_name, keys)) or ", ".join(map(str, columns))
        cursor.execute(f"SELECT * FROM {quoted} ORDER BY {order}")
        digest, rows = hashlib.sha256(), 0
        while batch := cursor.fetchmany(1000):
            for row in batch:
                digest.update(repr(tuple(_plain(value) for value in row)).encode())
            rows += len(batch)
        found[table] = {"rows": rows, "digest": digest.hexdigest()}
    return found


def _plain(value):
    return bytes(value) if isinstance(value, memoryview) else value


def _sqlite_tables(cursor) -> list[tuple[str, list[str]]]:
    cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    tables = [row[0] for row in cursor.fetchall()]
    found = []
    for table in tables:
        cursor.execute(f"PRAGMA table_info({connection.ops.quote_name(table)})")
        keyed = sorted((row[5], row[1]) for row in cursor.fetchall() if row[5])
        found.append((table, [name for _, name in keyed]))
    return found


def _postgresql_tables(cursor) -> list[tuple[str, list[str]]]:
    introspection = connection.introspection
    return [
        (table, introspection.get_primary_key_columns(cursor, table) or [])
        for table in sorted(introspection.table_names(cursor))
    ]


def _sqlite_file_digests(path: Path) -> dict[str, dict]:
    """The digests of a SQLite file, read as Django reads its database."""
    raw = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    try:
        cursor = raw.cursor()
        return table_digests(cursor, _sqlite_tables(cursor))
    finally:
        raw.close()


def current_digests() -> dict[str, dict]:
    """The digests of the site's database now."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        cursor = connection.connection.cursor()
        return table_digests(cursor, _sqlite_tables(cursor))
    with connection.cursor() as cursor:
        return table_digests(cursor, _postgresql_tables(cursor))


def media_files() -> list[str]:
    """Every file name in the media storage."""
    found, folders = [], [""]
    while folders:
        folder = folders.pop()
        try:
            subfolders, files = default_storage.listdir(folder)
        except FileNotFoundError:
            continue
        found += [str(PurePosixPath(folder, name)) for name in files]
        folders += [str(PurePosixPath(folder, name)) for name in subfolders]
    return sorted(found)


def backup(destination: Path) -> dict:
    """Write a backup into the new directory `destination`; returns its manifest."""
    destination.mkdir(parents=True, exist_ok=False)
    vendor = connection.vendor
    database = destination / ("database.sqlite3" if vendor == "sqlite" else "database.dump")
    if vendor == "sqlite":
        _sqlite_backup(database)
        tables = _sqlite_file_digests(database)  # of the copy: the site may have moved on
    elif vendor == "postgresql":
        tables = _postgresql_dump(database)
    else:
        raise BackupError(f"Backing up a {vendor} database isn't supported.")
    media = {}
    with tarfile.open(destination / MEDIA, "w") as archive:
        for name in media_files():
            with default_storage.open(name, "rb") as f:
                data = f.read()
            media[name] = hashlib.sha256(data).hexdigest()
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), int(time.time())
            archive.addfile(info, io.BytesIO(data))
    manifest = {
        "made_at": timezone.now().isoformat(),
        "engine": vendor,
        "database": {"file": database.name, "sha256": sha256(database)},
        "tables": tables,
        "media": media,
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


def _sqlite_backup(path: Path) -> None:
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _postgresql_dump(database: Path) -> dict[str, dict]:
    """pg_dump and the digests read from one snapshot, so they describe the same rows."""
    name = connection.settings_dict["NAME"]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        tables = table_digests(cursor, _postgresql_tables(cursor))
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                f"--snapshot={snapshot}",
                f"--file={database}",
                name,
            ]
        )
    return tables


def check(source: Path) -> dict:
    """The manifest of the backup at `source`, once every file matches its hash."""
    try:
        manifest = json.loads((source / MANIFEST).read_text())
        database = source / manifest["database"]["file"]
        expected_db, expected_media = manifest["database"]["sha256"], manifest["media"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{source} is not a readable backup: {error}") from None
    if manifest.get("engine") != connection.vendor:
        raise BackupError(
            f"This backup is of a {manifest.get('engine')} database; "
            f"this site uses {connection.vendor}."
        )
    if database.name not in {"database.sqlite3", "database.dump"} or not database.exists():
        raise BackupError(f"The backup's database file {database.name} is missing.")
    if sha256(database) != expected_db:
        raise BackupError(f"{database.name} doesn't match its hash: the backup is damaged.")
    seen = {}
    try:
        with tarfile.open(source / MEDIA) as archive:
            for member in archive:
                if not member.isfile() or not _safe_name(member.name):
                    raise BackupError(f"The media archive holds an unsafe entry: {member.name!r}")
                seen[member.name] = hashlib.sha256(archive.extractfile(member).read()).hexdigest()
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"The media archive can't be read: {error}") from None
    if seen != expected_media:
        damaged = sorted(set(seen.items()) ^ set(expected_media.items()))[:5]
        raise BackupError(f"The media archive doesn't match the manifest: {damaged}")
    return manifest


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == str(path)


def restore(source: Path) -> Restored:
    """Replace this site's database and media with the backup at `source`, then prove it."""
    started = time.monotonic()
    manifest = check(source)
    database = source / manifest["database"]["file"]
    if connection.vendor == "sqlite":
        _sqlite_restore(database)
    else:
        connections.close_all()
        name = connection.settings_dict["NAME"]
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={name}",
                str(database),
            ]
        )
    with tarfile.open(source / MEDIA) as archive:
        wanted = set()
        for member in archive:
            wanted.add(member.name)
            if default_storage.exists(member.name):
                default_storage.delete(member.name)
            saved = default_storage.save(
                member.name, ContentFile(archive.extractfile(member).read())
            )
            if saved != member.name:
                raise BackupError(f"{member.name} was restored as {saved}.")
    for name in set(media_files()) - wanted:
        default_storage.delete(name)
    restored = current_digests()
    if restored != manifest["tables"]:
        differ = sorted(
            t
            for t in restored.keys() | manifest["tables"]
            if restored.get(t) != manifest["tables"].get(t)
        )
        raise BackupError(f"After restoring, these tables differ from the backup: {differ}")
    for name, digest in manifest["media"].items():
        with default_storage.open(name, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != digest:
                raise BackupError(f"After restoring, {name} differs from the backup.")
    return Restored(
        tables=len(restored),
        rows=sum(t["rows"] for t in restored.values()),
        media_files=len(manifest["media"]),
        seconds=time.monotonic() - started,
    )


def _sqlite_restore(database: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(database)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _run(arguments: list[str]) -> None:
    """Run pg_dump or pg_restore with the site's database credentials."""
    if shutil.which(arguments[0]) is None:
        raise BackupError(f"{arguments[0]} isn't installed (Debian: postgresql-client).")
    settings = connection.settings_dict
    env = {
        **os.environ,
        "PGHOST": str(settings.get("HOST") or ""),
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": str(settings.get("USER") or ""),
        "PGPASSWORD": str(settings.get("PASSWORD") or ""),
    }
    result = subprocess.run(arguments, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{arguments[0]} failed: {result.stderr.strip()[-500:]}")
