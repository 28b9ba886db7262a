"""Benchmark of followers' email: publishing with 100,000 followers, then sending to them.

    .venv/bin/python -m newsstand.followers.bench [--followers 100000]

In a throwaway SQLite database, with a real SMTP server on loopback (aiosmtpd) that
counts what it accepts, it measures in the same run:
- publishing an episode of a series nobody follows, and of one with every follower
  (the mailing is only queued, so both should cost the same);
- the baseline: Django sending ready-made messages over one SMTP connection to the same
  server (the ceiling for any sender);
- the real worker (`manage.py db_worker`) sending the mailing to every follower: messages
  per second, and its peak memory.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 5
BASELINE_MESSAGES = 5_000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=100_000)
    args = parser.parse_args(argv)
    out = sys.stdout.write
    workdir = Path(tempfile.mkdtemp(prefix="newsstand-mail-bench-"))

    from newsstand.bench.smtp_sink import CountingSink

    with CountingSink() as smtp:
        env = _environment(workdir, smtp.port)
        os.environ.update(env)
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        followed, nobody = _publication(args.followers)
        out(f"{args.followers:,} followers of one series, in {workdir}\n\n")
        _publishing(followed, nobody, out)
        baseline = _baseline(smtp, out)
        _worker(smtp, env, args.followers, baseline, out)


def _environment(workdir: Path, smtp_port: int) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "newsstand.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
        "MEDIA_ROOT": str(workdir / "media"),
        "PAGE_CACHE_GENERATION_FILE": str(workdir / "generation"),
    }


def _publication(followers: int):
    from wagtail.models import Site

    from newsstand.core.models import HomePage
    from newsstand.followers.models import Follow, Subscriber
    from newsstand.series.models import SeriesPage, StoriesPage

    home = HomePage.objects.first()
    Site.objects.filter(is_default_site=True).update(root_page=home)
    stories = home.add_child(instance=StoriesPage(title="Stories", slug="stories"))
    series = [
        stories.add_child(instance=SeriesPage(title=title, slug=slug, synopsis="A bench story."))
        for title, slug in [("Followed", "followed"), ("Nobody follows", "nobody")]
    ]
    batch = 5_000
    for start in range(0, followers, batch):
        readers = Subscriber.objects.bulk_create(
            Subscriber(email=f"reader{n}@example.ng", status="active", consent="bench")
            for n in range(start, min(start + batch, followers))
        )
        Follow.objects.bulk_create(
            Follow(subscriber=reader, topic=f"page:{series[0].pk}") for reader in readers
        )
    return series


def _publish(series, number: int) -> float:
    from newsstand.series.models import EpisodePage

    episode = EpisodePage(
        title=f"Episode {number:02d}", slug=f"episode-{number:02d}", number=number, live=False
    )
    series.add_child(instance=episode)
    started = time.perf_counter()
    episode.save_revision().publish()
    return time.perf_counter() - started


def _publishing(followed, nobody, out) -> None:
    """Alternating, so both see the same database state; the first of each is a warm-up."""
    from newsstand.followers.models import Mailing

    times = {"nobody": [], "followed": []}
    for number in range(1, REPEATS + 2):
        times["nobody"].append(_publish(nobody, number))
        times["followed"].append(_publish(followed, number))
    keep = Mailing.objects.order_by("pk").first()
    Mailing.objects.exclude(pk=keep.pk).delete()  # send one mailing below
    quiet = statistics.median(times["nobody"][1:]) * 1000
    busy = statistics.median(times["followed"][1:]) * 1000
    out("publishing an episode (median of 5, ms):\n")
    out(f"  series nobody follows        {quiet:7.1f}\n")
    out(f"  series with every follower   {busy:7.1f}   ratio {busy / quiet:.2f}\n\n")


def _baseline(smtp, out) -> float:
    from django.core.mail import EmailMultiAlternatives, mailers

    messages = []
    for n in range(BASELINE_MESSAGES):
        email = EmailMultiAlternatives("Baseline", "Plain text.\n" * 20, to=[f"b{n}@example.ng"])
        email.attach_alternative("<p>HTML.</p>" * 20, "text/html")
        messages.append(email)
    before = smtp.count
    started = time.perf_counter()
    with mailers.default as connection:
        connection.send_messages(messages)
    seconds = time.perf_counter() - started
    rate = (smtp.count - before) / seconds
    out(f"baseline, Django sending {BASELINE_MESSAGES:,} ready messages on one connection: ")
    out(f"{rate:,.0f} messages/s\n")
    return rate


def _worker(smtp, env, followers: int, baseline: float, out) -> None:
    before = smtp.count
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--backend", "background", "--batch"]
        + ["--no-reload", "--no-startup-delay", "--verbosity", "0"],
        env={**os.environ, **env},
        check=True,
    )
    seconds = time.perf_counter() - started
    sent = smtp.count - before
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = sent / seconds
    out(f"worker, one mailing to every follower: {sent:,} of {followers:,} sent ")
    out(f"in {seconds:.0f} s, ")
    out(f"{rate:,.0f} messages/s ({rate / baseline:.2f} of the baseline); ")
    out(f"worker peak RSS {peak_mb:.0f} MB\n")


if __name__ == "__main__":
    main()
