"""Original abstract illustrations, drawn locally with Pillow.

Story art is a diagonal gradient with a motif that hints at the section (a
skyline for news, a tactics board for football, an open book for fiction...)
and the section's, series' or song's initial (songs get square covers);
author portraits are initialled avatars; the logo is a danfo-yellow badge.
Every drawing is seeded, so the same inputs always give the same picture.
"""

import math
import random
from collections.abc import Callable
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

STORY_SIZE = (1600, 900)
COVER_SIZE = (1000, 1000)  # square, like a record sleeve
PORTRAIT_SIZE = (400, 400)
LOGO_SIZE = (512, 512)
WHITE = (255, 255, 255)

Colours = tuple[str, str, str]  # gradient start, gradient end, accent
Size = tuple[int, int]
Motif = Callable[[ImageDraw.ImageDraw, Size, random.Random, str], None]


def story_art(
    *, colours: Colours, motif: str, letter: str, seed: str, size: Size = STORY_SIZE
) -> bytes:
    """A JPEG (1600x900 unless `size` says, e.g. COVER_SIZE): gradient, motif and a large
    translucent initial."""
    rng = random.Random(seed)
    start, end, accent = colours
    image = gradient(size, start, end, angle=rng.uniform(20, 70))
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIFS[motif](ImageDraw.Draw(overlay), size, rng, accent)
    draw_letter(overlay, letter, rng)
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    return encode(image, "JPEG", quality=86)


def portrait(*, colours: Colours, initials: str, seed: str) -> bytes:
    """A 400x400 JPEG avatar: gradient, overlapping translucent circles and large initials."""
    rng = random.Random(seed)
    start, end, accent = colours
    width, height = PORTRAIT_SIZE
    image = gradient(PORTRAIT_SIZE, start, end, angle=rng.uniform(0, 90)).convert("RGBA")
    overlay = Image.new("RGBA", PORTRAIT_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(3):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(70, 150)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rgba(accent, 110))
    font = ImageFont.load_default(size=170)
    centre = (width / 2, height / 2)
    draw.text((centre[0] + 6, centre[1] + 6), initials, font=font, fill=(0, 0, 0, 90), anchor="mm")
    draw.text(centre, initials, font=font, fill=WHITE, anchor="mm")
    image = Image.alpha_composite(image, overlay).convert("RGB")
    return encode(image, "JPEG", quality=88)


def logo(*, colours: Colours, initials: str) -> bytes:
    """A 512x512 PNG badge: rounded square, bus-side stripes and the initials."""
    background, stripe, ink = colours
    image = Image.new("RGB", LOGO_SIZE, WHITE)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((16, 16, 496, 496), radius=96, fill=background)
    for top in (340, 392):
        draw.rectangle((16, top, 496, top + 24), fill=stripe)
    draw.rounded_rectangle((16, 16, 496, 496), radius=96, outline=ink, width=14)
    font = ImageFont.load_default(size=230)
    draw.text((256, 200), initials, font=font, fill=ink, anchor="mm")
    return encode(image, "PNG")


def gradient(size: Size, start: str, end: str, *, angle: float) -> Image.Image:
    """A linear gradient from `start` to `end`, tilted by `angle` degrees."""
    mask = Image.linear_gradient("L").rotate(angle, resample=Image.Resampling.BICUBIC)
    mask = mask.crop((40, 40, 216, 216)).resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def draw_letter(overlay: Image.Image, letter: str, rng: random.Random) -> None:
    width, height = overlay.size
    font = ImageFont.load_default(size=int(height * 0.9))
    x = rng.choice((width * 0.2, width * 0.8))
    ImageDraw.Draw(overlay).text(
        (x, height * 0.5), letter, font=font, fill=(255, 255, 255, 46), anchor="mm"
    )


