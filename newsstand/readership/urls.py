from django.urls import path

from .views import count_view

PREFIX = "_views/"

app_name = "readership"
urlpatterns = [path(f"{PREFIX}<int:page_id>", count_view, name="count")]
