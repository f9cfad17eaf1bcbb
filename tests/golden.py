"""Compare a built site with a committed tree, byte for byte; rewrite it on request."""

from __future__ import annotations

import shutil
from pathlib import Path


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, by its POSIX path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_same_tree(built: Path, golden: Path, update: bool) -> None:
    """Fail unless `built` and `golden` hold the same files with the same bytes."""
    if update:
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(built, golden)
    got, want = tree(built), tree(golden)
    assert sorted(got) == sorted(want), "file lists differ (pytest --update-golden rewrites)"
    for name in want:
        assert got[name] == want[name], f"{name} differs (pytest --update-golden rewrites)"
