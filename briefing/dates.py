"""Date text → DateSpan (via EDTF), display text per locale, and the HTML datetime value."""

from __future__ import annotations

import calendar
import re
import warnings
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_interval, format_skeleton

from briefing.model import DateSpan, Precision

with warnings.catch_warnings():
    # Under `python -W error` pyparsing turns on grammar diagnostics, which edtf's grammar
    # trips at import; they concern edtf's code, not our input.
    warnings.simplefilter("ignore")
    from edtf import (
        Date,
        EDTFObject,
        EDTFParseException,
        Interval,
        Season,
        UncertainOrApproximate,
        parse_edtf,
        struct_time_to_date,
    )

ACCEPTED_FORMS = (
    "2024-10-15, 2024-10, 2024, 2024-Q4, Q4 2024, 2025-H1, H1 2025, summer 2025, "
    "early 2025, mid-2025, late 2025, mid-October 2024, or EDTF such as 2025-22, 2024~, 2024-10?"
)


class DateError(ValueError):
    """The text is not a date in any accepted form; str(err) is the user-facing message."""


# EDTF level 2 "season" codes: 21-24 seasons, 25-28 northern and 29-32 southern seasons,
# 33-36 quarters, 37-39 quadrimesters (our early/mid/late year), 40-41 halves.
_SEASONS = ("spring", "summer", "autumn", "winter")
_CODES: dict[int, tuple[Precision, str]] = {
    **{21 + i: ("season", name) for i, name in enumerate(_SEASONS * 2)},
    # Southern seasons have no phrase in any language, so they show as their months.
    **{29 + i: ("season", f"southern {name}") for i, name in enumerate(_SEASONS)},
    **{code: ("quarter", "") for code in range(33, 37)},
    37: ("part-of-year", "early"), 38: ("part-of-year", "mid"), 39: ("part-of-year", "late"),
    40: ("half", ""), 41: ("half", ""),
}
_SEASON_CODES = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_PART_CODES = {"early": 37, "mid": 38, "late": 39}
# edtf ends winter (and the southern summer) on 31 December. A reader of "winter 2025"
# means the meteorological northern winter, December 2025 to February 2026; the start
# stays 1 December 2025, as in edtf, so sorting agrees with the EDTF spec.
_SPANS_NEW_YEAR = {24, 28, 30}
# Thirds of a month: early 1-10, mid 11-20, late 21 to the month's last day (None).
_THIRDS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_DATE_PRECISIONS: dict[str, Precision] = {"day": "day", "month": "month", "year": "year"}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_NUMBERS = {n: i for i, m in enumerate(_MONTHS, 1) for n in (m, m[:3])} | {"sept": 9}


def _not_a_date(text: str) -> DateError:
    return DateError(f"'{text}' is not a date. Use one of: {ACCEPTED_FORMS}.")


def _year(match: re.Match[str]) -> int:
    if match["year"] is None:
        raise DateError(f"'{match.string}' has no year. Add one, e.g. '{match.string} 2025'.")
    return int(match["year"])


def _season_edtf(match: re.Match[str]) -> str:
    return f"{_year(match)}-{_SEASON_CODES[match['season'].lower()]}"


def _part_of_month_edtf(match: re.Match[str]) -> str:
    month = _MONTH_NUMBERS.get(match["month"].lower())
    if month is None:
        raise _not_a_date(match.string)
    year = _year(match)
    first, last = _THIRDS[match["part"].lower()]
    last = last or calendar.monthrange(year, month)[1]
    return f"{year}-{month:02}-{first:02}/{year}-{month:02}-{last:02}"


# Human forms, each translated to EDTF so that edtf alone computes every interval.
_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), to_edtf) for pattern, to_edtf in (
        (r"(?P<year>\d{4})-Q(?P<n>[1-4])", lambda m: f"{m['year']}-{32 + int(m['n'])}"),
        (r"Q(?P<n>[1-4]) (?P<year>\d{4})", lambda m: f"{m['year']}-{32 + int(m['n'])}"),
        (r"(?P<year>\d{4})-H(?P<n>[12])", lambda m: f"{m['year']}-{39 + int(m['n'])}"),
        (r"H(?P<n>[12]) (?P<year>\d{4})", lambda m: f"{m['year']}-{39 + int(m['n'])}"),
        (r"(?P<season>spring|summer|autumn|fall|winter)(?: (?P<year>\d{4}))?", _season_edtf),
        (r"(?P<part>early|mid|late)[- ](?P<year>\d{4})",
         lambda m: f"{m['year']}-{_PART_CODES[m['part'].lower()]}"),
        (r"(?P<part>early|mid|late)[- ](?P<month>[a-z]+)\.?(?: (?P<year>\d{4}))?",
         _part_of_month_edtf),
    )
)
_ISO_LIKE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?[~?%]?")
_ISO_PLAIN = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?")
_DATE_TIME = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})[T ]\d.*", re.IGNORECASE)
_AMBIGUOUS = re.compile(r"\d{1,4}([/.])\d{1,2}\1\d{1,4}")
_PUBLISHED = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})"
    r"(?P<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?P<offset>Z|[+-]\d{2}:\d{2})?)?"
)


