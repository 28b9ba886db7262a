"""Load from a second process: wrk (Debian's package), reporting through `report.lua`."""

import json
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("report.lua")
READERS = Path(__file__).with_name("readers.lua")
GZIP = "Accept-Encoding: gzip"


@dataclass
class Result:
    requests: int
    seconds: float
    errors: int  # connect, read, write and timeout errors
    non_2xx_3xx: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "rps": round(self.rps, 1)}


@dataclass
class Readers(Result):
    bytes: int  # received, headers included
    pages: int  # answered 200
    beacons: int  # view-counter beacons answered 204
    other: int

    def as_dict(self) -> dict:
        return {**super().as_dict(), "beacon_rps": round(self.beacons / self.seconds, 1)}


def wrk(base_url: str, paths: list[str], *, connections: int, seconds: int) -> Result:
    """`connections` concurrent readers for `seconds`, cycling through `paths`."""
    data = _run(SCRIPT, base_url, paths, connections, seconds, ["-H", GZIP])
    return Result(**_figures(data))


QUIET_TAIL = 3  # seconds of health checks only at the end of a readers run


def readers(
    base_url: str, visits: dict[str, int], *, connections: int, seconds: int, beacons_only=False
) -> Readers:
    """Readers loading each page of `visits` ({path: page id}) and then counting their view,
    each a distinct reader; or, with `beacons_only`, the counter's beacons alone. The last
    QUIET_TAIL seconds send health checks only, so the pages and beacons counted are all
    that the server answered; rates are over the seconds before them."""
    started = time.time()
    stop = int(started) + seconds
    arguments = [f"run={time.time_ns()}", f"stop={stop}", *["beacons"] * beacons_only]
    arguments += [f"{path}={page}" for path, page in visits.items()]
    data = _run(READERS, base_url, arguments, connections, seconds + QUIET_TAIL, [])
    counts = {key: data[key] for key in ("bytes", "pages", "beacons", "other")}
    figures = _figures(data)
    figures["seconds"] = max(stop - started, 1)
    figures["requests"] = counts["pages"] + counts["beacons"]
    return Readers(**figures, **counts)


def _run(script: Path, base_url: str, arguments: list[str], connections: int, seconds: int, extra):
    threads = max(1, min(2, connections))
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", *extra,
        "-s", str(script), base_url + "/", "--", *arguments,
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(next(line for line in output.splitlines() if line.startswith("{")))


def _figures(data: dict) -> dict:
    return {
        "requests": data["requests"],
        "seconds": data["duration_us"] / 1e6,
        "errors": data["errors"],
        "non_2xx_3xx": data["non_2xx_3xx"],
        **{key: data[key] for key in ("p50_ms", "p95_ms", "p99_ms", "max_ms")},
    }


def best_of(runs: int, base_url: str, paths: list[str], **options) -> Result:
    """The fastest of a few runs: nginx and wrk share two cores, so single runs vary ±20 %."""
    results = [wrk(base_url, paths, **options) for _ in range(runs)]
    return max(results, key=lambda result: result.rps)
