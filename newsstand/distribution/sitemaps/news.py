"""The Google News sitemap: the stories of the last two days."""

from datetime import timedelta

from django.utils import timezone

from newsstand.articles.models import ArticlePage

from .base import RequestSitemap, w3c
from .pages import hidden_from_search

NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000  # Google News reads at most this many URLs from one sitemap


class NewsSitemap(RequestSitemap):
    """Articles first published within `NEWS_WINDOW`, newest first."""

    limit = NEWS_LIMIT

    def items(self):
        return (
            ArticlePage.objects.for_listing()
            .descendant_of(self.site.root_page)
            .filter(first_published_at__gte=timezone.now() - NEWS_WINDOW)
            .exclude(hidden_from_search())[:NEWS_LIMIT]
        )

    def location(self, article) -> str:
        return article.get_url_parts(self.request)[2]

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            url["publication_date"] = w3c(url["item"].first_published_at)
        return urls
