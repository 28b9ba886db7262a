"""Is every package pinned in requirements.lock the newest patch release of its series?

For each pin X.Y.Z, asks the package index (`pip index versions`) for the releases of
X.Y.* and fails if a newer one exists: patch releases carry security fixes. A package the
index can't be asked about fails too, so an unreachable index never reads as "current".
Run with the project's virtualenv: `make check-deps`.
"""

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from packaging.version import InvalidVersion, Version

LOCK = Path(__file__).resolve().parent.parent / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", re.M)


def newer_patch(name: str, pinned: str) -> tuple[str, str | None, str | None]:
    """(name, the newest release of the pin's series if newer, an error)."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", name],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"Available versions: (.+)", result.stdout)
    if result.returncode != 0 or not found:
        return name, None, (result.stderr.strip().splitlines() or ["no answer"])[-1]
    current = Version(pinned)
    series = []
    for text in found.group(1).split(", "):
        try:
            version = Version(text.strip())
        except InvalidVersion:
            continue
        if not version.is_prerelease and version.release[:2] == current.release[:2]:
            series.append(version)
    newest = max(series, default=current)
    return name, (str(newest) if newest > current else None), None


def main() -> int:
    pins = PIN.findall(LOCK.read_text())
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda pin: newer_patch(*pin), pins))
    stale = [(name, newest) for name, newest, _ in answers if newest]
    unknown = [(name, error) for name, _, error in answers if error]
    pinned = dict(pins)
    for name, newest in stale:
        print(f"{name} {pinned[name]} -> {newest} (a newer patch release)")
    for name, error in unknown:
        print(f"{name}: couldn't ask the index ({error})")
    if stale or unknown:
        print(
            f"{len(stale)} stale, {len(unknown)} unknown, of {len(pins)} pins. "
            'Update with `make lock UPGRADE="name …"`.'
        )
        return 1
    print(f"All {len(pins)} pins are the newest patch release of their series.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
