"""The side-by-side table pairs each page with its WordPress counterpart and says which
targets are met."""

from newsstand.bench import peers


def figures(rps: float, p50: float) -> dict:
    return {"c32": {"rps": rps}, "c1": {"p50_ms": p50}}


def test_each_page_is_measured_against_its_counterpart(capsys):
    ours = {name: figures(100.0, 10.0) for name in peers.COUNTERPARTS}
    ours["home"] = figures(60.0, 40.0)
    theirs = {
        "home": figures(40.0, 60.0),
        "category": figures(25.0, 50.0),
        "post": figures(20.0, 30.0),
    }
    rows = {row["page"]: row for row in peers.table(ours, theirs)}
    assert rows["home"]["ratio"] == 1.5 and rows["home"]["p50_share"] == 0.667
    assert rows["section"]["ratio"] == 4.0 and rows["section"]["wordpress_page"] == "category"
    assert rows["music"]["ratio"] == 5.0 and rows["music"]["wordpress_page"] == "post"

    peers.print_table(list(rows.values()), {"rps": 900.0, "static_rps": 10_000.0, "share": 0.09})
    out = capsys.readouterr().out
    assert "| home (WordPress home) | 60.0 req/s | 40.0 req/s | 1.50× (not met) |" in out
    assert "| section (WordPress category) | 100.0 req/s | 25.0 req/s | 4.00× (met) |" in out
    assert "900 req/s | 10,000 req/s | 9.0% of nginx" in out
