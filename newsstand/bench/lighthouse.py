"""Lighthouse (mobile) on one page of each type of the demo publication, served as in production.

A fresh SQLite database in a temporary directory gets the demo; granian (production settings)
serves it behind the shipped nginx config. Lighthouse, pinned and installed from npm into
.venv/lighthouse, runs on Debian's Chromium with its defaults (mobile, simulated throttling).
Prints scores, bytes and every failing audit; the JSON reports go to test-artifacts/lighthouse/.

    .venv/bin/python -m newsstand.bench.lighthouse [--runs 3]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsstand.core.browser import ARTIFACTS, CHROMIUM

from . import run, servers

VERSION = "12.2.3"
INSTALL_DIR = run.BASE_DIR / ".venv" / "lighthouse"
CATEGORIES = {"performance": "perf", "accessibility": "a11y", "best-practices": "bp", "seo": "seo"}
CHROME_FLAGS = "--headless=new --no-sandbox"
EXEMPT = {"is-crawlable": "issue 12 exempts a page that is deliberately noindex"}


class Failing(NamedTuple):
    """An audit scored below 1."""

    id: str
    title: str
    value: str  # Lighthouse's display value, e.g. "120 ms"
    weighted: bool  # it lowers a category score (else a diagnostic that doesn't)


@dataclass(frozen=True)
class Result:
    """What one report says about its page."""

    page: str
    url: str
    scores: dict[str, int | None]  # category id → 0-100 (None: Lighthouse couldn't score it)
    bytes: int  # transferred
    js_bytes: int
    requests: int
    third_party_requests: int
    failing: list[Failing]
    error: str = ""  # why Lighthouse couldn't test the page (e.g. a 500), then nothing else


def summarise(page: str, report: dict) -> Result:
    """Read a Lighthouse JSON report (LHR)."""
    if "runtimeError" in report:
        nothing = dict.fromkeys(CATEGORIES)
        error = report["runtimeError"]["message"]
        return Result(page, report["requestedUrl"], nothing, 0, 0, 0, 0, [], error)
    summary = {
        item["resourceType"]: item
        for item in report["audits"]["resource-summary"]["details"]["items"]
    }
    scores = {
        category: None if report["categories"][category]["score"] is None
        else round(report["categories"][category]["score"] * 100)
        for category in CATEGORIES
    }  # fmt: skip
    weighted = {
        ref["id"]
        for category in report["categories"].values()
        for ref in category["auditRefs"]
        if ref["weight"] > 0
    }
    failing = [
        Failing(audit["id"], audit["title"], audit.get("displayValue", ""), audit["id"] in weighted)
        for audit in report["audits"].values()
        if audit["score"] is not None and audit["score"] < 1
    ]
    return Result(
        page=page,
        url=report["finalDisplayedUrl"],
        scores=scores,
        bytes=summary["total"]["transferSize"],
        js_bytes=summary["script"]["transferSize"],
        requests=summary["total"]["requestCount"],
        third_party_requests=summary["third-party"]["requestCount"],
        failing=failing,
    )


def table(results: list[Result]) -> str:
    """The summary table, then each page's failing audits."""
    width = max(len(result.url) for result in results)
    header = f"{'page':18} {'URL':{width}} " + " ".join(f"{a:>4}" for a in CATEGORIES.values())
    lines = [header + f" {'bytes':>9} {'JS':>7} {'reqs':>4} {'3rd':>3}"]
    for r in results:
        scores = " ".join(f"{'err' if s is None else s:>4}" for s in r.scores.values())
        lines.append(
            f"{r.page:18} {r.url:{width}} {scores} {r.bytes:>9,} {r.js_bytes:>7,}"
            f" {r.requests:>4} {r.third_party_requests:>3}"
        )
    for r in results:
        if r.error:
            lines.append(f"\n{r.page} ({r.url}): not tested: {r.error}")
            continue
        lines.append(f"\n{r.page} ({r.url}): {len(r.failing) or 'no'} failing audits")
        for audit in r.failing:
            line = f"{'*' if audit.weighted else ' '} {audit.id}: {audit.title}"
            line += f" [{audit.value}]" if audit.value else ""
            lines.append(line + (f" ({EXEMPT[audit.id]})" if audit.id in EXEMPT else ""))
    lines.append("\n* lowers a category score; the others are diagnostics.")
    return "\n".join(lines)


def install() -> Path:
    """Lighthouse's command, installing the pinned version first if needed."""
    package = INSTALL_DIR / "node_modules" / "lighthouse" / "package.json"
    if not package.exists() or json.loads(package.read_text())["version"] != VERSION:
        command = ["npm", "i", "-E", "--no-audit", "--no-fund", "--prefix", str(INSTALL_DIR)]
        subprocess.run([*command, f"lighthouse@{VERSION}"], check=True)
    return INSTALL_DIR / "node_modules" / ".bin" / "lighthouse"


