from django import template

from .. import metadata

register = template.Library()


@register.inclusion_tag("distribution/meta.html", takes_context=True)
def page_meta(context):
    """Canonical URL, description, robots, OpenGraph, Twitter card, feeds and JSON-LD."""
    return {"meta": metadata.build(context), "publication": context.get("settings")}
