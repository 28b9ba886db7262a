"""robots.txt: crawl the site, not the admin or search results; find both sitemaps."""

HOST = "news.example.ng"


def test_robots_txt_keeps_crawlers_out_of_admin_and_search_and_names_the_sitemaps(client, home):
    response = client.get("/robots.txt", HTTP_HOST=HOST, secure=True)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow:")}
    assert disallowed == {"/admin/", "/search/"}
    assert "Allow: /" in lines
    sitemaps = [line.removeprefix("Sitemap: ") for line in lines if line.startswith("Sitemap:")]
    assert sitemaps == [f"https://{HOST}/sitemap.xml", f"https://{HOST}/news-sitemap.xml"]
    for url in sitemaps:
        sitemap = client.get(url.removeprefix(f"https://{HOST}"), HTTP_HOST=HOST, secure=True)
        assert sitemap.status_code == 200


def test_robots_txt_follows_the_request_scheme_and_host(client, home):
    text = client.get("/robots.txt", HTTP_HOST="localhost:8000").content.decode()
    assert "Sitemap: http://localhost:8000/sitemap.xml\n" in text
