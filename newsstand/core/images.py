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

    def resize(self, width: int) -> str:
        if self.ratio is None:
            return f"width-{width}"
        w, h = self.ratio
        return f"fill-{width}x{width * h // w}-c100"

    def spec(self, width: int, fmt: str) -> str:
        return f"{self.resize(width)}|format-{fmt}"

    @property
    def specs(self) -> list[str]:
        return [self.spec(width, fmt) for fmt in FORMATS for width in self.widths]


VARIANTS = {
    "card": Variant(
        (320, 640), (16, 9), "(min-width: 60rem) 18rem, (min-width: 40rem) 45vw, 100vw"
    ),
    "thumb": Variant((120, 240), (1, 1), "6rem"),
    "lead": Variant((480, 960), (16, 9), "(min-width: 48rem) 46rem, 100vw"),
    "body": Variant((480, 960), None, "(min-width: 48rem) 46rem, 100vw"),
    "avatar": Variant((96, 192), (1, 1), "6rem"),
    "logo": Variant((80, 160), None, "5rem"),
    "social": Variant((1200,), (40, 21), "100vw"),
}


def all_specs(*names: str) -> list[str]:
    return [spec for name in (names or VARIANTS) for spec in VARIANTS[name].specs]


def warm_renditions(image, *names: str) -> None:
    """Generate every rendition of the given variants (all when none are named)."""
    image.get_renditions(*all_specs(*names))