def parse_date(text: str) -> DateSpan:
    """The span of a timeline date or `as_of`, in any form FORMAT.md lists."""
    words = " ".join(text.split())
    _reject_common_mistakes(words)
    if match := _ISO_PLAIN.fullmatch(words):
        return _iso_span(words, match)
    code = _to_edtf(words)
    node = _parse_edtf(code, words)
    approximate, uncertain = False, False
    if type(node) is UncertainOrApproximate:
        both = node.is_uncertain_and_approximate
        approximate, uncertain = node.is_approximate or both, node.is_uncertain or both
        node = node.date
    precision, part = _kind(node, words)
    start, end = _bounds(node, words)
    if precision == "part-of-month":
        part = _part_of_month(start, end, words)
    return DateSpan(text.strip(), start, end, precision, code, approximate, uncertain, part)


def _iso_span(text: str, match: re.Match[str]) -> DateSpan:
    """A plain ISO day, month or year, without edtf's grammar (the common case, and fast)."""
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if year < 1:
        raise _not_a_date(text)
    if day:
        start = end = date(year, month, day)
    elif month:
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
    else:
        start, end = date(year, 1, 1), date(year, 12, 31)
    precision: Precision = "day" if day else "month" if month else "year"
    return DateSpan(text, start, end, precision, text)


def _reject_common_mistakes(text: str) -> None:
    """Specific messages for date-times, slashed dates and impossible days or months."""
    if match := _DATE_TIME.fullmatch(text):
        raise DateError(f"'{text}' is a date and time. Use the day alone: {match['day']}.")
    if _AMBIGUOUS.fullmatch(text):
        raise DateError(f"'{text}' is ambiguous: the order of day, month and year differs "
                        "between countries. Write it as year-month-day, e.g. 2024-10-15.")
    if match := _ISO_LIKE.fullmatch(text):
        month = int(match["month"])
        if not 1 <= month <= 12 and (match["day"] or not 21 <= month <= 41):
            raise DateError(f"'{text}' is not a date: there is no month {match['month']}.")
        if match["day"]:
            _check_day(int(match["year"]), month, int(match["day"]), text)


