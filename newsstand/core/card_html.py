"""A card as HTML, in the variants lists show: `{% card item "compact" show_section=True %}`.

- lead: the front page's top story, with the large image;
- standard: image, title, standfirst (grids and the front page's featured cards);
- compact: a thumbnail beside the title (the front page, search results);
- headline: the title and one line of meta ("Latest", most read, every post's sidebar).

`item` is a page from `core.listing.cards()`. Written here rather than as template
partials: a front page shows ~40 cards, and including a partial for each cost more than
a third of its render.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from . import pictures, times

VARIANTS = ("lead", "standard", "compact", "headline")
IMAGES = {"lead": "front", "standard": "card", "compact": "thumb"}  # picture variant of each


def card(
    item, variant: str, *, request=None, show_section=False, heading="h3", lazy=False
) -> SafeString:
    if variant not in VARIANTS:
        raise ValueError(f"No card variant {variant!r}: one of {', '.join(VARIANTS)}.")
    post = getattr(item, "card", None)  # None for a page that isn't a post
    url = item.get_url(request=request)
    kicker = post.kicker if show_section and post is not None else None
    title = format_html(
        '<{0} class="card-title"><a href="{1}">{2}</a></{0}>',
        heading or "h3",
        url,
        (post.title if post is not None else "") or item.title,
    )
    when = times.element(item.first_published_at)
    if variant == "headline":
        label = (
            format_html(
                '<a class="kicker" href="{}">{}</a> · ', kicker.get_url(request), kicker.title
            )
            if kicker
            else ""
        )
        return format_html(
            '<article class="card card-headline">{}<p class="meta">{}{}</p></article>',
            title,
            label,
            when,
        )
    links = post.links if post is not None else []
    meta = format_html(
        '<p class="meta">{}{}</p>',
        when,
        format_html_join(
            "", ' · <a href="{}{}">{}</a>', ((url, link["suffix"], link["label"]) for link in links)
        ),
    )
    text = [
        format_html(
            '<p class="kicker"><a href="{}">{}</a></p>', kicker.get_url(request), kicker.title
        )
        if kicker
        else "",
        title,
    ]
    if variant != "compact" and post is not None and post.summary:
        text.append(format_html('<p class="standfirst">{}</p>', post.summary))
    picture = pictures.html(
        getattr(item, "card_image", None),
        IMAGES[variant],
        request=request,
        lazy=lazy and variant != "lead",
        priority=variant == "lead",
    )
    css = {"lead": "card card-lead", "standard": "card", "compact": "card card-compact"}[variant]
    return format_html(
        '<article class="{}">\n  {}\n  <div class="card-text">{}{}</div>\n</article>',
        css,
        picture,
        format_html_join("", "{}", ((part,) for part in text)),
        meta,
    )
