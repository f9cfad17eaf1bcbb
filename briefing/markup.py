"""Markdown to safe HTML: the article body, one-line texts, and the images a body uses."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import markdown
import nh3
from markupsafe import Markup

TAG_RE = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
"""One tag of well-formed HTML such as nh3 writes; a quoted attribute value may hold '>'."""

INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i",
     "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
     "time", "u", "var", "wbr"}
)  # fmt: skip
"""Phrasing elements: text on either side of them belongs to the same block."""

_BODY_TAGS = frozenset(
    {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div",
     "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
     "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong",
     "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var"}
)  # fmt: skip
# <mark> is left out on purpose: the page uses it for quotes (provenance.mark_quotes).

_BODY_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"title", "lang"},
    "a": {"href"},
    "img": {"src", "alt"},
    "ol": {"start"},
    "li": {"id"},
    "sup": {"id"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
    "blockquote": {"cite"},
    "q": {"cite"},
}
_BODY_CLASSES: dict[str, set[str]] = {
    "div": {"footnote"},
    "a": {"footnote-ref", "footnote-backref"},
}
_FOOTNOTE_ID = re.compile(r"fn(?:ref\d*)?:\S+")
_URL_SCHEMES = {"http", "https", "mailto"}
_INLINE_ALLOWED = {"a", "code", "em", "strong"}
# Only "empty" and "paragraph" stay: "2024. A year..." is a sentence, not a numbered list.
_INLINE_DROP_BLOCKS = (
    "indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote", "reference",
)  # fmt: skip
_INLINE_DROP_PATTERNS = ("html", "linebreak", "image_link", "image_reference", "short_image_ref")
_HEADING = re.compile(r"<(/?)h([1-6])(?=[\s/>])")
_HREF = re.compile(r"""\shref="([^"]*)\"""")
_EXTERNAL = re.compile(r"(?:https?:)?//", re.IGNORECASE)
_BACKLINK_TEXT = "&#8617;&#xFE0E;"  # U+FE0E: draw the arrow as text, not as an emoji (iOS)


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    """Let through only the ids footnotes need, so the body cannot clash with the page's ids."""
    if attribute == "id":
        return value if _FOOTNOTE_ID.fullmatch(value) else None
    return value


_BODY_CLEANER = nh3.Cleaner(
    tags=_BODY_TAGS,
    clean_content_tags={"script", "style", "iframe", "object", "noscript", "template", "svg"},
    attributes=_BODY_ATTRIBUTES,
    attribute_filter=_keep_attribute,
    link_rel=None,  # only external links get rel; _finish_tags adds it
    url_schemes=_URL_SCHEMES,
    allowed_classes=_BODY_CLASSES,
    filter_style_properties={"text-align"},
)
_INLINE_CLEANER = nh3.Cleaner(
    tags=_INLINE_ALLOWED,
    clean_content_tags={"script", "style"},
    attributes={"a": {"href", "title"}},
    link_rel=None,
    url_schemes=_URL_SCHEMES,
)


def render_markdown(text: str) -> str:
    """The article body as sanitised HTML whose top heading level is <h3>."""
    md = markdown.Markdown(
        extensions=["tables", "footnotes", "smarty", "sane_lists"],
        extension_configs={"footnotes": {"BACKLINK_TEXT": _BACKLINK_TEXT}},
        output_format="html",
    )
    html = md.convert(text)
    return _finish_tags(_BODY_CLEANER.clean(html), shift_headings=True)


def render_inline(text: str) -> Markup:
    """One-line inline Markdown (emphasis, strong, code, links) as safe HTML; raw HTML is shown."""
    md = _inline_markdown()
    html = _INLINE_CLEANER.clean(md.convert(text))
    return Markup(_finish_tags(html, shift_headings=False).strip())


def image_sources(html: str) -> list[str]:
    """The src of every <img> in rendered HTML, in document order, without repeats."""
    parser = _ImageFinder()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.sources))


def _inline_markdown() -> markdown.Markdown:
    """A Markdown that knows only paragraphs and inline syntax, and escapes raw HTML."""
    md = markdown.Markdown(extensions=["smarty"], output_format="html")
    md.preprocessors.deregister("html_block")
    for name in _INLINE_DROP_PATTERNS:
        md.inlinePatterns.deregister(name)
    for name in _INLINE_DROP_BLOCKS:
        md.parser.blockprocessors.deregister(name)
    return md


def _finish_tags(html: str, *, shift_headings: bool) -> str:
    """Shift headings down two levels (h1 -> h3, h6 stays h6) and add rel to external links."""

    def finish(match: re.Match[str]) -> str:
        tag = match.group(0)
        heading = _HEADING.match(tag) if shift_headings else None
        if heading:
            level = min(int(heading.group(2)) + 2, 6)
            tag = f"<{heading.group(1)}h{level}{tag[heading.end() :]}"
        if tag.startswith("<a ") and _is_external(tag):
            tag = tag[:-1] + ' rel="noopener noreferrer">'
        return tag

    return TAG_RE.sub(finish, html)


def _is_external(tag: str) -> bool:
    """Whether an <a> tag links to another site (http, https or protocol-relative)."""
    href = _HREF.search(tag)
    return href is not None and _EXTERNAL.match(unescape(href.group(1)).strip()) is not None


class _ImageFinder(HTMLParser):
    """Collects the src of each <img>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            src = dict(attrs).get("src")
            if src:
                self.sources.append(src)
