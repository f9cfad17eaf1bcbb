"""article.md front matter → Article; every rule in FORMAT.md "article.md"."""

from __future__ import annotations

import posixpath
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from briefing import fields
from briefing.config import check_language
from briefing.content import Source
from briefing.dates import DateError, parse_published
from briefing.errors import Location, Problems
from briefing.model import UNKNOWN_DATE, Article, DateSpan, Image, SiteConfig
from briefing.yamlfile import Mapping

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg")
FRONT_MATTER_KEYS = ("title", "published", "publisher", "url", "author", "language", "image")
IMAGE_KEYS = ("src", "alt", "credit")


def parse_article(source: Source, config: SiteConfig, problems: Problems) -> Article | None:
    """The article, or None when its front matter is unusable (problems say why)."""
    front = fields.mapping(source.front, "the front matter", Location(source.article_path),
                           problems)
    if front is None:
        return None
    fields.check_keys(front, FRONT_MATTER_KEYS, ("title", "published"), "", problems)
    published = _parse_published(front, problems)
    language = fields.text(front, "language", "", problems)
    if language:
        check_language(language, fields.where(front, "language"), "language", problems)
    url = fields.text(front, "url", "", problems)
    _check_url(url, fields.where(front, "url"), problems)
    return Article(
        title=fields.text(front, "title", "", problems),
        published=published or UNKNOWN_DATE,
        published_text=fields.text(front, "published", "", problems),
        language=language or config.language,
        body=source.body,
        body_line=source.body_line,
        publisher=fields.text(front, "publisher", "", problems),
        url=url,
        author=fields.text(front, "author", "", problems),
        image=_parse_image(front, source.folder, problems),
    )


def _parse_published(front: Mapping, problems: Problems) -> DateSpan | None:
    text = fields.text(front, "published", "", problems)
    if not text:
        return None
    try:
        return parse_published(text)
    except DateError as err:
        problems.error(fields.where(front, "published"), f"published: {err}")
        return None


def _check_url(url: str, where: Location, problems: Problems) -> None:
    parts = urlsplit(url)
    if url and (parts.scheme not in ("http", "https") or not parts.netloc):
        problems.error(where, f"url '{url}' must be a full web address starting with https://.")


def _parse_image(front: Mapping, folder: Path, problems: Problems) -> Image | None:
    node = front.items.get("image")
    if node is None:
        return None
    image = fields.mapping(node, "image", node.where, problems)
    if image is None:
        return None
    src = fields.text(image, "src", "image.", problems)
    fields.check_keys(image, IMAGE_KEYS, ("alt",) if src else ("credit",), "image.", problems)
    where = fields.where(image, "src")
    file = check_image_path(src, folder, where, "image.src", problems) if src else None
    return Image(
        src=src,
        file=file or "",
        alt=fields.text(image, "alt", "image.", problems),
        credit=fields.text(image, "credit", "image.", problems),
    )


def check_image_path(
    src: str, folder: Path, where: Location, name: str, problems: Problems
) -> str | None:
    """The picture's path inside the briefing's folder ("img/chart.png"); None and a problem
    when it is a web address, leaves the folder, is not a picture or does not exist."""
    parts = urlsplit(src)
    rel = posixpath.normpath(unquote(parts.path)) if parts.path else ""
    fix = "Save the picture next to article.md and give its name."
    if parts.scheme or parts.netloc or src.startswith("/"):
        problems.error(where, f"{name} '{src}' must be a file in the briefing's folder, not a "
                       f"web address or an absolute path. {fix}")
        return None
    if "\0" in rel:
        problems.error(where, f"{name} '{src}' is not a valid file name. {fix}")
        return None
    if rel == ".." or rel.startswith("../"):
        problems.error(where, f"{name} '{src}' points outside the briefing's folder. {fix}")
        return None
    if PurePosixPath(rel).suffix.lower() not in IMAGE_SUFFIXES:
        problems.error(where, f"{name} '{src}' is not a picture. Use a file ending in "
                       f"{', '.join(IMAGE_SUFFIXES)}.")
        return None
    return rel if _check_image_file(src, folder, rel, where, name, problems) else None


def _check_image_file(
    src: str, folder: Path, rel: str, where: Location, name: str, problems: Problems
) -> bool:
    try:
        path = (folder / rel).resolve()
        exists = path.is_file()
    except OSError as err:
        problems.error(where, f"{name} '{src}' cannot be read ({err.strerror}). Rename it.")
        return False
    if not path.is_relative_to(folder.resolve()):
        problems.error(where, f"{name} '{src}' links outside the briefing's folder. Copy the "
                       "picture into the folder instead of linking it.")
        return False
    if not exists:
        problems.error(where, f"{name} '{src}' does not exist in {folder.name}/. Check the "
                       "file name (it is case-sensitive).")
    return exists
