"""The in-process profile times a page's renders in batches and keeps the least."""

from newsstand.bench.profile import least_cpu_ms


def test_the_profile_times_every_render_in_batches_and_keeps_the_least():
    calls = []
    least = least_cpu_ms(lambda: calls.append(1), renders=50, batches=5)
    assert len(calls) == 50 and least >= 0
