"""The WordPress import, on the Naija Beat export and on small exports written per test."""

import io
from datetime import UTC, datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.core.models import HomePage, PostCard
from newsstand.core.testing import make_schedule_due
from newsstand.images.models import CustomImage
from newsstand.imports.models import ImportedObject
from newsstand.imports.report import Outcome
from newsstand.imports.services import import_wordpress
from newsstand.info.models import InfoPage
from newsstand.people.models import Author

from .conftest import NAIJABEAT, item, make_image


def article(wp_id: int) -> ArticlePage:
    row = ImportedObject.objects.get(kind__in=["post", "page"], wp_id=str(wp_id))
    return ArticlePage.objects.get(pk=row.object_id)


def test_categories_become_sections_and_nested_ones_are_flattened(naijabeat):
    sections = set(SectionPage.objects.values_list("title", flat=True))
    assert {"News", "Sports"} <= sections
    assert "Lagos" not in sections  # a child of News
    assert "Nothing Here" not in sections  # no posts
    assert any("Lagos" in note and "not nested" in note for note in naijabeat.notes)
    story = article(101)
    assert story.get_parent().title == "News"
    assert set(story.tags.names()) == {"Lagos", "Traffic", "Third Mainland Bridge"}


def test_imported_posts_are_listed_with_their_finished_cards(naijabeat, client):
    """Cards are written once the import is done: with tags, credits and section."""
    card = PostCard.objects.select_related("kicker").get(page=article(101))
    assert card.kicker.title == "News"
    assert card.tags == ["Lagos", "Third Mainland Bridge", "Traffic"]
    assert card.summary == "The Third Mainland Bridge reopened on Monday."
    listed = PostCard.objects.filter(page__in=ArticlePage.objects.live()).count()
    assert listed == ArticlePage.objects.live().count()
    assert "Lagos traffic eases after Third Mainland Bridge reopens" in client.get("/").text


def test_category_only_named_in_an_item_becomes_a_tag(naijabeat):
    assert "Markets" in article(122).tags.names()


def test_first_real_category_wins_and_uncategorized_is_not_a_tag(naijabeat):
    story = article(102)
    assert story.get_parent().title == "Sports"
    assert set(story.tags.names()) == {"News", "NPFL"}


def test_authors_become_snippets_credited_on_their_posts(naijabeat):
    assert set(Author.objects.values_list("name", "slug")) == {
        ("Chiamaka Obi", "chiamaka-obi"),
        ("Tunde Bello", "tunde-bello"),
    }
    assert [c.author.name for c in article(101).page_authors.all()] == ["Chiamaka Obi"]


def test_dates_slugs_and_excerpts_are_kept(naijabeat):
    story = article(101)
    assert story.slug == "lagos-traffic-eases"
    assert story.first_published_at == datetime(2023, 5, 14, 8, 30, tzinfo=UTC)
    assert story.last_published_at == datetime(2023, 5, 15, 10, 0, tzinfo=UTC)
    assert timezone.is_aware(story.first_published_at)
    assert story.standfirst == "Commuters had an easier Monday as the bridge reopened."
    assert story.search_description == "The Third Mainland Bridge reopened on Monday."
    assert story.title == "Lagos traffic eases after Third Mainland Bridge reopens"
    assert article(102).title == "Enyimba go top after 2–0 win over Rangers"


def test_unicode_slug_is_decoded(naijabeat):
    assert article(122).slug == "ọjà-ọba-reopens"


def test_sticky_post_is_the_lead_story(naijabeat):
    assert HomePage.objects.get().lead_story_id == article(101).pk


@pytest.mark.parametrize(
    ("wp_id", "reason"),
    [
        (104, None),
        (105, "pending review"),
        (106, "private"),
        (107, "scheduled"),
        (108, "password-protected"),
    ],
)
def test_posts_that_were_not_public_stay_drafts(naijabeat, client, wp_id, reason):
    draft = article(wp_id)
    assert not draft.live
    assert draft.has_unpublished_changes
    assert client.get(draft.url).status_code == 404
    if reason:
        looks = {entry.wp_id: entry.reason for entry in naijabeat.needs_look}
        assert reason in looks[str(wp_id)]


def test_drafts_without_a_gmt_date_have_no_publication_date(naijabeat):
    assert article(104).first_published_at is None  # "0000-00-00 00:00:00"
    assert article(106).first_published_at == datetime(2023, 6, 4, 11, 0, tzinfo=UTC)


