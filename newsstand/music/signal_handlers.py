"""Music posts take their titles and pictures from their songs: keep them in step, and
let cached pages that show artists or songs go stale when those change."""

from django.db.models.signals import post_delete, post_save

from newsstand.core.signal_handlers import invalidate_pages_on_change

from .models import Artist, MusicSettings, Song, SongArtist
from .services import refresh_song_pages


def song_changed(sender, instance, **kwargs):
    refresh_song_pages(songs=[instance.pk])


def credit_changed(sender, instance, **kwargs):
    refresh_song_pages(songs=[instance.song_id])


def artist_changed(sender, instance, **kwargs):
    refresh_song_pages(songs=Song.objects.filter(song_artists__artist=instance).values("pk"))


def settings_changed(sender, instance, **kwargs):
    refresh_song_pages(site=instance.site)


def register_signal_handlers():
    post_save.connect(song_changed, sender=Song)
    post_save.connect(credit_changed, sender=SongArtist)
    post_delete.connect(credit_changed, sender=SongArtist)
    post_save.connect(artist_changed, sender=Artist)
    post_save.connect(settings_changed, sender=MusicSettings)
    for model in (Artist, Song, SongArtist):
        invalidate_pages_on_change(model)
