"""Publishing makes the renditions a page shows, so readers never wait for an encode."""

from io import StringIO

from django.core.management import call_command

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.images import VARIANTS, all_specs
from newsstand.images.factories import ImageFactory
from newsstand.images.models import CustomImage
from newsstand.images.renditions import OWN_IMAGE_VARIANTS, deferred


def made(image: CustomImage) -> set[str]:
    return set(image.renditions.values_list("filter_spec", flat=True))


def draft_with_images(section):
    lead = ImageFactory(file__width=960, file__height=540)
    inline = ImageFactory(file__width=960, file__height=540)
    page = ArticlePageFactory(
        parent=section,
        title="Flood waters recede in the east",
        featured_image=lead,
        body=[("image", {"image": inline, "caption": "The high-water mark"})],
        live=False,
    )
    return page, lead, inline


def test_publishing_makes_every_rendition_the_page_shows(section):
    page, lead, inline = draft_with_images(section)
    assert made(lead) == made(inline) == set()
    page.save_revision().publish()
    assert made(lead) >= set(all_specs(*OWN_IMAGE_VARIANTS))
    assert made(inline) >= set(all_specs("body"))
    # A shared link shows one JPEG: no slow AVIF (or WebP) of that size is made for it.
    social = {spec for spec in made(lead) if spec.startswith("fill-1200x")}
    assert social == {VARIANTS["social"].spec(1200, "jpeg")}


def test_readers_then_make_no_renditions(client, section):
    page, lead, inline = draft_with_images(section)
    page.save_revision().publish()
    before = made(lead) | made(inline)
    for url in (page.url, section.url, "/"):
        assert client.get(url).status_code == 200
    assert made(lead) | made(inline) == before


def test_bulk_work_defers_and_the_command_catches_up(section):
    page, lead, inline = draft_with_images(section)
    with deferred():
        page.save_revision().publish()
    assert made(lead) == made(inline) == set()
    call_command("warm_renditions", stdout=StringIO())
    assert made(lead) >= set(all_specs(*OWN_IMAGE_VARIANTS))
    assert made(inline) >= set(all_specs("body"))
