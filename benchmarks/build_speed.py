"""Build speed and page weight, as figures to compare within one run.

    python benchmarks/build_speed.py [--copies N]

Builds the repository's own content once, then a project of N copies of the seed
briefing, and prints the time per build and per briefing, the ratio between them
(which should stay near 1: the build is linear in the number of briefings), and the
bytes a reader downloads for the seed page. Shared machines are noisy: read the
ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
import time
from pathlib import Path

from briefing.build import build_site

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "content" / "xiaomi-ev-factory"


def timed_build(project: Path, site: Path, repeat: int) -> float:
    """Median seconds of `repeat` full builds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        build_site(project, site)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_copies(root: Path, copies: int) -> Path:
    """A project with `copies` copies of the seed briefing, each moved to other years.

    Other years give every copy its own dates, so caches help no more than in a real
    project.
    """
    for i in range(copies):
        folder = root / "content" / f"story-{i:04d}"
        folder.mkdir(parents=True)
        for src in SEED.iterdir():
            text = src.read_text(encoding="utf-8")
            text = text.replace("2024", str(1100 + 2 * i)).replace("2025", str(1101 + 2 * i))
            (folder / src.name).write_text(text, encoding="utf-8")
    return root


def page_weight(site: Path) -> dict[str, int]:
    """Bytes of the seed page and what it loads, raw and gzipped."""
    files = [site / "xiaomi-ev-factory" / "index.html", site / "style.css",
             site / "favicon.svg"]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return {"html": files[0].stat().st_size, "css": files[1].stat().st_size,
            "total": raw, "total_gzip": packed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        one = timed_build(REPO, tmp_dir / "site-one", args.repeat)
        many_project = make_copies(tmp_dir / "many", args.copies)
        many = timed_build(many_project, tmp_dir / "site-many", max(1, args.repeat // 2))
        weight = page_weight(tmp_dir / "site-one")
    per_briefing = many / args.copies
    print(f"build, 1 briefing:            {one * 1000:8.1f} ms (median of {args.repeat})")
    print(f"build, {args.copies} briefings:        {many * 1000:8.1f} ms")
    print(f"per briefing at {args.copies}:          {per_briefing * 1000:8.1f} ms")
    print(f"ratio per-briefing / single:  {per_briefing / one:8.2f}")
    print(f"seed page HTML:               {weight['html']:8d} bytes")
    print(f"stylesheet:                   {weight['css']:8d} bytes")
    print(f"page + css + icon:            {weight['total']:8d} bytes, "
          f"{weight['total_gzip']} gzipped")


if __name__ == "__main__":
    main()
