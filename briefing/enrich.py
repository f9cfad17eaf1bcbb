"""Render the article and tie each fact to the words it came from."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefing.article import check_image_path
from briefing.content import Source
from briefing.errors import Location, Problems
from briefing.labels import labels_for
from briefing.markup import image_sources, render_markdown
from briefing.model import Article, Briefing, Event, KeyNumber
from briefing.numbers import format_value_attr, quote_states
from briefing.provenance import QuoteMark, article_text, closest_sentence, find_quote, mark_quotes


@dataclass(frozen=True)
class Enriched:
    """A briefing with its article rendered and its quotes found."""

    briefing: Briefing
    folder: Path
    """content/<slug>/, where its images are."""
    article_html: str
    found: frozenset[str]
    """Anchor ids ("q-n1") of the quotes found in the article."""


def enrich(briefing: Briefing, source: Source, problems: Problems) -> Enriched:
    """Render the body, check its images and quotes, and mark the quoted passages."""
    article = briefing.article
    html = render_markdown(article.body)
    images = _check_body_images(html, source, article, problems)
    text = article_text(html)
    facts: list[KeyNumber | Event] = [*briefing.key_numbers, *briefing.timeline]
    for fact in facts:
        _check_quote(fact, text, article.language, problems)
    html, found = mark_quotes(html, [_mark(fact, article.language) for fact in facts if fact.quote])
    cover = [article.image.file] if article.image and article.image.file else []
    all_images = tuple(dict.fromkeys(cover + images))
    return Enriched(replace(briefing, images=all_images), source.folder, html, found)


def _check_quote(
    fact: KeyNumber | Event, text: str, language: str, problems: Problems
) -> None:
    if not fact.quote:
        return
    where = fact.quote_where or fact.where
    assert where is not None
    name = _name(fact)
    if not any(char.isalnum() for char in fact.quote):
        problems.error(where, f"{name}.quote has no words. Quote the article's own words.")
    elif find_quote(text, fact.quote) is None:
        closest = closest_sentence(text, fact.quote) if text.strip() else ""
        hint = f"The closest sentence is: \"{closest}\"" if closest else "The article is empty."
        problems.error(where, f"{name}.quote is not in the article. {hint} Copy the "
                       "article's words exactly.")
    elif isinstance(fact, KeyNumber) and fact.value.is_finite() and not quote_states(
        fact.quote, fact.value, fact.unit, language
    ):
        problems.warn(where, f"{name}.quote does not state the value "
                      f"{format_value_attr(fact.value)}. Check the number, or quote the words "
                      "that state it.")


def _name(fact: KeyNumber | Event) -> str:
    """The fact's path in facts.yaml: key_numbers[0] or timeline[2]."""
    index = int(fact.id[1:]) - 1
    return f"key_numbers[{index}]" if isinstance(fact, KeyNumber) else f"timeline[{index}]"


def _mark(fact: KeyNumber | Event, language: str) -> QuoteMark:
    labels = labels_for(language)
    if isinstance(fact, KeyNumber):
        label = f"{labels['key_number']}: {fact.label}"
    else:
        label = f"{labels['event']}: {fact.title}"
    return QuoteMark(anchor=f"q-{fact.id}", quote=fact.quote, fact_href=f"#{fact.id}",
                     fact_label=label)


def _check_body_images(
    html: str, source: Source, article: Article, problems: Problems
) -> list[str]:
    local = []
    for src in image_sources(html):
        where = _body_location(article, source.article_path, src)
        file = check_image_path(src, source.folder, where, "image", problems)
        if file:
            local.append(file)
    return local


def _body_location(article: Article, article_path: Path, src: str) -> Location:
    """Where the body refers to the picture `src`, counted in article.md's lines."""
    body = article.body
    found = [body.find(form) for form in (f"]({src}", f'"{src}"', f"'{src}'", f"={src}", src)]
    index = next((i for i in found if i >= 0), -1)
    if index < 0:
        return Location(article_path, article.body_line)
    index += next(i for i, c in enumerate(body[index:]) if c not in "](\"'=")
    before = body[:index]
    line = article.body_line + before.count("\n")
    return Location(article_path, line, index - (before.rfind("\n") + 1) + 1)
