"""Load the demo publication into an empty site, all in one transaction."""

import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Page, PageLogEntry, Revision, Site

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.charts.models import ChartPage
from newsstand.core.images import warm_renditions
from newsstand.core.models import HomePage, PublicationSettings
from newsstand.images import renditions
from newsstand.music.models import MusicSectionPage
from newsstand.people.models import Author, PageAuthor
from newsstand.series.models import EpisodePage, SeriesPage, SeriesStatus, StoriesPage

from . import images
from .accounts import Account, ensure_dev_accounts
from .body import stream
from .content import AUTHORS, PUBLICATION, SECTIONS, STORIES
from .content.types import BodyItem, Section, Serial, Story, days, hours
from .errors import DemoError
from .followers import invent_followers
from .music import MusicLoader
from .progress import counted
from .readership import DAYS as READ_DAYS
from .readership import invent_views

SEED = "danfo-dispatch"
CREDIT = f"Illustration: {PUBLICATION.name} studio"
LAUNCHED = days(548)  # the sections went live about 18 months before "now"
WEEK = days(7)  # serials release one episode a week

Log = Callable[[str], None]
Images = dict[str, AbstractImage]


@dataclass(frozen=True)
class DemoReport:
    publication: str
    loaded: bool
    sections: int = 0
    articles: int = 0
    authors: int = 0
    images: int = 0
    series: int = 0
    episodes: int = 0  # released (live) episodes
    scheduled: int = 0  # episodes waiting for their go-live date
    artists: int = 0
    songs: int = 0
    music_posts: int = 0
    chart_weeks: int = 0
    accounts: tuple[Account, ...] = ()


def load_demo(*, now: datetime, create_accounts: bool, log: Log) -> DemoReport:
    """Build the publication unless the site already has sections, stories, music or charts;
    add dev logins if asked."""
    if timezone.is_naive(now):
        raise DemoError("`now` must be timezone-aware.")
    with transaction.atomic():
        home = HomePage.objects.first()
        site = Site.objects.filter(is_default_site=True).first()
        if home is None or site is None:
            raise DemoError('No home page or default site: run "manage.py migrate" first.')
        accounts = tuple(ensure_dev_accounts()) if create_accounts else ()
        sections = (SectionPage, StoriesPage, MusicSectionPage, ChartPage)
        if Page.objects.descendant_of(home).type(*sections).exists():
            return DemoReport(PUBLICATION.name, loaded=False, accounts=accounts)
        return DemoLoader(home, site, now, log).load(accounts)


