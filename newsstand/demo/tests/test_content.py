"""The demo content and drawings, checked without a database."""

from collections import Counter
from io import BytesIO

from PIL import Image

from django.utils.text import slugify

from newsstand.demo import images
from newsstand.demo.body import stream
from newsstand.demo.content import AUTHORS, SECTIONS
from newsstand.demo.content.types import Figure, Quote, Table, days
from newsstand.demo.services import LAUNCHED

STORIES = [story for section in SECTIONS for story in section.stories]
ART_KEYS = {art.key for section in SECTIONS for art in section.arts}


def test_every_story_refers_to_known_art_authors_and_sections():
    author_slugs = {person.slug for person in AUTHORS}
    for story in STORIES:
        assert story.art in ART_KEYS
        assert {item.art for item in story.body if isinstance(item, Figure)} <= ART_KEYS
        assert story.authors and set(story.authors) <= author_slugs
    assert len({section.slug for section in SECTIONS}) == len(SECTIONS)
    assert all(section.motif in images.MOTIFS for section in SECTIONS)


def test_slugs_are_unique_and_exactly_one_story_leads():
    slugs = Counter(slugify(story.title) for story in STORIES)
    assert max(slugs.values()) == 1
    assert [story.lead for story in STORIES].count(True) == 1


def test_stories_are_dated_within_the_last_eighteen_months():
    assert all(story.age < LAUNCHED for story in STORIES)
    assert all(story.updated is None or story.updated < story.age for story in STORIES)
    assert sum(story.age <= days(7) for story in STORIES) >= 5


def test_tags_come_from_a_small_shared_set():
    tags = Counter(tag for story in STORIES for tag in story.tags)
    assert 15 <= len(tags) <= 30
    assert all(1 <= len(story.tags) <= 4 for story in STORIES)


def test_bodies_are_varied_and_quote_people():
    paragraphs = [item for story in STORIES for item in story.body if isinstance(item, str)]
    assert len(paragraphs) == len(set(paragraphs)), "no paragraph is reused"
    assert all(sum(isinstance(item, str) for item in story.body) >= 2 for story in STORIES)
    quoted = [story for story in STORIES if any(isinstance(i, Quote) for i in story.body)]
    assert len(quoted) >= 0.9 * len(STORIES)
    assert sum(any(isinstance(i, Table) for i in story.body) for story in STORIES) >= 2


def test_tables_have_one_value_per_column():
    tables = [item for story in STORIES for item in story.body if isinstance(item, Table)]
    for table in tables:
        assert all(len(row) == len(table.columns) for row in table.rows)
        (_, value), *_ = stream([table], {})
        assert value["columns"][0] == {"type": "text", "heading": table.columns[0][1]}


def test_paragraphs_are_escaped():
    assert stream(["Fish & chips <b>"], {}) == [("paragraph", "<p>Fish &amp; chips &lt;b&gt;</p>")]


def test_drawings_have_the_right_size_and_are_repeatable():
    colours = ("#102542", "#1f7a8c", "#f87060")
    for motif in images.MOTIFS:
        art = images.story_art(colours=colours, motif=motif, letter="T", seed=motif)
        assert Image.open(BytesIO(art)).size == images.STORY_SIZE
    first = images.story_art(colours=colours, motif="pitch", letter="F", seed="a")
    assert first == images.story_art(colours=colours, motif="pitch", letter="F", seed="a")
    assert first != images.story_art(colours=colours, motif="pitch", letter="F", seed="b")
    portrait = Image.open(BytesIO(images.portrait(colours=colours, initials="TB", seed="t")))
    assert portrait.size == images.PORTRAIT_SIZE
    logo = Image.open(BytesIO(images.logo(colours=colours, initials="DD")))
    assert (logo.format, logo.size) == ("PNG", images.LOGO_SIZE)
