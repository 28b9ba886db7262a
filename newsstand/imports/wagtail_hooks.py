from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.permission_policies.pages import PagePermissionPolicy

from .batch import LOG_ACTION
from .redirects import QUERY_KEYS
from .views import ImportArticleView


class ImportArticleMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "add")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("import-article/", ImportArticleView.as_view(), name="imports_article")]


@hooks.register("register_admin_menu_item")
def register_import_article_menu_item():
    return ImportArticleMenuItem(
        "Import from a web page", reverse("imports_article"), icon_name="download", order=250
    )


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    actions.register_action(LOG_ACTION, "Import from WordPress", "Imported from WordPress")


@hooks.register("before_serve_page")
def redirect_wordpress_query_urls(page, request, serve_args, serve_kwargs):
    """`/?p=123` and friends: the path is a live page, so the 404-only redirect middleware
    never sees them. Answer them from the same Redirect rows the import created."""
    keys = sorted(key for key in QUERY_KEYS if key in request.GET)
    if not keys:
        return None
    query = "&".join(f"{key}={request.GET[key]}" for key in keys)
    redirect = get_redirect(request, Redirect.normalise_path(f"{request.path}?{query}"))
    if redirect is None or redirect.link is None:
        return None
    response_class = (
        HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
    )
    return response_class(redirect.link)
