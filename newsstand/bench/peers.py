"""newsstand beside WordPress, on this machine, in one run: the pages neither side caches.

WordPress 6.1 comes from Debian's packages (nginx + php-fpm + MariaDB, default theme, no
page cache) filled with the same number of generated posts as the newsstand publication.
Both are loaded with the same wrk settings (gzip; 32 readers at once, then one at a time),
and the table pairs each newsstand page with its WordPress counterpart: the home page with
the home page, a section with a category, every kind of post with a post. Each pair is
measured back to back, in several rounds that alternate which side goes first, and each
ratio is the median of the rounds' ratios: on a shared machine the speed of both sides
drifts by tens of percent within minutes, and a ratio of figures taken minutes apart
carried that drift. Then the article from the app's page cache, against nginx serving
the same bytes pre-compressed. Results go to var/bench-peers/results.json.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from statistics import median

from . import load, servers
from .run import BASE_DIR, environment, fetch, log, prepare, static_limit

WORDPRESS = Path(__file__).with_name("wordpress")
# Each newsstand page and the WordPress page it is measured against.
COUNTERPARTS = {
    "home": "home",
    "section": "category",
    "article": "post",
    "episode": "post",
    "music": "post",
}
TARGET_RATIO = 3.0  # newsstand uncached, 32 readers, against WordPress
TARGET_LATENCY = 1 / 3  # newsstand's one-reader p50 as a share of WordPress's


def wordpress(workdir: Path, posts: int) -> tuple[str, dict[str, str]]:
    """Set WordPress up (idempotent) and return its base URL and the pages measured."""
    port = servers.free_port()
    subprocess.run(
        ["bash", str(WORDPRESS / "setup.sh"), str(posts), str(port), str(workdir)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    servers.wait_until_up(base + "/")
    # The middle post, as newsstand's article is the middle one of its publication.
    listing = fetch(f"{base}/?rest_route=/wp/v2/posts&per_page=1&offset={posts // 2}")
    post = json.loads(listing)[0]["link"].removeprefix(base)
    return base, {"home": "/", "category": "/category/news/", "post": post}


def stop_wordpress(workdir: Path) -> None:
    pid = workdir / "nginx.pid"
    if pid.exists():
        subprocess.run(["kill", pid.read_text().strip()], check=False)


def must_answer(url: str) -> None:
    """A page must answer 200 itself: wrk would count a redirect as an answer."""
    with urllib.request.urlopen(url, timeout=30) as response:
        if response.status != 200 or response.url != url:
            sys.exit(f"{url} answered {response.status} from {response.url}")


def measure_pair(sides: list[tuple[str, str, str]], seconds: int) -> dict:
    """Each (side, base URL, path) in turn: 32 readers, then one."""
    results = {}
    for side, base, path in sides:
        must_answer(base + path)
        c32 = load.wrk(base, [path], connections=32, seconds=seconds)
        c1 = load.wrk(base, [path], connections=1, seconds=seconds)
        results[side] = {"c32": c32.as_dict(), "c1": c1.as_dict()}
    return results


def table(rounds: list[dict]) -> list[dict]:
    """Each page beside its counterpart: the median of each figure over the rounds, and the
    median of the rounds' ratios (each from measurements made back to back)."""
    rows = []
    for name, peer in COUNTERPARTS.items():
        pairs = [measured[name] for measured in rounds]
        ours = [pair["newsstand"] for pair in pairs]
        theirs = [pair["wordpress"] for pair in pairs]
        ratios = [a["c32"]["rps"] / b["c32"]["rps"] for a, b in zip(ours, theirs, strict=True)]
        shares = [a["c1"]["p50_ms"] / b["c1"]["p50_ms"] for a, b in zip(ours, theirs, strict=True)]
        rows.append(
            {
                "page": name,
                "wordpress_page": peer,
                "rps": median(side["c32"]["rps"] for side in ours),
                "wordpress_rps": median(side["c32"]["rps"] for side in theirs),
                "ratio": round(median(ratios), 2),
                "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
                "p50_ms": median(side["c1"]["p50_ms"] for side in ours),
                "wordpress_p50_ms": median(side["c1"]["p50_ms"] for side in theirs),
                "p50_share": round(median(shares), 3),
            }
        )
    return rows


