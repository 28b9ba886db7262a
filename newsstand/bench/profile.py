"""Where an uncached render spends its time: each page of a bench publication, in-process.

Runs against the publication `make bench` or `make bench-peers` generated (production
settings, the page cache off), renders each page a number of times through Django's test
client, and prints the CPU time of a render (the least of five batches) and its query
count, and cProfile's heaviest functions by their own time and by cumulative time.
"""

import argparse
import cProfile
import io
import os
import pstats
import time
from functools import partial
from pathlib import Path

from .run import BASE_DIR, environment

PAGES = ("home", "section", "article", "episode", "music", "search")


def _counted(queries: list, execute, sql, *args):
    queries.append(sql)
    return execute(sql, *args)


def least_cpu_ms(render, renders: int, batches: int = 5) -> float:
    """CPU time of one render, the least over `batches` batches: on a shared machine single
    batches vary by ±15 %, and what slows one down is never the code measured."""
    size = max(1, renders // batches)
    best = float("inf")
    for _ in range(batches):
        started = time.thread_time()
        for _ in range(size):
            render()
        best = min(best, (time.thread_time() - started) * 1000 / size)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=PAGES, help=f"of {', '.join(PAGES)}")
    parser.add_argument("--workdir", type=Path, default=BASE_DIR / "var/bench-peers/newsstand")
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    os.environ.update({**environment(args.workdir.resolve()), "PAGE_CACHE_SECONDS": "0"})
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from .run import prepare

    marker = args.workdir / "generated-articles"
    if not marker.exists():
        raise SystemExit(f"No bench publication in {args.workdir}: run make bench-peers first.")
    paths, _ = prepare(args.workdir.resolve(), int(marker.read_text().split()[0]))
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    for name in args.pages:
        path = paths[name]
        client.get(path)  # warm: the first render of a process pays imports and template loading
        queries = []
        with connection.execute_wrapper(partial(_counted, queries)):
            status = client.get(path).status_code
        cpu_ms = least_cpu_ms(partial(client.get, path), args.renders)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.renders):
            client.get(path)
        profiler.disable()
        print(f"\n## {name} {path}: {status}, {cpu_ms:.1f} ms CPU a render, {len(queries)} queries")
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
            stats.print_stats(args.top)
            print(f"\n### by {order}\n" + out.getvalue().split("\n", 6)[-1].rstrip())


if __name__ == "__main__":
    main()
