"""Load from a second process: wrk (Debian's package), reporting through `report.lua`."""

import json
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("report.lua")
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


def wrk(base_url: str, paths: list[str], *, connections: int, seconds: int) -> Result:
    """`connections` concurrent readers for `seconds`, cycling through `paths`."""
    threads = max(1, min(2, connections))
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
        "-H", GZIP, "-s", str(SCRIPT), base_url + paths[0], "--", *paths,
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("{"))
    data = json.loads(line)
    return Result(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        errors=data["errors"],
        non_2xx_3xx=data["non_2xx_3xx"],
        p50_ms=data["p50_ms"],
        p95_ms=data["p95_ms"],
        p99_ms=data["p99_ms"],
        max_ms=data["max_ms"],
    )


def best_of(runs: int, base_url: str, paths: list[str], **options) -> Result:
    """The fastest of a few runs: nginx and wrk share two cores, so single runs vary ±20 %."""
    results = [wrk(base_url, paths, **options) for _ in range(runs)]
    return max(results, key=lambda result: result.rps)
