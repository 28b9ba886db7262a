"""S13: a backup is proven by restoring it into a fresh database and an empty media folder,
and a damaged or hostile backup is refused before anything is touched."""

import io
import json
import os
import secrets
import tarfile
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command
from django.db import connection

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.backup import MANIFEST, MEDIA
from newsstand.core.testing import manage
from newsstand.followers.models import Follow, Subscriber
from newsstand.images.factories import ImageFactory

pytestmark = pytest.mark.django_db(transaction=True)

SMOKE = """
from django.test import Client
client = Client(HTTP_HOST="localhost")
for path in %r:
    print(client.get(path).status_code)
"""


@pytest.fixture
def content(section):
    image = ImageFactory(title="Flood in Lokoja", file__width=640, file__height=360)
    article = ArticlePageFactory(
        parent=section, title="Flood waters recede", featured_image=image, live=False
    )
    article.tags.add("Lagos", "floods")
    article.save_revision().publish()  # makes the renditions too
    reader = Subscriber.objects.create(email="ada@example.ng", status="active", consent="form")
    Follow.objects.create(subscriber=reader, topic="digest")
    return article


@pytest.fixture
def fresh_database(tmp_path):
    """An empty database of the engine the tests run on, for a process of its own."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    name = f"restore_{secrets.token_hex(4)}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    db = connection.settings_dict
    yield f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_a_backup_restores_into_a_fresh_database_table_for_table(content, tmp_path, fresh_database):
    made = tmp_path / "backup"
    out = io.StringIO()
    call_command("backup", str(made), stdout=out)
    assert "media files to" in out.getvalue()
    manifest = json.loads((made / MANIFEST).read_text())
    assert manifest["tables"]["wagtailcore_page"]["rows"] >= 3
    assert manifest["tables"]["followers_subscriber"]["rows"] == 1
    assert any(name.startswith("original_images/") for name in manifest["media"])
    assert any(name.startswith("images/") for name in manifest["media"])  # renditions

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsstand.settings.dev",
        "DATABASE_URL": fresh_database,
        "MEDIA_ROOT": str(tmp_path / "empty-media"),
    }
    said = manage(env, "restore", str(made), "--yes")
    assert "every table and file matches the backup" in said

    # Checked independently: a backup of the restored site has the same tables and files.
    manage(env, "backup", str(tmp_path / "again"))
    again = json.loads((tmp_path / "again" / MANIFEST).read_text())
    assert again["tables"] == manifest["tables"]
    assert again["media"] == manifest["media"]
    restored = sorted(
        str(p.relative_to(tmp_path / "empty-media"))
        for p in (tmp_path / "empty-media").rglob("*")
        if p.is_file()
    )
    assert restored == sorted(manifest["media"])

    # The restored site serves pages, search and the admin login (visiting adds rows: last).
    paths = ["/", content.url, "/search/?q=flood", "/admin/login/", "/feed/"]
    statuses = manage(env, "shell", "--no-imports", "-c", SMOKE % paths).split()
    assert statuses == ["200"] * len(paths), dict(zip(paths, statuses, strict=False))


def test_a_damaged_database_file_is_refused_and_nothing_changes(content, tmp_path):
    call_command("backup", str(tmp_path / "b"), stdout=io.StringIO())
    database = next((tmp_path / "b").glob("database.*"))
    database.write_bytes(database.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(CommandError, match="doesn't match its hash"):
        call_command("restore", str(tmp_path / "b"), "--yes")
    assert Subscriber.objects.count() == 1


def test_a_media_archive_reaching_outside_the_media_folder_is_refused(content, tmp_path):
    call_command("backup", str(tmp_path / "b"), stdout=io.StringIO())
    with tarfile.open(tmp_path / "b" / MEDIA, "a") as archive:
        info = tarfile.TarInfo("../../outside.txt")
        info.size = 4
        archive.addfile(info, io.BytesIO(b"evil"))
    with pytest.raises(CommandError, match="unsafe entry: '../../outside.txt'"):
        call_command("restore", str(tmp_path / "b"), "--yes")
    assert not (Path(tmp_path).parent / "outside.txt").exists()


def test_a_folder_that_is_not_a_backup_gets_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="is not a readable backup"):
        call_command("restore", str(tmp_path), "--yes")
    (tmp_path / MANIFEST).write_text('{"engine": "oracle"}')
    with pytest.raises(CommandError, match="not a readable backup"):
        call_command("restore", str(tmp_path), "--yes")


def test_backing_up_into_an_existing_folder_is_refused(tmp_path):
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", str(tmp_path))
