"""A large publication, written in bulk: 100,000 articles take a few minutes, not hours.

Pages are created the way Wagtail stores them (materialised-path rows in the page
table, then each article's own row) in a few large transactions, instead of one
`add_child()` per article, which costs ~15 queries each. The search index is
filled through the search backend's own bulk `add_bulk()`, as `update_index` does.
"""

import random
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from io import BytesIO

from PIL import Image, ImageDraw

from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page
from wagtail.search.backends import get_search_backend

from newsstand.articles.models import ArticlePage, ArticlePageTag, SectionPage
from newsstand.core.images import warm_renditions
from newsstand.core.models import HomePage, PostCard
from newsstand.images.models import CustomImage
from newsstand.images.renditions import OWN_IMAGE_VARIANTS
from newsstand.music.lyrics import LyricsRights
from newsstand.music.models import Artist, MusicSectionPage, Song, SongArtist, SongPage
from newsstand.people.models import Author, PageAuthor
from newsstand.series.models import EpisodePage, SeriesPage, StoriesPage

EPISODES = 13
SONGS = 20
SECTIONS = ["News", "Sports", "Entertainment", "Lifestyle", "Technology", "Health", "Football"]
IMAGES = 8
AUTHORS = 12
TAGS = 40
BATCH = 2_000
WORDS = [
    "market",
    "traders",
    "bridge",
    "governor",
    "assembly",
    "budget",
    "fuel",
    "price",
    "naira",
    "league",
    "coach",
    "stadium",
    "fans",
    "album",
    "artist",
    "concert",
    "premiere",
    "startup",
    "funding",
    "hospital",
    "doctors",
    "rainy",
    "season",
    "road",
    "commuters",
    "festival",
    "school",
    "students",
    "results",
    "election",
    "campaign",
    "court",
    "ruling",
    "minister",
    "reform",
    "lagoon",
    "ferry",
    "harbour",
    "weekend",
    "derby",
    "transfer",
    "striker",
    "keeper",
    "lyrics",
    "chart",
    "episode",
    "landlord",
    "jollof",
]

# Made-up place names: each is in about 1 in 400 titles, as a real town's name would be.
SYLLABLES = ["ko", "la", "bi", "de", "yo", "ru", "ta", "mi", "se", "nu", "fe", "go"]
PLACES = [a.title() + b + c for a in SYLLABLES[:8] for b in SYLLABLES[4:] for c in SYLLABLES[:6]]
SEARCHED_PLACE = PLACES[7]

Progress = Callable[[str], None]


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(rng: random.Random) -> list[dict]:
    blocks = []
    for n in range(6):
        paragraph = " ".join(sentence(rng, rng.randint(9, 18)) for _ in range(4))
        block_id = str(uuid.uuid4())
        blocks.append({"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": block_id})
        if n == 2:
            quote = {"quote": sentence(rng, 14), "speaker": "A trader", "role": "market leader"}
            blocks.append({"type": "quote", "value": quote, "id": str(uuid.uuid4())})
    return blocks


def picture(n: int) -> CustomImage:
    canvas = Image.new("RGB", (1600, 900), (20 + n * 25, 90, 160 - n * 10))
    draw = ImageDraw.Draw(canvas)
    for i in range(0, 1600, 80):
        draw.line([(i, 0), (i + 400, 900)], fill=(240, 200 - n * 10, 60), width=6)
    data = BytesIO()
    canvas.save(data, "JPEG", quality=85)
    image = CustomImage(
        title=f"Bench picture {n}",
        description=f"Abstract stripes, picture {n}",
        file=ImageFile(data, name=f"bench-{n}.jpg"),
        collection=Collection.get_first_root_node(),
    )
    image.save()
    warm_renditions(image, *OWN_IMAGE_VARIANTS)
    return image


def skeleton() -> tuple[HomePage, list[SectionPage]]:
    """Home, sections, images, authors: made the ordinary way, they are few."""
    home = HomePage.objects.get()
    sections = []
    for title in SECTIONS:
        section = SectionPage(title=title, slug=slugify(title), show_in_menus=True)
        home.add_child(instance=section)
        sections.append(section)
    return home, sections


def publication(total: int, *, progress: Progress, seed: int = 2026) -> None:
    """Add `total` live articles (spread over the sections and ~2 years) to an empty site."""
    rng = random.Random(seed)
    with transaction.atomic():
        home, sections = skeleton()
        images = [picture(n) for n in range(IMAGES)]
        authors = Author.objects.bulk_create(
            Author(name=f"Reporter {n}", slug=f"reporter-{n}") for n in range(AUTHORS)
        )
    tags = [f"topic {n}" for n in range(TAGS)]
    now = timezone.now()
    made = 0
    while made < total:
        size = min(BATCH, total - made)
        with transaction.atomic():
            articles = list(bulk_articles(sections, images, rng, now, start=made, count=size))
            credits = [PageAuthor(page_id=a.pk, author=rng.choice(authors)) for a in articles]
            PageAuthor.objects.bulk_create(credits)
            tagged = [(a, rng.sample(tags, 2)) for a in articles]
            add_tags(tagged)
            add_cards(tagged, sections)
        made += size
        progress(f"{made:,} articles")
    with transaction.atomic():
        serial(home, images, authors, rng, now)
        music(home, images, authors, rng, now)
    for section in sections:
        section.numchild = ArticlePage.objects.child_of(section).count()
        Page.objects.filter(pk=section.pk).update(numchild=section.numchild)
    index_for_search(progress)
    analyze()


