"""'[STORY] … (Episode NN)' posts become a series with numbered episodes."""

from newsstand.articles.models import ArticlePage
from newsstand.imports.models import ImportedObject
from newsstand.imports.report import Outcome
from newsstand.imports.services import import_wordpress
from newsstand.series.factories import SeriesPageFactory, StoriesPageFactory
from newsstand.series.models import EpisodePage, SeriesPage, SeriesStatus, StoriesPage

from .conftest import item


def test_episodes_become_a_completed_series(naijabeat):
    stories = StoriesPage.objects.get()
    series = SeriesPage.objects.get()
    assert series.get_parent().pk == stories.pk
    assert (series.title, series.status, series.live) == (
        "The Landlord’s Daughter",
        SeriesStatus.COMPLETED,
        True,
    )
    assert series.synopsis == "A new tenant, an old secret."
    assert series.cover_image.title == "Market traders at Balogun"
    assert [credit.author.name for credit in series.page_authors.all()] == ["Tunde Bello"]
    episodes = EpisodePage.objects.child_of(series).order_by("number")
    assert [(e.number, e.slug, e.live) for e in episodes] == [
        (1, "episode-01", True),
        (2, "episode-02", True),
        (3, "episode-03", True),
    ]
    assert episodes[0].title == "The Landlord’s Daughter (Episode 01)"
    assert series.first_published_at == episodes[0].first_published_at


def test_complete_episodes_post_is_not_content(naijabeat):
    assert not ImportedObject.objects.filter(wp_id="113").exists()
    assert any("complete-episodes" in reason for reason in naijabeat.skipped_groups)


def test_complete_edition_without_episodes_is_kept_as_a_draft(naijabeat):
    row = ImportedObject.objects.get(kind="post", wp_id="114")
    draft = ArticlePage.objects.get(pk=row.object_id)
    assert not draft.live
    assert any(
        e.wp_id == "114" and "no imported episodes" in e.reason for e in naijabeat.needs_look
    )


def test_series_needs_a_look(naijabeat):
    assert any(e.kind == "series" and "synopsis" in e.reason for e in naijabeat.needs_look)


def test_existing_stories_section_and_series_are_reused(home, write_wxr):
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Ada", slug="ada")
    import_wordpress(export=write_wxr(item(1, title="[STORY] Ada (Episode 01)")))
    assert StoriesPage.objects.count() == 1
    assert EpisodePage.objects.child_of(series).count() == 1


def test_draft_final_episode_does_not_complete_the_series(home, write_wxr):
    import_wordpress(
        export=write_wxr(
            item(1, title="[STORY] Ada (Episode 01)"),
            item(2, title="[STORY] Ada (Final Episode 02)", status="draft"),
        )
    )
    series = SeriesPage.objects.get()
    assert series.status == SeriesStatus.ONGOING
    assert [e.live for e in EpisodePage.objects.order_by("number")] == [True, False]


def test_series_with_only_drafts_stays_a_draft(home, write_wxr):
    import_wordpress(export=write_wxr(item(1, title="[STORY] Ada (Episode 01)", status="draft")))
    assert not SeriesPage.objects.get().live


def test_duplicate_episode_number_becomes_a_draft_article(home, write_wxr):
    report = import_wordpress(
        export=write_wxr(
            item(1, title="[STORY] Ada (Episode 01)"),
            item(2, title="[STORY] Ada (Episode 01)", slug="ada-episode-1-repost"),
        )
    )
    assert EpisodePage.objects.count() == 1
    duplicate = ArticlePage.objects.get()
    assert not duplicate.live
    assert any("already exists" in entry.reason for entry in report.needs_look)
    assert report.counts["post", Outcome.IMPORTED] == 2