def prepare(port: int) -> dict[str, str]:
    """Migrate, load the demo, collect static; the site answers on `port`. One path per type."""
    import django
    from django.core.management import call_command

    django.setup()
    from wagtail.models import Site

    from newsstand.articles.models import ArticlePage, SectionPage
    from newsstand.charts.models import ChartWeekPage
    from newsstand.music.models import SongPage
    from newsstand.series.models import EpisodePage

    call_command("migrate", verbosity=0)
    call_command("load_demo", base_url=f"http://127.0.0.1:{port}")
    call_command("collectstatic", interactive=False, verbosity=0)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", port  # absolute URLs (canonical, og:url) are ours
    site.save()

    articles = ArticlePage.objects.for_listing()
    article = articles.filter(featured_image__isnull=False).first()
    bare = articles.filter(featured_image__isnull=True).first()
    episode = EpisodePage.objects.for_listing().first()
    lyrics = SongPage.objects.for_listing().with_shown_lyrics().first()
    word = max(article.title.split(), key=len).strip(",.:;'\"‘’“”")
    pages = {
        "home": "/",
        "section": SectionPage.objects.live().public().order_by("path").first().url,
        "article": article.url,
        "article-no-image": bare and bare.url,
        "episode": episode.url,
        "complete-edition": episode.series.complete_edition_url,
        "music-post": SongPage.objects.for_listing().first().url,
        "lyrics": lyrics.lyrics_url,
        "chart-week": ChartWeekPage.objects.for_listing().first().url,
        "search": f"/search/?q={word}",
    }
    return {page: path for page, path in pages.items() if path}


def lighthouse(command: Path, url: str, out: Path) -> dict:
    """One Lighthouse run on `url`; its report (which says when the page couldn't be tested)."""
    out.unlink(missing_ok=True)
    subprocess.run(
        [
            str(command), url, "--quiet", "--output=json", f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )  # fmt: skip
    if not out.exists():
        sys.exit(f"Lighthouse wrote no report for {url} (see its output above).")
    return json.loads(out.read_text())


def median_run(reports: list[dict]) -> dict:
    """The report with the median performance score (runs vary by several points), leaving
    out runs Lighthouse couldn't complete (e.g. NO_NAVSTART) unless every one failed."""
    tested = [report for report in reports if "runtimeError" not in report] or reports
    ranked = sorted(tested, key=lambda report: report["categories"]["performance"]["score"] or 0)
    return ranked[len(tested) // 2]


@contextmanager
def served(workdir: Path, env: dict[str, str], port: int, log: Path):
    """granian (production settings) behind the shipped nginx config, listening on `port`."""
    with servers.app(env, log) as (app_base, _):
        prefix = workdir / "nginx"
        values = {
            "APP_ADDRESS": app_base.removeprefix("http://"),
            "LISTEN": f"127.0.0.1:{port}",
            "SERVER_NAME": "127.0.0.1",
            "PURGE_LISTEN": f"127.0.0.1:{servers.free_port()}",  # nothing changes: no purges
            "CACHE_DIR": str(prefix / "cache"),
            "STATIC_ROOT": env["STATIC_ROOT"],
            "MEDIA_ROOT": env["MEDIA_ROOT"],
        }
        with servers.nginx(servers.microcache_nginx_config(prefix, values), prefix):
            servers.wait_until_up(f"http://127.0.0.1:{port}/healthz")
            yield


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ARTIFACTS / "lighthouse")
    parser.add_argument("--runs", type=int, default=1, help="per page; the median is kept")
    args = parser.parse_args(argv)
    if not (servers.nginx_binary() and servers.PURGE_MODULE.exists()):
        sys.exit("Needs nginx and its cache-purge module: apt-get install nginx "
                 "libnginx-mod-http-cache-purge")  # fmt: skip
    started = time.perf_counter()
    command = install()
    args.output.mkdir(parents=True, exist_ok=True)
    server_log = args.output / "server.log"  # the app's errors, e.g. a 500's traceback
    for stale in [*args.output.glob("*.json"), server_log]:
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsstand-lighthouse-") as tmp:
        workdir = Path(tmp)
        port = servers.free_port()
        base = f"http://127.0.0.1:{port}"
        os.environ.pop("REDIS_URL", None)  # the page cache stays in this run's processes
        env = {**run.environment(workdir), "SITE_URL": base}
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"  # always a fresh one
        os.environ.update(env)
        pages = prepare(port)
        run.log(f"Prepared the demo in {time.perf_counter() - started:.0f} s.")
        results = []
        with served(workdir, env, port, server_log):
            for page, path in pages.items():
                run.log(f"Lighthouse: {page} {path}")
                reports = [
                    lighthouse(command, base + path, workdir / "report.json")
                    for _ in range(args.runs)
                ]
                report = median_run(reports)
                (args.output / f"{page}.json").write_text(json.dumps(report, indent=2))
                results.append(summarise(page, report))
    run.log(table(results))
    runs = f"the median of {args.runs} runs" if args.runs > 1 else "one run"
    elapsed = time.perf_counter() - started
    run.log(f"\nEach page: {runs}. Reports in {args.output}; {elapsed:.0f} s in all.")
    if any(result.error for result in results):
        sys.exit(f"Some pages couldn't be tested: see {server_log}")


if __name__ == "__main__":
    main()
