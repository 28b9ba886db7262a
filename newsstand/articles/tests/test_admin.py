"""Editors' workflows in the Wagtail admin: roles, creating articles, uploads, settings."""

import pytest

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from newsstand.articles.models import ArticlePage
from newsstand.core.models import PublicationSettings
from newsstand.core.testing import user_in
from newsstand.images.models import CustomImage
from newsstand.people.factories import AuthorFactory


def article_form(**overrides):
    data = {
        "title": "Rain delays Eko derby",
        "slug": "rain-delays-eko-derby",
        "standfirst": "Kick-off moved to Sunday.",
        "body": streamfield(
            [("paragraph", rich_text("<p>The pitch was under water by noon.</p>"))]
        ),
        "page_authors": inline_formset([{"author": AuthorFactory().pk}]),
        "tags": "Football, Weather",
        "republished_handling": "canonical",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(section):
    return f"/admin/pages/add/articles/articlepage/{section.pk}/"


def test_roles_exist_with_the_right_powers(db):
    contributors = Group.objects.get(name="Contributors")
    editors = Group.objects.get(name="Editors")
    contributor_perms = set(
        contributors.page_permissions.values_list("permission__codename", flat=True)
    )
    editor_perms = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert contributor_perms == {"add_page"}  # their own pages only
    assert {"add_page", "change_page", "publish_page"} <= editor_perms


def test_contributor_can_write_but_cannot_publish(client, section):
    client.force_login(user_in("Contributors", "chidi"))
    response = client.post(add_url(section), article_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    assert not article.live
    assert client.get(f"/news/{article.slug}/").status_code == 404


def test_contributor_submits_for_moderation(client, section, settings, tmp_path, caplog):
    # As configured with no mail server: the editors' notification goes to a file.
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path)},
        }
    }
    editor = user_in("Editors", "ify")
    editor.email = "ify@news.example"
    editor.save()
    client.force_login(user_in("Contributors", "chidi"))
    client.post(add_url(section), article_form(**{"action-submit": "submit"}))
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    assert not article.live
    assert article.current_workflow_state is not None
    assert article.current_workflow_state.status == "in_progress"
    assert not [record for record in caplog.records if record.levelname in ("ERROR", "CRITICAL")]
    sent = "".join(path.read_text() for path in tmp_path.iterdir())
    assert "ify@news.example" in sent and "Rain delays Eko derby" in sent


def test_editor_publishes(client, section):
    client.force_login(user_in("Editors", "amaka"))
    response = client.post(add_url(section), article_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    assert article.live and article.first_published_at
    assert [credit.author.name for credit in article.page_authors.all()]
    assert sorted(tag.name for tag in article.tags.all()) == ["Football", "Weather"]
    page = client.get(article.url)
    assert b"The pitch was under water by noon." in page.content
    assert b"Updated" not in page.content  # a first publication is not an update


def test_editor_schedules_publication(client, section):
    client.force_login(user_in("Editors", "amaka"))
    form = article_form(**{"action-publish": "publish", "go_live_at": "2099-01-01 08:00"})
    assert client.post(add_url(section), form).status_code == 302
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    assert not article.live
    assert article.scheduled_revision is not None


def test_articles_only_go_in_sections(client, home):
    client.force_login(user_in("Editors", "amaka"))
    response = client.get(f"/admin/pages/add/articles/articlepage/{home.pk}/")
    assert response.status_code in (302, 403)
    assert not response.has_header("Location") or "/add/" not in response["Location"]


def test_source_needs_an_outlet_and_relationship(client, section):
    client.force_login(user_in("Editors", "amaka"))
    form = article_form(
        **{"action-publish": "publish", "source_url": "https://elsewhere.example/x"}
    )
    response = client.post(add_url(section), form)
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="rain-delays-eko-derby").exists()
    assert "Name the outlet the story comes from." in response.content.decode()


def test_source_url_must_be_a_web_address(client, section):
    client.force_login(user_in("Editors", "amaka"))
    form = article_form(
        **{
            "action-publish": "publish",
            "source_outlet": "Elsewhere",
            "source_relationship": "excerpt",
            "source_url": "javascript:alert(1)",
        }
    )
    response = client.post(add_url(section), form)
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="rain-delays-eko-derby").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", b"just some text"),
        ("fake.jpg", b"this is not really a jpeg"),
        ("script.svg", b"<svg onload=alert(1)></svg>"),
    ],
)
def test_non_image_uploads_are_refused_with_a_clear_message(client, db, name, content):
    client.force_login(user_in("Editors", "amaka"))
    upload = SimpleUploadedFile(name, content)
    response = client.post("/admin/images/add/", {"title": "Bad", "file": upload, "collection": 1})
    assert response.status_code == 200
    assert CustomImage.objects.count() == 0
    text = response.content.decode()
    assert "Not a supported image format" in text or "Upload a valid image." in text


def test_editor_changes_site_settings(client, home):
    client.force_login(user_in("Editors", "amaka"))
    site = home.get_site()
    url = f"/admin/settings/core/publicationsettings/{site.pk}/"
    form = {
        "name": "Eko Daily",
        "tagline": "News from the lagoon city",
        "facebook": "@ekodaily",
        "x": "ekodaily",
        "call_to_action": "Get more stories like this",
        "accent_colour": "#0b6e4f",
    }
    assert client.post(url, form).status_code == 302
    assert PublicationSettings.for_site(site).name == "Eko Daily"
    bad = client.post(url, {**form, "x": "not a handle!"})
    assert bad.status_code == 200
    assert "Enter a handle such as @naijabeat" in bad.content.decode()


def test_contributor_cannot_change_site_settings(client, home):
    client.force_login(user_in("Contributors", "chidi"))
    url = f"/admin/settings/core/publicationsettings/{home.get_site().pk}/"
    assert client.get(url).status_code in (302, 403)


def test_root_page_is_home(home):
    assert Page.objects.get(depth=2).specific == home
