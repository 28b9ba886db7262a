"""The reader's download stays small: one stylesheet and one tiny script."""

from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders

JS_BUDGET = 2 * 1024
INLINE_JS_BUDGET = 512  # per page: the view counter's one-liner
CSS_BUDGET = 12 * 1024


def size(path):
    with open(finders.find(path), "rb") as file:
        return len(file.read())


def test_javascript_is_within_budget():
    assert size("js/site.js") <= JS_BUDGET


def test_stylesheet_is_within_budget():
    assert size("css/site.css") <= CSS_BUDGET


def test_pages_load_only_our_own_assets(client, article):
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    loaded = [tag["src"] for tag in page.find_all(["script", "img", "source"], src=True)]
    loaded += [tag["href"] for tag in page.find_all("link", rel="stylesheet")]
    assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded)
    code = [tag for tag in page.find_all("script") if tag.get("type") != "application/ld+json"]
    assert [tag["src"] for tag in code if tag.get("src")] == ["/static/js/site.js"]
    inline = [tag.string for tag in code if not tag.get("src")]
    assert sum(len(text.encode()) for text in inline) <= INLINE_JS_BUDGET
