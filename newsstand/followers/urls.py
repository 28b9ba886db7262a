from django.conf import settings
from django.urls import include, path

from . import views

app_name = "followers"
urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/sent/", views.sent, name="sent"),
    path("subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("subscribe/manage/<str:token>/", views.manage, name="manage"),
    path("subscribe/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("subscribe/notify/", views.notify, name="notify"),
    path("subscribe/notify/off/", views.notify_off, name="notify_off"),
    path("push-worker.js", views.push_worker, name="push_worker"),
]

# An email service's bounce and complaint reports (django-anymail), only behind a secret:
# without one, anyone could report any address as bouncing.
if settings.ANYMAIL.get("WEBHOOK_SECRET"):
    urlpatterns.append(path("anymail/", include("anymail.urls")))
