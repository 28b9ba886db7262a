from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def artist_url(context, artist) -> str:
    """The artist's page under the context's music section; "" when the site has none."""
    section = context.get("music_section")
    return section.artist_url(artist, context.get("request")) if section else ""
