"""Helpers shared by the test suites of several apps."""

import subprocess
import sys
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Revision


def make_schedule_due(page) -> None:
    """Pretend the page's scheduled go-live time has passed (as the scheduler will see it)."""
    revision = Revision.objects.get(pk=page.scheduled_revision.pk)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()


def user_in(group_name: str, username: str):
    """A user in one of the editorial groups (Contributors, Editors)."""
    user = get_user_model().objects.create_user(username, password="pass-word-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def manage(env: dict[str, str], *args: str) -> str:
    """Run `manage.py args` in a process of its own with `env`; its output. The test fails
    with the command's errors if it fails."""
    result = subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout
