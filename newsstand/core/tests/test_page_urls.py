"""A page's URL, remembered per process, is always the one Wagtail writes at that moment."""

import pytest

from django.test import RequestFactory, override_settings
from django.urls import get_script_prefix, include, path, set_script_prefix

from wagtail import urls as wagtail_urls
from wagtail.models import Page, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core import page_urls
from newsstand.core.page_urls import page_url
from newsstand.core.tests import every_page_type

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "b.example", "c.example", "localhost:8080"]
# A project that serves its pages below /site/ (see the URLconf test).
urlpatterns = [path("site/", include(wagtail_urls))]


def requests():
    """A fresh request per host: Wagtail keeps the sites' root paths on each."""
    factory = RequestFactory()
    return [factory.get("/", HTTP_HOST=host) for host in HOSTS]


def assert_same_as_wagtail(pages):
    for page in pages:
        for request in requests():
            assert page_url(page, request) == page.get_url(request), (page.url_path, request)
        assert page_url(page) == page.get_url()


@pytest.fixture
def other_site(home):
    """Every page type under the home page; b.example, rooted at a page beside the home page,
    with its own section and story; a.example, rooted at the News section, so that its
    stories belong to two sites."""
    every_page_type.build(home)
    root = Page.get_first_root_node().add_child(instance=Page(title="Other", slug="other"))
    story = ArticlePageFactory(parent=SectionPageFactory(parent=root, slug="sport"), slug="goal")
    Site.objects.create(hostname="b.example", port=80, root_page=root)
    Site.objects.create(hostname="a.example", port=80, root_page=Page.objects.get(slug="news"))
    return story


def test_every_page_type_has_wagtails_url(home):
    every_page_type.build(home)
    pages = list(Page.objects.filter(depth__gt=1))
    assert_same_as_wagtail([*pages, *(page.specific for page in pages)])


def test_pages_of_several_sites_are_relative_only_on_their_own(other_site):
    assert_same_as_wagtail(Page.objects.filter(depth__gt=1))
    localhost, b_example, *_ = requests()
    assert page_url(other_site, b_example) == "/sport/goal/"
    assert page_url(other_site, localhost) == "http://b.example/sport/goal/"

    renamed = Site.objects.get(hostname="b.example")
    renamed.hostname = "sport.example"
    renamed.save()
    assert page_url(other_site, requests()[0]) == "http://sport.example/sport/goal/"


def test_a_moved_page_a_changed_site_and_another_prefix_change_the_url(home, section):
    story = ArticlePageFactory(parent=section, slug="story")
    request = requests()[0]
    assert page_url(story, request) == "/news/story/"

    section.slug = "latest"
    section.save_revision().publish()
    story.refresh_from_db()
    assert page_url(story, requests()[0]) == "/latest/story/"

    Site.objects.create(hostname="b.example", port=80, root_page=section)
    localhost, b_example, *_ = requests()
    assert page_url(story, b_example) == "/story/"
    assert page_url(story, localhost) == "/latest/story/"

    before = get_script_prefix()
    set_script_prefix("/paper/")
    try:
        assert page_url(story, requests()[0]) == "/paper/latest/story/"
    finally:
        set_script_prefix(before)
    assert page_url(story, requests()[0]) == "/latest/story/"


def test_another_urlconf_changes_the_url(section):
    request = requests()[0]
    assert page_url(section, request) == "/news/"
    with override_settings(ROOT_URLCONF=__name__):
        assert page_url(section, requests()[0]) == "/site/news/"
    assert page_url(section, requests()[0]) == "/news/"


def test_the_urls_kept_are_bounded(home, section, monkeypatch):
    monkeypatch.setattr(page_urls, "LIMIT", 3)
    monkeypatch.setattr(page_urls, "_known", {})
    stories = [ArticlePageFactory(parent=section, slug=f"story-{n}") for n in range(7)]
    request = requests()[0]
    for story in stories:
        assert page_url(story, request) == f"/news/{story.slug}/"
        assert len(page_urls._known) <= 3


def test_the_tag_writes_the_url_and_refuses_what_is_not_a_page(rf, section):
    from django.template import Context, Template

    template = Template("{% load newsstand %}{% page_url page %}")
    request = rf.get("/")
    assert template.render(Context({"page": section, "request": request})) == "/news/"
    with pytest.raises(ValueError, match="expects a page"):
        template.render(Context({"page": None, "request": request}))