def test_trash_and_irrelevant_types_are_skipped_with_reasons(naijabeat):
    assert any(entry.wp_id == "109" and "trash" in entry.reason for entry in naijabeat.skipped)
    groups = " ".join(naijabeat.skipped_groups)
    for kind in ("nav_menu_item", "revision", "wpcf7_contact_form", "comment", "location"):
        assert kind in groups
    assert not ImportedObject.objects.filter(wp_id__in=["109", "140", "141", "142"]).exists()


def test_wordpress_pages_become_plain_pages_in_the_footer(naijabeat, client):
    row = ImportedObject.objects.get(kind="page", wp_id="130")
    about = InfoPage.objects.get(pk=row.object_id)
    assert about.get_parent().pk == HomePage.objects.get().pk
    assert (about.slug, about.live, about.show_in_menus) == ("about", True, True)
    assert about.first_published_at == datetime(2015, 1, 1, 9, 0, tzinfo=UTC)
    assert not SectionPage.objects.filter(slug="pages").exists()
    html = client.get("/about/").content.decode()
    assert "Naija Beat has covered Lagos since 2015." in html
    assert (
        '<nav class="footer-nav" aria-label="About this site">' in client.get("/").content.decode()
    )
    assert '<a href="/about/">About us</a>' in html


@pytest.mark.parametrize("status", ["draft", "private", "pending", "future"])
def test_pages_that_were_not_public_stay_drafts_out_of_the_footer(home, write_wxr, client, status):
    import_wordpress(
        export=write_wxr(
            item(5, title="Privacy", slug="privacy", post_type="page", status=status),
            item(
                6,
                title="Secret",
                slug="secret",
                post_type="page",
                extra="<wp:post_password>x</wp:post_password>",
            ),
        )
    )
    privacy, secret = InfoPage.objects.get(slug="privacy"), InfoPage.objects.get(slug="secret")
    assert (secret.live, secret.show_in_menus) == (False, False)
    # A scheduled page joins the footer when the scheduler publishes it.
    assert (privacy.live, privacy.show_in_menus) == (False, status == "future")
    for slug in ("privacy", "secret"):
        assert client.get(f"/{slug}/").status_code == 404
    assert "footer-nav" not in client.get("/").content.decode()


def test_nested_pages_are_flattened(home, write_wxr):
    report = import_wordpress(
        export=write_wxr(
            item(
                5,
                title="Advertise",
                slug="advertise",
                post_type="page",
                extra="<wp:post_parent>4</wp:post_parent>",
            ),
        )
    )
    page = InfoPage.objects.get()
    assert page.url == "/advertise/"
    assert any("inside other pages" in note for note in report.notes)


def test_images_found_in_the_uploads_folder_and_missing_ones_reported(naijabeat):
    market = CustomImage.objects.get(title="Market traders at Balogun")
    assert market.description == "Traders under umbrellas at Balogun market"
    assert market.collection.name == "Imported from WordPress"
    story = article(101)
    assert story.featured_image == market
    assert story.featured_image_caption == "Traders at Balogun market on Monday."
    skipped = {entry.wp_id: entry.reason for entry in naijabeat.skipped}
    assert "file not found: 2023/05/stadium.jpg" in skipped["202"]
    assert "fall.mp3" in skipped["203"]
    enyimba = article(102)
    assert enyimba.featured_image is None
    assert any("stadium" in e.reason for e in naijabeat.needs_look if e.wp_id == "102")


def test_uploads_without_an_attachment_and_resized_urls_are_found(naijabeat):
    body = article(103).body
    images = [block.value["image"].title for block in body if block.block_type == "image"]
    # [gallery ids], the old wp-caption div (a resized URL) and a file with no attachment
    assert images == [
        "Market traders at Balogun",
        "Goal celebration",
        "Market traders at Balogun",
        "loose-file",
    ]


def test_alt_text_from_the_body_fills_an_image_without_one(naijabeat):
    assert CustomImage.objects.get(title="loose-file").description == "A file with no attachment"


def test_unknown_shortcodes_stay_as_text_and_are_reported(naijabeat):
    paragraphs = " ".join(b.value.source for b in article(101).body if b.block_type == "paragraph")
    assert '[adsense slot="top"]' in paragraphs
    assert any("[adsense]" in e.reason for e in naijabeat.needs_look if e.wp_id == "101")


