import errno

import pytest
from bs4 import BeautifulSoup

from django.db import OperationalError
from django.template.loader import render_to_string
from django.test import Client, override_settings
from django.urls import path

from newsstand import urls as project_urls

handler500 = project_urls.handler500


def raising(exception):
    def view(request):
        raise exception

    return view


urlpatterns = [
    path("broken/", raising(RuntimeError("boom"))),
    path("database-down/", raising(OperationalError("server closed the connection"))),
    path("disk-full/", raising(OSError(errno.ENOSPC, "No space left on device"))),
    *project_urls.urlpatterns,  # the admin's URL names, which middleware reverses
]


@override_settings(ROOT_URLCONF=__name__)
def test_server_errors_get_a_friendly_standalone_page(db):
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Something went wrong on our side"
    assert page.find("a", href="/")
    assert response["Cache-Control"] == "no-store"


@override_settings(ROOT_URLCONF=__name__)
def test_a_database_outage_is_a_503_to_retry_without_a_stack_trace(db):
    response = Client(raise_request_exception=False).get("/database-down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Back in a moment"
    assert "nothing you sent was saved" in page.p.get_text()
    assert "server closed" not in response.text and "Traceback" not in response.text


@override_settings(ROOT_URLCONF=__name__)
def test_a_full_disk_is_a_507_saying_the_file_was_not_saved(db):
    response = Client(raise_request_exception=False).get("/disk-full/")
    assert response.status_code == 507
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == (
        "Storage is full — file not saved"
    )


def test_500_template_needs_no_context():
    assert "Something went wrong" in render_to_string("500.html")


TECHNICAL_404 = "you have <code>DEBUG = True</code>"


@pytest.mark.parametrize(
    "path",
    [
        "/no-such-page/",  # a page Wagtail doesn't find
        "/news/no-such-story/",
        "/tags/no-such-tag/",  # a view's get_object_or_404
        "/old-story.html",  # a URL nothing matches
    ],
)
@override_settings(DEBUG=True)
def test_with_debug_on_readers_still_get_our_404_page(client, section, path):
    response = client.get(path)
    assert response.status_code == 404
    assert TECHNICAL_404 not in response.text
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "We couldn't find that page"
    assert page.find("form", action="/search/")


@override_settings(DEBUG=True)
def test_with_debug_on_the_admin_keeps_its_own_404(admin_client, home):
    response = admin_client.get("/admin/pages/999999/edit/")
    assert response.status_code == 404
    assert "Go to Wagtail admin" in response.text
    assert "We couldn't find that page" not in response.text


def test_with_debug_off_django_renders_our_404_page(client, home):
    response = client.get("/old-story.html")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == (
        "We couldn't find that page"
    )
