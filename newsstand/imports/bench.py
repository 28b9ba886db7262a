"""Benchmark of the WordPress import on a generated export, in a throwaway database.

    .venv/bin/python -m newsstand.imports.bench [--posts 10000] [--images 500]

It generates an export (classic and block-editor posts with images, captions,
embeds, quotes, tables, shortcodes, drafts, series and comments), then measures
in the same run: the raw streaming XML parse (the ceiling for any importer),
bare Wagtail page creation (the floor of writing a page), the import itself,
and a second, idempotent run. Posts/s and peak memory are printed for each.
"""

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

STICKY_POST = 3
CATEGORIES = ["news", "politics", "sports", "entertainment", "business", "tech", "health"]
CATEGORIES += ["stories"]
CHILD_CATEGORIES = {
    "lagos": "news",
    "abuja": "news",
    "football": "sports",
    "nollywood": "entertainment",
}
WORDS = (
    "Lagos Abuja market traders bridge governor assembly budget fuel price naira league coach "
    "stadium fans music album artist concert film premiere Nollywood startup funding bank "
    "hospital doctors rainy season road commuters danfo okada festival church mosque school "
    "students exam results election campaign rally court ruling minister reform"
)

WORD_LIST = WORDS.split()


def generate_export(path: Path, *, posts: int, seed: int = 2026) -> int:
    """Write a WXR 1.2 export of `posts` posts (plus attachments) to `path`; return attachments."""
    rng = random.Random(seed)
    attachments = posts // 5
    with path.open("w", encoding="utf-8") as out:
        out.write(_header())
        for n in range(1, attachments + 1):
            out.write(_attachment(n, parent=n * 5))
        for n in range(1, posts + 1):
            out.write(_post(n, rng, attachments))
        out.write("</channel>\n</rss>\n")
    return attachments


def _header() -> str:
    authors = "".join(
        f"<wp:author><wp:author_id>{n}</wp:author_id><wp:author_login>writer{n}</wp:author_login>"
        f"<wp:author_display_name><![CDATA[Writer {n}]]></wp:author_display_name></wp:author>\n"
        for n in range(1, 11)
    )
    categories = "".join(
        f"<wp:category><wp:term_id>{n}</wp:term_id><wp:category_nicename>{slug}"
        f"</wp:category_nicename><wp:category_parent>{CHILD_CATEGORIES.get(slug, '')}"
        f"</wp:category_parent><wp:cat_name><![CDATA[{slug.title()}]]></wp:cat_name></wp:category>\n"
        for n, slug in enumerate([*CATEGORIES, *CHILD_CATEGORIES], start=1)
    )
    tags = "".join(
        f"<wp:tag><wp:term_id>{100 + n}</wp:term_id><wp:tag_slug>tag-{n}</wp:tag_slug>"
        f"<wp:tag_name><![CDATA[Tag {n}]]></wp:tag_name></wp:tag>\n"
        for n in range(200)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
        "<channel><title>Bench Beat</title><link>https://bench.example</link>"
        "<wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:base_site_url>https://bench.example</wp:base_site_url>"
        "<wp:base_blog_url>https://bench.example</wp:base_blog_url>\n"
        f"{authors}{categories}{tags}"
    )


def _attachment(n: int, *, parent: int) -> str:
    wp_id = 1_000_000 + n
    file = f"2023/{n % 12 + 1:02d}/photo-{n}.jpg"
    return (
        f"<item><title>Photo {n}</title><link>https://bench.example/?attachment_id={wp_id}</link>"
        f"<dc:creator>writer1</dc:creator><content:encoded><![CDATA[]]></content:encoded>"
        f"<excerpt:encoded><![CDATA[Caption of photo {n}]]></excerpt:encoded>"
        f"<wp:post_id>{wp_id}</wp:post_id><wp:post_date>2023-01-01 10:00:00</wp:post_date>"
        f"<wp:post_date_gmt>2023-01-01 09:00:00</wp:post_date_gmt><wp:status>inherit</wp:status>"
        f"<wp:post_parent>{parent}</wp:post_parent><wp:post_type>attachment</wp:post_type>"
        f"<wp:attachment_url>https://bench.example/wp-content/uploads/{file}</wp:attachment_url>"
        f"<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key>"
        f"<wp:meta_value>{file}</wp:meta_value></wp:postmeta>"
        f"<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>"
        f"<wp:meta_value>Alt text {n}</wp:meta_value></wp:postmeta></item>\n"
    )


