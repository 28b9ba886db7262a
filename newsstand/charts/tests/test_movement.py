"""The chart rule, on plain song ids: last week, movement, new and re-entries, peaks,
weeks on chart and drop-outs."""

import random
from datetime import date, timedelta

import pytest

from newsstand.charts.tables import DropOut, Movement, Placing, compile_week

W = [date(2026, 1, 2) + timedelta(weeks=n) for n in range(6)]
A, B, C, D = 1, 2, 3, 4
HISTORY = {W[0]: [A, B, C], W[1]: [B, A, D], W[2]: [B, D, C], W[3]: [C, A]}


def rows(history):
    return [
        (day, song, pos) for day, ranking in history.items() for pos, song in enumerate(ranking, 1)
    ]


def week(n):
    return compile_week(
        week=W[n], ranking=HISTORY[W[n]], previous=W[n - 1] if n else None, history=rows(HISTORY)
    )


def test_the_first_week_is_all_new():
    placings, dropouts = week(0)
    assert [p.movement for p in placings] == [Movement("new")] * 3
    assert [(p.peak, p.peak_week, p.weeks_on_chart) for p in placings] == [
        (1, W[0], 1),
        (2, W[0], 1),
        (3, W[0], 1),
    ]
    assert dropouts == []


def test_movement_up_down_and_new_with_a_drop_out():
    placings, dropouts = week(1)
    assert placings == [
        Placing(1, B, 2, Movement("up", 1), 1, W[1], 2),
        Placing(2, A, 1, Movement("down", 1), 1, W[0], 2),
        Placing(3, D, None, Movement("new"), 3, W[1], 1),
    ]
    assert dropouts == [DropOut(C, 3, 3, W[0], 1)]


def test_no_change_and_a_re_entry():
    placings, dropouts = week(2)
    assert placings == [
        Placing(1, B, 1, Movement("same"), 1, W[1], 3),
        Placing(2, D, 3, Movement("up", 1), 2, W[2], 2),
        Placing(3, C, None, Movement("re-entry"), 3, W[0], 2),
    ]
    assert dropouts == [DropOut(A, 2, 1, W[0], 2)]


def test_a_new_peak_and_a_re_entry_that_keeps_its_first_peak_week():
    placings, dropouts = week(3)
    assert placings == [
        Placing(1, C, 3, Movement("up", 2), 1, W[3], 3),
        Placing(2, A, None, Movement("re-entry"), 1, W[0], 3),
    ]
    assert dropouts == [DropOut(B, 1, 1, W[1], 3), DropOut(D, 2, 2, W[2], 2)]


def test_later_weeks_never_change_an_earlier_one():
    later = {**HISTORY, W[4]: [D, C, B, A]}
    placings, _ = compile_week(week=W[1], ranking=HISTORY[W[1]], previous=W[0], history=rows(later))
    assert placings == week(1)[0]


def test_a_gap_counts_from_the_last_published_week():
    """With W[1] missing from the history, W[2] compares with W[0]."""
    history = {W[0]: [A, B], W[2]: [B, A]}
    placings, dropouts = compile_week(
        week=W[2], ranking=[B, A], previous=W[0], history=rows(history)
    )
    assert [p.movement for p in placings] == [Movement("up", 1), Movement("down", 1)]
    assert dropouts == []


@pytest.mark.parametrize(
    ("movement", "symbol", "text"),
    [
        (Movement("up", 3), "▲3", "up 3"),
        (Movement("down", 12), "▼12", "down 12"),
        (Movement("same"), "=", "no change"),
        (Movement("new"), "NEW", "new entry"),
        (Movement("re-entry"), "RE-ENTRY", "re-entry"),
    ],
)
def test_movement_reads_as_symbol_and_words(movement, symbol, text):
    assert (movement.symbol, movement.text) == (symbol, text)


def reference(rankings: list[list[int]], n: int):
    """The rule written the slow, obvious way, for comparison."""
    current = rankings[n]
    previous = rankings[n - 1] if n else []
    placings = []
    for position, song in enumerate(current, 1):
        runs = [(i, r.index(song) + 1) for i, r in enumerate(rankings[: n + 1]) if song in r]
        peak = min(p for _, p in runs)
        peak_week = W_OF[min(i for i, p in runs if p == peak)]
        if song in previous:
            change = previous.index(song) + 1 - position
            kind = "up" if change > 0 else "down" if change < 0 else "same"
            movement = Movement(kind, abs(change))
        else:
            movement = Movement("re-entry" if len(runs) > 1 else "new")
        last = previous.index(song) + 1 if song in previous else None
        placings.append(Placing(position, song, last, movement, peak, peak_week, len(runs)))
    dropouts = []
    for song in previous:
        if song not in current:
            runs = [(i, r.index(song) + 1) for i, r in enumerate(rankings[:n]) if song in r]
            peak = min(p for _, p in runs)
            peak_week = W_OF[min(i for i, p in runs if p == peak)]
            dropouts.append(DropOut(song, previous.index(song) + 1, peak, peak_week, len(runs)))
    return placings, sorted(dropouts, key=lambda d: d.last_position)


W_OF = [date(2025, 1, 3) + timedelta(weeks=n) for n in range(12)]


@pytest.mark.parametrize("seed", range(150))
def test_random_histories_match_the_reference(seed):
    rng = random.Random(seed)
    pool = list(range(1, rng.randint(2, 25)))
    rankings = [rng.sample(pool, rng.randint(0, min(10, len(pool)))) for _ in W_OF]
    history = rows(dict(zip(W_OF, rankings, strict=True)))
    rng.shuffle(history)  # stored rows come in no particular order
    for n, day in enumerate(W_OF):
        got = compile_week(
            week=day, ranking=rankings[n], previous=W_OF[n - 1] if n else None, history=history
        )
        assert got == reference(rankings, n), (seed, n)
        for placing in got[0]:
            assert placing.peak <= placing.position
            assert 1 <= placing.weeks_on_chart <= n + 1
            assert (placing.movement.kind == "new") == (placing.weeks_on_chart == 1)
