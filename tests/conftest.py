"""Shared fixtures: tmp projects built from a dict of files, and golden-tree updates."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

ARTICLE = """\
---
title: Xiaomi targets 350k sales with new electric car factory
published: 2025-03-19
---
Xiaomi has raised its 2025 sales target to 350,000 vehicles. The company's profits
increased by 90%, and shares reached record levels.

In October, the European Commission imposed additional tariffs on electric cars.
"""

FACTS = """\
summary: Xiaomi raised its 2025 target to 350,000 cars.
key_numbers:
  - label: 2025 sales target
    value: 350000
    unit: vehicles
    quote: raised its 2025 sales target to 350,000 vehicles
timeline:
  - date: 2024-10
    title: EU adds tariffs on Chinese-made EVs
    quote: In October, the European Commission imposed additional tariffs
"""

MakeProject = Callable[..., Path]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite tests/golden/*/site and site/ from a fresh build.")


@pytest.fixture
def make_project(tmp_path: Path) -> MakeProject:
    """A project in tmp_path: one valid briefing `story` unless `files` says otherwise.

    `files` maps paths to text (dedented) or bytes; None removes a default file.
    """

    def make(files: dict[str, str | bytes | None] | None = None, name: str = "project") -> Path:
        project = tmp_path / name
        defaults: dict[str, str | bytes | None] = {
            "content/story/article.md": ARTICLE,
            "content/story/facts.yaml": FACTS,
        }
        for rel, text in {**defaults, **(files or {})}.items():
            path = project / rel
            if text is None:
                path.unlink(missing_ok=True)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text), encoding="utf-8")
        return project

    return make
