"""Short original jingles for the demo songs, synthesised locally as 8-bit WAV.

Each is a few seconds of plucked notes on a pentatonic scale, seeded by the song,
so the same song always gets the same tune and the files stay small (8 kHz, mono).
"""

import math
import random
from io import BytesIO
from wave import open as open_wave

RATE = 8000  # samples a second
SCALE = (0, 2, 4, 7, 9, 12)  # semitones above the root: a major pentatonic


def jingle(*, seed: str, seconds: float = 4.0) -> bytes:
    rng = random.Random(seed)
    root = rng.choice((220.0, 246.94, 261.63, 293.66))
    beat = rng.choice((0.2, 0.25, 0.3))
    total = int(RATE * seconds)
    samples = bytearray()
    while len(samples) < total:
        pitch = root * 2 ** (rng.choice(SCALE) / 12)
        length = int(RATE * beat * rng.choice((1, 1, 2)))
        for i in range(length):
            fade = 1 - i / length  # a pluck: loud, then dying away
            value = math.sin(math.tau * pitch * i / RATE) * fade * 0.6
            samples.append(int(128 + 127 * value))
    buffer = BytesIO()
    with open_wave(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(1)
        wav.setframerate(RATE)
        wav.writeframes(bytes(samples[:total]))
    return buffer.getvalue()
