from django import template

from wagtail.models import Site

from .. import menus

register = template.Library()


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    """Links to the site's standing pages (About, Contact…) that are live and in menus."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return {"links": menus.footer_menu(site) if site else []}
