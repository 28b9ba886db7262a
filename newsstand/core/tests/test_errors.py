from bs4 import BeautifulSoup

from django.template.loader import render_to_string
from django.test import Client, override_settings
from django.urls import path


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view)]


@override_settings(ROOT_URLCONF=__name__)
def test_server_errors_get_a_friendly_standalone_page(db):
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Something went wrong on our side"
    assert page.find("a", href="/")


def test_500_template_needs_no_context():
    assert "Something went wrong" in render_to_string("500.html")
