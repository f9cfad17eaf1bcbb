"""The command line: parse options, call the pipeline, print problems, pick the exit code."""

from __future__ import annotations

from pathlib import Path

import click

from briefing import __version__
from briefing.build import BuildReport, build_site
from briefing.errors import BriefingError, Problem

_PROJECT = click.argument(
    "project_dir", default=".", type=click.Path(file_okay=False, path_type=Path)
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Turn news articles and the facts drawn from them into a static briefing site."""


@cli.command()
@_PROJECT
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the site to.  [default: PROJECT_DIR/site]")
def build(project_dir: Path, output: Path | None) -> None:
    """Build PROJECT_DIR (default: here) into a static site.

    The site is written to a staging folder and swapped in at the end: when anything
    is wrong, every problem is listed and the previous site is left as it was.
    """
    report = _run(project_dir, output, write=True)
    site = output or project_dir / "site"
    click.echo(f"Built {report.briefings} briefing(s), {len(report.files)} files, into {site}.")


@cli.command()
@_PROJECT
def check(project_dir: Path) -> None:
    """Check PROJECT_DIR as build would, writing nothing."""
    report = _run(project_dir, None, write=False)
    click.echo(f"Checked {report.briefings} briefing(s): no errors, "
               f"{len(report.warnings)} warning(s).")


def _run(project_dir: Path, output: Path | None, write: bool) -> BuildReport:
    try:
        report = build_site(project_dir, output, write=write)
    except BriefingError as err:
        _echo_problems(err.problems)
        errors = sum(p.severity == "error" for p in err.problems)
        click.echo(f"{errors} error(s); nothing was written.", err=True)
        raise SystemExit(1) from None
    _echo_problems(report.warnings)
    return report


def _echo_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def main() -> None:
    """The `briefing` console script."""
    cli()
