"""What a reader pays for on prepaid data: the article page's transfer budget."""

import gzip

from whitenoise.storage import CompressedManifestStaticFilesStorage

from django.contrib.staticfiles import finders
from django.core.files.storage import FileSystemStorage

ARTICLE_BUDGET = 30 * 1024  # gzip bytes: HTML + CSS + JS, images aside
JS_BUDGET = 2 * 1024


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def static(path: str) -> bytes:
    with open(finders.find(path), "rb") as file:
        return file.read()


def test_article_page_transfers_under_budget(client, article):
    response = client.get(article.url, headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    html = len(response.content)
    total = html + gzipped(static("css/site.css")) + gzipped(static("js/site.js"))
    assert total <= ARTICLE_BUDGET, f"{total} bytes"
    assert len(static("js/site.js")) <= JS_BUDGET


def test_static_files_are_fingerprinted_and_precompressed(tmp_path):
    """Our CSS and JS go through the production storage: hashed names, gzip and brotli copies."""
    storage = CompressedManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    found = {}
    for path in ("css/site.css", "js/site.js"):
        source = FileSystemStorage(location=finders.find(path).removesuffix(path))
        storage.save(path, source.open(path))
        found[path] = (source, path)
    list(storage.post_process(found))
    for path in found:
        hashed = storage.stored_name(path)
        assert hashed != path and hashed.count(".") == 2
        assert (tmp_path / f"{hashed}.gz").exists() and (tmp_path / f"{hashed}.br").exists()
