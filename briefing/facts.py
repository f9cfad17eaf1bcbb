"""facts.yaml nodes → model objects; every rule in FORMAT.md "facts.yaml"."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import cast

from briefing import fields
from briefing.article import parse_article
from briefing.content import Source
from briefing.dates import DateError, parse_date
from briefing.errors import Location, Problems
from briefing.model import (
    QUALIFIERS,
    UNKNOWN_DATE,
    UNKNOWN_VALUE,
    Article,
    Briefing,
    DateSpan,
    Event,
    KeyNumber,
    Qualifier,
    SiteConfig,
    Status,
)
from briefing.numbers import parse_value
from briefing.yamlfile import Mapping, Node, Scalar, Sequence

FACTS_KEYS = ("headline", "summary", "key_numbers", "timeline")
KEY_NUMBER_KEYS = ("label", "value", "unit", "qualifier", "as_of", "note", "quote")
EVENT_KEYS = ("date", "title", "detail", "status", "quote")
STATUSES: tuple[Status, ...] = ("happened", "expected")
# A full stop ends a sentence when a capital, a digit or the end follows ("U.S. economy"
# and "p.c. in" do not end one); CJK full stops always do.
_SENTENCE_END = re.compile(r"[。！？]|[.!?][\"'”’)]*(?:\s+(?=[^\sa-z])|\s*$)")


def parse_facts(
    root: Node | None, where: Location, article: Article | None, problems: Problems
) -> tuple[str, str, tuple[KeyNumber, ...], tuple[Event, ...]] | None:
    """(headline, summary, key numbers, timeline sorted by date), or None when unusable."""
    facts = fields.mapping(root, "facts.yaml", where, problems)
    if facts is None:
        return None
    fields.check_keys(facts, FACTS_KEYS, ("summary", "key_numbers", "timeline"), "", problems)
    summary = fields.text(facts, "summary", "", problems)
    if len(_SENTENCE_END.findall(summary)) > 3:
        problems.warn(fields.where(facts, "summary"), "summary has more than three sentences. "
                      "Keep the bottom line to one to three.")
    numbers = [
        _parse_key_number(node, f"key_numbers[{i}]", i + 1, problems)
        for i, node in enumerate(_entries(facts, "key_numbers", problems))
    ]
    events = [
        _parse_event(node, f"timeline[{i}]", i + 1, problems)
        for i, node in enumerate(_entries(facts, "timeline", problems))
    ]
    headline = fields.text(facts, "headline", "", problems)
    if article is None:
        return None
    timeline = sort_timeline([e for e in events if e is not None], article.published)
    return (
        headline or article.title,
        summary,
        tuple(n for n in numbers if n is not None),
        timeline,
    )


def _entries(facts: Mapping, key: str, problems: Problems) -> list[Node]:
    """The entries of a list that needs one or more."""
    entries = fields.sequence(facts, key, "", problems)
    value = facts.items.get(key)
    if not entries and isinstance(value, Sequence):
        problems.error(value.where, f"{key} is an empty list. Add at least one entry.")
    return entries


def sort_timeline(events: list[Event], published: DateSpan) -> tuple[Event, ...]:
    """Events by the start of their interval, then file order; status from the date if unset."""
    dated = [
        e if e.status_given else replace(e, status=_status(e.date, published)) for e in events
    ]
    return tuple(sorted(dated, key=lambda e: e.date.start))


def _status(span: DateSpan, published: DateSpan) -> Status:
    return "expected" if span.start > published.start else "happened"


def _parse_key_number(node: Node, name: str, number: int, problems: Problems) -> KeyNumber | None:
    item = fields.mapping(node, name, node.where, problems)
    if item is None:
        return None
    fields.check_keys(item, KEY_NUMBER_KEYS, ("label", "value"), f"{name}.", problems)
    value = _parse_value(item, name, problems)
    label = fields.text(item, "label", f"{name}.", problems)
    unit = fields.text(item, "unit", f"{name}.", problems)
    qualifier = _parse_choice(item, "qualifier", QUALIFIERS, name, problems)
    as_of = _parse_span(item, "as_of", name, problems)
    note = fields.text(item, "note", f"{name}.", problems)
    quote = _parse_quote(item, name, problems)
    return KeyNumber(
        id=f"n{number}", label=label, value=UNKNOWN_VALUE if value is None else value, unit=unit,
        qualifier=cast(Qualifier | None, qualifier), as_of=as_of, note=note, quote=quote,
        where=item.where, quote_where=fields.where(item, "quote"),
    )


def _parse_event(node: Node, name: str, number: int, problems: Problems) -> Event | None:
    item = fields.mapping(node, name, node.where, problems)
    if item is None:
        return None
    fields.check_keys(item, EVENT_KEYS, ("date", "title"), f"{name}.", problems)
    span = _parse_span(item, "date", name, problems)
    status = _parse_choice(item, "status", STATUSES, name, problems)
    title = fields.text(item, "title", f"{name}.", problems)
    detail = fields.text(item, "detail", f"{name}.", problems)
    quote = _parse_quote(item, name, problems)
    return Event(
        id=f"e{number}", date=span or UNKNOWN_DATE, title=title,
        status=cast(Status, status or "happened"), status_given=status is not None,
        detail=detail, quote=quote,
        where=item.where, quote_where=fields.where(item, "quote"),
    )


def _parse_quote(item: Mapping, name: str, problems: Problems) -> str:
    quote = fields.text(item, "quote", f"{name}.", problems)
    if not quote:
        problems.warn(item.where, f"{name} has no quote, so readers cannot check it against "
                      "the article. Add quote: with the article's own words.")
    return quote


def _parse_value(item: Mapping, name: str, problems: Problems) -> Decimal | None:
    node = item.items.get("value")
    if not isinstance(node, Scalar) or node.tag == "null":
        if node is not None:
            problems.error(node.where, f"{name}.value must be a number, not "
                           f"{fields.describe(node)}.")
        return None
    if node.quoted:
        problems.error(node.where, f"{name}.value must be a number, not the text "
                       f"'{node.value}'. Write the number without quotes, e.g. 350000.")
        return None
    try:
        # YAML reads an unquoted 1.5e3 as text (its floats need "e+3"): accept it.
        if node.tag not in ("int", "float", "str"):
            raise ValueError(node.value)
        return parse_value(node.value)
    except ValueError:
        problems.error(node.where, f"{name}.value must be a number such as 350000 or 1.5, "
                       f"not '{node.value}'.")
        return None


def _parse_span(item: Mapping, key: str, name: str, problems: Problems) -> DateSpan | None:
    text = fields.text(item, key, f"{name}.", problems)
    if not text:
        return None
    try:
        return parse_date(text)
    except DateError as err:
        problems.error(fields.where(item, key), f"{name}.{key}: {err}")
        return None


def _parse_choice(
    item: Mapping, key: str, choices: tuple[str, ...], name: str, problems: Problems
) -> str | None:
    text = fields.text(item, key, f"{name}.", problems)
    if not text:
        return None
    if text not in choices:
        problems.error(fields.where(item, key), f"{name}.{key} '{text}' is not one of: "
                       f"{' | '.join(choices)}.")
        return None
    return text


def parse_briefing(source: Source, config: SiteConfig, problems: Problems) -> Briefing | None:
    """One content/<slug>/ as a validated Briefing, or None (problems say why)."""
    article = parse_article(source, config, problems)
    facts = parse_facts(source.facts, Location(source.facts_path), article, problems)
    if article is None or facts is None:
        return None
    headline, summary, key_numbers, timeline = facts
    return Briefing(source.slug, article, headline, summary, key_numbers, timeline)
