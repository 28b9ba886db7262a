from django.conf import settings
from django.urls import include, path, register_converter
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsstand.articles import views as article_views
from newsstand.core import views as core_views
from newsstand.core.converters import UnicodeSlugConverter
from newsstand.discovery import views as discovery_views
from newsstand.people import views as people_views

register_converter(UnicodeSlugConverter, "uslug")

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.health, name="health"),
    path("lite/", core_views.lite_mode, name="lite_mode"),
    path("search/", discovery_views.search, name="search"),
    path("authors/<uslug:slug>/", people_views.author, name="author"),
    path("tags/<uslug:slug>/", article_views.tag, name="tag"),
    path("", include("newsstand.distribution.urls")),
    path("", include("newsstand.readership.urls")),
    path("", include("newsstand.followers.urls")),
]

if settings.DEBUG:
    urlpatterns.append(path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}))

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = core_views.server_error
