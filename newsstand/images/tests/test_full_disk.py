"""S12: an image upload that meets a full disk is refused with a 507, leaving no file and no row."""

import io
import logging
import os

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.models import Collection

from newsstand.core.testing import user_in
from newsstand.images.models import CustomImage


def noisy_png(side: int) -> bytes:
    """A PNG that doesn't compress: `side`² pixels of noise, about 3 × side² bytes."""
    picture = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def upload(client, photo: bytes):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Crowd at the stadium",
            "file": SimpleUploadedFile("crowd.png", photo, "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_image_upload_on_a_full_disk_saves_nothing_and_says_so(full_disk, home, caplog):
    editor = Client(raise_request_exception=False)
    editor.force_login(user_in("Editors", "amaka"))
    photo = noisy_png(600)  # about 1 MB: kept in memory, then written to media/
    full_disk.fill(leave=256 * 1024)

    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = upload(editor, photo)

    assert response.status_code == 507
    assert "Storage is full — file not saved" in response.text
    assert response["Cache-Control"] == "no-store"
    assert not CustomImage.objects.exists()
    assert full_disk.files() == []  # the half-written original is gone
    assert [r.levelname for r in caplog.records] == ["ERROR"]
    assert Client().get("/").status_code == 200  # readers are still served

    (full_disk.root / "filler").unlink()  # room again: the same upload works
    assert upload(editor, photo).status_code == 302
    image = CustomImage.objects.get()
    assert full_disk.files() == [f"media/{image.file.name}"]
    assert image.file.size == len(photo)
