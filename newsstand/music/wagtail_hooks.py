from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import ProtectedDeleteView
from .models import Artist, Song
from .sitemaps import ArtistSitemap, LyricsSitemap


class ArtistViewSet(SnippetViewSet):
    model = Artist
    icon = "user"
    menu_label = "Artists"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    delete_view_class = ProtectedDeleteView


class SongViewSet(SnippetViewSet):
    model = Song
    icon = "media"
    menu_label = "Songs"
    list_display = [
        "title",
        Column("artist_line", label="Artists"),
        "release_date",
        "lyrics_rights",
    ]
    list_filter = ["genre", "lyrics_rights", "allow_download"]
    search_fields = ["title"]
    delete_view_class = ProtectedDeleteView

    def get_queryset(self, request):
        return Song.objects.with_credits()


class MusicViewSetGroup(SnippetViewSetGroup):
    items = (ArtistViewSet, SongViewSet)
    menu_icon = "media"
    menu_label = "Music"
    menu_name = "music"


register_snippet(MusicViewSetGroup)


@hooks.register("register_sitemaps")
def music_sitemaps():
    return {"lyrics": LyricsSitemap, "artists": ArtistSitemap}
