"""`--fetch-media`: images fetched from the old site, safely, once, and resumably.

The old site is a LocalServer on 127.0.0.1, which the operator allows by name
(`allow_hosts`), as they would an old site on their own network.
"""

import io
import time

import pytest
from PIL import Image

from django.core.management import call_command

from newsstand.core.testing import sqlite_run_only
from newsstand.images.models import CustomImage
from newsstand.imports.models import ImportedObject
from newsstand.imports.services import import_wordpress

from .conftest import item

pytestmark = sqlite_run_only

UPLOADS = "/wp-content/uploads/"


def jpeg(color: str, size=(80, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def attachment(wp_id: int, server, file: str, title: str, url: str | None = None) -> str:
    url = url or f"{server.url}{UPLOADS}{file}"
    return item(
        wp_id,
        title=title,
        post_type="attachment",
        status="inherit",
        meta={"_wp_attached_file": file},
        extra=f"<wp:attachment_url>{url}</wp:attachment_url>",
    )


@pytest.fixture
def mirror(settings, tmp_path):
    settings.IMPORT_MEDIA_DIR = tmp_path / "mirror"
    return tmp_path / "mirror" / "test.example"


def run(export, **options):
    return import_wordpress(export=export, fetch_media=True, allow_hosts=("127.0.0.1",), **options)


def reasons(report) -> dict[str, str]:
    return {entry.wp_id: entry.reason for entry in report.skipped}


def test_attachments_featured_and_inline_images_are_fetched(home, write_wxr, local_server, mirror):
    server = local_server
    server.page(UPLOADS + "2023/05/market.jpg", jpeg("red"), "image/jpeg")
    server.redirect(UPLOADS + "2023/05/goal.jpg", "/cdn/goal.jpg", 301)
    server.page("/cdn/goal.jpg", jpeg("blue"), "image/jpeg")
    server.page(UPLOADS + "2022/11/loose.jpg", jpeg("green"), "image/jpeg")
    post = item(
        1,
        meta={"_thumbnail_id": "11"},
        content=(
            f'<img src="{server.url}{UPLOADS}2023/05/goal-300x200.jpg" alt="The goal">'
            f'<p>Text.</p><img src="{UPLOADS}2022/11/loose.jpg" alt="Loose">'
        ),
    )
    export = write_wxr(
        attachment(11, server, "2023/05/market.jpg", "Market"),
        attachment(12, server, "2023/05/goal.jpg", "Goal"),
        attachment(13, server, "2023/05/market.jpg", "Market again"),
        post,
    )
    export.write_text(export.read_text().replace("https://test.example", server.url, 3))
    mirror = mirror.with_name("127.0.0.1")

    report = run(export)

    assert sorted(CustomImage.objects.values_list("title", flat=True)) == [
        "Goal",
        "Market",
        "loose",
    ]
    story = ImportedObject.objects.get(kind="post", wp_id="1").target.specific
    assert story.featured_image.title == "Market"
    body_images = [b.value["image"].title for b in story.body if b.block_type == "image"]
    assert body_images == ["Goal", "loose"]
    assert sorted(p.relative_to(mirror).as_posix() for p in mirror.rglob("*") if p.is_file()) == [
        "2022/11/loose.jpg",
        "2023/05/goal.jpg",
        "2023/05/market.jpg",
    ]
    assert any("Fetched 3 file(s)" in note for note in report.notes)
    assert server.requests.count(UPLOADS + "2023/05/market.jpg") == 1  # once, though named twice


def test_unsafe_big_slow_and_missing_files_are_refused_and_reported(
    home, write_wxr, local_server, mirror, settings
):
    server = local_server
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20_000
    settings.IMPORT_MEDIA_TIMEOUT_SECONDS = 1

    def slow(handler):
        time.sleep(3)
        handler.send_response(200)
        handler.end_headers()

    server.page(UPLOADS + "ok.jpg", jpeg("red"), "image/jpeg")
    server.page(UPLOADS + "huge.jpg", b"\xff\xd8" + b"\0" * 30_000, "image/jpeg")
    server.routes[UPLOADS + "slow.jpg"] = (200, {}, slow)
    server.redirect(UPLOADS + "inside.jpg", "http://10.0.0.7/secret.jpg")
    server.redirect(UPLOADS + "metadata.jpg", "http://169.254.169.254/latest/meta-data/")
    export = write_wxr(
        attachment(1, server, "ok.jpg", "Fine"),
        attachment(2, server, "huge.jpg", "Huge"),
        attachment(3, server, "slow.jpg", "Slow"),
        attachment(4, server, "inside.jpg", "Inside"),
        attachment(5, server, "metadata.jpg", "Metadata"),
        attachment(6, server, "gone.jpg", "Gone"),
        attachment(7, server, "../../etc/passwd.jpg", "Escape"),
    )

    report = run(export)

    assert list(CustomImage.objects.values_list("title", flat=True)) == ["Fine"]
    why = reasons(report)
    assert "too large" in why["2"] or "more than" in why["2"]
    assert "too slow" in why["3"]
    assert "private address (10.0.0.7)" in why["4"]
    assert "metadata address" in why["5"]
    assert "404" in why["6"]
    assert "outside the uploads folder" in why["7"]
    files = [p.name for p in mirror.parent.rglob("*") if p.is_file()]
    assert files == ["ok.jpg"]  # nothing partial
    assert not list(mirror.parent.parent.rglob("passwd.jpg"))  # nothing outside


def test_a_private_address_needs_the_operator_to_allow_it(home, write_wxr, local_server, mirror):
    local_server.page(UPLOADS + "ok.jpg", jpeg("red"), "image/jpeg")
    export = write_wxr(attachment(1, local_server, "ok.jpg", "Fine"))
    report = import_wordpress(export=export, fetch_media=True)
    assert not CustomImage.objects.exists()
    assert "loopback address" in reasons(report)["1"]
    assert local_server.requests == []


def test_an_interrupted_fetch_is_completed_by_a_rerun_without_duplicates(
    home, write_wxr, local_server, mirror
):
    server = local_server
    whole = jpeg("purple", (400, 300))

    def cut_off(handler):  # says how long the file is, then stops halfway
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(whole)))
        handler.end_headers()
        handler.wfile.write(whole[: len(whole) // 2])

    server.page(UPLOADS + "one.jpg", jpeg("red"), "image/jpeg")
    server.routes[UPLOADS + "two.jpg"] = (200, {}, cut_off)
    post = item(9, content=f'<img src="{server.url}{UPLOADS}two.jpg" alt="Two">')
    export = write_wxr(
        attachment(1, server, "one.jpg", "One"), attachment(2, server, "two.jpg", "Two"), post
    )

    first = run(export)
    assert list(CustomImage.objects.values_list("title", flat=True)) == ["One"]
    assert "2" in reasons(first)
    assert sorted(p.name for p in mirror.rglob("*") if p.is_file()) == ["one.jpg"]

    server.page(UPLOADS + "two.jpg", whole, "image/jpeg")  # the site answers in full now
    server.requests.clear()
    run(export)

    assert sorted(CustomImage.objects.values_list("title", flat=True)) == ["One", "Two"]
    assert server.requests == [UPLOADS + "two.jpg"]  # only what was missing
    story = ImportedObject.objects.get(kind="post", wp_id="9").target.specific
    assert [b.value["image"].title for b in story.body if b.block_type == "image"] == ["Two"]
    assert CustomImage.objects.get(title="Two").file.size == len(whole)


def test_the_same_picture_under_two_names_is_one_image(home, write_wxr, local_server, mirror):
    picture = jpeg("orange")
    local_server.page(UPLOADS + "2023/a.jpg", picture, "image/jpeg")
    local_server.page(UPLOADS + "2024/a-copy.jpg", picture, "image/jpeg")
    export = write_wxr(
        attachment(1, local_server, "2023/a.jpg", "First upload"),
        attachment(2, local_server, "2024/a-copy.jpg", "Uploaded again"),
    )
    report = run(export)
    image = CustomImage.objects.get()
    assert {row.object_id for row in ImportedObject.objects.filter(kind="attachment")} == {image.pk}
    assert any("1 file(s) were already in the library" in note for note in report.notes)


def test_the_command_fetches_with_a_progress_bar(home, write_wxr, local_server, mirror):
    local_server.page(UPLOADS + "ok.jpg", jpeg("red"), "image/jpeg")
    export = write_wxr(attachment(1, local_server, "ok.jpg", "Fine"), item(2))
    out = io.StringIO()
    call_command(
        "import_wordpress", str(export), "--fetch-media", "--allow-host", "127.0.0.1", stdout=out
    )
    output = out.getvalue()
    assert "1/1 files" in output and "1/1 posts" in output
    assert "Fetched 1 file(s) from the old site" in output
    assert CustomImage.objects.get().title == "Fine"


def test_what_is_not_an_image_is_not_kept_and_a_hostile_site_url_stays_in_its_folder(
    home, write_wxr, local_server, mirror
):
    local_server.page(UPLOADS + "page.jpg", b"<html>Sorry, page not found</html>", "text/html")
    export = write_wxr(attachment(1, local_server, "page.jpg", "Error page"))
    export.write_text(export.read_text().replace("https://test.example", "http://..", 3))
    report = run(export)
    assert "isn't a readable image" in reasons(report)["1"]
    assert not [p for p in mirror.parent.rglob("*") if p.is_file()]
    assert [p.name for p in mirror.parent.iterdir()] == ["site"]  # not ".." or "."
    assert sorted(p.name for p in mirror.parent.parent.iterdir()) == ["export.xml", "mirror"]


def test_only_the_named_host_may_be_private(home, write_wxr, local_server, mirror):
    """127.1 is 127.0.0.1 by another name: the operator allowed the name 127.0.0.1 only."""
    local_server.page(UPLOADS + "ok.jpg", jpeg("red"), "image/jpeg")
    port = local_server.url.rsplit(":", 1)[1]
    export = write_wxr(
        attachment(1, local_server, "ok.jpg", "Named"),
        attachment(
            2, local_server, "other.jpg", "Other name", f"http://127.1:{port}{UPLOADS}ok.jpg"
        ),
    )
    report = run(export)
    assert list(CustomImage.objects.values_list("title", flat=True)) == ["Named"]
    assert "loopback address" in reasons(report)["2"]
