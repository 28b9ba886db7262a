"""Reading a Lighthouse report into the benchmark's table (no npm or browser needed)."""

import json
from pathlib import Path

from newsstand.bench import lighthouse

REPORT = json.loads((Path(__file__).parent / "lighthouse_report.json").read_text())


def test_a_report_becomes_scores_bytes_requests_and_failing_audits():
    result = lighthouse.summarise("article", REPORT)
    assert result.url == "http://127.0.0.1:8000/news/a-story/"
    assert list(result.scores.values()) == [99, 100, 96, None]  # performance … SEO
    assert (result.bytes, result.js_bytes) == (17412, 1234)
    assert (result.requests, result.third_party_requests) == (6, 0)
    assert result.failing == [
        ("total-blocking-time", "Total Blocking Time", "120 ms", True),
        ("uses-long-cache-ttl", "Serve static assets with an efficient cache policy",
         "7 resources found", False),
        ("errors-in-console", "Browser errors were logged to the console", "", True),
        ("is-crawlable", "Page is blocked from indexing", "", True),
    ]  # fmt: skip


def test_the_table_lists_each_page_and_its_failing_audits():
    text = lighthouse.table([lighthouse.summarise("article", REPORT)])
    header, row = text.splitlines()[:2]
    assert header.split() == [
        "page", "URL", "perf", "a11y", "bp", "seo", "bytes", "JS", "reqs", "3rd"
    ]  # fmt: skip
    assert row.split() == [
        "article", "http://127.0.0.1:8000/news/a-story/", "99", "100", "96", "err",
        "17,412", "1,234", "6", "0",
    ]  # fmt: skip
    assert "* total-blocking-time: Total Blocking Time [120 ms]\n" in text
    assert "  uses-long-cache-ttl: Serve static assets" in text
    assert "* is-crawlable: Page is blocked from indexing (issue 12 exempts" in text


def test_of_several_runs_the_median_performance_is_kept():
    runs = [
        {"categories": {"performance": {"score": score}}, "run": n}
        for n, score in enumerate([0.95, 1, None, 0.99, 0.97])
    ]
    assert lighthouse.median_run(runs)["run"] == 4  # None (not scored), .95, [.97], .99, 1


def test_runs_lighthouse_could_not_complete_are_left_out_of_the_median():
    failed = {"categories": {"performance": {"score": None}}, "runtimeError": {}, "run": 0}
    runs = [failed, *({"categories": {"performance": {"score": s}}, "run": s} for s in (0.8, 1))]
    assert lighthouse.median_run(runs)["run"] == 1
    assert lighthouse.median_run([failed]) is failed


def test_a_page_lighthouse_could_not_test_says_why():
    report = {
        "requestedUrl": "http://127.0.0.1:8000/",
        "runtimeError": {"code": "ERRORED_DOCUMENT_REQUEST", "message": "(Status code: 500)"},
    }
    result = lighthouse.summarise("home", report)
    assert result.error == "(Status code: 500)"
    assert set(result.scores.values()) == {None}
    text = lighthouse.table([result])
    assert "home (http://127.0.0.1:8000/): not tested: (Status code: 500)" in text