def test_classic_post_becomes_blocks(naijabeat):
    body = article(101).body
    kinds = [block.block_type for block in body]
    assert kinds == [
        "paragraph",
        "image",
        "heading",
        "quote",
        "paragraph",
        "paragraph",
        "embed",
        "embed",
        "table",
    ]
    assert "<br>" in body[0].value.source  # a single line break within a paragraph
    assert body[1].value["caption"] == "Traders returned early to Balogun"
    assert body[3].value["speaker"] == "Commissioner for Transport"
    links = body[4].value.source
    assert 'href="/2023/04/02/bridge-closure/"' in links  # own site's links become relative
    assert "javascript" not in links and "onclick" not in links
    assert body[6].value["url"] == "https://www.youtube.com/watch?v=bridge2023"
    assert body[7].value["url"] == "https://x.com/lagostraffic/status/1657000000000000000"
    table = body[8].value
    assert [column["heading"] for column in table.columns] == ["Route", "Before", "After"]
    assert [list(row["values"]) for row in table.row_data][-1] == ["Yaba – Obalende", "1h 30m", ""]


def test_block_editor_post_becomes_blocks(naijabeat):
    body = article(102).body
    assert [block.block_type for block in body] == [
        "paragraph",
        "heading",
        "paragraph",  # the missing stadium photo's caption
        "quote",
        "embed",
        "table",
        "image",
        "paragraph",
    ]
    assert body[1].value["level"] == "h3"
    assert body[2].value.source == "<p>Aba, before kick-off</p>"
    assert body[3].value["speaker"] == "Coach Finidi"
    assert body[4].value["title"] == "Highlights"
    assert body[5].value.caption == "Top of the table"
    assert body[6].value["image"].title == "Goal celebration"
    assert "<ul>" in body[7].value.source
    assert any("wp:latest-posts" in e.reason for e in naijabeat.needs_look if e.wp_id == "102")


def test_imported_pages_are_searchable_referenced_and_logged(naijabeat):
    story = article(101)
    assert story in ArticlePage.objects.search("bridge")
    image_usage = ReferenceIndex.get_references_to(story.featured_image)
    assert str(story.pk) in {reference.object_id for reference in image_usage}
    assert PageLogEntry.objects.filter(page=story, action="newsstand.wordpress_import").exists()
    assert Page.find_problems() == ([], [], [], [], [])


def test_rendered_pages_are_readable(naijabeat, client):
    response = client.get(article(101).url)
    assert response.status_code == 200
    assert b"Commissioner for Transport" in response.content


def test_rerun_changes_nothing(naijabeat, uploads):
    pages = Page.objects.count()
    again = import_wordpress(export=NAIJABEAT, media_dir=uploads)
    assert again.total(Outcome.IMPORTED) == 0
    assert again.total(Outcome.UPDATED) == 0
    assert again.counts["post", Outcome.UNCHANGED] == 15
    assert again.redirects == 0
    assert Page.objects.count() == pages


def test_rerun_with_the_missing_file_adds_it(naijabeat, uploads):
    make_image(uploads / "2023/05/stadium.jpg", "orange")
    again = import_wordpress(export=NAIJABEAT, media_dir=uploads)
    assert again.counts["image", Outcome.IMPORTED] == 1
    assert again.counts["post", Outcome.UPDATED] == 1
    assert article(102).featured_image.title == "Stadium"


def test_changed_post_is_updated_in_place(home, write_wxr):
    import_wordpress(export=write_wxr(item(1, title="First title", tags=("a",))))
    page_id = article(1).pk
    report = import_wordpress(export=write_wxr(item(1, title="Second title", tags=("b",))))
    assert report.counts["post", Outcome.UPDATED] == 1
    story = article(1)
    assert (story.pk, story.title) == (page_id, "Second title")
    assert set(story.tags.names()) == {"b"}


def test_post_edited_here_is_not_overwritten(home, write_wxr):
    import_wordpress(export=write_wxr(item(1, title="From WordPress")))
    story = article(1)
    story.title = "Edited here"
    story.save_revision().publish()
    report = import_wordpress(export=write_wxr(item(1, title="Changed on WordPress")))
    assert article(1).title == "Edited here"
    assert any("edited here" in entry.reason for entry in report.needs_look)


def test_post_published_on_wordpress_later_goes_live(home, write_wxr):
    import_wordpress(export=write_wxr(item(1, status="draft")))
    assert not article(1).live
    import_wordpress(export=write_wxr(item(1, status="publish")))
    assert article(1).live


