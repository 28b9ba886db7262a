"""Launching Debian's Chromium for browser tests (Playwright's own download can't run here)."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


def require_chromium() -> str:
    """The Chromium path; a missing browser fails in CI and skips elsewhere."""
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs it")
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
