"""Generate a large publication, serve it for real, and measure it in one run.

1. the app without its page cache: home, section, article and search, one reader
   at a time (latency) and 32 at once (throughput);
2. the same pages from the app's page cache;
3. nginx serving a pre-compressed copy of the same article: the machine's limit;
4. the shipped nginx micro-cache in front of the app (when deploy/ provides it);
then publish → visible on the cached home page, the view counter beside the cached
article, each worker's peak memory, and a spike of 500 readers who each load a page and
count their view (every view must be counted). Ratios are against (3). Results go to
var/bench/results.json.
"""

import argparse
import gzip
import json
import os
import shutil
import sys
import time
import urllib.request
from pathlib import Path

from . import load, servers

BASE_DIR = Path(__file__).resolve().parents[2]


def log(message: str) -> None:
    print(message, flush=True)


def environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsstand.settings.production",
        "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "PAGE_CACHE_GENERATION_FILE": str(workdir / "pagecache-generation"),
        "VIEWS_FLUSH_SECONDS": "1",  # each app process writes its counted views out each second
        "PYTHONPATH": str(BASE_DIR),
    }


def prepare(workdir: Path, articles: int) -> tuple[dict[str, str], dict[str, int]]:
    """Migrate and generate, unless the last run left a publication of this size; collect
    static. The paths of the pages measured, and the page ids of home, section and article."""
    import django
    from django.core.management import call_command

    marker = workdir / "generated-articles"
    wanted = f"{articles} {os.environ['DATABASE_URL']}"
    if not marker.exists() or marker.read_text() != wanted:
        shutil.rmtree(workdir, ignore_errors=True)  # a throwaway SQLite database: start again
        workdir.mkdir(parents=True)
    django.setup()
    from wagtail.models import Site

    from newsstand.articles.models import ArticlePage, SectionPage
    from newsstand.bench import generate
    from newsstand.music.models import SongPage
    from newsstand.series.models import EpisodePage

    call_command("migrate", verbosity=0)
    if not marker.exists():
        if ArticlePage.objects.exists():  # another database (DATABASE_URL): never wipe it
            sys.exit("The bench database already holds articles: give make bench an empty one.")
        started = time.perf_counter()
        generate.publication(articles, progress=lambda line: log(f"  generated {line}"))
        elapsed = time.perf_counter() - started
        log(f"Generated {articles:,} articles in {elapsed:.0f} s ({articles / elapsed:,.0f}/s).")
        marker.write_text(wanted)
    from newsstand.core import statistics

    statistics.analyze()  # as the site's scheduler does when it starts
    call_command("collectstatic", interactive=False, verbosity=0)
    # The site's host is the one readers (and wrk) use, so purges name the URLs nginx cached.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 80
    site.save()  # (not update(): saving clears Wagtail's cached site root paths, e.g. in Redis)
    section = SectionPage.objects.order_by("path").first()
    middle = ArticlePage.objects.filter(featured_image__isnull=False).order_by("-pk")
    article = middle[articles // 2 : articles // 2 + 1].get()
    paths = {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "episode": EpisodePage.objects.order_by("number")[generate.EPISODES // 2].url,
        "music": SongPage.objects.order_by("path")[generate.SONGS // 2].url,
        "search": f"/search/?q={generate.SEARCHED_PLACE}",  # a town: ~1 in 400 articles
        "search-common": "/search/?q=market+traders",  # words in most articles
    }
    return paths, {"home": site.root_page_id, "section": section.pk, "article": article.pk}


def counted_views(page_ids) -> int:
    from django.db.models import Sum

    from newsstand.readership.models import HourlyViews

    rows = HourlyViews.objects.filter(page_id__in=page_ids)
    return rows.aggregate(total=Sum("views"))["total"] or 0


def count_after(before: int, page_ids, expected: int, seconds: float = 15) -> int:
    """The views counted since `before`, once they reach the database. Each app process
    writes out what it keeps in memory every second; views kept in Redis are moved by a
    flush, which the bench makes here as the site's scheduler would."""
    from newsstand.readership import rollup

    deadline = time.monotonic() + seconds
    while True:
        rollup.flush()
        counted = counted_views(page_ids) - before
        if counted >= expected or time.monotonic() >= deadline:
            return counted
        time.sleep(0.25)


def counter_cost(base: str, article_path: str, page_id: int) -> dict:
    """What counting adds to a page: the snippet's bytes (plain, and to the gzipped page),
    and the whole answer to a beacon, as bytes on the wire."""
    import re
    import socket

    html = fetch(base + article_path)
    snippet = re.search(rb"<script data-views=.*?</noscript>", html, re.S)[0]
    without = html.replace(snippet, b"")
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            f"POST /_views/{page_id} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
            "User-Agent: Mozilla/5.0 (Linux; Android 13) Mobile Safari/537.36\r\n"
            "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: 0\r\n\r\n".encode()
        )
        answer = b"".join(iter(lambda: connection.recv(65536), b""))
    return {
        "snippet_bytes": len(snippet),
        "gzip_bytes_added": len(gzip.compress(html, 6)) - len(gzip.compress(without, 6)),
        "response_bytes": len(answer),
    }


def fetch(url: str, *, gzip_ok: bool = False) -> bytes:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def measure_pages(base: str, pages: dict[str, str], *, seconds: int, single: bool) -> dict:
    results = {}
    for name, path in pages.items():
        fetch(base + path, gzip_ok=True)  # warm the copy wrk asks for (gzip)
        entry = {"c32": load.wrk(base, [path], connections=32, seconds=seconds).as_dict()}
        if single:
            entry["c1"] = load.wrk(base, [path], connections=1, seconds=seconds).as_dict()
        results[name] = entry
        c32 = entry["c32"]
        line = f"  {name:8} c=32: {c32['rps']:8,.0f} req/s  p50 {c32['p50_ms']:7.1f} ms"
        line += f"  p99 {c32['p99_ms']:7.1f} ms"
        if single:
            c1 = entry["c1"]
            line += f" | c=1: p50 {c1['p50_ms']:6.1f} ms  p95 {c1['p95_ms']:6.1f} ms"
        log(line)
    return results


def publish_to_visible(base: str) -> dict:
    """Publish a new article in this process; time until the cached home page shows it."""
    from newsstand.articles.models import ArticlePage, SectionPage

    fetch(base + "/")  # the home page is in the cache
    section = SectionPage.objects.order_by("path").first()
    title = f"Bench breaking story {time.time_ns()}"
    page = section.add_child(instance=ArticlePage(title=title, live=False, body=[]))
    revision = page.save_revision()
    started = time.perf_counter()
    revision.publish()
    published = time.perf_counter()
    while title.encode() not in fetch(base + "/"):
        if time.perf_counter() - started > 30:
            return {"publish_ms": (published - started) * 1000, "visible_ms": None}
        time.sleep(0.005)
    visible = time.perf_counter()
    return {
        "publish_ms": round((published - started) * 1000, 1),
        "visible_ms": round((visible - started) * 1000, 1),
    }


def measure_counter(base: str, pages: dict, ids: dict, *, seconds: int) -> dict:
    """The view counter's endpoint alone at c=32 (every beacon a new reader), and its cost."""
    before = counted_views([ids["article"]])
    visit = {pages["article"]: ids["article"]}
    counter = load.readers(base, visit, connections=32, seconds=seconds, beacons_only=True)
    counted = count_after(before, [ids["article"]], counter.beacons)
    return {
        **counter.as_dict(),
        "views_counted": counted,
        **counter_cost(base, pages["article"], ids["article"]),
    }


def static_limit(workdir: Path, article_html: bytes, *, seconds: int) -> dict:
    root = workdir / "static-copy"
    (root / "article").mkdir(parents=True, exist_ok=True)
    (root / "article" / "index.html").write_bytes(article_html)
    (root / "article" / "index.html.gz").write_bytes(gzip.compress(article_html, 6))
    port = servers.free_port()
    with servers.nginx(servers.static_nginx_config(port, root), workdir / "nginx-static"):
        base = f"http://127.0.0.1:{port}"
        servers.wait_until_up(base + "/article/")
        result = load.best_of(3, base, ["/article/"], connections=32, seconds=seconds).as_dict()
    result["gzip_bytes"] = len((root / "article" / "index.html.gz").read_bytes())
    return result


def microcache(workdir: Path, env: dict[str, str], article_path: str, *, seconds: int) -> dict:
    """The shipped nginx config in front of the app (with its page cache)."""
    prefix = workdir / "nginx-microcache"
    shutil.rmtree(prefix, ignore_errors=True)
    port = servers.free_port()
    with servers.app(env, workdir / "servers.log") as (app_base, _):
        values = {
            "APP_ADDRESS": app_base.removeprefix("http://"),
            "LISTEN": f"127.0.0.1:{port}",
            "SERVER_NAME": "127.0.0.1",
            "PURGE_LISTEN": env["FRONTEND_CACHE_PURGE_URL"].removeprefix("http://"),
            "CACHE_DIR": str(prefix / "cache"),
            "STATIC_ROOT": env["STATIC_ROOT"],
            "MEDIA_ROOT": env["MEDIA_ROOT"],
        }
        config = servers.microcache_nginx_config(prefix, values)
        with servers.nginx(config, prefix):
            base = f"http://127.0.0.1:{port}"
            servers.wait_until_up(base + "/healthz")
            fetch(base + article_path, gzip_ok=True)
            article = load.best_of(3, base, [article_path], connections=32, seconds=seconds)
            result = {"article": article.as_dict()}
            result["publish"] = publish_to_visible(base)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=8, help="per measurement")
    parser.add_argument("--spike-readers", type=int, default=500)
    parser.add_argument("--spike-seconds", type=int, default=30)
    parser.add_argument("--workdir", type=Path, default=BASE_DIR / "var" / "bench")
    args = parser.parse_args(argv)
    found = {
        "wrk": shutil.which("wrk"),
        "nginx": servers.nginx_binary(),
        "libnginx-mod-http-cache-purge": servers.PURGE_MODULE.exists(),
    }
    missing = [package for package, present in found.items() if not present]
    if missing:
        sys.exit(f"make bench needs {', '.join(missing)}: apt-get install {' '.join(missing)}")

    args.workdir = args.workdir.resolve()  # nginx reads paths relative to its own prefix
    env = environment(args.workdir)
    # The publishing process purges the micro-cache of phase 4 (elsewhere nothing listens).
    env["FRONTEND_CACHE_PURGE_URL"] = f"http://127.0.0.1:{servers.free_port()}"
    os.environ.update(env)
    log(f"Preparing a publication of {args.articles:,} articles in {args.workdir} …")
    pages, ids = prepare(args.workdir, args.articles)
    server_log = args.workdir / "servers.log"
    results: dict = {"articles": args.articles, "seconds": args.seconds, "pages": pages}

    log("1. The app without its page cache (granian, 2 workers)")
    with servers.app({**env, "PAGE_CACHE_SECONDS": "0"}, server_log) as (base, process):
        results["uncached"] = measure_pages(base, pages, seconds=args.seconds, single=True)
        results["uncached_peak_mib"] = servers.peak_memory_mib(process)
        article_html = fetch(base + pages["article"])

    log("2. The app with its page cache")
    with servers.app(env, server_log) as (base, process):
        results["cached"] = measure_pages(base, pages, seconds=args.seconds, single=False)
        results["publish"] = publish_to_visible(base)
        log(f"  publish → visible on the cached home page: {results['publish']}")
        results["counter"] = measure_counter(base, pages, ids, seconds=args.seconds)
        results["counter"]["ratio_to_cached_article"] = round(
            results["counter"]["rps"] / results["cached"]["article"]["c32"]["rps"], 2
        )
        counter = results["counter"]
        log(
            f"  view counter c=32: {counter['rps']:,.0f} req/s "
            f"({counter['ratio_to_cached_article']:.2f}× the cached article), "
            f"p99 {counter['p99_ms']:.1f} ms, {counter['views_counted']:,} of "
            f"{counter['beacons']:,} beacons counted; a view costs {counter['response_bytes']} "
            f"bytes of response and {counter['snippet_bytes']} bytes of HTML "
            f"({counter['gzip_bytes_added']} gzipped)"
        )
        # Right after that publish (every cached page is stale), readers pile onto the
        # home page, a section and the story, and each counts their view.
        visits = {pages[name]: ids[name] for name in ("home", "section", "article")}
        before = counted_views(ids.values())
        spike = load.readers(
            base, visits, connections=args.spike_readers, seconds=args.spike_seconds
        )
        counted = count_after(before, ids.values(), spike.beacons)
        results["spike"] = {
            **spike.as_dict(),
            "views_counted": counted,
            "counted_per_page_served": round(counted / spike.pages, 4) if spike.pages else None,
        }
        log(
            f"  spike of {args.spike_readers} readers, {args.spike_seconds} s: "
            f"{spike.pages:,} pages and {spike.beacons:,} beacons answered "
            f"({spike.rps:,.0f} req/s, p99 {spike.p99_ms:.0f} ms, {spike.errors} errors, "
            f"{spike.non_2xx_3xx} non-2xx); {counted:,} views counted = "
            f"{results['spike']['counted_per_page_served']:.2%} of the pages served"
        )
        results["cached_peak_mib"] = servers.peak_memory_mib(process)

    log("3. nginx serving a pre-compressed copy of the article")
    results["static_nginx"] = static_limit(args.workdir, article_html, seconds=args.seconds)
    log(f"  {results['static_nginx']['rps']:,.0f} req/s")

    log("4. The shipped nginx micro-cache in front of the app")
    results["microcache"] = microcache(args.workdir, env, pages["article"], seconds=args.seconds)
    article = results["microcache"]["article"]
    log(f"  article c=32: {article['rps']:,.0f} req/s  p99 {article['p99_ms']:.1f} ms")
    log(f"  publish → visible through nginx: {results['microcache']['publish']}")

    limit = results["static_nginx"]["rps"]
    results["ratios_to_static"] = {
        f"{mode} {name}": round(results[mode][name]["c32"]["rps"] / limit, 4)
        for mode in ("uncached", "cached")
        for name in pages
    }
    ratio = results["microcache"]["article"]["rps"] / limit
    results["ratios_to_static"]["microcache article"] = round(ratio, 4)
    log(
        f"Peak memory per worker (MiB): uncached {results['uncached_peak_mib']}, "
        f"cached {results['cached_peak_mib']}"
    )
    for label, ratio in results["ratios_to_static"].items():
        log(f"  {label:18} {ratio:7.2%} of static nginx")
    out = args.workdir / "results.json"
    out.write_text(json.dumps(results, indent=2))
    log(f"Results written to {out}")
