"""Reading exports: versions and namespaces, hostile and broken files, bounded memory."""

import tracemalloc

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

from newsstand.imports.bench import generate_export
from newsstand.imports.export import scan_export
from newsstand.imports.models import ImportedObject
from newsstand.imports.wxr import ItemRecord, SiteInfo, WxrError, read_wxr

from .conftest import DATA, NAIJABEAT, item, wxr


def test_reads_site_terms_and_items():
    index = scan_export(NAIJABEAT)
    assert index.site.wxr_version == "1.2"
    assert index.source == "naijabeat.example"
    assert set(index.authors) == {"chiamaka", "tunde_b"}
    assert index.categories["lagos"].parent == "news"
    assert index.categories["entertainment"].name == "Entertainment &amp; Gist"
    assert index.tags["npfl"].name == "NPFL"
    assert index.attachments[201].file == "2023/05/market.jpg"
    assert index.attachments[201].alt == "Traders under umbrellas at Balogun market"
    assert index.attachment_by_file["2023/05/goal-scaled.jpg"] == 204
    assert index.item_types["post"] == 17 and index.item_types["page"] == 1
    assert index.other_taxonomies["location"] == 1


def test_item_fields():
    items = {r.wp_id: r for r in read_wxr(NAIJABEAT) if isinstance(r, ItemRecord)}
    story = items[101]
    assert story.sticky and story.status == "publish" and story.creator == "chiamaka"
    assert story.post_date_gmt == "2023-05-14 08:30:00"
    assert story.meta["_thumbnail_id"] == "201"
    assert story.comments == 1
    assert [(t.taxonomy, t.slug) for t in story.terms][:2] == [
        ("category", "news"),
        ("category", "lagos"),
    ]
    assert items[108].password == "naija123"


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version(tmp_path, version):
    path = tmp_path / "export.xml"
    path.write_text(wxr(item(7, title="Café & co"), version=version), encoding="utf-8")
    records = list(read_wxr(path))
    assert isinstance(records[0], SiteInfo) and records[0].wxr_version == version
    story = next(r for r in records if isinstance(r, ItemRecord))
    assert (story.wp_id, story.title, story.post_type) == (7, "Café & co", "post")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("hostile-external-entity.xml", "declares a DTD or entities"),
        ("hostile-billion-laughs.xml", "entity-expansion"),
        ("truncated.xml", "ends too early, at line"),
        ("wrong-encoding.xml", "is not valid UTF-8 at line"),
        ("not-wxr-plain-rss.xml", "has no <wp:wxr_version>"),
        ("not-wxr-atom.xml", "root element is <feed>"),
    ],
)
def test_hostile_and_broken_files_are_refused_before_anything_is_written(home, name, message):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="Nothing was imported") as error:
        call_command("import_wordpress", str(DATA / name))
    assert message in str(error.value)
    assert Page.objects.count() == pages
    assert not ImportedObject.objects.exists()


def test_not_xml_at_all(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text("-- MySQL dump 10.13\nINSERT INTO wp_posts VALUES (1);\n")
    with pytest.raises(WxrError, match="not well-formed XML at line 1"):
        scan_export(path)


def test_an_empty_file_says_it_is_empty(tmp_path):
    path = tmp_path / "export.xml"
    path.write_bytes(b"")
    with pytest.raises(WxrError, match=r"export.xml is empty \(0 bytes\)"):
        scan_export(path)


def test_missing_file(tmp_path):
    with pytest.raises(WxrError, match="Can't open"):
        scan_export(tmp_path / "nope.xml")


def test_memory_stays_flat_however_large_the_export(tmp_path):
    """Peak memory of a full streaming pass over 3,000 posts is that of a few posts."""
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    generate_export(small, posts=300)
    generate_export(large, posts=3000)
    peaks = []
    for path in (small, large):
        tracemalloc.start()
        for _record in read_wxr(path):
            pass
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert large.stat().st_size > 10_000_000
    assert peaks[1] < 2 * peaks[0] + 1_000_000
    assert peaks[1] < large.stat().st_size / 10
