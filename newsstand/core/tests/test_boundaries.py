"""Apps meet through hooks, registries and blocks: this reads the code and says where they don't.

- No content app names another newsstand app's page type in a string ("articles.HomePage"
  in a `parent_page_types`, say): Django resolves such strings late, so the import graph
  never shows the coupling. Core's types are reached by import, as the base they are.
- No template of core or a content app loads another newsstand app's tag library, but
  core's own, which every app builds on.
"""

import ast
import re
from pathlib import Path

import pytest

from django.apps import apps
from django.template import engines

from wagtail.models import Page

import newsstand

PACKAGE = Path(newsstand.__file__).parent
CORE_AND_CONTENT_APPS = ["core", "people", "articles", "series", "music", "charts", "info"]
LOAD_TAG = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def page_type_strings(source: str, own_label: str) -> list[str]:
    """String literals in `source` naming another app's page model ("app_label.Model")."""
    named = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            label, dot, name = node.value.partition(".")
            if not dot or label in (own_label, "core") or not name.isidentifier():
                continue
            if not apps.is_installed(f"newsstand.{label}"):
                continue  # Wagtail's or Django's own: "wagtailcore.Page"
            try:
                model = apps.get_model(label, name)
            except (LookupError, ValueError):
                continue
            if issubclass(model, Page):
                named.append(node.value)
    return named


def library_apps() -> dict[str, str]:
    """Each tag library name, with the label of the newsstand app that provides it."""
    owners = {}
    for name, module in engines["django"].engine.libraries.items():
        parts = module.split(".")
        if parts[0] == "newsstand":
            owners[name] = apps.get_containing_app_config(module).label
    return owners


def foreign_loads(template: str, own_label: str, owners: dict[str, str]) -> list[str]:
    loaded = [name for names in LOAD_TAG.findall(template) for name in names.split()]
    return [name for name in loaded if owners.get(name, own_label) not in (own_label, "core")]


def app_sources(label: str):
    folder = Path(apps.get_app_config(label).path)
    for path in folder.rglob("*.py"):
        parts = path.relative_to(folder).parts
        if "migrations" not in parts and "tests" not in parts:
            yield path


def app_templates(label: str):
    folder = Path(apps.get_app_config(label).path) / "templates"
    yield from folder.rglob("*.html")


@pytest.mark.parametrize("label", CORE_AND_CONTENT_APPS)
def test_no_app_names_another_apps_page_type_in_a_string(label):
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in app_sources(label)
        if (names := page_type_strings(path.read_text(), label))
    }
    assert not found, f"page types named by string across apps: {found}"


@pytest.mark.parametrize("label", CORE_AND_CONTENT_APPS)
def test_no_template_loads_another_apps_tag_library(label):
    owners = library_apps()
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in app_templates(label)
        if (names := foreign_loads(path.read_text(), label, owners))
    }
    assert not found, f"templates loading another app's tag library: {found}"


def test_the_checks_catch_what_they_look_for():
    """The readers above find the couplings this issue removed, so they can fail."""
    named = page_type_strings('parent_page_types = ["articles.SectionPage"]', "series")
    assert named == ["articles.SectionPage"]
    assert page_type_strings('subpage_types = ["series.EpisodePage"]', "series") == []
    assert page_type_strings('parent_page_types = ["wagtailcore.Page"]', "core") == []
    assert page_type_strings('song = ForeignKey("music.Song")', "charts") == []  # a snippet
    owners = library_apps()
    assert owners["music"] == "music" and owners["newsstand"] == "core"
    assert foreign_loads("{% load wagtailcore_tags music %}", "charts", owners) == ["music"]
    assert foreign_loads("{% load static newsstand %}", "music", owners) == []
