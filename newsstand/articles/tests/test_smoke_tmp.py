import pytest
from newsstand.articles.factories import ArticlePageFactory
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor

@pytest.mark.django_db
def test_smoke(client, article, section, home, django_assert_max_num_queries):
    img = ImageFactory()
    article.featured_image = img
    article.tags.add("Lagos", "Transport")
    article.save()
    a = AuthorFactory()
    PageAuthor.objects.create(page=article, author=a)
    for i in range(5):
        ArticlePageFactory(parent=section, featured_image=img)
    for url in ["/", "/news/", article.url, "/search/?q=story", f"/authors/{a.slug}/", "/tags/lagos/", "/search/"]:
        r = client.get(url)
        print(url, r.status_code, len(r.content))
        assert r.status_code == 200, r.content[:3000]
    print(client.get(article.url).content.decode()[:6000])