def _sentence(rng: random.Random, words: int = 14) -> str:
    return " ".join(rng.choice(WORD_LIST) for _ in range(words)).capitalize() + "."


def _post(n: int, rng: random.Random, attachments: int) -> str:
    photo = 1_000_000 + rng.randint(1, attachments) if attachments else 0
    paragraphs = [" ".join(_sentence(rng) for _ in range(4)) for _ in range(6)]
    if n % 4 == 0:
        body = "".join(
            f"<!-- wp:paragraph -->\n<p>{p} <strong>More</strong>.</p>\n<!-- /wp:paragraph -->\n\n"
            for p in paragraphs[:3]
        )
        body += (
            '<!-- wp:heading -->\n<h2 class="wp-block-heading">What happened next</h2>\n'
            "<!-- /wp:heading -->\n\n"
            f'<!-- wp:image {{"id":{photo}}} -->\n<figure class="wp-block-image"><img src="'
            f"https://bench.example/wp-content/uploads/2023/01/photo-{photo - 1_000_000}"
            f'-1024x683.jpg" class="wp-image-{photo}"/><figcaption>{_sentence(rng, 6)}'
            "</figcaption></figure>\n<!-- /wp:image -->\n\n"
            '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=bench' + str(n) + '"} -->\n'
            '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
            f"https://www.youtube.com/watch?v=bench{n}\n</div></figure>\n<!-- /wp:embed -->\n\n"
        )
        body += "".join(
            f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->\n\n" for p in paragraphs[3:]
        )
    else:
        body = "\n\n".join(paragraphs[:3])
        body += (
            f'\n\n[caption id="attachment_{photo}" width="300"]<img class="wp-image-{photo}" '
            f'src="https://bench.example/wp-content/uploads/x/photo-300x200.jpg" /> '
            f"{_sentence(rng, 6)}[/caption]\n\n<h3>{_sentence(rng, 5)}</h3>\n"
            f"<blockquote>{_sentence(rng)}\n<cite>Writer {n % 10}</cite></blockquote>\n\n"
        )
        if n % 10 == 1:
            body += (
                "<table><tr><th>Team</th><th>Pts</th></tr><tr><td>A</td><td>3</td></tr></table>\n\n"
            )
        if n % 7 == 0:
            body += "[adsense]\n\n"
        body += "\n\n".join(paragraphs[3:])
    status = "draft" if n % 20 == 0 else "private" if n % 50 == 1 else "publish"
    category = CATEGORIES[n % len(CATEGORIES)]
    title = _sentence(rng, 7)[:-1]
    if category == "stories":
        title = f"[STORY] Serial {n % 30} (Episode {n // 30 + 1:02d})"
    child = [c for c, parent in CHILD_CATEGORIES.items() if parent == category]
    terms = _term("category", category, category.title())
    if child:
        terms += _term("category", child[0], child[0].title())
    for tag in rng.sample(range(200), 3):
        terms += _term("post_tag", f"tag-{tag}", f"Tag {tag}")
    day = f"2023-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
    comments = "<wp:comment><wp:comment_content>Nice</wp:comment_content></wp:comment>" * (n % 3)
    return (
        f"<item><title>{escape(title)}</title>"
        f"<link>https://bench.example/{day[:4]}/{day[5:7]}/{day[8:]}/post-{n}/</link>"
        f"<dc:creator>writer{n % 10 + 1}</dc:creator>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        f"<excerpt:encoded><![CDATA[{_sentence(rng)}]]></excerpt:encoded>"
        f"<wp:post_id>{n}</wp:post_id><wp:post_date>{day} 10:00:00</wp:post_date>"
        f"<wp:post_date_gmt>{day} 09:00:00</wp:post_date_gmt>"
        f"<wp:post_modified>{day} 11:00:00</wp:post_modified>"
        f"<wp:post_modified_gmt>{day} 10:00:00</wp:post_modified_gmt>"
        f"<wp:post_name>post-{n}</wp:post_name><wp:status>{status}</wp:status>"
        f"<wp:post_type>post</wp:post_type><wp:is_sticky>{int(n == STICKY_POST)}</wp:is_sticky>"
        f"{terms}<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
        f"<wp:meta_value>{photo}</wp:meta_value></wp:postmeta>{comments}</item>\n"
    )