def test_post_deleted_here_is_not_brought_back(home, write_wxr):
    export = write_wxr(item(1))
    import_wordpress(export=export)
    article(1).delete()
    report = import_wordpress(export=export)
    assert not ArticlePage.objects.exists()
    assert any("deleted on this site" in entry.reason for entry in report.skipped)


def test_interrupted_import_resumes_without_duplicates(home, write_wxr, monkeypatch):
    from newsstand.imports import articles

    export = write_wxr(*(item(n, title=f"Story {n}") for n in range(1, 6)))
    real_create = articles.Posts.create
    calls = {"n": 0}

    def create_then_stop(self, prepared, placement):
        calls["n"] += 1
        page = real_create(self, prepared, placement)
        if calls["n"] == 3:
            raise KeyboardInterrupt  # killed half-way through the third post
        return page

    monkeypatch.setattr(articles.Posts, "create", create_then_stop)
    with pytest.raises(KeyboardInterrupt):
        import_wordpress(export=export)
    assert sorted(ArticlePage.objects.values_list("title", flat=True)) == ["Story 1", "Story 2"]
    assert ImportedObject.objects.filter(kind="post").count() == 2
    assert Page.find_problems() == ([], [], [], [], [])

    monkeypatch.setattr(articles.Posts, "create", real_create)
    report = import_wordpress(export=export)
    titles = sorted(ArticlePage.objects.values_list("title", flat=True))
    assert titles == [f"Story {n}" for n in range(1, 6)]
    assert report.counts["post", Outcome.IMPORTED] == 3
    # The first two never got their batch (search index, redirects): they are redone.
    assert report.counts["post", Outcome.UPDATED] == 2
    assert ArticlePage.objects.search("Story").count() == 5


def test_a_failing_item_is_rolled_back_and_the_rest_imported(home, write_wxr, monkeypatch):
    from newsstand.imports import articles

    real_create = articles.Posts.create

    def fail_on_two(self, prepared, placement):
        page = real_create(self, prepared, placement)
        if prepared.item.wp_id == 2:
            raise ValueError("broken post")
        return page

    monkeypatch.setattr(articles.Posts, "create", fail_on_two)
    report = import_wordpress(export=write_wxr(item(1), item(2), item(3)))
    assert [entry.wp_id for entry in report.failed] == ["2"]
    assert "broken post" in report.failed[0].reason
    assert ArticlePage.objects.count() == 2
    assert Page.find_problems() == ([], [], [], [], [])


