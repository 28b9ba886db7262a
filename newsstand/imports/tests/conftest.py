"""Fixtures for the import tests: small WXR files and an uploads folder."""

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PIL import Image

from newsstand.imports.services import import_wordpress

DATA = Path(__file__).parent / "data"
NAIJABEAT = DATA / "naijabeat-wxr-1.2.xml"
PAGES = DATA / "pages"

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/{v}/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/{v}/">
<channel><title>Test Site</title><link>https://test.example</link>
<wp:wxr_version>{v}</wp:wxr_version>
<wp:base_site_url>https://test.example</wp:base_site_url>
<wp:base_blog_url>https://test.example</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>ada</wp:author_login>
<wp:author_display_name>Ada Eze</wp:author_display_name></wp:author>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>news</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name>News</wp:cat_name></wp:category>
"""


def item(
    wp_id: int,
    *,
    title: str = "A story",
    content: str = "Some text.",
    excerpt: str = "",
    status: str = "publish",
    post_type: str = "post",
    slug: str | None = None,
    date: str = "2023-05-14 09:30:00",
    date_gmt: str = "2023-05-14 08:30:00",
    modified_gmt: str = "2023-05-15 10:00:00",
    categories: tuple[str, ...] = ("news",),
    tags: tuple[str, ...] = (),
    meta: dict[str, str] | None = None,
    extra: str = "",
) -> str:
    """One <item> of a WXR export; text is escaped, as WordPress escapes or wraps it."""
    slug = f"story-{wp_id}" if slug is None else slug
    terms = "".join(
        f'<category domain="category" nicename="{c}">{c.title()}</category>' for c in categories
    )
    terms += "".join(f'<category domain="post_tag" nicename="{t}">{t}</category>' for t in tags)
    postmeta = "".join(
        f"<wp:postmeta><wp:meta_key>{k}</wp:meta_key><wp:meta_value>{escape(v)}</wp:meta_value>"
        "</wp:postmeta>"
        for k, v in (meta or {}).items()
    )
    return (
        f"<item><title>{escape(title)}</title>"
        f"<link>https://test.example/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}/</link>"
        f"<dc:creator>ada</dc:creator><content:encoded>{escape(content)}</content:encoded>"
        f"<excerpt:encoded>{escape(excerpt)}</excerpt:encoded><wp:post_id>{wp_id}</wp:post_id>"
        f"<wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{date_gmt}</wp:post_date_gmt>"
        f"<wp:post_modified>{date}</wp:post_modified>"
        f"<wp:post_modified_gmt>{modified_gmt}</wp:post_modified_gmt>"
        f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
        f"<wp:post_type>{post_type}</wp:post_type>{terms}{postmeta}{extra}</item>\n"
    )


def wxr(*items: str, version: str = "1.2") -> str:
    return HEADER.format(v=version) + "".join(items) + "</channel></rss>\n"


@pytest.fixture
def write_wxr(tmp_path):
    def write(*items: str, version: str = "1.2", name: str = "export.xml") -> Path:
        path = tmp_path / name
        path.write_text(wxr(*items, version=version), encoding="utf-8")
        return path

    return write


def make_image(path: Path, color: str = "teal", size: tuple[int, int] = (80, 60)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path)
    return path


@pytest.fixture
def uploads(tmp_path) -> Path:
    """WordPress's uploads folder for the Naija Beat export (stadium.jpg is missing)."""
    root = tmp_path / "uploads"
    make_image(root / "2023/05/market.jpg", "red")
    make_image(root / "2023/05/goal-scaled.jpg", "blue")
    make_image(root / "2022/11/loose-file.jpg", "green")
    (root / "2023/06").mkdir(parents=True)
    (root / "2023/06/fall.mp3").write_bytes(b"ID3 not really music")
    return root


@pytest.fixture
def naijabeat(home, uploads):
    """The Naija Beat export, imported once with its uploads folder."""
    return import_wordpress(export=NAIJABEAT, media_dir=uploads)
