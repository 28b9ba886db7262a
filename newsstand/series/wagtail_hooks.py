from wagtail import hooks

from .sitemaps import EditionSitemap


@hooks.register("register_sitemaps")
def series_sitemaps():
    return {"editions": EditionSitemap}