def _term(domain: str, slug: str, name: str) -> str:
    return f'<category domain="{domain}" nicename="{slug}"><![CDATA[{name}]]></category>'


def write_images(media: Path, attachments: int, count: int) -> None:
    """Small JPEGs for the first `count` attachments, in the uploads layout."""
    from PIL import Image

    for n in range(1, min(count, attachments) + 1):
        path = media / f"2023/{n % 12 + 1:02d}/photo-{n}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 40), (n % 255, 80, 120)).save(path, quality=70)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--images", type=int, default=500, help="attachments given a real file")
    args = parser.parse_args(argv)
    out = sys.stdout.write
    workdir = Path(tempfile.mkdtemp(prefix="newsstand-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsstand.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    export = workdir / "export.xml"
    attachments = generate_export(export, posts=args.posts)
    media = workdir / "uploads"
    write_images(media, attachments, args.images)
    size_mb = export.stat().st_size / 1e6
    out(f"export: {args.posts:,} posts, {attachments:,} attachments, {size_mb:.1f} MB")
    out(f" in {workdir}\n")
    out(f"peak RSS after setup: {peak_rss_mb():.0f} MB\n\n")
    _baseline_parse(export, out)
    _baseline_pages(out)
    _import(export, media, out, "import (first run)")
    _import(export, media, out, "import (second run, nothing changed)")


def _baseline_parse(export: Path, out) -> None:
    from .wxr import ItemRecord, read_wxr

    started = time.perf_counter()
    items = sum(1 for record in read_wxr(export) if isinstance(record, ItemRecord))
    seconds = time.perf_counter() - started
    out(f"baseline, streaming parse: {items / seconds:,.0f} items/s ({seconds:.1f} s); ")
    out(f"peak RSS {peak_rss_mb():.0f} MB\n")


def _baseline_pages(out, count: int = 300) -> None:
    from newsstand.articles.models import ArticlePage, SectionPage
    from newsstand.core.models import HomePage

    home = HomePage.objects.first()
    section = home.add_child(instance=SectionPage(title="Baseline", slug="baseline"))
    started = time.perf_counter()
    for n in range(count):
        section.add_child(
            instance=ArticlePage(title=f"Baseline {n}", slug=f"baseline-{n}", body="[]", live=True)
        )
    seconds = time.perf_counter() - started
    out(f"baseline, bare Wagtail page creation: {count / seconds:,.0f} pages/s\n")


def _import(export: Path, media: Path, out, label: str) -> None:
    from .services import import_wordpress

    started = time.perf_counter()
    report = import_wordpress(export=export, media_dir=media)
    seconds = time.perf_counter() - started
    posts = sum(n for (kind, _), n in report.counts.items() if kind in {"post", "page"})
    out(f"\n{label}: {posts:,} posts in {seconds:.1f} s = {posts / seconds:,.0f} posts/s; ")
    out(f"peak RSS {peak_rss_mb():.0f} MB; failed {len(report.failed)}\n")
    for line in report.lines()[2:14]:
        out(line + "\n")


if __name__ == "__main__":
    main()
