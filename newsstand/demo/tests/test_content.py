"""The demo content and drawings, checked without a database."""

from collections import Counter
from io import BytesIO

from PIL import Image

from django.utils.text import slugify

from newsstand.demo import content, images
from newsstand.demo.body import stream
from newsstand.demo.content import AUTHORS, SECTIONS
from newsstand.demo.content.types import BodyItem, Figure, Heading, Quote, Table, days
from newsstand.demo.services import LAUNCHED, WEEK
from newsstand.series.models import AgeAdvisory, IndexedEdition, SeriesStatus

STORIES = [story for section in SECTIONS for story in section.stories]
ART_KEYS = {art.key for section in SECTIONS for art in section.arts}
SERIALS = content.STORIES.series
EPISODES = [body for serial in SERIALS for body in (*serial.episodes, serial.scheduled) if body]


def test_every_story_refers_to_known_art_authors_and_sections():
    author_slugs = {person.slug for person in AUTHORS}
    for story in STORIES:
        assert story.art is None or story.art in ART_KEYS
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


def words(item: BodyItem) -> int:
    match item:
        case str():
            return len(item.split())
        case Quote(quote, _, _):
            return len(quote.split())
        case Heading(text, _):
            return len(text.split())
    raise TypeError(f"Not expected in an episode: {item!r}")


def test_one_completed_and_one_ongoing_series_with_a_scheduled_episode():
    completed = [s for s in SERIALS if s.status == SeriesStatus.COMPLETED]
    ongoing = [s for s in SERIALS if s.status == SeriesStatus.ONGOING]
    assert len(completed) == 1 and len(completed[0].episodes) >= 8
    assert not completed[0].scheduled
    assert completed[0].indexed_edition == IndexedEdition.COMPLETE
    assert len(ongoing) == 1 and len(ongoing[0].episodes) >= 4 and ongoing[0].scheduled
    assert ongoing[0].indexed_edition == IndexedEdition.EPISODES
    assert ongoing[0].latest < WEEK and ongoing[0].scheduled_in > days(0)
    assert completed[0].latest >= days(30), "finished well before now"
    assert all(serial.latest + WEEK * len(serial.episodes) < LAUNCHED for serial in SERIALS)


def test_series_refer_to_known_authors_and_motifs_and_describe_their_covers():
    author_slugs = {person.slug for person in AUTHORS}
    for serial in SERIALS:
        assert serial.authors and set(serial.authors) <= author_slugs
        assert serial.motif in images.MOTIFS
        assert serial.age_advisory in AgeAdvisory.values
        assert serial.synopsis and serial.genre and serial.release_cadence
        assert serial.cover.alt.strip() and serial.cover.key not in ART_KEYS
    assert len({serial.slug for serial in SERIALS}) == len(SERIALS)
    assert content.STORIES.slug not in {section.slug for section in SECTIONS}


def test_episodes_are_short_stories_of_four_to_eight_paragraphs():
    for body in EPISODES:
        paragraphs = [item for item in body if isinstance(item, str)]
        assert 4 <= len(paragraphs) <= 8
        assert 250 <= sum(map(words, body)) <= 500
        assert isinstance(body[0], str), "an episode opens with prose"
    paragraphs = [item for body in EPISODES for item in body if isinstance(item, str)]
    assert len(paragraphs) == len(set(paragraphs)), "no paragraph is reused"
    assert sum(any(isinstance(item, Quote) for item in body) for body in EPISODES) >= 5
