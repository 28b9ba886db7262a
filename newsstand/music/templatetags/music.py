"""Template tags for music pages, and the extension points other apps fill.

Other apps add panels to music pages through Wagtail hooks, so music never loads their
tag libraries or names their templates:

``music_song_panels``
    ``fn(request, song) -> str``: HTML for a music post, shown after the post's body by
    ``{% song_extras song %}``. ``song`` is the post's ``Song`` snippet.

``music_artist_panels``
    ``fn(request, artist) -> str``: HTML for an artist's page, shown after the artist's
    songs and lyrics by ``{% artist_extras artist %}``. ``artist`` is the ``Artist`` snippet.

A hook function returns safe HTML (e.g. from ``render_to_string``) or ``""`` when it has
nothing to show; plain strings are escaped and ``None`` counts as ``""``. Panels appear in
hook order (``order=``, then registration order). ``request`` is ``None`` when the
template has none.

    from wagtail import hooks

    @hooks.register("music_song_panels")
    def chart_history(request, song):
        return render_to_string("myapp/panel.html", {"song": song}, request=request)
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from wagtail import hooks

register = template.Library()

SONG_PANELS = "music_song_panels"
ARTIST_PANELS = "music_artist_panels"


def render_panels(hook_name: str, request, obj) -> SafeString:
    """Every panel registered under `hook_name` for `obj`, joined in hook order."""
    return mark_safe(
        "".join(conditional_escape(fn(request, obj) or "") for fn in hooks.get_hooks(hook_name))
    )


@register.simple_tag(takes_context=True)
def song_extras(context, song) -> SafeString:
    """The panels other apps add to a music post (see ``music_song_panels``)."""
    return render_panels(SONG_PANELS, context.get("request"), song)


@register.simple_tag(takes_context=True)
def artist_extras(context, artist) -> SafeString:
    """The panels other apps add to an artist's page (see ``music_artist_panels``)."""
    return render_panels(ARTIST_PANELS, context.get("request"), artist)


@register.simple_tag(takes_context=True)
def artist_url(context, artist) -> str:
    """The artist's page under the context's music section; "" when the site has none."""
    section = context.get("music_section")
    return section.artist_url(artist, context.get("request")) if section else ""
