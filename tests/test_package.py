"""The package as users get it: the wheel, `python -m briefing`, and docs kept true."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml
from click.testing import CliRunner

from briefing.article import FRONT_MATTER_KEYS, IMAGE_KEYS
from briefing.cli import cli
from briefing.config import CONFIG_KEYS
from briefing.facts import EVENT_KEYS, FACTS_KEYS, KEY_NUMBER_KEYS

REPO = Path(__file__).parent.parent
FORMAT_DOC = REPO / "docs" / "format.md"


def test_wheel_ships_the_theme(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = {p.relative_to(REPO / "templates").as_posix()
             for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert theme >= {"base.html", "briefing.html", "index.html", "404.html", "style.css",
                     "partials/callouts.html", "partials/timeline.html"}
    assert {f"briefing/templates/{name}" for name in theme} <= names


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "--help"],
                            capture_output=True, text=True, check=True)
    assert "build" in result.stdout and "check" in result.stdout


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```(?:yaml|markdown)\n(.*?)```", text, re.DOTALL)


def test_format_doc_names_every_key_and_no_other() -> None:
    blocks = _yaml_blocks(FORMAT_DOC.read_text())
    config = yaml.safe_load(blocks[0])
    front = yaml.safe_load(blocks[1].split("---")[1])
    facts = yaml.safe_load(blocks[2])
    assert tuple(config) == CONFIG_KEYS
    assert tuple(front) == FRONT_MATTER_KEYS
    assert tuple(front["image"]) == IMAGE_KEYS
    assert tuple(facts) == FACTS_KEYS
    assert tuple(facts["key_numbers"][0]) == KEY_NUMBER_KEYS
    assert tuple(facts["timeline"][0]) == EVENT_KEYS


def test_format_doc_example_builds(tmp_path: Path) -> None:
    blocks = _yaml_blocks(FORMAT_DOC.read_text())
    story = tmp_path / "content" / "example"
    story.mkdir(parents=True)
    article = blocks[1].replace("  src: factory.jpg\n", "").replace(
        "The article's text in Markdown.",
        "Xiaomi has raised its 2025 sales target to 350,000 vehicles. "
        "In October, the European Commission imposed additional tariffs on EVs.",
    )
    (story / "article.md").write_text(article)
    (story / "facts.yaml").write_text(blocks[2])
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (0, "")


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    for name, command in cli.commands.items():
        assert f"briefing {name}" in readme
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-"):
                    assert opt in readme, f"{name} {opt} is not in the README"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text()
    quick = readme.split("## Quick start")[1].split("```sh\n")[1].split("```")[0]
    lines = quick.strip().splitlines()
    assert len(lines) == 2
    assert lines[1] in (REPO / ".ci" / "run").read_text()
