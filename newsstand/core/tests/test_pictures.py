"""A picture's markup is kept by the image's identity: the same after a publish, new after
a new focal point or file."""

import re

from django.conf import settings
from django.core.files.storage import default_storage
from django.template import Context, Template

from newsstand.articles.factories import ArticlePageFactory
from newsstand.images.factories import ImageFactory


def lead_picture(client, url: str) -> str:
    html = client.get(url).content.decode()
    return re.search(r'<figure class="lead-figure">\s*(<picture.*?</picture>)', html, re.S)[1]


def test_a_new_focal_point_shows_new_crops_and_a_publish_keeps_them(client, section):
    image = ImageFactory(file__width=1600, file__height=900)
    article = ArticlePageFactory(parent=section, featured_image=image)
    first = lead_picture(client, article.url)
    assert 'type="image/avif"' in first and 'width="480" height="270"' in first

    ArticlePageFactory(parent=section, live=False).save_revision().publish()
    assert lead_picture(client, article.url) == first

    image.focal_point_x, image.focal_point_y = 1400, 800
    image.focal_point_width = image.focal_point_height = 100
    image.save()
    moved = lead_picture(client, article.url)
    assert moved != first
    for url in re.findall(r'(?:src|srcset)="([^" ]+)', moved):
        assert default_storage.exists(url.removeprefix(settings.MEDIA_URL)), url


def test_a_picture_costs_no_query_once_kept(client, section, django_assert_num_queries):
    image = ImageFactory(file__width=1600, file__height=900)
    article = ArticlePageFactory(parent=section, featured_image=image)
    client.get(article.url)
    template = Template('{% load newsstand %}{% responsive_image image "lead" %}')
    with django_assert_num_queries(0):
        html = template.render(Context({"image": image}))
    assert html.startswith("<picture>") and 'loading="lazy"' in html