def test_dry_run_writes_nothing(home, uploads, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    before = (Page.objects.count(), Tag.objects.count(), CustomImage.objects.count())
    report = import_wordpress(export=NAIJABEAT, media_dir=uploads, dry_run=True)
    assert report.dry_run
    assert report.counts["post", Outcome.IMPORTED] == 15
    assert report.counts["image", Outcome.IMPORTED] == 3
    assert report.redirects > 50
    after = (Page.objects.count(), Tag.objects.count(), CustomImage.objects.count())
    assert after == before
    assert not ImportedObject.objects.exists()
    assert not (tmp_path / "media").exists()


def test_without_a_media_folder_images_are_reported_not_fatal(home):
    report = import_wordpress(export=NAIJABEAT)
    assert report.counts["post", Outcome.IMPORTED] == 15
    assert report.counts["image", Outcome.SKIPPED] == 4
    assert any("no --media folder" in entry.reason for entry in report.skipped)


def test_attached_file_outside_the_media_folder_is_refused(home, write_wxr, tmp_path):
    make_image(tmp_path / "secret.jpg")
    attachment = item(
        9,
        post_type="attachment",
        status="inherit",
        meta={"_wp_attached_file": "../secret.jpg"},
        extra="<wp:attachment_url>https://test.example/wp-content/uploads/x.jpg</wp:attachment_url>",
    )
    media = tmp_path / "uploads"
    media.mkdir()
    report = import_wordpress(export=write_wxr(attachment), media_dir=media)
    assert not CustomImage.objects.exists()
    assert "outside the media folder" in report.skipped[0].reason


def test_a_file_that_is_not_an_image_is_skipped(home, write_wxr, tmp_path):
    media = tmp_path / "uploads"
    (media / "2023").mkdir(parents=True)
    (media / "2023/fake.jpg").write_bytes(b"<?php echo 'not a picture';")
    attachment = item(
        9, post_type="attachment", status="inherit", meta={"_wp_attached_file": "2023/fake.jpg"}
    )
    report = import_wordpress(export=write_wxr(attachment), media_dir=media)
    assert "not a readable image" in report.skipped[0].reason


def test_wxr_1_1_with_escaped_text_imports_the_same(home, write_wxr):
    export = write_wxr(item(1, content="One.\n\nTwo <b>bold</b>."), version="1.1")
    report = import_wordpress(export=export)
    assert report.counts["post", Outcome.IMPORTED] == 1
    body = article(1).body
    assert [block.value.source for block in body] == ["<p>One.</p>", "<p>Two <b>bold</b>.</p>"]


def test_a_scheduled_post_stays_scheduled_for_its_time(home, write_wxr, client):
    report = import_wordpress(
        export=write_wxr(
            item(
                40,
                title="Budget day live",
                status="future",
                date="2031-03-02 10:00:00",
                date_gmt="2031-03-02 09:00:00",
            ),
            item(41, title="Undated plan", status="future", date="", date_gmt=""),
        )
    )
    article = ArticlePage.objects.get(title="Budget day live")
    assert not article.live
    revision = article.scheduled_revision
    assert revision.approved_go_live_at == datetime(2031, 3, 2, 9, 0, tzinfo=UTC)
    assert article.go_live_at == revision.approved_go_live_at
    assert client.get(article.url).status_code == 404
    looks = " ".join(entry.reason for entry in report.needs_look)
    assert "scheduled on WordPress for 2031-03-02 10:00:00: scheduled here" in looks
    assert "unreadable date: imported as a draft" in looks
    undated = ArticlePage.objects.get(title="Undated plan")
    assert undated.scheduled_revision is None and not undated.live

    # When its time comes, the scheduler publishes it.
    make_schedule_due(article)
    call_command("publish_scheduled", stdout=io.StringIO())
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_a_category_with_nothing_public_stays_out_of_the_menu(home, write_wxr, client):
    import_wordpress(
        export=write_wxr(
            item(50, title="Market prices", categories=("news",)),
            item(51, title="Unfinished rumour", status="draft", categories=("gossip",)),
        )
    )
    nav = client.get("/").content.decode().split('<nav class="main-nav"')[1].split("</nav>")[0]
    assert "News" in nav and "Gossip" not in nav
    draft = ArticlePage.objects.get(title="Unfinished rumour")
    draft.save_revision().publish()
    nav = client.get("/").content.decode().split('<nav class="main-nav"')[1].split("</nav>")[0]
    assert "Gossip" in nav


def test_tags_that_read_the_same_once_cleaned_are_merged_and_reported(home, write_wxr):
    term = '<category domain="post_tag" nicename="%s">%s</category>'
    report = import_wordpress(
        export=write_wxr(
            item(60, title="One", extra=term % ("lagos-news", "Lagos &lt;b&gt;News&lt;/b&gt;")),
            item(61, title="Two", extra=term % ("lagos-news-2", "lagos news")),
            item(62, title="Three", extra=term % ("lagos-news", "Lagos &lt;b&gt;News&lt;/b&gt;")),
        )
    )
    [tag] = Tag.objects.filter(name__iexact="lagos news")
    assert sorted(ArticlePage.objects.filter(tags=tag).values_list("title", flat=True)) == [
        "One",
        "Three",
        "Two",
    ]
    merged = [note for note in report.notes if "read the same here" in note]
    assert merged == [
        '"Lagos <b>News</b>" (lagos-news) and "lagos news" (lagos-news-2) read the same here: '
        f'both are the tag "{tag.name}"'
    ]


def test_footnotes_link_both_ways_on_the_published_page(home, write_wxr, client):
    content = (
        '<!-- wp:paragraph --><p>Fares rose<sup data-fn="a1" class="fn"><a href="#a1" '
        'id="a1-link">1</a></sup>.</p><!-- /wp:paragraph --><!-- wp:footnotes /-->'
    )
    notes = '[{"id":"a1","content":"Ledger figures, May."}]'
    import_wordpress(export=write_wxr(item(5, content=content, meta={"footnotes": notes})))
    html = client.get(article(5).url).content.decode()
    assert '<sup id="fn-1-ref"><a href="#fn-1"' in html
    assert '<li id="fn-1">Ledger figures, May. <a href="#fn-1-ref"' in html
