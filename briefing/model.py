"""The validated briefing, as frozen dataclasses. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from briefing.errors import Location

Status = Literal["happened", "expected"]
Qualifier = Literal["about", "over", "under", "up to", "at least"]
QUALIFIERS: tuple[Qualifier, ...] = ("about", "over", "under", "up to", "at least")
Precision = Literal[
    "day", "month", "year", "quarter", "half", "season", "part-of-year", "part-of-month"
]


@dataclass(frozen=True)
class SiteConfig:
    """briefing.yaml; every key optional."""

    title: str = "Briefings"
    """The site's name."""
    description: str = ""
    base_url: str = ""
    """Where site/ is served, ending in "/"; empty means every link is relative."""
    language: str = "en"
    """BCP 47 default for pages and for number and date formatting."""
    author: str = ""


@dataclass(frozen=True)
class DateSpan:
    """A date as an interval with a precision: "2024-Q4" is 1 Oct to 31 Dec 2024."""

    text: str
    """As written in the source."""
    start: date
    end: date
    precision: Precision
    edtf: str
    """The same date in EDTF, e.g. "2024-36" for Q4 2024."""
    approximate: bool = False
    uncertain: bool = False
    part: str = ""
    """For part-of-year and part-of-month: "early", "mid" or "late"; for seasons the season."""


UNKNOWN_DATE = DateSpan("", date.max, date.max, "day", "")
"""Stands in for a date that is missing or wrong, so that the rest of its briefing is still
checked in the same run. Such a briefing has an error recorded and is never rendered."""
UNKNOWN_VALUE = Decimal("NaN")
"""Stands in for a key number's value that is missing or wrong, as UNKNOWN_DATE does."""


@dataclass(frozen=True)
class Image:
    """The article's lead picture, from the front matter."""

    src: str
    """As written: a file in the briefing's folder; empty when only the credit is recorded."""
    alt: str
    credit: str
    file: str = ""
    """`src` as a clean path inside the briefing's folder ("img/a.png"), as copied."""


@dataclass(frozen=True)
class Article:
    """article.md: front matter and Markdown body."""

    title: str
    published: DateSpan
    """Day precision; a date-time with offset keeps its calendar day in `published_text`."""
    published_text: str
    """As written: "2025-03-19" or "2025-03-19T08:00:00+08:00"."""
    language: str
    body: str
    """The Markdown source."""
    body_line: int
    """1-based line of article.md where the body starts."""
    publisher: str = ""
    url: str = ""
    author: str = ""
    image: Image | None = None


@dataclass(frozen=True)
class KeyNumber:
    """One callout from key_numbers."""

    id: str
    """Anchor id on the page: "n1", "n2", ..."""
    label: str
    value: Decimal
    unit: str = ""
    qualifier: Qualifier | None = None
    as_of: DateSpan | None = None
    note: str = ""
    quote: str = ""
    where: Location | None = None
    """Where the entry starts in facts.yaml."""
    quote_where: Location | None = None


@dataclass(frozen=True)
class Event:
    """One timeline entry."""

    id: str
    """Anchor id on the page: "e1", "e2", ... in file order."""
    date: DateSpan
    title: str
    status: Status
    status_given: bool = False
    """True when facts.yaml says `status`, False when it comes from the date."""
    detail: str = ""
    quote: str = ""
    where: Location | None = None
    quote_where: Location | None = None


@dataclass(frozen=True)
class Briefing:
    """One story: content/<slug>/ validated."""

    slug: str
    article: Article
    headline: str
    summary: str
    """Inline Markdown."""
    key_numbers: tuple[KeyNumber, ...]
    timeline: tuple[Event, ...]
    """In chronological order: by start, then by order in the file."""
    images: tuple[str, ...] = ()
    """Files in content/<slug>/ to copy next to the page."""