def print_table(rows: list[dict], cached: dict) -> None:
    log("")
    log("| page | newsstand, c=32 | WordPress, c=32 | ratio (range) | newsstand p50, c=1 | "
        "WordPress p50, c=1 | share |")  # fmt: skip
    log("|---|---|---|---|---|---|---|")
    for row in rows:
        met = "met" if row["ratio"] >= TARGET_RATIO else "not met"
        low, high = row["ratio_range"]
        log(
            f"| {row['page']} (WordPress {row['wordpress_page']}) | {row['rps']:,.1f} req/s | "
            f"{row['wordpress_rps']:,.1f} req/s | {row['ratio']:.2f}× ({low:.2f}–{high:.2f}; "
            f"{met}) | {row['p50_ms']:.1f} ms | {row['wordpress_p50_ms']:.1f} ms | "
            f"{row['p50_share']:.0%} |"
        )
    log(
        f"| article from the page cache, against nginx pre-compressed | "
        f"{cached['rps']:,.0f} req/s | {cached['static_rps']:,.0f} req/s | "
        f"{cached['share']:.1%} of nginx | | | |"
    )


def one_round(number: int, base: str, pages: dict, wp_base: str, wp_pages: dict, args) -> dict:
    """Every pair once, back to back; who goes first alternates from pair to pair and round
    to round."""
    measured = {}
    for index, (name, peer) in enumerate(COUNTERPARTS.items()):
        sides = [("wordpress", wp_base, wp_pages[peer]), ("newsstand", base, pages[name])]
        pair = measure_pair(sides[:: 1 if (number + index) % 2 else -1], args.seconds)
        ours, theirs = pair["newsstand"], pair["wordpress"]
        log(
            f"  round {number + 1} {name:8} c=32: {ours['c32']['rps']:6,.1f} vs "
            f"{theirs['c32']['rps']:5,.1f} req/s | c=1 p50: "
            f"{ours['c1']['p50_ms']:5.1f} vs {theirs['c1']['p50_ms']:5.1f} ms"
        )
        measured[name] = pair
    return measured


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2_000, help="on each side")
    parser.add_argument("--seconds", type=int, default=6, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="of every pair; medians taken")
    parser.add_argument("--workdir", type=Path, default=BASE_DIR / "var" / "bench-peers")
    args = parser.parse_args(argv)
    needed = {"wrk": "wrk", "nginx": "nginx", "php": "php-cli", "mysqladmin": "mariadb-server"}
    missing = [package for command, package in needed.items() if not shutil.which(command)]
    if missing or not Path("/usr/share/wordpress").is_dir():
        missing += [] if Path("/usr/share/wordpress").is_dir() else ["wordpress"]
        sys.exit(f"make bench-peers needs: apt-get install {' '.join(missing)}")
    if os.geteuid() != 0:
        sys.exit("make bench-peers sets up WordPress (MariaDB, php-fpm): run it as root.")

    workdir = args.workdir.resolve()
    env = environment(workdir / "newsstand")
    os.environ.update(env)
    log(f"Preparing newsstand with {args.posts:,} generated articles …")
    pages, _ = prepare(workdir / "newsstand", args.posts)
    pages = {name: pages[name] for name in COUNTERPARTS}
    log(f"Setting up WordPress with {args.posts:,} generated posts …")
    wp_base, wp_pages = wordpress(workdir / "wordpress", args.posts)
    results: dict = {"posts": args.posts, "seconds": args.seconds, "rounds": []}
    server_log = workdir / "servers.log"
    log("WordPress (nginx + php-fpm + MariaDB, no page cache) beside newsstand without its")
    log("page cache (granian, 2 workers, SQLite), each pair back to back:")
    try:
        with servers.app({**env, "PAGE_CACHE_SECONDS": "0"}, server_log) as (base, process):
            for number in range(args.rounds):
                results["rounds"].append(one_round(number, base, pages, wp_base, wp_pages, args))
            results["newsstand_peak_mib"] = servers.peak_memory_mib(process)
    finally:
        stop_wordpress(workdir / "wordpress")
    log("newsstand's page cache, and nginx serving the same article pre-compressed")
    with servers.app(env, server_log) as (base, _):
        fetch(base + pages["article"], gzip_ok=True)
        cached = load.wrk(base, [pages["article"]], connections=32, seconds=args.seconds)
        article_html = fetch(base + pages["article"])
    static = static_limit(workdir, article_html, seconds=args.seconds)
    results["cached"] = {
        "rps": round(cached.rps, 1),
        "static_rps": static["rps"],
        "share": round(cached.rps / static["rps"], 4),
    }
    results["table"] = table(results["rounds"])
    print_table(results["table"], results["cached"])
    log(f"Peak memory per newsstand worker: {results['newsstand_peak_mib']} MiB")
    out = workdir / "results.json"
    out.write_text(json.dumps(results, indent=2))
    log(f"Results written to {out}")


if __name__ == "__main__":
    main()