def rgba(colour: str, alpha: int) -> tuple[int, int, int, int]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def skyline(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """Tower blocks with lit windows under a low sun."""
    width, height = size
    sun_x = rng.uniform(0.25, 0.75) * width
    draw.ellipse((sun_x - 150, 120, sun_x + 150, 420), fill=rgba(accent, 190))
    x = 0
    while x < width:
        block_width = rng.randint(90, 190)
        top = rng.randint(int(height * 0.35), int(height * 0.75))
        draw.rectangle((x, top, x + block_width - 12, height), fill=(20, 24, 40, 170))
        for wy in range(top + 24, height - 20, 44):
            for wx in range(x + 18, x + block_width - 30, 36):
                if rng.random() < 0.45:
                    draw.rectangle((wx, wy, wx + 14, wy + 20), fill=rgba(accent, 220))
        x += block_width


def rings(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """Concentric rings, like a record or a spotlight, scattered with confetti."""
    width, height = size
    cx, cy = rng.uniform(0.3, 0.7) * width, rng.uniform(0.35, 0.65) * height
    for radius in range(520, 40, -56):
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            outline=(255, 255, 255, 90),
            width=10,
        )
    draw.ellipse((cx - 70, cy - 70, cx + 70, cy + 70), fill=rgba(accent, 230))
    for _ in range(70):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(6, 18)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rgba(accent, rng.randint(120, 230)))


