"""The publisher's brand: an accent colour from site settings, checked for contrast."""

import base64
import hashlib

import pytest

from django.core.exceptions import ValidationError

from newsstand.core.colours import contrast, validate_accent
from newsstand.core.models import PublicationSettings
from newsstand.core.testing import user_in


def test_contrast_follows_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#b3261e", "#ffffff") > 4.5


@pytest.mark.parametrize("colour", ["#b3261e", "#0B6E4F", "#1a1a1a", "#595959"])
def test_dark_enough_accents_pass(colour):
    validate_accent(colour)


@pytest.mark.parametrize("colour", ["#ffcc00", "#777777", "#ff6a00", "#ffffff"])
def test_accents_that_fail_aa_on_white_are_refused(colour):
    with pytest.raises(ValidationError, match="WCAG AA"):
        validate_accent(colour)


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#gg0000", "", "#0b6e4f;}"])
def test_accents_must_be_hex_colours(colour):
    with pytest.raises(ValidationError, match="six hex digits"):
        validate_accent(colour)


def test_an_editor_cannot_save_an_unreadable_accent(client, home):
    client.force_login(user_in("Editors", "amaka"))
    url = f"/admin/settings/core/publicationsettings/{home.get_site().pk}/"
    form = {"name": "Eko Daily", "call_to_action": "More", "accent_colour": "#ffcc00"}
    response = client.post(url, form)
    assert response.status_code == 200
    assert "#ffcc00 on white has a contrast of 1.51:1" in response.content.decode()
    assert PublicationSettings.for_site(home.get_site()).accent_colour == "#b3261e"


def test_the_accent_reaches_every_page_and_its_csp(client, home, article):
    publication = PublicationSettings.for_site(home.get_site())
    publication.accent_colour = "#0B6E4F"
    publication.save()
    css = ":root{--accent:#0b6e4f}"
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    for url in ("/", article.url, "/search/?q=x", "/no-such-page/"):
        response = client.get(url)
        html = response.content.decode()
        assert f"<style>{css}</style>" in html, url
        assert '<meta name="theme-color" content="#0b6e4f">' in html
        assert style_src(response).split() == ["style-src", "'self'", f"'sha256-{digest}'"], url


def style_src(response) -> str:
    return next(
        part
        for part in response.headers["Content-Security-Policy"].split(";")
        if part.strip().startswith("style-src")
    )


def test_the_default_accent_adds_nothing(client, home):
    response = client.get("/")
    assert "<style>" not in response.content.decode()
    assert "sha256" not in style_src(response)
