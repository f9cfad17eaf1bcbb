"""The Jinja environment and the rendering of every page."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import jinja2

from briefing import __version__
from briefing.errors import Location, Problems
from briefing.labels import labels_for
from briefing.model import SiteConfig
from briefing.pages import BriefingPage, text_direction

TEMPLATES_DIR = "templates"
THEME_PREFIX = "!theme"


@dataclass(frozen=True)
class Theme:
    """Where templates come from: the project's templates/ first, then the built-in theme."""

    project_dir: Path
    builtin_dir: Path

    @property
    def dirs(self) -> list[Path]:
        own = self.project_dir / TEMPLATES_DIR
        return [own, self.builtin_dir] if own.is_dir() else [self.builtin_dir]


def builtin_theme_dir() -> Path:
    """The default theme: briefing/templates/ in a wheel, templates/ in a source checkout."""
    package = Path(__file__).parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


def make_environment(theme: Theme) -> jinja2.Environment:
    """Autoescaped, strict about undefined names, overridable by name, extendable as !theme/."""
    builtin = jinja2.FileSystemLoader(theme.builtin_dir)
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(d) for d in theme.dirs]),
        jinja2.PrefixLoader({THEME_PREFIX: builtin}, delimiter="/"),
    ])
    # No auto_reload or bytecode cache: every build is a fresh process or a fresh environment.
    return jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(("html", "xml")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def check_templates(env: jinja2.Environment, theme: Theme, problems: Problems) -> None:
    """Compile every template now, so that its syntax errors come with the content's;
    refuse theme files that link outside the project."""
    own = theme.project_dir / TEMPLATES_DIR
    for path in sorted(own.rglob("*")) if own.is_dir() else []:
        if not path.resolve().is_relative_to(theme.project_dir.resolve()):
            problems.error(Location(path.relative_to(theme.project_dir)), "this file links "
                           "outside the project. Copy it into templates/ instead.")
    if problems.has_errors_in(Path(TEMPLATES_DIR)):
        return
    # Every template is compiled here, so render() meets no syntax or encoding errors.
    for name in env.list_templates(extensions=["html", "xml"]):
        if name.startswith(f"{THEME_PREFIX}/"):
            continue
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as err:
            where = _template_location(err.name or name, err.lineno)
            problems.error(where, f"template error: {err.message}. Fix the template.")
        except UnicodeDecodeError:
            problems.error(Location(Path(TEMPLATES_DIR) / name), "this template is not "
                           "UTF-8 text. Save it as UTF-8.")


def theme_assets(theme: Theme) -> dict[str, Path]:
    """Static theme files (style.css, favicon.svg...) by name; the project's win."""
    assets: dict[str, Path] = {}
    for folder in reversed(theme.dirs):
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix not in (".html", ".xml") and path.name[0] != ".":
                assets[path.name] = path
    return assets


def site_context(config: SiteConfig, depth: int) -> dict[str, Any]:
    """Link roots for a page `depth` folders below the site root."""
    if config.base_url:
        root = urlsplit(config.base_url).path
        return {"root": root, "home_href": root, "index_file": "", "feed_href": f"{root}feed.xml"}
    root = "../" * depth
    return {"root": root, "home_href": f"{root}index.html", "index_file": "index.html",
            "feed_href": ""}


def render_briefing(env: jinja2.Environment, config: SiteConfig, page: BriefingPage,
                    problems: Problems) -> str | None:
    """site/<slug>/index.html."""
    canonical = f"{config.base_url}{page.href}" if config.base_url else ""
    return render(env, "briefing.html", problems, page=page,
                  **_page_context(config, page.lang, depth=1, canonical=canonical))


def render_index(env: jinja2.Environment, config: SiteConfig, pages: list[BriefingPage],
                 problems: Problems) -> str | None:
    """site/index.html: every briefing, newest first."""
    return render(env, "index.html", problems, pages=tuple(pages),
                  **_page_context(config, config.language, depth=0, canonical=config.base_url))


def render_feed(env: jinja2.Environment, config: SiteConfig, pages: list[BriefingPage],
                problems: Problems) -> str | None:
    """site/feed.xml (Atom), newest first; only with base_url, as Atom needs full addresses."""
    return render(env, "feed.xml", problems, site=config, lang=config.language,
                  pages=tuple(pages))


def render_not_found(env: jinja2.Environment, config: SiteConfig,
                     problems: Problems) -> str | None:
    """site/404.html, which GitHub Pages serves at any depth: absolute links need base_url."""
    return render(env, "404.html", problems,
                  **_page_context(config, config.language, depth=0, canonical=""))


def _page_context(config: SiteConfig, lang: str, depth: int, canonical: str) -> dict[str, Any]:
    """What every HTML page's template sees (README, "What a template sees")."""
    return {"site": config, "lang": lang, "dir": text_direction(lang), "canonical": canonical,
            "labels": labels_for(lang), **site_context(config, depth)}


def render(env: jinja2.Environment, name: str, problems: Problems, **context: Any) -> str | None:
    """A template rendered, or None with a problem located in the template at fault."""
    try:
        return env.get_template(name).render(generator=f"briefing {__version__}", **context)
    except jinja2.TemplateNotFound as err:
        problems.error(Location(Path(TEMPLATES_DIR) / name), f"template '{err.name}' is not "
                       "in templates/ nor in the built-in theme. Check its name.")
    except jinja2.UndefinedError as err:
        where = _error_frame(err) or Location(Path(TEMPLATES_DIR) / name)
        problems.error(where, f"template error: {err.message}. Use a name the template "
                       "context has (see the README), or give it a default with |default.")
    except Exception as err:
        # An error raised while running the user's own template is theirs to fix; one
        # in the built-in theme is our bug and keeps its traceback.
        user_frame = _error_frame(err, user_only=True)
        if user_frame is None:
            raise
        message = f"template error: {type(err).__name__}: {err}. Fix the template."
        problems.error(user_frame, message)
    return None


def _template_location(name: str, line: int) -> Location:
    """templates/<name>:line, relative to the project when the file is the user's."""
    if name.startswith(f"{THEME_PREFIX}/"):
        return Location(Path("(built-in theme)") / name.removeprefix(f"{THEME_PREFIX}/"), line)
    return Location(Path(TEMPLATES_DIR) / PurePosixPath(name), line)


def _error_frame(err: Exception, user_only: bool = False) -> Location | None:
    """The innermost template frame of a rendering error (Jinja rewrites tracebacks so);
    with `user_only`, None when that frame is in the built-in theme."""
    frames = traceback.extract_tb(err.__traceback__)
    builtin = builtin_theme_dir().resolve()
    for frame in reversed(frames):
        if user_only and Path(frame.filename).resolve().is_relative_to(builtin):
            return None
        parts = Path(frame.filename).parts
        if TEMPLATES_DIR in parts and frame.lineno:
            inside = parts[len(parts) - parts[::-1].index(TEMPLATES_DIR):]
            return Location(Path(TEMPLATES_DIR, *inside), frame.lineno)
    return None
