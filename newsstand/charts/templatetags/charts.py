from django import template
from django.db.models import Q

from ..selectors import chart_runs

register = template.Library()


@register.inclusion_tag("charts/components/chart_runs.html", takes_context=True)
def song_chart_history(context, song):
    """The song's run on each chart, for its music post."""
    return {"runs": chart_runs(Q(song=song)), "request": context.get("request"), "by_song": False}


@register.inclusion_tag("charts/components/chart_runs.html", takes_context=True)
def artist_chart_history(context, artist):
    """Every chart run of the artist's songs, for the artist's page."""
    runs = chart_runs(Q(song__song_artists__artist=artist))
    return {"runs": runs, "request": context.get("request"), "by_song": True}
