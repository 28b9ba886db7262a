"""The side-by-side table pairs each page with its WordPress counterpart, takes the median
of the rounds, and says which targets are met."""

from newsstand.bench import peers


def figures(rps: float, p50: float) -> dict:
    return {"c32": {"rps": rps}, "c1": {"p50_ms": p50}}


def a_round(ours: dict, theirs: dict) -> dict:
    return {
        name: {"newsstand": ours.get(name, figures(100.0, 10.0)), "wordpress": theirs[peer]}
        for name, peer in peers.COUNTERPARTS.items()
    }


def test_each_page_is_measured_against_its_counterpart(capsys):
    theirs = {
        "home": figures(40.0, 60.0),
        "category": figures(25.0, 50.0),
        "post": figures(20.0, 30.0),
    }
    rounds = [a_round({"home": figures(60.0, 40.0)}, theirs)] * 3
    rows = {row["page"]: row for row in peers.table(rounds)}
    assert rows["home"]["ratio"] == 1.5 and rows["home"]["p50_share"] == 0.667
    assert rows["section"]["ratio"] == 4.0 and rows["section"]["wordpress_page"] == "category"
    assert rows["music"]["ratio"] == 5.0 and rows["music"]["wordpress_page"] == "post"

    peers.print_table(list(rows.values()), {"rps": 900.0, "static_rps": 10_000.0, "share": 0.09})
    out = capsys.readouterr().out
    assert "| home (WordPress home) | 60.0 req/s | 40.0 req/s | 1.50× (1.50–1.50; not met) |" in out
    assert (
        "| section (WordPress category) | 100.0 req/s | 25.0 req/s | 4.00× (4.00–4.00; met) |"
        in out
    )
    assert "900 req/s | 10,000 req/s | 9.0% of nginx" in out


def test_each_ratio_is_the_median_of_ratios_measured_back_to_back():
    """A round where both sides ran slow counts as the same ratio as one where both ran fast."""
    slow = a_round(
        {"article": figures(50.0, 20.0)},
        {**dict.fromkeys(("home", "category"), figures(10.0, 60.0)), "post": figures(10.0, 60.0)},
    )
    fast = a_round(
        {"article": figures(150.0, 10.0)},
        {**dict.fromkeys(("home", "category"), figures(30.0, 30.0)), "post": figures(30.0, 30.0)},
    )
    odd = a_round(
        {"article": figures(90.0, 12.0)},
        {**dict.fromkeys(("home", "category"), figures(30.0, 30.0)), "post": figures(30.0, 30.0)},
    )
    row = {r["page"]: r for r in peers.table([slow, fast, odd])}["article"]
    assert row["ratio"] == 5.0 and row["ratio_range"] == [3.0, 5.0]
    assert row["rps"] == 90.0 and row["wordpress_rps"] == 30.0  # medians of each side
    assert row["p50_share"] == 0.333
