"""build_site(): load → validate → enrich → render → write, nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.config import load_config
from briefing.content import load_sources
from briefing.enrich import enrich
from briefing.errors import Problem, Problems
from briefing.facts import parse_briefing
from briefing.output import OutFile, check_site_dir, write_site
from briefing.render import Theme, builtin_theme_dir, check_templates, make_environment
from briefing.site import render_site


@dataclass(frozen=True)
class BuildReport:
    """What a build made, and the warnings it printed."""

    briefings: int
    files: list[OutFile]
    warnings: list[Problem]


def build_site(project_dir: Path, site_dir: Path | None = None, write: bool = True) -> BuildReport:
    """Build the site; raise BriefingError with every problem, leaving site/ untouched."""
    site_dir = site_dir or project_dir / "site"
    if write:
        check_site_dir(project_dir, site_dir)
    problems = Problems()
    theme = Theme(project_dir, builtin_theme_dir())
    env = make_environment(theme)
    # Load and validate every input before anything else, so one run reports all problems.
    config = load_config(project_dir, problems)
    sources = load_sources(project_dir, problems)
    briefings = [(parse_briefing(source, config, problems), source) for source in sources]
    check_templates(env, theme, problems)
    # Enrich: render each article and tie every fact to its quote.
    enriched = [enrich(briefing, source, problems) for briefing, source in briefings if briefing]
    problems.raise_if_errors()
    # Render the whole site in memory; write only when every page rendered.
    out_files = render_site(env, theme, config, enriched, problems)
    problems.raise_if_errors()
    if write:
        write_site(site_dir, out_files)
    return BuildReport(len(enriched), out_files, problems.warnings)
