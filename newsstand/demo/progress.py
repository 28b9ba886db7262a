"""Progress lines while the demo loads: "Articles 16/63", then "Articles 63/63 in 9.8 s"."""

import time
from collections.abc import Callable, Iterator, Sequence

LONG = 20  # steps with at least this many items also report each quarter


def counted[T](log: Callable[[str], None], step: str, items: Sequence[T]) -> Iterator[T]:
    """Yield `items`; once each is handled, log how many are done at each quarter of a long
    step, and at the end with the time the step took."""
    total = len(items)
    started = time.monotonic()
    for done, item in enumerate(items, start=1):
        yield item
        if done == total:
            log(f"{step} {done}/{total} in {time.monotonic() - started:.1f} s")
        elif total >= LONG and done * 4 // total > (done - 1) * 4 // total:
            log(f"{step} {done}/{total}")
