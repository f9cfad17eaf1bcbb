"""Find content/<slug>/ folders, check their names and read their files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Location, Problems
from briefing.yamlfile import Node, load_yaml

CONTENT_DIR = "content"
ARTICLE_FILE = "article.md"
FACTS_FILE = "facts.yaml"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_FENCE = "---"
_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")


@dataclass(frozen=True)
class Source:
    """One briefing's files, read but not yet validated."""

    slug: str
    folder: Path
    """Absolute path of content/<slug>/."""
    article_path: Path
    """content/<slug>/article.md, relative to the project, for messages."""
    facts_path: Path
    front: Node | None
    body: str
    body_line: int
    facts: Node | None


def load_sources(project_dir: Path, problems: Problems) -> list[Source]:
    """Every content/<slug>/ in name order; problems for bad names and missing files."""
    content_dir = project_dir / CONTENT_DIR
    if not content_dir.is_dir():
        problems.error(Location(Path(CONTENT_DIR)), "there is no content folder. Create "
                       "content/<slug>/article.md and content/<slug>/facts.yaml.")
        return []
    sources = []
    for folder in sorted(content_dir.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        rel = folder.relative_to(project_dir)
        if not _inside(folder, project_dir):
            problems.error(Location(rel), "this folder links outside the project. "
                           "Copy the briefing into content/ instead of linking it.")
        elif not SLUG.match(folder.name):
            problems.error(Location(rel), f"'{folder.name}' is not a valid briefing name. Use "
                           "lowercase letters, digits and single hyphens, e.g. xiaomi-ev-factory.")
        else:
            source = _load_source(project_dir, folder, problems)
            if source is not None:
                sources.append(source)
    if not sources and not problems.errors:
        problems.error(Location(Path(CONTENT_DIR)), "content/ has no briefings. Add "
                       "content/<slug>/article.md and content/<slug>/facts.yaml.")
    return sources


def _load_source(project_dir: Path, folder: Path, problems: Problems) -> Source | None:
    article_path = folder.relative_to(project_dir) / ARTICLE_FILE
    facts_path = folder.relative_to(project_dir) / FACTS_FILE
    article = read_text(project_dir, article_path, problems)
    facts = read_text(project_dir, facts_path, problems)
    if article is None or facts is None:
        return None
    split = split_front_matter(article)
    if split is None:
        problems.error(Location(article_path), "article.md must start with front matter: a line "
                       "'---', the YAML keys (title, published, ...), then another '---'.")
    front_text, body, body_line = split or ("", article, 1)
    return Source(
        slug=folder.name,
        folder=folder,
        article_path=article_path,
        facts_path=facts_path,
        front=load_yaml(front_text, article_path, problems, line_offset=1) if split else None,
        body=body,
        body_line=body_line,
        facts=load_yaml(facts, facts_path, problems),
    )


def read_text(project_dir: Path, src_path: Path, problems: Problems) -> str | None:
    """A project file's text, or None with a problem when it is missing or not UTF-8."""
    path = project_dir / src_path
    if path.is_dir():
        problems.error(Location(src_path), f"{src_path.name} is a folder. Make it a file.")
        return None
    if not path.is_file():
        problems.error(Location(src_path), f"{src_path.name} is missing. Create it.")
        return None
    if not _inside(path, project_dir):
        problems.error(Location(src_path), "this file links outside the project. Copy it in.")
        return None
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        problems.error(Location(src_path, line), "this file is not UTF-8 text. Save it as UTF-8.")
        return None


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter YAML, body, 1-based line where the body starts), or None."""
    # Lines end at "\n" only, as YAML counts them (str.splitlines also splits at U+2028...).
    lines = _LINES.findall(text)
    if not lines or lines[0].rstrip() != _FENCE:
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() == _FENCE:
            front = "".join(lines[1:number])
            body = "".join(lines[number + 1 :])
            return front, body, number + 2
    return None


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())
