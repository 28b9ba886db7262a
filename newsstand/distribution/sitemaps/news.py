"""The Google News sitemap: the news posts of the last two days."""

from datetime import timedelta

from django.utils import timezone

from newsstand.core.posts import hidden_from_search, news_types, posts
from newsstand.core.sitemaps import RequestSitemap, w3c

NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000  # Google News reads at most this many URLs from one sitemap


class NewsSitemap(RequestSitemap):
    """Indexable posts of the kinds that are news, first published within `NEWS_WINDOW`,
    newest first."""

    limit = NEWS_LIMIT

    def items(self):
        return (
            posts(news_types())
            .descendant_of(self.site.root_page)
            .filter(first_published_at__gte=timezone.now() - NEWS_WINDOW)
            .exclude(hidden_from_search())[:NEWS_LIMIT]
        )

    def location(self, post) -> str:
        return post.get_url_parts(self.request)[2]

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            url["publication_date"] = w3c(url["item"].first_published_at)
        return urls
