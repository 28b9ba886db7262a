"""The reader's download stays small: one stylesheet and one tiny script."""

from django.contrib.staticfiles import finders

JS_BUDGET = 2 * 1024
CSS_BUDGET = 12 * 1024


def size(path):
    with open(finders.find(path), "rb") as file:
        return len(file.read())


def test_javascript_is_within_budget():
    assert size("js/site.js") <= JS_BUDGET


def test_stylesheet_is_within_budget():
    assert size("css/site.css") <= CSS_BUDGET


def test_pages_load_only_our_own_assets(client, article):
    html = client.get(article.url).content.decode()
    assert html.count("<script") == 1 and 'src="/static/js/site.js"' in html
    assert html.count('rel="stylesheet"') == 1
    assert "https://" not in html.split("<body>")[0]  # nothing from other hosts in <head>
