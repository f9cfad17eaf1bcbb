"""The command line, through real builds of tmp projects: exit codes and exact output."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.cli import cli
from tests.conftest import MakeProject


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_build_writes_the_site(make_project: MakeProject) -> None:
    project = make_project()
    code, out, err = run("build", str(project))
    assert (code, err) == (0, "")
    assert out == f"Built 1 briefing(s), 8 files, into {project / 'site'}.\n"
    files = sorted(p.relative_to(project / "site").as_posix()
                   for p in (project / "site").rglob("*") if p.is_file())
    assert files == [".briefing-site", ".nojekyll", "404.html", "favicon.svg", "index.html", "story/facts.json",
                     "story/index.html", "style.css"]


def test_build_output_option(make_project: MakeProject, tmp_path: Path) -> None:
    project = make_project()
    code, _, _ = run("build", str(project), "--output", str(tmp_path / "out"))
    assert code == 0
    assert (tmp_path / "out" / "story" / "index.html").is_file()
    assert not (project / "site").exists()


def test_check_writes_nothing(make_project: MakeProject) -> None:
    project = make_project()
    code, out, err = run("check", str(project))
    assert (code, out, err) == (0, "Checked 1 briefing(s): no errors, 0 warning(s).\n", "")
    assert not (project / "site").exists()


def test_version() -> None:
    assert run("--version")[:2] == (0, f"briefing, version {__version__}\n")


@pytest.mark.parametrize("command", ["build", "check"])
def test_help_on_each_command(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert out.startswith(f"Usage: cli {command} [OPTIONS] [PROJECT_DIR]")


def test_usage_error_exits_2() -> None:
    assert run("build", "--no-such-option")[0] == 2


def test_errors_in_every_file_in_one_run(make_project: MakeProject) -> None:
    project = make_project({
        "briefing.yaml": "titel: Briefings\n",
        "content/story/article.md": "---\ntitle: T\npublished: 2025-13-01\n---\nBody.\n",
        "content/story/facts.yaml": """\
            summary: S.
            key_numbers:
              - label: Target
                value: '350000'
            timeline:
              - date: soon
                title: Something
                status: maybe
            """,
        "content/Bad_Name/article.md": "x",
    })
    code, out, err = run("build", str(project))
    assert (code, out) == (1, "")
    forms = err.split("Use one of: ")[1].split(".\n")[0]
    assert err == "".join(line + "\n" for line in [
        "briefing.yaml:1:1: error: titel is not a known key. Did you mean 'title'? "
        "Known keys: title, description, base_url, language, author.",
        "content/Bad_Name:1:1: error: 'Bad_Name' is not a valid briefing name. Use lowercase "
        "letters, digits and single hyphens, e.g. xiaomi-ev-factory.",
        "content/story/article.md:3:12: error: published: '2025-13-01' is not a date: "
        "there is no month 13.",
        "content/story/facts.yaml:3:5: warning: key_numbers[0] has no quote, so readers cannot "
        "check it against the article. Add quote: with the article's own words.",
        "content/story/facts.yaml:4:12: error: key_numbers[0].value must be a number, not the "
        "text '350000'. Write the number without quotes, e.g. 350000.",
        "content/story/facts.yaml:6:5: warning: timeline[0] has no quote, so readers cannot "
        "check it against the article. Add quote: with the article's own words.",
        f"content/story/facts.yaml:6:11: error: timeline[0].date: 'soon' is not a date. "
        f"Use one of: {forms}.",
        "content/story/facts.yaml:8:13: error: timeline[0].status 'maybe' is not one of: "
        "happened | expected.",
        "6 error(s); nothing was written.",
    ])
