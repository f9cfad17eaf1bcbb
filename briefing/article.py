"""article.md front matter → Article; every rule in FORMAT.md "article.md"."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from briefing import fields
from briefing.config import check_language
from briefing.content import Source
from briefing.dates import DateError, parse_published
from briefing.errors import Location, Problems
from briefing.model import Article, DateSpan, Image, SiteConfig
from briefing.yamlfile import Mapping

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
    if published is None:
        return None
    return Article(
        title=fields.text(front, "title", "", problems),
        published=published,
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
    if src:
        check_image_path(src, folder, fields.where(image, "src"), "image.src", problems)
    return Image(
        src=src,
        alt=fields.text(image, "alt", "image.", problems),
        credit=fields.text(image, "credit", "image.", problems),
    )


def check_image_path(
    src: str, folder: Path, where: Location, name: str, problems: Problems
) -> bool:
    """True when `src` names a file inside the briefing's folder; a problem otherwise."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or src.startswith("/"):
        problems.error(where, f"{name} '{src}' must be a file in the briefing's folder, "
                       "not a web address or an absolute path. Save the picture next to "
                       "article.md and give its name.")
        return False
    path = (folder / parts.path).resolve()
    if not path.is_relative_to(folder.resolve()):
        problems.error(where, f"{name} '{src}' points outside the briefing's folder. Save the "
                       "picture next to article.md and give its name.")
        return False
    if not path.is_file():
        problems.error(where, f"{name} '{src}' does not exist in {folder.name}/. Check the file "
                       "name (it is case-sensitive).")
        return False
    return True
