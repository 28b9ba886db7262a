"""The view counter: who is counted, once, and from where; and what the page carries."""

import base64
import hashlib
import re

import pytest

from django.contrib.auth import get_user_model

from newsstand.readership import rollup
from newsstand.readership.models import HourlyViews

from .readers import beacon, reader


def counts(page) -> dict[str, int]:
    rollup.flush()
    return {
        row.source: row.views for row in HourlyViews.objects.filter(page=page).order_by("source")
    }


def test_each_reader_counts_once_a_day_with_where_they_came_from(client, article):
    response = beacon(client, article, "https://l.facebook.com/l.php?u=x", reader(1))
    assert response.status_code == 204
    assert response.content == b""
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response
    beacon(client, article, "https://l.facebook.com/", reader(1))  # a reload: same reader
    beacon(client, article, "https://l.facebook.com/", reader(2))
    beacon(client, article, "https://www.google.com.ng/", reader(3))
    beacon(client, article, "", reader(4))
    beacon(client, article, "android-app://com.whatsapp/", reader(5))
    assert counts(article) == {"direct": 1, "facebook": 2, "google": 1, "whatsapp": 1}


def test_a_reader_with_javascript_off_is_counted_by_the_image(client, article):
    html = client.get(article.url).content.decode()
    image = re.search(
        r'<noscript><img src="([^"]+)" alt="" width="1" height="1" hidden></noscript>', html
    )
    assert image, html[-800:]
    response = client.get(image[1], headers={"User-Agent": reader(1)})
    assert response.status_code == 204
    assert counts(article) == {"unknown": 1}


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/131.0 Safari/537.36",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0 Mobile Safari/537.36 Chrome-Lighthouse",
    ],
)
def test_bots_are_not_counted(client, article, agent):
    assert (
        beacon(client, article, agent=agent, **({} if agent else {"User-Agent": ""})).status_code
        == 204
    )
    assert counts(article) == {}


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Purpose": "prefetch"},
        {"Sec-Purpose": "prefetch;prerender"},
        {"Purpose": "prefetch"},
        {"X-Moz": "prefetch"},
        {"Sec-Fetch-Site": "cross-site"},  # another site's page calling our counter
    ],
)
def test_prefetches_and_other_sites_are_not_counted(client, article, headers):
    beacon(client, article, **headers)
    assert counts(article) == {}


def test_editors_reading_their_own_site_are_not_counted(client, article):
    client.force_login(get_user_model().objects.create_superuser("ed", password="pass-word-123"))
    beacon(client, article)
    assert counts(article) == {}


def test_previews_carry_no_counter(client, article):
    client.force_login(get_user_model().objects.create_superuser("ed", password="pass-word-123"))
    preview = client.get(f"/admin/pages/{article.pk}/view_draft/").content.decode()
    assert article.title in preview
    assert "_views/" not in preview


def test_the_counter_is_allowed_by_the_pages_strict_csp(client, article):
    response = client.get(article.url)
    script = re.search(
        r"<script data-views=\"/_views/\d+\">(.*?)</script>", response.content.decode()
    )[1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", policy)[1]
    assert f"'sha256-{digest}'" in script_src
    assert "unsafe-inline" not in script_src


@pytest.mark.parametrize(
    "path", ["/_views/0", "/_views/99999999999999", "/_views/abc", "/_views/-1", "/_views/"]
)
def test_bad_counter_urls_never_fail(client, db, path):
    response = client.post(
        path, data="x" * 10_000, content_type="text/plain", headers={"User-Agent": reader(1)}
    )
    assert response.status_code in (204, 301, 404)  # never a 500
    assert rollup.flush() == 0


def test_a_huge_body_or_a_forged_host_is_never_a_500(client, settings, article):
    settings.ALLOWED_HOSTS = ["testserver"]
    huge = client.post(
        f"/_views/{article.pk}",
        data="https://www.facebook.com/" + "x" * 5_000_000,
        content_type="text/plain",
        headers={"User-Agent": reader(1)},
    )
    assert huge.status_code == 204
    forged = client.post(
        f"/_views/{article.pk}", data="", content_type="text/plain",
        headers={"User-Agent": reader(2), "Host": "evil.example:99999"},
    )  # fmt: skip
    assert forged.status_code == 400
    assert counts(article) == {"facebook": 1}


def test_a_view_of_a_page_that_is_gone_is_dropped(client, article):
    beacon(client, article, agent=reader(1))
    article.delete()
    assert rollup.flush() == 0
    assert not HourlyViews.objects.exists()


def test_other_methods_are_refused(client, article):
    assert client.put(f"/_views/{article.pk}").status_code == 405


def test_a_page_served_from_the_page_cache_still_counts_each_reader(client, settings, article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 300
    first = client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        cached = client.get(article.url)
    assert len(queries) == 0, "not served from the page cache"
    assert cached.content == first.content
    counter = re.search(r'data-views="(/_views/\d+)"', cached.content.decode())[1]
    for n in range(3):
        response = client.post(
            counter, data="", content_type="text/plain", headers={"User-Agent": reader(n)}
        )
        assert response.status_code == 204
    assert counts(article) == {"direct": 3}


def test_views_that_could_not_be_written_out_wait_for_the_next_pass(client, article, monkeypatch):
    from django.db import OperationalError

    beacon(client, article, agent=reader(1))
    beacon(client, article, agent=reader(2))

    def locked(counts):
        raise OperationalError("database is locked")

    with monkeypatch.context() as patch, pytest.raises(OperationalError):
        patch.setattr(rollup, "apply", locked)
        rollup.flush()
    assert counts(article) == {"direct": 2}
