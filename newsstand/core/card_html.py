"""A card as HTML, in the variants lists show: `{% card item "compact" show_section=True %}`,
or a list's cards, each in its <li>: `{% card_items items "headline" %}`.

- lead: the front page's top story, with the large image;
- standard: image, title, standfirst (grids and the front page's featured cards);
- compact: a thumbnail beside the title (the front page, search results);
- headline: the title and one line of meta ("Latest", most read, every post's sidebar).

`item` is a page from `core.listing.cards()`. Written here rather than as template
partials: a front page shows ~40 cards, and including a partial for each cost more than
a third of its render.
"""

from django.utils.safestring import SafeString

from . import pictures, times
from .escaping import esc
from .page_urls import page_url

VARIANTS = ("lead", "standard", "compact", "headline")
IMAGES = {"lead": "front", "standard": "card", "compact": "thumb"}  # picture variant of each
CLASSES = {"lead": "card card-lead", "standard": "card", "compact": "card card-compact"}


def card(
    item, variant: str, *, request=None, show_section=False, heading="h3", lazy=False
) -> SafeString:
    """Every value from the page, its card or the request is escaped here (`esc`)."""
    if variant not in VARIANTS:
        raise ValueError(f"No card variant {variant!r}: one of {', '.join(VARIANTS)}.")
    post = getattr(item, "card", None)  # None for a page that isn't a post
    url = esc(page_url(item, request))
    kicker = post.kicker if show_section and post is not None else None
    level = esc(heading or "h3")
    name = esc((post.title if post is not None else "") or item.title)
    title = f'<{level} class="card-title"><a href="{url}">{name}</a></{level}>'
    when = times.element(item.first_published_at)
    if variant == "headline":
        label = (
            f'<a class="kicker" href="{esc(page_url(kicker, request))}">{esc(kicker.title)}</a> · '
            if kicker
            else ""
        )
        meta = f'<p class="meta">{label}{when}</p>'
        return SafeString(f'<article class="card card-headline">{title}{meta}</article>')
    links = "".join(
        f' · <a href="{url}{esc(link["suffix"])}">{esc(link["label"])}</a>'
        for link in (post.links if post is not None else [])
    )
    text = (
        f'<p class="kicker"><a href="{esc(page_url(kicker, request))}">{esc(kicker.title)}</a></p>'
        if kicker
        else ""
    ) + title
    if variant != "compact" and post is not None and post.summary:
        text += f'<p class="standfirst">{esc(post.summary)}</p>'
    picture = pictures.html(
        getattr(item, "card_image", None),
        IMAGES[variant],
        request=request,
        lazy=lazy and variant != "lead",
        priority=variant == "lead",
    )
    return SafeString(
        f'<article class="{CLASSES[variant]}">\n  {picture}\n  <div class="card-text">{text}'
        f'<p class="meta">{when}{links}</p></div>\n</article>'
    )


def items(pages, variant: str, **options) -> SafeString:
    """Each of `pages` as a card (see `card`) in its own <li>: a list's body. A loop in a
    template costs ~20 µs a card more."""
    return SafeString("".join(f"<li>{card(page, variant, **options)}</li>" for page in pages))
