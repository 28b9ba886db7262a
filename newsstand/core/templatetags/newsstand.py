from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from wagtail import hooks
from wagtail.models import Page, Site

from .. import card_html, lite, menus, page_urls, pictures, social, times
from ..blocks import HeadingBlock
from ..colours import DEFAULT_ACCENT, HEX
from ..csp import allow_inline

register = template.Library()


@register.simple_tag(takes_context=True)
def hook_html(context, hook_name: str) -> SafeString:
    """The HTML of every function registered under the Wagtail hook `hook_name`, in hook order.

    Each is called as `fn(context)` with the template context and returns safe HTML (e.g.
    from `render_to_string`) or "" (plain strings are escaped). base.html offers:

    - `page_head`: tags for the page's <head> (description, canonical URL, feeds…), inside
      `{% block meta %}`, which a page may override;
    - `site_header`: the header's extras after the publication's name (a search form);
    - `page_end`: the end of <body> (the view counter);
    - `sidebar`: more lists in a post's sidebar, after "More stories";
    - `front_page_rail`: beside "Latest" on the home page;
    - `section_rail`: after a section's own list of stories;
    - `call_to_action`: under a post, before the publication's profiles (a follow form).
    """
    return format_html_join("", "{}", ((fn(context) or "",) for fn in hooks.get_hooks(hook_name)))


@register.simple_tag(takes_context=True)
def body(context, stream, under: int = 1) -> SafeString:
    """`{% body page.body %}`: a StreamField body placed below an `h{under}` heading.

    Its headings keep the editor's shape but move to the levels the page needs:
    the body's top level becomes h{under + 1}, and none skips a level.
    """
    requested = [
        int(child.value["level"][1]) for child in stream if isinstance(child.block, HeadingBlock)
    ]
    shift = min(requested) - (under + 1) if requested else 0
    base = context.flatten()
    previous, html = under, []
    for child in stream:
        level = None
        if isinstance(child.block, HeadingBlock):
            level = min(int(child.value["level"][1]) - shift, previous + 1, 6)
            previous = level
        html.append(child.render_as_block(context={**base, "heading_level": level}))
    return SafeString("".join(html))


@register.simple_tag(takes_context=True)
def brand_style(context, publication) -> SafeString:
    """The publication's accent colour, when it has its own, for site.css's `--accent`."""
    accent = publication.accent_colour.lower()
    if accent == DEFAULT_ACCENT or not HEX.match(accent):
        return SafeString("")
    css = f":root{{--accent:{accent}}}"
    if request := context.get("request"):
        allow_inline(request, "style-src", css)
    return format_html('<meta name="theme-color" content="{}"><style>{}</style>', accent, css)


@register.filter
def iso(moment):
    """`{{ page.first_published_at|iso }}`: a valid HTML datetime value."""
    return times.iso(moment)


@register.simple_tag
def relative_time(moment):
    """A <time> showing "2 months ago" (see core.times.element)."""
    return times.element(moment)


@register.simple_tag(takes_context=True)
def responsive_image(context, image, variant, lazy=True, priority=False, css_class="", alt=None):
    """A <picture> of `image` as `variant` (see core.pictures.html)."""
    return pictures.html(
        image,
        variant,
        request=context.get("request"),
        lazy=lazy,
        priority=priority,
        css_class=css_class,
        alt=alt,
    )


@register.simple_tag(takes_context=True)
def page_url(context, page) -> str | None:
    """`{% page_url page %}`: Wagtail's `{% pageurl page %}`, remembered (core.page_urls)."""
    if not isinstance(page, Page):
        raise ValueError(f"page_url expects a page, not {page!r}.")
    return page_urls.page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def block_heading(context, block) -> SafeString:
    """`{% block_heading block %}`: a front page block's heading, linking to its page."""
    url = page_urls.page_url(block.page, context.get("request"))
    return format_html(
        '<h2 id="{}" class="block-heading"><a href="{}">{}</a></h2>',
        block.heading_id,
        url,
        block.page.title,
    )


@register.simple_tag(takes_context=True)
def card(context, item, variant, **options):
    """`{% card item "compact" show_section=True %}`: a list's card (see core.card_html for
    its options: show_section, heading, lazy)."""
    return card_html.card(item, variant, request=context.get("request"), **options)


@register.simple_tag(takes_context=True)
def card_items(context, items, variant, **options):
    """`{% card_items items "headline" %}`: each of `items` as a card in its own <li>."""
    return card_html.items(items, variant, request=context.get("request"), **options)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    sections = menus.main_menu(site) if site else []
    current_path = getattr(context.get("page"), "path", "")
    items = [(section, current_path.startswith(section.path)) for section in sections]
    return {"items": items, "request": request}


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, title: str):
    """Links to share the page being read (its address without the query) as `title`."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    return {"links": social.share_links(url, title), "url": url}


@register.inclusion_tag("components/lite_toggle.html", takes_context=True)
def lite_toggle(context):
    request = context.get("request")
    mode = lite.mode(request) if request else lite.OFF
    return {
        "by_header": mode == lite.BY_HEADER,
        "by_cookie": mode == lite.BY_COOKIE,
        "next": request.get_full_path() if request else "/",
    }
