"""newsstand beside WordPress, on this machine, in one run: the pages neither side caches.

WordPress 6.1 comes from Debian's packages (nginx + php-fpm + MariaDB, default theme, no
page cache) filled with the same number of generated posts as the newsstand publication.
Both are loaded with the same wrk settings (gzip; 32 readers at once, then one at a time),
and the table pairs each newsstand page with its WordPress counterpart: the home page with
the home page, a section with a category, every kind of post with a post. Then the
article from the app's page cache, against nginx serving the same bytes pre-compressed.
Results go to var/bench-peers/results.json.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

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


def measure(base: str, pages: dict[str, str], seconds: int) -> dict:
    results = {}
    for name, path in pages.items():
        must_answer(base + path)
        c32 = load.wrk(base, [path], connections=32, seconds=seconds)
        c1 = load.wrk(base, [path], connections=1, seconds=seconds)
        results[name] = {"c32": c32.as_dict(), "c1": c1.as_dict()}
        log(f"  {name:9} c=32: {c32.rps:7,.1f} req/s | c=1: p50 {c1.p50_ms:6.1f} ms")
    return results


def table(ours: dict, theirs: dict) -> list[dict]:
    rows = []
    for name, peer in COUNTERPARTS.items():
        mine, wp = ours[name], theirs[peer]
        rows.append(
            {
                "page": name,
                "wordpress_page": peer,
                "rps": mine["c32"]["rps"],
                "wordpress_rps": wp["c32"]["rps"],
                "ratio": round(mine["c32"]["rps"] / wp["c32"]["rps"], 2),
                "p50_ms": mine["c1"]["p50_ms"],
                "wordpress_p50_ms": wp["c1"]["p50_ms"],
                "p50_share": round(mine["c1"]["p50_ms"] / wp["c1"]["p50_ms"], 3),
            }
        )
    return rows


def print_table(rows: list[dict], cached: dict) -> None:
    log("")
    log("| page | newsstand, c=32 | WordPress, c=32 | ratio | newsstand p50, c=1 | "
        "WordPress p50, c=1 | share |")  # fmt: skip
    log("|---|---|---|---|---|---|---|")
    for row in rows:
        met = "met" if row["ratio"] >= TARGET_RATIO else "not met"
        log(
            f"| {row['page']} (WordPress {row['wordpress_page']}) | {row['rps']:,.1f} req/s | "
            f"{row['wordpress_rps']:,.1f} req/s | {row['ratio']:.2f}× ({met}) | "
            f"{row['p50_ms']:.1f} ms | {row['wordpress_p50_ms']:.1f} ms | "
            f"{row['p50_share']:.0%} |"
        )
    log(
        f"| article from the page cache, against nginx pre-compressed | "
        f"{cached['rps']:,.0f} req/s | {cached['static_rps']:,.0f} req/s | "
        f"{cached['share']:.1%} of nginx | | | |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2_000, help="on each side")
    parser.add_argument("--seconds", type=int, default=8, help="per measurement")
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
    results: dict = {"posts": args.posts, "seconds": args.seconds}
    try:
        log("WordPress (nginx + php-fpm + MariaDB, no page cache)")
        results["wordpress"] = measure(wp_base, wp_pages, args.seconds)
    finally:
        stop_wordpress(workdir / "wordpress")
    server_log = workdir / "servers.log"
    log("newsstand without its page cache (granian, 2 workers, SQLite)")
    with servers.app({**env, "PAGE_CACHE_SECONDS": "0"}, server_log) as (base, process):
        results["newsstand"] = measure(base, pages, args.seconds)
        results["newsstand_peak_mib"] = servers.peak_memory_mib(process)
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
    results["table"] = table(results["newsstand"], results["wordpress"])
    print_table(results["table"], results["cached"])
    log(f"Peak memory per newsstand worker: {results['newsstand_peak_mib']} MiB")
    out = workdir / "results.json"
    out.write_text(json.dumps(results, indent=2))
    log(f"Results written to {out}")


if __name__ == "__main__":
    main()
