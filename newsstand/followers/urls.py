from django.urls import path

from . import views

app_name = "followers"
urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/sent/", views.sent, name="sent"),
    path("subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("subscribe/manage/<str:token>/", views.manage, name="manage"),
    path("subscribe/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
