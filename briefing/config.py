"""briefing.yaml → SiteConfig. Every key is optional; unknown keys are errors."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from briefing import fields
from briefing.content import read_text
from briefing.errors import Location, Problems
from briefing.model import SiteConfig
from briefing.yamlfile import load_yaml

CONFIG_FILE = "briefing.yaml"
CONFIG_KEYS = ("title", "description", "base_url", "language", "author")


def load_config(project_dir: Path, problems: Problems) -> SiteConfig:
    """Read briefing.yaml if there is one; the defaults otherwise."""
    src_path = Path(CONFIG_FILE)
    path = project_dir / src_path
    if not (path.exists() or path.is_symlink()):
        return SiteConfig()
    text = read_text(project_dir, src_path, problems)
    node = load_yaml(text, src_path, problems) if text is not None else None
    if node is None:
        return SiteConfig()
    root = fields.mapping(node, CONFIG_FILE, Location(src_path), problems)
    if root is None:
        return SiteConfig()
    fields.check_keys(root, CONFIG_KEYS, (), "", problems)
    defaults = SiteConfig()
    language = fields.text(root, "language", "", problems) or defaults.language
    check_language(language, fields.where(root, "language"), "language", problems)
    base_url = fields.text(root, "base_url", "", problems)
    return SiteConfig(
        title=fields.text(root, "title", "", problems) or defaults.title,
        description=fields.text(root, "description", "", problems),
        base_url=parse_base_url(base_url, fields.where(root, "base_url"), problems),
        language=language,
        author=fields.text(root, "author", "", problems),
    )


def parse_base_url(text: str, where: Location, problems: Problems) -> str:
    """An absolute http(s) URL ending in "/", or "" for relative links."""
    if not text:
        return ""
    parts = urlsplit(text)
    if (parts.scheme not in ("http", "https") or not parts.netloc or parts.query
            or parts.fragment or any(c.isspace() for c in text)):
        problems.error(where, f"base_url '{text}' must be a full web address such as "
                       "https://example.github.io/briefings/ (no spaces: write %20). Leave it "
                       "out for relative links.")
        return ""
    return text if text.endswith("/") else text + "/"


def check_language(tag: str, where: Location, name: str, problems: Problems) -> None:
    """Record a problem unless `tag` is a BCP 47 language tag that Babel has data for."""
    try:
        Locale.parse(tag, sep="-")
        if tag.split("-")[0].lower() in ("root", "und"):
            raise ValueError(tag)
    except (ValueError, UnknownLocaleError):
        problems.error(where, f"{name} '{tag}' is not a language tag briefing knows. "
                       "Use a BCP 47 tag such as en, en-GB, de or zh-Hans.")