class DemoLoader:
    """Creates images, authors, sections, articles, serials, music and the chart, then makes
    their renditions, logging its progress."""

    def __init__(self, home: HomePage, site: Site, now: datetime, log: Log) -> None:
        self.home, self.site, self.now, self.log = home, site, now, log
        self.rng = random.Random(SEED)
        self.collection = Collection.get_first_root_node()
        self.image_count = 0

    def load(self, accounts: tuple[Account, ...]) -> DemoReport:
        # Publishing would make each page's renditions; they are made once per image at the end.
        with renditions.deferred():
            arts = self.add_arts()
            authors = self.add_authors()
            logo = self.configure_publication()

            parents = [
                self.add_section(section) for section in counted(self.log, "Sections", SECTIONS)
            ]
            stories = [
                (parent, story)
                for parent, section in zip(parents, SECTIONS, strict=True)
                for story in section.stories
            ]
            lead = None
            for parent, story in counted(self.log, "Articles", stories):
                article = self.add_article(parent, story, arts, authors)
                lead = article if story.lead else lead
            self.set_lead_story(lead)
            self.add_stories(authors)
            music = MusicLoader(self)
            counts = music.load(authors)
            views = invent_views(self.rng, self.now)
            self.log(f"Readership: {views:,} invented views over the last {READ_DAYS} days")
            readers = invent_followers(self.rng)
            self.log(f"Followers: {readers} invented readers following by email")
        self.warm(logo, [author.photo for author in authors.values()] + music.photos)

        episodes = sum(len(serial.episodes) for serial in STORIES.series)
        scheduled = sum(bool(serial.scheduled) for serial in STORIES.series)
        return DemoReport(
            PUBLICATION.name,
            loaded=True,
            sections=len(SECTIONS),
            articles=len(stories),
            authors=len(authors),
            images=self.image_count,
            series=len(STORIES.series),
            episodes=episodes,
            scheduled=scheduled,
            accounts=accounts,
            **counts,
        )

    def add_image(self, data: bytes, *, filename: str, title: str, alt: str) -> AbstractImage:
        image = get_image_model()(
            title=title,
            description=alt,
            credit=CREDIT,
            collection=self.collection,
            file=ImageFile(BytesIO(data), name=filename),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        image.save()
        self.image_count += 1
        return image

    def add_arts(self) -> Images:
        arts = [(section, art) for section in SECTIONS for art in section.arts]
        return {
            art.key: self.add_image(
                images.story_art(
                    colours=art.colours, motif=section.motif, letter=section.title[0], seed=art.key
                ),
                filename=f"{art.key}.jpg",
                title=art.title,
                alt=art.alt,
            )
            for section, art in counted(self.log, "Illustrations", arts)
        }

    def add_authors(self) -> dict[str, Author]:
        authors = {}
        for person in counted(self.log, "Authors", AUTHORS):
            photo = self.add_image(
                images.portrait(colours=person.colours, initials=person.initials, seed=person.slug),
                filename=f"{person.slug}.jpg",
                title=f"Portrait of {person.name}",
                alt=f"Illustrated avatar of {person.name}: the initials {person.initials} "
                "on a two-colour background",
            )
            authors[person.slug] = Author.objects.create(
                name=person.name,
                slug=person.slug,
                role=person.role,
                bio=person.bio,
                photo=photo,
                x=person.x,
                instagram=person.instagram,
                facebook=person.facebook,
                tiktok=person.tiktok,
            )
        return authors

    def configure_publication(self) -> AbstractImage:
        logo = self.add_image(
            images.logo(colours=PUBLICATION.logo_colours, initials=PUBLICATION.initials),
            filename=f"{slugify(PUBLICATION.name)}-logo.png",
            title=f"{PUBLICATION.name} logo",
            alt=PUBLICATION.logo_alt,
        )
        publication = PublicationSettings.for_site(self.site)
        publication.name = PUBLICATION.name
        publication.tagline = PUBLICATION.tagline
        publication.logo = logo
        publication.call_to_action = PUBLICATION.call_to_action
        publication.whatsapp_channel_url = PUBLICATION.whatsapp_channel_url
        for network, handle in PUBLICATION.handles.items():
            setattr(publication, network, handle)
        publication.save()
        return logo

    def add_section(self, section: Section) -> SectionPage:
        page = self.home.add_child(
            instance=SectionPage(
                title=section.title, slug=section.slug, intro=section.intro, show_in_menus=True
            )
        )
        launched = self.now - LAUNCHED
        self.publish(page, first=launched, last=launched)
        return page

    def add_article(
        self, section: SectionPage, story: Story, arts: Images, authors: dict[str, Author]
    ) -> ArticlePage:
        first, last = self.publication_dates(story)
        source = story.source
        page = ArticlePage(
            title=story.title,
            slug=slugify(story.title),
            standfirst=story.standfirst,
            featured_image=arts[story.art] if story.art else None,
            featured_image_caption=story.caption,
            body=stream(story.body, arts),
            page_authors=[
                PageAuthor(author=authors[slug], sort_order=order)
                for order, slug in enumerate(story.authors)
            ],
            source_outlet=source.outlet if source else "",
            source_url=source.url if source else "",
            source_author=source.author if source else "",
            source_published_at=(
                timezone.localdate(first) - days(source.days_earlier) if source else None
            ),
            source_relationship=source.relationship if source else "",
        )
        page.tags.add(*story.tags)
        section.add_child(instance=page)
        self.publish(page, first=first, last=last)
        return page

    def add_stories(self, authors: dict[str, Author]) -> None:
        """The Stories section and its serials."""
        releases = {serial.slug: self.release_dates(serial) for serial in STORIES.series}
        opened = min(dates[0] for dates in releases.values()) - days(1)
        stories = self.home.add_child(
            instance=StoriesPage(
                title=STORIES.title, slug=STORIES.slug, intro=STORIES.intro, show_in_menus=True
            )
        )
        self.publish(stories, first=opened, last=opened)
        for serial in counted(self.log, "Series", STORIES.series):
            cover = self.add_image(
                images.story_art(
                    colours=serial.cover.colours,
                    motif=serial.motif,
                    letter=serial.title[0],
                    seed=serial.cover.key,
                ),
                filename=f"{serial.cover.key}.jpg",
                title=serial.cover.title,
                alt=serial.cover.alt,
            )
            self.add_series(stories, serial, cover, authors, releases[serial.slug])

    def add_series(
        self,
        stories: StoriesPage,
        serial: Serial,
        cover: AbstractImage,
        authors: dict[str, Author],
        releases: list[datetime],
    ) -> SeriesPage:
        """The series page, its released episodes and the one already scheduled, if any."""
        series = SeriesPage(
            title=serial.title,
            slug=serial.slug,
            synopsis=serial.synopsis,
            cover_image=cover,
            genre=serial.genre,
            age_advisory=serial.age_advisory,
            status=serial.status,
            release_cadence=serial.release_cadence,
            indexed_edition=serial.indexed_edition,
            page_authors=[
                PageAuthor(author=authors[slug], sort_order=order)
                for order, slug in enumerate(serial.authors)
            ],
        )
        stories.add_child(instance=series)
        # Set up just before the first episode; a finished series was last edited when it ended.
        started = releases[0] - hours(2)
        ended = releases[-1] if serial.status == SeriesStatus.COMPLETED else started
        self.publish(series, first=started, last=ended)
        for number, (body, released) in enumerate(
            zip(serial.episodes, releases, strict=True), start=1
        ):
            episode = self.add_episode(series, number, body)
            self.publish(episode, first=released, last=released)
        if serial.scheduled:
            upcoming = self.add_episode(
                series, len(serial.episodes) + 1, serial.scheduled, live=False
            )
            self.schedule(upcoming, go_live_at=self.now + serial.scheduled_in)
        return series

    def add_episode(
        self, series: SeriesPage, number: int, body: Sequence[BodyItem], *, live: bool = True
    ) -> EpisodePage:
        return series.add_child(
            instance=EpisodePage(
                number=number,
                title=EpisodePage.title_for(series.title, number),
                slug=f"episode-{number:02d}",
                body=stream(body, {}),
                live=live,
            )
        )

    def schedule(self, episode: EpisodePage, *, go_live_at: datetime) -> None:
        """Approve a draft to go live later: Wagtail keeps it as a scheduled revision."""
        episode.go_live_at = go_live_at
        episode.save_revision().publish()
        episode.refresh_from_db()
        if episode.live or episode.scheduled_revision is None:
            raise DemoError(f"{episode.title} went live instead of being scheduled.")

    def release_dates(self, serial: Serial) -> list[datetime]:
        """One episode a week, the latest `serial.latest` before now, at the same time of day."""
        latest = self.now - serial.latest
        count = len(serial.episodes)
        return [latest - WEEK * (count - number) for number in range(1, count + 1)]

    def publication_dates(self, story: Story) -> tuple[datetime, datetime]:
        """First and last publication; older stories get a seeded time of day."""
        first = self.now - story.age
        if story.age > days(2):
            first -= timedelta(minutes=self.rng.randrange(360))
        last = min(first + story.updated, self.now) if story.updated else first
        return first, last

    def publish(self, page: Page, *, first: datetime, last: datetime) -> None:
        """Publish through a revision, then date the page, revision and log as if done back then.
        Its first publication is set before, so the post's card is recorded with it."""
        page.first_published_at = first
        revision = page.save_revision()
        revision.publish()
        Page.objects.filter(pk=page.pk).update(
            first_published_at=first, last_published_at=last, latest_revision_created_at=last
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=last)
        PageLogEntry.objects.filter(page=page).update(timestamp=last)

    def set_lead_story(self, lead: ArticlePage | None) -> None:
        self.home.refresh_from_db()
        self.home.lead_story = lead
        self.home.save_revision().publish()

    def warm(self, logo: AbstractImage, portraits: list[AbstractImage]) -> None:
        """Make every rendition the pages show, once per image, so no reader waits for one."""
        pages = Page.objects.live().descendant_of(self.home, inclusive=True).specific()
        variants = renditions.shown_by(pages)
        variants[logo.pk].add("logo")
        for portrait in portraits:
            variants[portrait.pk].add("avatar")
        images = get_image_model().objects.in_bulk(variants).values()
        for image in counted(self.log, "Image renditions", list(images)):
            warm_renditions(image, *sorted(variants[image.pk]))
