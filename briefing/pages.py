"""What the templates see: the briefing with every value formatted for display."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from babel import Locale
from markupsafe import Markup

from briefing.dates import format_date, format_datetime_attr
from briefing.enrich import Enriched
from briefing.markup import render_inline
from briefing.model import Event, Image, KeyNumber, Status
from briefing.numbers import format_number, format_value_attr


@dataclass(frozen=True)
class NumberView:
    """A key number, formatted: `over` `200,000` `units`."""

    id: str
    """Anchor id of the callout ("n1")."""
    label: str
    value: str
    """The exact number for <data value>: "350000", "0.5"."""
    qualifier: str
    """Localised: "over", "über"; empty when none."""
    number: str
    """Localised number with its currency or percent sign: "350,000", "CN¥842 million", "90%"."""
    unit: str
    """Free-text unit ("vehicles"); empty for percent and currencies, which live in `number`."""
    text: str
    """The whole thing as one phrase: "over 200,000 units"."""
    as_of: str
    """Display date ("2025", "Q4 2024"); empty when none."""
    as_of_datetime: str
    """Valid HTML date string of the as_of start; empty when none."""
    note: Markup
    quote_href: str
    """"#q-n1" when the quote was found in the article, else empty."""


@dataclass(frozen=True)
class EventView:
    """A timeline event, formatted."""

    id: str
    """Anchor id ("e1")."""
    datetime: str
    """Valid HTML date string of the start: "2024", "2024-10", "2024-10-15"."""
    date: str
    """Display text at the date's precision: "Q4 2024", "Summer 2025"."""
    title: str
    detail: Markup
    status: Status
    quote_href: str


@dataclass(frozen=True)
class BriefingPage:
    """One briefing page's context, plus what the index lists."""

    slug: str
    lang: str
    """BCP 47 tag for <html lang>."""
    dir: str
    """"ltr" or "rtl"."""
    href: str
    """The page's link from the site root: "xiaomi-ev-factory/"."""
    headline: str
    title: str
    """The article's own title."""
    summary: Markup
    published: str
    """Display date: "19 March 2025"."""
    published_datetime: str
    """For <time datetime>: "2025-03-19" or "2025-03-19T08:00:00+08:00"."""
    published_rfc3339: str
    """For feeds, which need a time: "2025-03-19T00:00:00Z" for a day."""
    publisher: str
    author: str
    source_url: str
    image: Image | None
    key_numbers: tuple[NumberView, ...]
    timeline: tuple[EventView, ...]
    published_index: int
    """How many timeline events come before the "article published" marker."""
    article_html: Markup


def page_for(enriched: Enriched) -> BriefingPage:
    """Format one enriched briefing for its template."""
    briefing = enriched.briefing
    article = briefing.article
    lang = article.language
    return BriefingPage(
        slug=briefing.slug,
        lang=lang,
        dir=text_direction(lang),
        href=f"{briefing.slug}/",
        headline=briefing.headline,
        title=article.title,
        summary=render_inline(briefing.summary),
        published=format_date(article.published, lang),
        published_datetime=_published_datetime(article.published_text),
        published_rfc3339=_rfc3339(article.published_text),
        publisher=article.publisher,
        author=article.author,
        source_url=article.url,
        image=article.image,
        key_numbers=tuple(_number_view(n, lang, enriched.found) for n in briefing.key_numbers),
        timeline=tuple(_event_view(e, lang, enriched.found) for e in briefing.timeline),
        published_index=sum(e.date.start <= article.published.start for e in briefing.timeline),
        article_html=Markup(enriched.article_html),
    )


def text_direction(language: str) -> str:
    """"rtl" for right-to-left scripts (Arabic, Hebrew...), else "ltr"."""
    order = Locale.parse(language, sep="-").character_order
    return "rtl" if order == "right-to-left" else "ltr"


def _number_view(number: KeyNumber, lang: str, found: frozenset[str]) -> NumberView:
    text = format_number(number.value, number.unit, number.qualifier, lang)
    return NumberView(
        id=number.id,
        label=number.label,
        value=format_value_attr(number.value),
        qualifier=text.qualifier,
        number=text.number,
        unit=text.unit,
        text=text.text,
        as_of=format_date(number.as_of, lang) if number.as_of else "",
        as_of_datetime=format_datetime_attr(number.as_of) if number.as_of else "",
        note=render_inline(number.note),
        quote_href=_quote_href(number.id, found),
    )


def _event_view(event: Event, lang: str, found: frozenset[str]) -> EventView:
    return EventView(
        id=event.id,
        datetime=format_datetime_attr(event.date),
        date=format_date(event.date, lang),
        title=event.title,
        detail=render_inline(event.detail),
        status=event.status,
        quote_href=_quote_href(event.id, found),
    )


def _quote_href(fact_id: str, found: frozenset[str]) -> str:
    return f"#q-{fact_id}" if f"q-{fact_id}" in found else ""


def _rfc3339(text: str) -> str:
    """A day as its midnight in UTC; a date-time with its own offset."""
    if len(text) <= len("2025-03-19"):
        return f"{text}T00:00:00Z"
    return _published_datetime(text)


def _published_datetime(text: str) -> str:
    """The day as written, or the date-time with offset in a form HTML accepts (whole
    seconds: HTML allows at most three decimals)."""
    if len(text) <= len("2025-03-19"):
        return text
    return datetime.fromisoformat(text).isoformat(timespec="seconds")