def _check_day(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise DateError(f"'{text}' is not a date: there is no month {month:02}.")
    if year < 1:
        raise DateError(f"'{text}' is not a date: years run from 0001 to 9999.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = _MONTHS[month - 1].capitalize()
        raise DateError(f"'{text}' is not a date: {name} {year} has {last} days.")
    return date(year, month, day)


def _to_edtf(text: str) -> str:
    for pattern, to_edtf in _FORMS:
        if match := pattern.fullmatch(text):
            return to_edtf(match)
    return text


def _parse_edtf(code: str, text: str) -> EDTFObject:
    node = _edtf_node(code)
    if node is None:
        raise _not_a_date(text)
    return node


@lru_cache(maxsize=1024)
def _edtf_node(code: str) -> EDTFObject | None:
    """edtf's parse, cached: its grammar takes milliseconds a date, and dates repeat."""
    try:
        node: EDTFObject = parse_edtf(code)
    except (EDTFParseException, ValueError):
        return None
    return node


def _kind(node: EDTFObject, text: str) -> tuple[Precision, str]:
    """Precision and part of the EDTF forms we can show; the rest are errors."""
    if type(node) is Date and not node.significant_digits:
        return _DATE_PRECISIONS[node.precision], ""
    if isinstance(node, Season) and int(node.season) in _CODES:
        return _CODES[int(node.season)]
    if type(node) is Interval and type(node.lower) is Date and type(node.upper) is Date:
        return "part-of-month", ""
    raise _not_a_date(text)


def _bounds(node: EDTFObject, text: str) -> tuple[date, date]:
    try:
        start = struct_time_to_date(node.lower_strict())
        end = struct_time_to_date(node.upper_strict())
        if isinstance(node, Season) and int(node.season) in _SPANS_NEW_YEAR:
            end = date(start.year + 1, 2, calendar.monthrange(start.year + 1, 2)[1])
    except ValueError:  # years outside 1-9999
        raise _not_a_date(text) from None
    return start, end


def _part_of_month(start: date, end: date, text: str) -> str:
    """Which third of a month an EDTF interval covers; any other interval is an error."""
    last_day = calendar.monthrange(start.year, start.month)[1]
    if (start.year, start.month) == (end.year, end.month):
        for part, (first, last) in _THIRDS.items():
            if (start.day, end.day) == (first, last or last_day):
                return part
    raise _not_a_date(text)


def parse_published(text: str) -> DateSpan:
    """The calendar day of `published`, as written: a date, or a date-time with its offset."""
    stripped = text.strip()
    match = _PUBLISHED.fullmatch(stripped)
    if match is None:
        raise DateError(f"'{text}' is not a publication date. Use a day such as 2025-03-19, or a "
                        "date-time with its offset such as 2025-03-19T08:00:00+08:00.")
    year, month, day = (int(part) for part in match["day"].split("-"))
    start = _check_day(year, month, day, stripped)
    if match["time"] and not match["offset"]:
        raise DateError(f"'{text}' has no UTC offset, so its day is unclear. Add one, e.g. "
                        f"{stripped}Z or {stripped}+08:00, or give the day alone: {match['day']}.")
    if match["time"]:
        try:
            datetime.fromisoformat(stripped)
        except ValueError:
            raise DateError(f"'{text}' has an impossible time of day.") from None
    return DateSpan(stripped, start, start, "day", match["day"])


# Display phrases by Babel locale ("en_US", "zh_Hant") or language; "" holds the defaults.
# {year} is the year (or "2025–26" for a winter), {month} Babel's month and year.
_PHRASES: dict[str, dict[str, str]] = {
    "": {"approximate": "~{date}", "uncertain": "{date}?", "years": "{start}–{end}"},
    "en": {
        "season:spring": "Spring {year}", "season:summer": "Summer {year}",
        "season:autumn": "Autumn {year}", "season:winter": "Winter {year}",
        "half:1": "H1 {year}", "half:2": "H2 {year}",
        "year:early": "Early {year}", "year:mid": "Mid-{year}", "year:late": "Late {year}",
        "month:early": "Early {month}", "month:mid": "Mid-{month}", "month:late": "Late {month}",
        "approximate": "c. {date}", "years": "{start}–{end2}",
    },
    "en_US": {"season:autumn": "Fall {year}"},
    "de": {
        "season:spring": "Frühling {year}", "season:summer": "Sommer {year}",
        "season:autumn": "Herbst {year}", "season:winter": "Winter {year}",
        "half:1": "1. Halbjahr {year}", "half:2": "2. Halbjahr {year}",
        "year:early": "Anfang {year}", "year:mid": "Mitte {year}", "year:late": "Ende {year}",
        "month:early": "Anfang {month}", "month:mid": "Mitte {month}",
        "month:late": "Ende {month}", "approximate": "ca. {date}", "years": "{start}/{end2}",
    },
    "zh": {
        "season:spring": "{year}年春季", "season:summer": "{year}年夏季",
        "season:autumn": "{year}年秋季", "season:winter": "{year}年冬季",
        "half:1": "{year}年上半年", "half:2": "{year}年下半年",
        "year:early": "{year}年初", "year:mid": "{year}年年中", "year:late": "{year}年底",
        "month:early": "{month}上旬", "month:mid": "{month}中旬", "month:late": "{month}下旬",
        "approximate": "约{date}", "uncertain": "{date}？",
    },
    "zh_Hant": {"approximate": "約{date}"},
}
_SKELETONS: dict[str, str] = {"day": "yMMMMd", "month": "yMMMM", "year": "y", "quarter": "yQQQ"}


def format_date(span: DateSpan, locale: str) -> str:
    """The date as a reader of `locale` (BCP 47) expects it, at the date's precision."""
    babel_locale = _babel_locale(locale)
    text = _format_plain(span, babel_locale)
    if span.approximate:
        text = _phrase(babel_locale, "approximate").format(date=text)
    if span.uncertain:
        text = _phrase(babel_locale, "uncertain").format(date=text)
    return text


@lru_cache(maxsize=64)
def _babel_locale(tag: str) -> Locale:
    """Babel's locale for a BCP 47 tag; bare "en" is international English, unknown is "en"."""
    if tag.lower() in ("", "en"):
        return Locale.parse("en_001")
    for candidate in (tag.replace("-", "_"), tag.split("-")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_001")


def _phrase(locale: Locale, key: str) -> str:
    """The most specific phrase for `key`, or "" when only Babel can say it."""
    names = (f"{locale.language}_{locale.territory}", f"{locale.language}_{locale.script}",
             locale.language, "")
    for name in names:
        if key in _PHRASES.get(name, {}):
            return _PHRASES[name][key]
    return ""


def _format_plain(span: DateSpan, locale: Locale) -> str:
    if span.precision in _SKELETONS:
        return str(format_skeleton(_SKELETONS[span.precision], span.start, locale=locale))
    key = {
        "season": f"season:{span.part}",
        "half": f"half:{1 if span.start.month <= 6 else 2}",
        "part-of-year": f"year:{span.part}",
        "part-of-month": f"month:{span.part}",
    }[span.precision]
    phrase = _phrase(locale, key)
    if not phrase:  # no table for this language: Babel's month range still speaks it
        return str(format_interval(span.start, span.end, "yMMM", locale=locale))
    start, end = span.start.year, span.end.year
    end2 = f"{end % 100:02}" if start // 100 == end // 100 else str(end)  # 1999–2000
    years = _phrase(locale, "years").format(start=start, end=end, end2=end2)
    month = format_skeleton("yMMMM", span.start, locale=locale)
    return phrase.format(year=start if start == end else years, month=month)


def format_datetime_attr(span: DateSpan) -> str:
    """A valid HTML date string for the span's start: "2024", "2024-10" or "2024-10-15"."""
    length = {"year": 4, "day": 10, "part-of-month": 10}.get(span.precision, 7)
    return span.start.isoformat()[:length]