def pattern(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """A wax-print style tile of circles and diamonds."""
    width, height = size
    step = rng.choice((150, 180, 200))
    for row, y in enumerate(range(-step // 2, height + step, step)):
        for col, x in enumerate(range(-step // 2, width + step, step)):
            half = step * 0.38
            if (row + col) % 2:
                draw.ellipse((x - half, y - half, x + half, y + half), fill=rgba(accent, 170))
                draw.ellipse(
                    (x - half / 2, y - half / 2, x + half / 2, y + half / 2),
                    fill=(255, 255, 255, 150),
                )
            else:
                draw.polygon(
                    [(x, y - half), (x + half, y), (x, y + half), (x - half, y)],
                    outline=(255, 255, 255, 160),
                    width=8,
                )


def track(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """The bend of a running track, lane after lane, with one lane picked out."""
    width, height = size
    cx, cy = rng.uniform(0.0, 0.3) * width, height * 1.1
    highlighted = rng.randrange(8)
    for lane in range(8):
        radius = 560 + lane * 90
        box = (cx - radius, cy - radius, cx + radius, cy + radius)
        if lane == highlighted:
            draw.arc(box, 180, 360, fill=rgba(accent, 200), width=80)
        draw.arc(box, 180, 360, fill=(255, 255, 255, 170), width=8)


def circuit(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """Nodes on a grid joined by right-angled traces."""
    width, height = size
    step = 100
    nodes = [(x, y) for x in range(100, width, step) for y in range(100, height, step)]
    for x, y in rng.sample(nodes, 40):
        dx, dy = rng.choice((step, -step)) * rng.randint(1, 4), rng.choice((step, -step))
        draw.line([(x, y), (x + dx, y), (x + dx, y + dy)], fill=(255, 255, 255, 130), width=6)
        draw.ellipse((x + dx - 12, y + dy - 12, x + dx + 12, y + dy + 12), fill=rgba(accent, 230))
    for x, y in nodes:
        draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(255, 255, 255, 90))


def pulse(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """A heartbeat trace across the frame, over soft crosses."""
    width, height = size
    for _ in range(6):
        x, y, arm = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(50, 110)
        draw.rectangle((x - arm, y - arm / 3, x + arm, y + arm / 3), fill=(255, 255, 255, 50))
        draw.rectangle((x - arm / 3, y - arm, x + arm / 3, y + arm), fill=(255, 255, 255, 50))
    mid, points, x = height * 0.55, [], 0.0
    while x < width:
        points.append((x, mid))
        if rng.random() < 0.35:
            beat = rng.uniform(160, 300)
            points += [(x + 30, mid - beat), (x + 60, mid + beat * 0.6), (x + 90, mid)]
            x += 90
        x += rng.uniform(60, 140)
    draw.line(points, fill=rgba(accent, 240), width=14, joint="curve")


FORMATION = ((0.1, 0.5), (0.25, 0.25), (0.25, 0.75), (0.4, 0.4), (0.42, 0.7), (0.46, 0.18))


def pitch(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """A tactics board: pitch markings, two sides of players and a passing move."""
    width, height = size
    line = (255, 255, 255, 170)
    draw.rectangle((60, 60, width - 60, height - 60), outline=line, width=8)
    draw.line([(width / 2, 60), (width / 2, height - 60)], fill=line, width=8)
    draw.ellipse(
        (width / 2 - 120, height / 2 - 120, width / 2 + 120, height / 2 + 120),
        outline=line,
        width=8,
    )
    for left in (60, width - 300):
        draw.rectangle(
            (left, height / 2 - 220, left + 240, height / 2 + 220), outline=line, width=8
        )

    def place(fx: float, fy: float) -> tuple[float, float]:
        return fx * width + rng.uniform(-50, 50), fy * height + rng.uniform(-40, 40)

    attackers = [place(fx, fy) for fx, fy in FORMATION]
    defenders = [place(1 - fx, fy) for fx, fy in FORMATION]
    move = attackers[1:]
    rng.shuffle(move)
    draw.line(move, fill=rgba(accent, 210), width=8, joint="curve")
    for x, y in attackers:
        draw.ellipse((x - 28, y - 28, x + 28, y + 28), fill=rgba(accent, 245))
    for x, y in defenders:
        draw.ellipse((x - 26, y - 26, x + 26, y + 26), outline=(255, 255, 255, 230), width=8)


def pages(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """An open book with lines of text and a ribbon bookmark, under a sprinkle of stars."""
    width, height = size
    for _ in range(80):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height * 0.4), rng.uniform(2, 7)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, rng.randint(90, 210)))
    spine, half = rng.uniform(0.42, 0.58) * width, width * 0.3
    top, bottom, sag = height * 0.4, height * 0.94, 44

    def edge(x: float) -> float:
        """How far the page top dips at `x`: most at the spine, none at the outer edge."""
        return sag * (1 - abs(x - spine) / half)

    for side in (-1, 1):
        outer = spine + side * half
        draw.polygon(
            [(spine, top + sag), (outer, top), (outer, bottom - sag), (spine, bottom)],
            fill=(255, 255, 255, 70),
            outline=(255, 255, 255, 220),
        )
        y = top + 70
        while y < bottom - sag - 60:
            start = min(spine, outer) + 50  # lines are ranged left, like printed text
            end = start + rng.uniform(0.55, 0.95) * (half - 100)
            draw.line([(start, y + edge(start)), (end, y + edge(end))], fill=WHITE, width=7)
            y += 38
    ribbon = spine + rng.choice((-1, 1)) * rng.uniform(0.3, 0.6) * half
    tail = height + 40
    draw.polygon(
        [
            (ribbon - 26, top + edge(ribbon) - 10),
            (ribbon + 26, top + edge(ribbon) - 10),
            (ribbon + 26, tail),
            (ribbon, tail - 50),
            (ribbon - 26, tail),
        ],
        fill=rgba(accent, 235),
    )


def equalizer(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """A graphic equaliser: columns of level blocks, their tops picked out."""
    width, height = size
    columns = rng.randint(9, 14)
    step = width / columns
    for column in range(columns):
        x = column * step + step * 0.15
        blocks = rng.randint(3, 14)
        for block in range(blocks):
            y = height - 60 - block * 55
            fill = rgba(accent, 235) if block == blocks - 1 else (255, 255, 255, 120)
            draw.rectangle((x, y - 40, x + step * 0.7, y), fill=fill)


def waves(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, accent: str) -> None:
    """Sound waves rippling across the frame, one in the accent colour."""
    width, height = size
    highlighted = rng.randrange(6)
    for line in range(6):
        mid = height * (0.2 + line * 0.13)
        amplitude, period = rng.uniform(20, 90), rng.uniform(140, 320)
        phase = rng.uniform(0, math.tau)
        points = [
            (x, mid + amplitude * math.sin(phase + math.tau * x / period))
            for x in range(0, width + 20, 20)
        ]
        colour = rgba(accent, 235) if line == highlighted else (255, 255, 255, 130)
        draw.line(points, fill=colour, width=14 if line == highlighted else 6, joint="curve")


MOTIFS: dict[str, Motif] = {
    "skyline": skyline,
    "rings": rings,
    "pattern": pattern,
    "track": track,
    "circuit": circuit,
    "pulse": pulse,
    "pitch": pitch,
    "pages": pages,
    "equalizer": equalizer,
    "waves": waves,
}
