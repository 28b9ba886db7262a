"""What a <picture> of an image needs (its sources at every width and format), kept in the
cache under the image's identity: working it out reads ~10 renditions, and it is the same
on every page and after every publish. A new file or focal point is a new key."""

import hashlib

from django.core.cache import caches
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from . import lite
from .escaping import esc
from .images import MIME_TYPES, VARIANTS, all_specs

PICTURE_SECONDS = 24 * 3600
CACHE_ALIAS = "default"
KEPT = "_pictures"  # on an image: (its identity, its pictures by variant) once read


def key(image) -> str:
    return _key(image.pk, _identity(image))


def _key(pk: int, identity: str) -> str:
    return f"pictures:{pk}:{hashlib.sha256(identity.encode()).hexdigest()[:32]}"


def _identity(image) -> str:
    focus = (image.focal_point_x, image.focal_point_y, image.focal_point_width)
    return f"{image.file.name}|{focus}|{image.focal_point_height}"


def picture(image, variant: str) -> dict:
    """For `image` shown as `variant`: the <source> tags, and the <img>'s src, srcset,
    sizes, width and height. Kept on the image too, as `prefetch()` leaves them."""
    identity = _identity(image)
    kept_for, found = image.__dict__.get(KEPT, (None, {}))
    if kept_for != identity or variant not in found:
        cache, name = caches[CACHE_ALIAS], _key(image.pk, identity)
        found = cache.get(name) or {}
        if variant not in found:
            found[variant] = _work_out(image, VARIANTS[variant])
            cache.set(name, found, PICTURE_SECONDS)
        image.__dict__[KEPT] = (identity, found)
    return found[variant]


def html(
    image, variant: str, *, request=None, lazy=True, priority=False, css_class="", alt=None
) -> SafeString | str:
    """A <picture> with AVIF, WebP and JPEG sources at every width of `variant`.

    Images below the fold (`lazy`) load only on tap in lite mode. `alt=""` marks an
    image as decorative (a logo beside the publication's name). Built here rather than
    in a template: a front page shows ~25, and a template include costs more than this.
    """
    if not image:
        return ""
    found = picture(image, variant)
    alt = image.default_alt_text if alt is None else alt
    css = f' class="{esc(css_class)}"' if css_class else ""
    loading = ' loading="lazy"' if lazy else ""
    fetch = ' fetchpriority="high"' if priority else ""
    markup = SafeString(
        f'<picture{css}>{found["sources"]}<img src="{esc(found["src"])}"'
        f' srcset="{esc(found["srcset"])}" sizes="{esc(found["sizes"])}"'
        f' width="{found["width"]}" height="{found["height"]}" alt="{esc(alt)}"{loading}'
        f' decoding="async"{fetch}></picture>'
    )
    if lazy and lite.is_on(request):
        summary = format_html("Show image: {}", alt or "no description")
        return format_html(
            '<details class="tap-image"><summary>{}</summary>{}</details>', summary, markup
        )
    return markup


def prefetch(images, variants: tuple[str, ...]) -> dict:
    """`images` (a queryset) by id, each with its pictures as `variants` in the cache: those
    not there yet are worked out from their renditions, read in one more query."""
    images = images.in_bulk()
    identities = {pk: _identity(image) for pk, image in images.items()}
    names = {pk: _key(pk, identity) for pk, identity in identities.items()}
    cache = caches[CACHE_ALIAS]
    known = cache.get_many(list(names.values()))
    missing = [pk for pk, name in names.items() if not set(variants) <= known.get(name, {}).keys()]
    if missing:
        model = type(images[missing[0]])
        specs = all_specs(*variants)
        found = model.objects.filter(pk__in=missing).prefetch_renditions(*specs).in_bulk()
        worked_out = {}
        for pk, image in found.items():
            pictures = known.get(names[pk], {})
            pictures.update({v: _work_out(image, VARIANTS[v]) for v in variants})
            worked_out[names[pk]] = pictures
        cache.set_many(worked_out, PICTURE_SECONDS)
        images.update(found)
        known.update(worked_out)
    for pk, image in images.items():
        image.__dict__[KEPT] = (identities[pk], known.get(names[pk], {}))
    return images


def _work_out(image, spec) -> dict:
    renditions = image.get_renditions(*spec.specs)

    def srcset(fmt: str) -> str:
        # A small original yields the same width twice; list each width once.
        by_width = {}
        for width in spec.widths:
            rendition = renditions[spec.spec(width, fmt)]
            by_width.setdefault(rendition.width, rendition.url)
        return ", ".join(f"{url} {width}w" for width, url in by_width.items())

    *others, fallback_format = spec.formats  # a variant made in JPEG alone has no <source>
    fallback = renditions[spec.spec(spec.widths[0], fallback_format)]
    return {
        "sources": format_html_join(
            "",
            '<source type="{}" srcset="{}" sizes="{}">',
            ((MIME_TYPES[fmt], srcset(fmt), spec.sizes) for fmt in others),
        ),
        "src": fallback.url,
        "srcset": srcset(fallback_format),
        "sizes": spec.sizes,
        "width": fallback.width,
        "height": fallback.height,
    }
