"""The Nu HTML Checker (vnu.jar, installed by `make test`), for tests that validate pages."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings

VNU_JAR = Path(
    os.environ.get("VNU_JAR")
    or settings.BASE_DIR / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
)


def missing(what: str):
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; .ci/run and `make test` install it")
    pytest.skip(f"{what} is missing: run `make test`, or apt-get install default-jre-headless npm")


def checker() -> list[str]:
    java = shutil.which("java")
    if not java:
        missing("java")
    if not VNU_JAR.exists():
        missing(str(VNU_JAR))
    return [java, "-jar", str(VNU_JAR)]


def errors(client, urls: dict[str, str], folder: Path) -> list[str]:
    """The checker's errors for each page of `urls` (name: URL), as 'name.html:line: message'."""
    command = checker()
    files = []
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = folder / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stdout)["messages"]
    return [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
