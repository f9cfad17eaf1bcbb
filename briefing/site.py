"""Every file of the site, rendered in memory: pages, facts.json, images, theme assets."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import Any

import jinja2

from briefing.enrich import Enriched
from briefing.errors import Problems
from briefing.model import DateSpan, Event, KeyNumber, SiteConfig
from briefing.numbers import format_value_attr
from briefing.output import MARKER, MARKER_TEXT, NOJEKYLL, OutFile
from briefing.pages import BriefingPage, page_for
from briefing.render import (
    Theme,
    render_briefing,
    render_feed,
    render_index,
    render_not_found,
    theme_assets,
)


def render_site(env: jinja2.Environment, theme: Theme, config: SiteConfig,
                enriched: list[Enriched], problems: Problems) -> list[OutFile]:
    """All output files. Each briefing renders on its own; only the index sees them all."""
    out = [OutFile(PurePosixPath(MARKER), MARKER_TEXT), OutFile(PurePosixPath(NOJEKYLL), b"")]
    newest_first = sorted(enriched, key=lambda e: e.briefing.slug)
    newest_first.sort(key=lambda e: e.briefing.article.published.start, reverse=True)
    pages = []
    for item in newest_first:
        page = page_for(item)
        pages.append(page)
        out += _briefing_files(env, config, item, page, problems)
    out.append(_html("index.html", render_index(env, config, pages, problems)))
    if config.base_url:
        out.append(_html("feed.xml", render_feed(env, config, pages, problems)))
    out.append(_html("404.html", render_not_found(env, config, problems)))
    out += [OutFile(PurePosixPath(name), src_path=path)
            for name, path in theme_assets(theme).items()]
    return out


def _briefing_files(env: jinja2.Environment, config: SiteConfig, item: Enriched,
                    page: BriefingPage, problems: Problems) -> list[OutFile]:
    slug = item.briefing.slug
    folder = item.folder
    return [
        _html(f"{slug}/index.html", render_briefing(env, config, page, problems)),
        OutFile(PurePosixPath(slug, "facts.json"), facts_json(item).encode()),
        *[OutFile(PurePosixPath(slug, src), src_path=folder / src) for src in
          item.briefing.images],
    ]


def _html(dest: str, text: str | None) -> OutFile:
    return OutFile(PurePosixPath(dest), (text or "").encode())


_EXACT_MARK = "\x00exact:"
_EXACT = re.compile(r'"\\u0000exact:([-0-9.]+)"')


def facts_json(item: Enriched) -> str:
    """The validated facts, with each date's resolved interval, as stable JSON."""
    briefing = item.briefing
    article = briefing.article
    data = {
        "slug": briefing.slug,
        "headline": briefing.headline,
        "summary": briefing.summary,
        "article": {
            "title": article.title, "published": article.published_text,
            "publisher": article.publisher, "url": article.url, "author": article.author,
            "language": article.language,
        },
        "key_numbers": [_number_json(n, item.found) for n in briefing.key_numbers],
        "timeline": [_event_json(e, item.found) for e in briefing.timeline],
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # JSON numbers are exact in the text; json.dumps would round through float.
    return _EXACT.sub(r"\1", text)


def _number_json(number: KeyNumber, found: frozenset[str]) -> dict[str, Any]:
    value = format_value_attr(number.value)
    return {
        "id": number.id, "label": number.label,
        "value": f"{_EXACT_MARK}{value}", "unit": number.unit, "qualifier": number.qualifier,
        "as_of": _span_json(number.as_of) if number.as_of else None,
        "note": number.note, "quote": number.quote, "quote_found": f"q-{number.id}" in found,
    }


def _event_json(event: Event, found: frozenset[str]) -> dict[str, Any]:
    return {
        "id": event.id, "date": _span_json(event.date), "title": event.title,
        "detail": event.detail, "status": event.status, "quote": event.quote,
        "quote_found": f"q-{event.id}" in found,
    }


def _span_json(span: DateSpan) -> dict[str, Any]:
    return {
        "text": span.text, "start": span.start.isoformat(), "end": span.end.isoformat(),
        "precision": span.precision, "edtf": span.edtf,
        "approximate": span.approximate, "uncertain": span.uncertain,
    }
