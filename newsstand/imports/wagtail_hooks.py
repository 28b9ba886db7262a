from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from .batch import LOG_ACTION
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
