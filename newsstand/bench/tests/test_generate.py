"""The bulk generator writes a publication Wagtail can serve, search and edit."""

import pytest

from wagtail.models import Page

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.bench import generate, load
from newsstand.music.models import SongPage
from newsstand.series.models import EpisodePage


@pytest.fixture
def generated(home, monkeypatch):
    monkeypatch.setattr(generate, "BATCH", 20)  # several batches
    monkeypatch.setattr(generate, "IMAGES", 2)
    monkeypatch.setattr(generate, "EPISODES", 3)
    monkeypatch.setattr(generate, "SONGS", 2)
    generate.publication(45, progress=lambda line: None)


def test_the_tree_is_sound_and_every_article_is_live(generated):
    assert ArticlePage.objects.live().count() == 45
    assert Page.find_problems() == ([], [], [], [], [])
    for section in SectionPage.objects.all():
        assert section.get_children_count() == section.numchild > 0


def test_generated_pages_are_served(client, generated):
    article = ArticlePage.objects.filter(featured_image__isnull=False).first()
    page = client.get(article.url)
    assert page.status_code == 200
    assert article.title in page.content.decode()
    assert article.title in client.get(article.get_parent().url).content.decode()
    newest = ArticlePage.objects.order_by("-first_published_at").first()
    assert newest.title in client.get("/").content.decode()
    assert article.tags.count() == 2 and article.page_authors.count() == 1


def test_a_series_and_music_posts_are_generated_and_served(client, generated):
    episode = EpisodePage.objects.get(number=2)
    page = client.get(episode.url).content.decode()
    assert "The Rainy Season (Episode 02)" in page
    assert [e.number for e in EpisodePage.objects.live().order_by("number")] == [1, 2, 3]
    post = SongPage.objects.live().first()
    assert post.song.title in client.get(post.url).content.decode()
    lyrics = client.get(post.url + "lyrics/").content.decode()
    assert "Chorus" in lyrics and post.song.lyrics.splitlines()[1] in lyrics


def test_generated_articles_are_searchable(client, generated):
    article = ArticlePage.objects.order_by("-first_published_at").first()
    word = article.title.split()[0].lower()
    results = client.get("/search/", {"q": word}).content.decode()
    assert article.title in results  # newest first, so on the first page


def test_wrk_report_is_parsed(monkeypatch):
    """The wrk wrapper reads the one JSON line our Lua script prints."""

    class Done:
        stdout = (
            "Running 1s test\n"
            '{"requests": 500, "duration_us": 2000000, "bytes": 1, "errors": 1, '
            '"non_2xx_3xx": 2, "p50_ms": 1.5, "p95_ms": 3.0, "p99_ms": 4.0, "max_ms": 9.0}\n'
        )

    calls = []
    monkeypatch.setattr(load.subprocess, "run", lambda command, **kw: calls.append(command) or Done)
    result = load.wrk("http://127.0.0.1:1", ["/", "/a/"], connections=32, seconds=2)
    assert result.rps == 250 and result.errors == 1 and result.non_2xx_3xx == 2
    assert calls[0][-3:] == ["--", "/", "/a/"]