def serial(home, images, authors, rng, now) -> SeriesPage:
    """A series of `EPISODES` weekly episodes, in a Stories section, made the ordinary way."""
    stories = home.add_child(instance=StoriesPage(title="Stories", slug="stories"))
    started = now - timedelta(weeks=EPISODES)
    series = stories.add_child(
        instance=SeriesPage(
            title="The Rainy Season",
            slug="the-rainy-season",
            synopsis=sentence(rng, 30),
            cover_image=images[0],
            first_published_at=started,
            page_authors=[PageAuthor(author=authors[0])],
        )
    )
    for number in range(1, EPISODES + 1):
        released = started + timedelta(weeks=number - 1)
        series.add_child(
            instance=EpisodePage(
                number=number,
                title=EpisodePage.title_for(series.title, number),
                slug=f"episode-{number:02d}",
                body=body(rng),
                first_published_at=released,
                last_published_at=released,
            )
        )
    return series


def music(home, images, authors, rng, now) -> MusicSectionPage:
    """A music section of `SONGS` posts, each a song by a generated artist, with lyrics."""
    section = home.add_child(instance=MusicSectionPage(title="Music", slug="music"))
    for n in range(SONGS):
        artist = Artist.objects.create(name=f"Singer {n}", slug=f"singer-{n}")
        title = sentence(rng, 3).rstrip(".")
        lyrics = "\n\n".join(
            f"[{part}]\n" + "\n".join(sentence(rng, 6) for _ in range(4))
            for part in ("Verse 1", "Chorus", "Verse 2", "Chorus")
        )
        song = Song.objects.create(
            title=title,
            release_date=timezone.localdate(now - timedelta(days=3 * n)),
            genre="Afrobeats",
            cover_art=images[n % len(images)],
            lyrics=lyrics,
            lyrics_rights=LyricsRights.LICENSED,
        )
        SongArtist.objects.create(song=song, artist=artist)
        published = now - timedelta(days=3 * n, hours=-10)
        section.add_child(
            instance=SongPage(
                song=song,
                title=title,
                slug=slugify(f"singer {n} {title}"),
                standfirst=sentence(rng, 16),
                body=body(rng)[:3],
                first_published_at=published,
                last_published_at=published,
                page_authors=[PageAuthor(author=rng.choice(authors))],
            )
        )
    return section


def bulk_articles(sections, images, rng, now, *, start: int, count: int) -> Iterator[ArticlePage]:
    locale = Locale.get_default()
    pages = []
    for n in range(start, start + count):
        section = sections[n % len(sections)]
        position = n // len(sections) + 1
        published = now - timedelta(minutes=10 * (n + 1))
        title = f"{rng.choice(PLACES)}: " + sentence(rng, rng.randint(5, 10)).rstrip(".")
        title += f" ({n})"
        slug = slugify(title)[:200]
        pages.append(
            ArticlePage(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(section.path, section.depth + 1, position),
                depth=section.depth + 1,
                url_path=f"{section.url_path}{slug}/",
                live=True,
                first_published_at=published,
                last_published_at=published,
                latest_revision_created_at=published,
                locale=locale,
                translation_key=uuid.uuid4(),
                standfirst=sentence(rng, 16),
                featured_image=images[n % len(images)] if n % 3 else None,
                body=body(rng),
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)  # the shared page rows; ids come back
    for page in pages:
        page.page_ptr_id = page.id
        # The article's own row only: `raw` skips the parent table, as loaddata does.
        page.save_base(raw=True, force_insert=True)
        yield page


def add_tags(tagged: list[tuple[ArticlePage, list[str]]]) -> None:
    from taggit.models import Tag

    names = {name for _, names in tagged for name in names}
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = [Tag(name=name, slug=slugify(name)) for name in names - existing.keys()]
    for tag in Tag.objects.bulk_create(missing):
        existing[tag.name] = tag
    ArticlePageTag.objects.bulk_create(
        ArticlePageTag(content_object_id=page.pk, tag=existing[name])
        for page, names in tagged
        for name in names
    )


def add_cards(tagged: list[tuple[ArticlePage, list[str]]], sections) -> None:
    """The cards `Post.save()` would have written, built from what is known here (the
    articles were inserted in bulk, without `save()`): the section is each one's kicker."""
    by_path = {section.path: section for section in sections}
    PostCard.objects.bulk_create(
        PostCard(
            page_id=page.pk,
            kind=str(ArticlePage._meta.verbose_name),
            title=page.title,
            kicker=(section := by_path[page.path[: -Page.steplen]]),
            section=section,
            published_at=page.first_published_at,
            summary=page.summary,
            feed_summary=page.summary,
            image_id=page.listing_image_id,
            credits_page_id=page.pk,
            tags=sorted(names),
            indexable=True,
        )
        for page, names in tagged
    )


def analyze() -> None:
    """PostgreSQL plans from statistics its autovacuum would gather a while after a bulk load."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def index_for_search(progress: Progress) -> None:
    backend = get_search_backend()
    ids = list(ArticlePage.objects.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        chunk = ArticlePage.objects.filter(pk__in=ids[start : start + BATCH])
        backend.add_bulk(ArticlePage, list(chunk))
        progress(f"search index: {min(start + BATCH, len(ids)):,} articles")
