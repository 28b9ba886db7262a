"""A photo's EXIF (GPS position, camera), comment and XMP never reach a rendition."""

from io import BytesIO

import pytest
from PIL import Image

from django.core.files.images import ImageFile

from newsstand.core.images import all_specs
from newsstand.images.models import CustomImage

SECRETS = [b"Lagos newsroom desk 4", b"Canon EOS", b"SN-0042", b"x:xmpmeta"]
ORIENTATION, MAKE, MODEL, SERIAL, GPS = 0x0112, 0x010F, 0x0110, 0xA431, 0x8825


def reporters_photo() -> bytes:
    """A 300×100 JPEG taken with the camera turned: EXIF says rotate it a quarter turn."""
    photo = Image.new("RGB", (300, 100), (200, 60, 30))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[MAKE], exif[MODEL], exif[SERIAL] = "Canon", "Canon EOS", "SN-0042"
    exif.get_ifd(GPS).update({1: "N", 2: (6.0, 27.0, 0.0), 3: "E", 4: (3.0, 23.0, 0.0)})
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    out = BytesIO()
    photo.save(out, "JPEG", exif=exif, comment=b"Lagos newsroom desk 4", xmp=xmp)
    return out.getvalue()


@pytest.mark.django_db
def test_every_rendition_is_upright_and_has_no_metadata():
    original = reporters_photo()
    assert all(secret in original for secret in SECRETS)  # the upload has it all
    assert Image.open(BytesIO(original)).getexif().get_ifd(GPS)
    image = CustomImage.objects.create(
        title="Flood", file=ImageFile(BytesIO(original), name="flood.jpg")
    )
    specs = [*all_specs("card", "social"), "width-80|format-png", "original"]
    for spec in specs:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as f:
            data = f.read()
        for secret in SECRETS:
            assert secret not in data, (spec, secret)
        made = Image.open(BytesIO(data))
        assert not made.getexif(), spec
        if not spec.startswith("fill-"):  # a fill has its own shape
            assert made.height > made.width, spec  # the orientation was applied, then dropped
