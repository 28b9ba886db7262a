"""Responsive image variants: one place that decides every rendition we make.

Templates ask for a variant by name (`{% responsive_image img "card" %}`);
listings prefetch the same renditions, and `warm_renditions` makes them ahead
of time so no reader waits for an AVIF encode.
"""

from dataclasses import dataclass

FORMATS = ("avif", "webp", "jpeg")
MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg"}


@dataclass(frozen=True)
class Variant:
    widths: tuple[int, ...]
    ratio: tuple[int, int] | None  # None keeps the original shape
    sizes: str
    formats: tuple[str, ...] = FORMATS  # what it is served in; only these are made

    def resize(self, width: int) -> str:
        if self.ratio is None:
            return f"width-{width}"
        w, h = self.ratio
        return f"fill-{width}x{width * h // w}-c100"

    def spec(self, width: int, fmt: str) -> str:
        return f"{self.resize(width)}|format-{fmt}"

    @property
    def specs(self) -> list[str]:
        return [self.spec(width, fmt) for fmt in self.formats for width in self.widths]


# `sizes` says how wide each use is drawn, from site.css's layout: the page is at most
# 72rem wide with 1rem of padding each side; the article column is 46rem from 60rem up;
# card grids take 17rem columns with 1.25rem gaps (2 columns from 37.25rem, 3 from 55.5rem);
# the front page's lead takes two thirds from 55.5rem. Variants that differ only in
# `sizes` share their renditions.
GRID = (
    "(min-width: 72rem) 22.5rem, (min-width: 55.5rem) calc((100vw - 4.5rem) / 3), "
    "(min-width: 37.25rem) calc((100vw - 3.25rem) / 2), calc(100vw - 2rem)"
)
ARTICLE = "(min-width: 60rem) 46rem, calc(100vw - 2rem)"
VARIANTS = {
    "card": Variant((320, 640), (16, 9), GRID),
    "thumb": Variant((120, 240), (1, 1), "5rem"),
    "lead": Variant((480, 960), (16, 9), ARTICLE),
    "front": Variant(
        (480, 960),
        (16, 9),
        "(min-width: 72rem) 46rem, (min-width: 55.5rem) calc((100vw - 3.25rem) * 2 / 3), "
        "calc(100vw - 2rem)",
    ),
    "body": Variant((480, 960), None, ARTICLE),
    "avatar": Variant((96, 192), (1, 1), "6rem"),
    "logo": Variant((80, 160), None, "2.5rem"),
    # Shared links show one JPEG (og:image); an AVIF this size would take ~1 s to encode.
    "social": Variant((1200,), (40, 21), "100vw", formats=("jpeg",)),
    # The publisher's logo in structured data (one of the "logo" renditions).
    "publisher": Variant((160,), None, "160px", formats=("jpeg",)),
}


def all_specs(*names: str) -> list[str]:
    specs = (spec for name in (names or VARIANTS) for spec in VARIANTS[name].specs)
    return list(dict.fromkeys(specs))


def warm_renditions(image, *names: str) -> None:
    """Generate every rendition of the given variants (all when none are named)."""
    image.get_renditions(*all_specs(*names))
