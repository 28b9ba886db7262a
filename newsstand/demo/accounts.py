"""Development-only logins, one per editorial role, with passwords anyone can guess."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .errors import DemoError


@dataclass(frozen=True)
class Account:
    label: str
    username: str
    password: str | None  # None when the account's password is no longer the demo one


ROLES = (("Admin", None), ("Editor", "Editors"), ("Contributor", "Contributors"))


def ensure_dev_accounts() -> list[Account]:
    """Create the admin, editor and contributor logins that are missing; keep existing ones."""
    user_model = get_user_model()
    accounts = []
    for label, group_name in ROLES:
        username = password = label.lower()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            create = user_model.objects.create_user
            if group_name is None:
                create = user_model.objects.create_superuser
            user = create(username=username, email=f"{username}@example.com", password=password)
        elif not user.check_password(password):
            password = None
        if group_name:
            user.groups.add(role_group(group_name))
        accounts.append(Account(label, username, password))
    return accounts


def role_group(name: str) -> Group:
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist:
        raise DemoError(f'The "{name}" group is missing: run "manage.py migrate" first.') from None
