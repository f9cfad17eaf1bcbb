"""Write the site into a staging folder beside site/, then swap it into place.

A failed or interrupted build leaves the previous site/ exactly as it was: nothing is
written into site/ itself, and the old tree is only moved aside once the new one is
complete.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from briefing.errors import BriefingError, Location, Problem

MARKER = ".briefing-site"
"""Every site briefing builds has this file: only a folder that has it may be replaced."""
MARKER_TEXT = b"This folder is made by `briefing build`, which replaces it as a whole.\n"
NOJEKYLL = ".nojekyll"
"""Tells GitHub Pages to serve the files as they are."""


@dataclass(frozen=True)
class OutFile:
    """One file of the site: where it goes and what it holds (bytes, or a file to copy)."""

    dest_path: PurePosixPath
    data: bytes | None = None
    src_path: Path | None = None


def check_site_dir(project_dir: Path, site_dir: Path) -> None:
    """Refuse an output folder whose replacement would destroy the user's work."""
    site = site_dir.resolve()
    project = project_dir.resolve()
    where = Location(site_dir)
    reason = ""
    if site == project or project.is_relative_to(site):
        reason = "it contains the project itself"
    elif any(site.is_relative_to(project / name) for name in ("content", "templates")):
        reason = "it is inside content/ or templates/"
    elif site_dir.is_symlink() or (site_dir.exists() and not site_dir.is_dir()):
        reason = "it is a file or a link, not a folder"
    elif site.is_dir() and any(site.iterdir()) and not (site / MARKER).is_file():
        reason = f"it is a folder briefing did not make (it has no {MARKER} file)"
    if reason:
        message = f"cannot build into {site_dir}: {reason}. Choose another --output folder."
        raise BriefingError([Problem(where, message)])


def write_site(site_dir: Path, out_files: list[OutFile]) -> None:
    """Write every file into a fresh staging folder, then swap it for site_dir."""
    staging = site_dir.with_name(f".{site_dir.name}.staging-{os.getpid()}")
    _remove(staging)
    try:
        staging.mkdir(parents=True)
        for out in _checked(out_files):
            _write(staging, out)
        _swap(staging, site_dir)
    finally:
        _remove(staging)


def _checked(out_files: list[OutFile]) -> list[OutFile]:
    """The files, after refusing duplicate or escaping destinations (a bug, not user input)."""
    seen: set[PurePosixPath] = set()
    for out in out_files:
        dest = out.dest_path
        if dest.is_absolute() or ".." in dest.parts or not dest.parts:
            raise ValueError(f"output path escapes the site folder: {dest}")
        if dest in seen:
            raise ValueError(f"two files would be written to {dest}")
        seen.add(dest)
    return sorted(out_files, key=lambda out: out.dest_path)


def _write(staging: Path, out: OutFile) -> None:
    path = staging.joinpath(*out.dest_path.parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    if out.src_path is not None:
        shutil.copyfile(out.src_path, path)
    else:
        path.write_bytes(out.data or b"")


def _swap(staging: Path, site_dir: Path) -> None:
    old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    _remove(old)
    if site_dir.exists():
        site_dir.rename(old)
    try:
        staging.rename(site_dir)
    except BaseException:
        if old.exists():
            old.rename(site_dir)
        raise
    _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
