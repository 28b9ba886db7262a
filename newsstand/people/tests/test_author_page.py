from datetime import timedelta

from bs4 import BeautifulSoup

from newsstand.articles.factories import ArticlePageFactory
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor


def test_author_page_shows_profile_and_their_published_posts(client, section):
    author = AuthorFactory(
        name="Zainab Musa",
        slug="zainab-musa",
        role="Health correspondent",
        bio="Reports on clinics and public health.",
        photo=ImageFactory(description="Zainab Musa smiling"),
        x="@zainabwrites",
        instagram="zainab.m",
    )
    other = AuthorFactory()
    theirs = [ArticlePageFactory(parent=section, age=timedelta(days=d)) for d in (1, 3)]
    draft = ArticlePageFactory(parent=section, live=False)
    someone_elses = ArticlePageFactory(parent=section)
    for page in [*theirs, draft]:
        PageAuthor.objects.create(page=page, author=author)
    PageAuthor.objects.create(page=someone_elses, author=other)

    response = client.get("/authors/zainab-musa/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Zainab Musa"
    assert "Health correspondent" in page.get_text()
    assert page.find("img", alt="Zainab Musa smiling")
    links = {a["href"] for a in page.select(".author-card a")}
    assert {"https://x.com/zainabwrites", "https://www.instagram.com/zainab.m"} <= links
    assert [h3.get_text() for h3 in page.select(".cards h3")] == [p.title for p in theirs]


def test_article_byline_links_to_the_author_page(client, article):
    PageAuthor.objects.create(
        page=article, author=AuthorFactory(name="Emeka Obi", slug="emeka-obi")
    )
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert page.select_one(".byline a")["href"] == "/authors/emeka-obi/"
