"""Every date form → DateSpan, display text, <time datetime>; and the errors users see."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefing.dates import (
    ACCEPTED_FORMS,
    DateError,
    format_date,
    format_datetime_attr,
    parse_date,
    parse_published,
)

D = date.fromisoformat

# text, start, end, precision, edtf, part, approximate, uncertain
PARSE = [
    ("2024-10-15", "2024-10-15", "2024-10-15", "day", "2024-10-15", "", False, False),
    ("2024-10", "2024-10-01", "2024-10-31", "month", "2024-10", "", False, False),
    ("2024-02", "2024-02-01", "2024-02-29", "month", "2024-02", "", False, False),
    ("2024", "2024-01-01", "2024-12-31", "year", "2024", "", False, False),
    ("2024-Q4", "2024-10-01", "2024-12-31", "quarter", "2024-36", "", False, False),
    ("Q4 2024", "2024-10-01", "2024-12-31", "quarter", "2024-36", "", False, False),
    ("q1  2025", "2025-01-01", "2025-03-31", "quarter", "2025-33", "", False, False),
    ("2024-36", "2024-10-01", "2024-12-31", "quarter", "2024-36", "", False, False),
    ("2025-H1", "2025-01-01", "2025-06-30", "half", "2025-40", "", False, False),
    ("H2 2025", "2025-07-01", "2025-12-31", "half", "2025-41", "", False, False),
    ("summer 2025", "2025-06-01", "2025-08-31", "season", "2025-22", "summer", False, False),
    ("Spring 2025", "2025-03-01", "2025-05-31", "season", "2025-21", "spring", False, False),
    ("autumn 2024", "2024-09-01", "2024-11-30", "season", "2024-23", "autumn", False, False),
    ("fall 2024", "2024-09-01", "2024-11-30", "season", "2024-23", "autumn", False, False),
    ("WINTER 2024", "2024-12-01", "2025-02-28", "season", "2024-24", "winter", False, False),
    ("winter 2023", "2023-12-01", "2024-02-29", "season", "2023-24", "winter", False, False),
    ("2025-22", "2025-06-01", "2025-08-31", "season", "2025-22", "summer", False, False),
    ("2025-30", "2025-12-01", "2026-02-28", "season", "2025-30", "southern summer", False, False),
    ("early 2025", "2025-01-01", "2025-04-30", "part-of-year", "2025-37", "early", False, False),
    ("mid-2025", "2025-05-01", "2025-08-31", "part-of-year", "2025-38", "mid", False, False),
    ("mid 2025", "2025-05-01", "2025-08-31", "part-of-year", "2025-38", "mid", False, False),
    ("late 2025", "2025-09-01", "2025-12-31", "part-of-year", "2025-39", "late", False, False),
    ("early October 2024", "2024-10-01", "2024-10-10", "part-of-month",
     "2024-10-01/2024-10-10", "early", False, False),
    ("mid-October 2024", "2024-10-11", "2024-10-20", "part-of-month",
     "2024-10-11/2024-10-20", "mid", False, False),
    ("late Feb 2024", "2024-02-21", "2024-02-29", "part-of-month",
     "2024-02-21/2024-02-29", "late", False, False),
    ("2024-10-21/2024-10", "2024-10-21", "2024-10-31", "part-of-month",
     "2024-10-21/2024-10", "late", False, False),
    ("2024~", "2024-01-01", "2024-12-31", "year", "2024~", "", True, False),
    ("2024-10?", "2024-10-01", "2024-10-31", "month", "2024-10?", "", False, True),
    ("2024-10-15%", "2024-10-15", "2024-10-15", "day", "2024-10-15%", "", True, True),
    ("  2024-10 ", "2024-10-01", "2024-10-31", "month", "2024-10", "", False, False),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "edtf", "part", "approximate", "uncertain"),
    PARSE,
    ids=[case[0].strip() for case in PARSE],
)
def test_parse_date(
    text: str, start: str, end: str, precision: str, edtf: str, part: str,
    approximate: bool, uncertain: bool,
) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision, span.edtf, span.part) == (
        D(start), D(end), precision, edtf, part
    )
    assert (span.approximate, span.uncertain, span.text) == (approximate, uncertain, text.strip())


@pytest.mark.parametrize(
    ("human", "edtf"),
    [("Q4 2024", "2024-36"), ("H1 2025", "2025-40"), ("summer 2025", "2025-22"),
     ("mid-2025", "2025-38"), ("mid-October 2024", "2024-10-11/2024-10-20")],
    ids=["quarter", "half", "season", "part-of-year", "part-of-month"],
)
def test_human_form_equals_its_edtf(human: str, edtf: str) -> None:
    assert dataclasses.replace(parse_date(human), text=edtf) == parse_date(edtf)


# text, en, de, zh, en-US
DISPLAY = [
    ("2024-10-15", "15 October 2024", "15. Oktober 2024", "2024年10月15日", "October 15, 2024"),
    ("2024-10", "October 2024", "Oktober 2024", "2024年10月", "October 2024"),
    ("2024", "2024", "2024", "2024年", "2024"),
    ("Q4 2024", "Q4 2024", "Q4 2024", "2024年第4季度", "Q4 2024"),
    ("2024-36", "Q4 2024", "Q4 2024", "2024年第4季度", "Q4 2024"),
    ("H1 2025", "H1 2025", "1. Halbjahr 2025", "2025年上半年", "H1 2025"),
    ("2025-H2", "H2 2025", "2. Halbjahr 2025", "2025年下半年", "H2 2025"),
    ("summer 2025", "Summer 2025", "Sommer 2025", "2025年夏季", "Summer 2025"),
    ("2025-22", "Summer 2025", "Sommer 2025", "2025年夏季", "Summer 2025"),
    ("spring 2025", "Spring 2025", "Frühling 2025", "2025年春季", "Spring 2025"),
    ("fall 2024", "Autumn 2024", "Herbst 2024", "2024年秋季", "Fall 2024"),
    ("winter 2025", "Winter 2025–26", "Winter 2025/26", "2025–2026年冬季", "Winter 2025–26"),
    # Southern seasons show as their months, in Babel's interval format (thin spaces).
    ("2025-30", "Dec 2025\u2009–\u2009Feb 2026", "Dez. 2025\u2009–\u2009Feb. 2026",
     "2025年12月\u2009–\u20092026年2月", "Dec 2025\u2009–\u2009Feb 2026"),
    ("early 2025", "Early 2025", "Anfang 2025", "2025年初", "Early 2025"),
    ("mid-2025", "Mid-2025", "Mitte 2025", "2025年年中", "Mid-2025"),
    ("late 2025", "Late 2025", "Ende 2025", "2025年底", "Late 2025"),
    ("early October 2024", "Early October 2024", "Anfang Oktober 2024", "2024年10月上旬",
     "Early October 2024"),
    ("mid-October 2024", "Mid-October 2024", "Mitte Oktober 2024", "2024年10月中旬",
     "Mid-October 2024"),
    ("late October 2024", "Late October 2024", "Ende Oktober 2024", "2024年10月下旬",
     "Late October 2024"),
    ("2024~", "c. 2024", "ca. 2024", "约2024年", "c. 2024"),
    ("2024-10?", "October 2024?", "Oktober 2024?", "2024年10月？", "October 2024?"),
    ("2024-10-15%", "c. 15 October 2024?", "ca. 15. Oktober 2024?", "约2024年10月15日？",
     "c. October 15, 2024?"),
]


@pytest.mark.parametrize(
    ("text", "en", "de", "zh", "en_us"), DISPLAY, ids=[case[0] for case in DISPLAY]
)
def test_format_date(text: str, en: str, de: str, zh: str, en_us: str) -> None:
    span = parse_date(text)
    shown = [format_date(span, locale) for locale in ("en", "de", "zh", "en-US")]
    assert shown == [en, de, zh, en_us]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2024-10-15", "fr", "15 octobre 2024"),
        ("winter 1999", "en", "Winter 1999–2000"),
        ("summer 2025", "fr", "juin–août 2025"),
        ("H1 2025", "pt-BR", "jan.\u2009–\u2009jun. de 2025"),
        ("Q4 2024", "fr", "T4 2024"),
        ("mid-October 2024", "fr", "oct. 2024"),
        ("2024~", "fr", "~2024"),
        ("2024-Q4", "zh-TW", "2024年第4季"),
        ("2024~", "zh-Hant-TW", "約2024年"),
        ("2024-10-15", "de-CH-1996", "15. Oktober 2024"),
        ("2024-10-15", "en-GB", "15 October 2024"),
        ("2024-10-15", "xx", "15 October 2024"),
        ("2024-10-15", "", "15 October 2024"),
        ("2024-10-15", "not a tag!", "15 October 2024"),
    ],
    ids=["fr-day", "en-winter-century", "fr-season", "pt-BR-half", "fr-quarter", "fr-part-of-month",
         "fr-approximate", "zh-TW-quarter", "zh-Hant-approximate", "de-CH-variant",
         "en-GB", "unknown", "empty", "invalid"],
)
def test_format_date_other_locales(text: str, locale: str, expected: str) -> None:
    assert format_date(parse_date(text), locale) == expected


@pytest.mark.parametrize(
    ("text", "attr"),
    [
        ("2024-10-15", "2024-10-15"), ("2024-10", "2024-10"), ("2024", "2024"),
        ("2024~", "2024"), ("2024-10?", "2024-10"), ("Q4 2024", "2024-10"),
        ("H2 2025", "2025-07"), ("summer 2025", "2025-06"), ("winter 2025", "2025-12"),
        ("mid-2025", "2025-05"), ("late 2025", "2025-09"),
        ("mid-October 2024", "2024-10-11"), ("early October 2024", "2024-10-01"),
    ],
    ids=["day", "month", "year", "approximate-year", "uncertain-month", "quarter", "half",
         "season", "winter", "part-of-year", "late-year", "part-of-month", "early-month"],
)
def test_format_datetime_attr(text: str, attr: str) -> None:
    assert format_datetime_attr(parse_date(text)) == attr


NOT_A_DATE = "is not a date. Use one of: " + ACCEPTED_FORMS + "."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("03/04/05", "'03/04/05' is ambiguous: the order of day, month and year differs "
                     "between countries. Write it as year-month-day, e.g. 2024-10-15."),
        ("2024-13", "'2024-13' is not a date: there is no month 13."),
        ("2024-10-32", "'2024-10-32' is not a date: October 2024 has 31 days."),
        ("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days."),
        ("Q5 2024", f"'Q5 2024' {NOT_A_DATE}"),
        ("", f"'' {NOT_A_DATE}"),
        ("next year", f"'next year' {NOT_A_DATE}"),
        ("15 October 2024", f"'15 October 2024' {NOT_A_DATE}"),
        ("mid-Octobre 2024", f"'mid-Octobre 2024' {NOT_A_DATE}"),
        ("winter", "'winter' has no year. Add one, e.g. 'winter 2025'."),
        ("mid-October", "'mid-October' has no year. Add one, e.g. 'mid-October 2025'."),
        ("2024-10-15T08:00:00Z",
         "'2024-10-15T08:00:00Z' is a date and time. Use the day alone: 2024-10-15."),
        ("2024-10-01/2024-10-31", f"'2024-10-01/2024-10-31' {NOT_A_DATE}"),
        ("2024/..", f"'2024/..' {NOT_A_DATE}"),
        ("2024-10-XX", f"'2024-10-XX' {NOT_A_DATE}"),
        ("0000", f"'0000' {NOT_A_DATE}"),
        ("9999-24", f"'9999-24' {NOT_A_DATE}"),
    ],
    ids=["slashed", "month-13", "day-32", "no-29-feb", "Q5", "empty", "next-year",
         "day-month-year", "misspelt-month", "season-no-year", "part-no-year", "date-time",
         "whole-month-interval", "open-interval", "unspecified", "year-zero", "winter-9999"],
)
def test_parse_date_rejects(text: str, message: str) -> None:
    with pytest.raises(DateError) as excinfo:
        parse_date(text)
    assert str(excinfo.value) == message


def test_accepted_forms_lists_every_form() -> None:
    for example in ("2024-10-15", "2024-Q4", "Q4 2024", "H1 2025", "summer 2025",
                    "mid-2025", "mid-October 2024", "2025-22", "2024~", "2024-10?"):
        assert example in ACCEPTED_FORMS
        parse_date(example)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-03-19", "2025-03-19"),
        ("2025-03-19T08:00:00+08:00", "2025-03-19"),
        ("2025-03-19T23:30:00-05:00", "2025-03-19"),
        ("2025-03-19T00:30:00Z", "2025-03-19"),
        ("2025-03-19T08:00:00.250+01:00", "2025-03-19"),
    ],
    ids=["date", "offset", "negative-offset", "Z", "fraction"],
)
def test_parse_published(text: str, day: str) -> None:
    span = parse_published(text)
    assert (span.start, span.end, span.precision, span.edtf, span.text) == (
        D(day), D(day), "day", day, text
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-03-19T08:00:00", "'2025-03-19T08:00:00' has no UTC offset, so its day is "
         "unclear. Add one, e.g. 2025-03-19T08:00:00Z or 2025-03-19T08:00:00+08:00, or give "
         "the day alone: 2025-03-19."),
        ("2025-03", "'2025-03' is not a publication date. Use a day such as 2025-03-19, or a "
         "date-time with its offset such as 2025-03-19T08:00:00+08:00."),
        ("19 March 2025", "'19 March 2025' is not a publication date. Use a day such as "
         "2025-03-19, or a date-time with its offset such as 2025-03-19T08:00:00+08:00."),
        ("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days."),
        ("2025-13-01T08:00:00Z", "'2025-13-01T08:00:00Z' is not a date: there is no month 13."),
        ("2025-03-19T25:00:00Z", "'2025-03-19T25:00:00Z' has an impossible time of day."),
    ],
    ids=["naive", "month", "prose", "no-29-feb", "month-13", "hour-25"],
)
def test_parse_published_rejects(text: str, message: str) -> None:
    with pytest.raises(DateError) as excinfo:
        parse_published(text)
    assert str(excinfo.value) == message
