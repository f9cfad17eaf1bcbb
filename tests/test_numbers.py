from __future__ import annotations

from decimal import Decimal

import pytest

from briefing.numbers import (
    NumberText,
    format_number,
    format_value_attr,
    is_currency,
    parse_value,
    quote_states,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("350000", Decimal("350000")),
        ("350_000", Decimal("350000")),
        ("1.5", Decimal("1.5")),
        ("1.5e3", Decimal("1500")),
        ("1.5E+3", Decimal("1500")),
        ("-2", Decimal("-2")),
        ("+7", Decimal("7")),
        ("0.25", Decimal("0.25")),
        (".5", Decimal("0.5")),
        ("0", Decimal("0")),
        ("0.1", Decimal("0.1")),
        ("842000000", Decimal("842000000")),
        ("12345678901234567890.123456789", Decimal("12345678901234567890.123456789")),
    ],
    ids=[
        "int", "underscores", "decimal", "exponent", "exponent-upper-signed", "negative",
        "plus", "quarter", "leading-dot", "zero", "not-via-float", "842-million", "long-exact",
    ],
)
def test_parse_value(text: str, expected: Decimal) -> None:
    value = parse_value(text)
    assert isinstance(value, Decimal)
    assert value == expected


def test_parse_value_keeps_written_digits() -> None:
    # Decimal equality ignores trailing zeros; str() does not, nor a float detour.
    assert str(parse_value("2.50")) == "2.50"
    assert str(parse_value("0.1")) == "0.1"
    assert str(parse_value("1_000.000_1")) == "1000.0001"


@pytest.mark.parametrize(
    "text",
    ["", "abc", "350,000", "350k", "1/2", "0x1F", "0o17", "017", "0b101", "190:20:30",
     ".inf", "-.inf", ".nan", "NaN", "Infinity", "1e", "_1", "1_", "1.2.3", "5 %", "1e99999"],
    ids=["empty", "word", "comma", "suffix", "fraction", "hex", "octal-0o", "octal-leading-zero",
         "binary", "sexagesimal", "inf", "minus-inf", "nan", "python-nan", "python-inf",
         "bare-exponent", "leading-underscore", "trailing-underscore", "two-dots", "percent",
         "huge-exponent"],
)
def test_parse_value_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_value(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("350000", "350000"),
        ("3.5E+5", "350000"),
        ("842000000", "842000000"),
        ("0.5", "0.5"),
        ("0.50", "0.5"),
        ("1.5e3", "1500"),
        ("-2", "-2"),
        ("2.50", "2.5"),
        ("0", "0"),
        ("-0", "0"),
        ("0.000", "0"),
        ("1E-7", "0.0000001"),
        ("100", "100"),
    ],
    ids=["int", "exponent-form", "842-million", "half", "trailing-zero", "float-exponent",
         "negative", "2.50", "zero", "negative-zero", "zero-with-digits", "tiny", "round"],
)
def test_format_value_attr(value: str, expected: str) -> None:
    assert format_value_attr(Decimal(value)) == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("CNY", True), ("USD", True), ("EUR", True), ("JPY", True), ("cny", False),
     ("Usd", False), ("ABC", False), ("percent", False), ("vehicles", False), ("", False),
     ("USDT", False)],
    ids=["CNY", "USD", "EUR", "JPY", "lower", "mixed-case", "unknown-code", "percent",
         "free-text", "empty", "four-letters"],
)
def test_is_currency(unit: str, expected: bool) -> None:
    assert is_currency(unit) is expected


FORMAT_CASES: list[tuple[str, str, str | None, str, NumberText]] = [
    ("350000", "vehicles", None, "en",
     NumberText("", "350,000", "vehicles", "350,000 vehicles")),
    ("350000", "vehicles", None, "de",
     NumberText("", "350.000", "vehicles", "350.000 vehicles")),
    ("842000000", "CNY", None, "en",
     NumberText("", "CN¥842 million", "", "CN¥842 million")),
    ("842000000", "CNY", None, "en-US",
     NumberText("", "CN¥842 million", "", "CN¥842 million")),
    ("842000000", "CNY", None, "de",
     NumberText("", f"842 Millionen{NBSP}CN¥", "", f"842 Millionen{NBSP}CN¥")),
    ("842000000", "CNY", None, "zh", NumberText("", "¥8.42亿", "", "¥8.42亿")),
    ("842000001", "CNY", None, "zh",
     NumberText("", "¥842,000,001", "", "¥842,000,001")),
    ("842123400", "CNY", None, "zh",
     NumberText("", "¥842,123,400", "", "¥842,123,400")),
    ("1234567", "vehicles", None, "en",
     NumberText("", "1,234,567", "vehicles", "1,234,567 vehicles")),
    ("1500000", "vehicles", "about", "en",
     NumberText("about", "1.5 million", "vehicles", "about 1.5 million vehicles")),
    ("1000000", "Fahrzeuge", None, "de",
     NumberText("", "1 Million", "Fahrzeuge", "1 Million Fahrzeuge")),
    ("1500000", "辆", "about", "zh", NumberText("约", "150万", "辆", "约150万辆")),
    ("90", "percent", None, "en", NumberText("", "90%", "", "90%")),
    ("90", "percent", None, "de", NumberText("", f"90{NBSP}%", "", f"90{NBSP}%")),
    ("90", "percent", None, "zh", NumberText("", "90%", "", "90%")),
    ("12.5", "percent", "at least", "de",
     NumberText("mindestens", f"12,5{NBSP}%", "", f"mindestens 12,5{NBSP}%")),
    ("200000", "units", "over", "en",
     NumberText("over", "200,000", "units", "over 200,000 units")),
    ("200000", "units", "over", "en-US",
     NumberText("over", "200,000", "units", "over 200,000 units")),
    ("200000", "Einheiten", "over", "de",
     NumberText("über", "200.000", "Einheiten", "über 200.000 Einheiten")),
    ("200000", "辆", "over", "zh", NumberText("超过", "200,000", "辆", "超过200,000辆")),
    ("200000", "units", "over", "zh",
     NumberText("超过", "200,000", "units", "超过200,000 units")),
    ("50", "", "under", "zh", NumberText("不到", "50", "", "不到50")),
    ("5", "GW", "up to", "de", NumberText("bis zu", "5", "GW", "bis zu 5 GW")),
    ("5", "GW", "up to", "fr", NumberText("up to", "5", "GW", "up to 5 GW")),
    ("4", "times", None, "en", NumberText("", "4", "times", "4 times")),
    ("1.5", "", None, "en", NumberText("", "1.5", "", "1.5")),
    ("1.5", "", None, "de", NumberText("", "1,5", "", "1,5")),
    ("2.50", "kg", None, "en", NumberText("", "2.5", "kg", "2.5 kg")),
    ("1.2345", "kg", None, "en", NumberText("", "1.2345", "kg", "1.2345 kg")),
    ("1.5e3", "", None, "en", NumberText("", "1,500", "", "1,500")),
    ("1250", "USD", None, "en", NumberText("", "$1,250", "", "$1,250")),
    ("1250", "USD", None, "zh", NumberText("", "US$1,250", "", "US$1,250")),
    ("5.5", "USD", None, "en", NumberText("", "$5.50", "", "$5.50")),
    ("5600000", "USD", "about", "en",
     NumberText("about", "$5.6 million", "", "about $5.6 million")),
    ("-2", "EUR", None, "de", NumberText("", f"-2{NBSP}€", "", f"-2{NBSP}€")),
    ("350000", "vehicles", None, "xx-unknown",
     NumberText("", "350,000", "vehicles", "350,000 vehicles")),
]


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "locale", "expected"),
    FORMAT_CASES,
    ids=[
        "en-plain", "de-grouping", "en-CNY-842-million", "en-US-CNY", "de-CNY-suffix",
        "zh-CNY-exact-8.42yi", "zh-CNY-not-compactable", "zh-CNY-needs-5-digits",
        "en-million-inexact-stays-full", "en-about-1.5-million", "de-1-Million",
        "zh-wan-no-space", "en-90%", "de-90%", "zh-90%", "de-12.5%-at-least",
        "en-over-200000", "en-US-over-200000", "de-ueber", "zh-over-cjk-unit",
        "zh-over-latin-unit", "zh-under-no-unit", "de-up-to", "fr-falls-back-to-english-words",
        "en-4-times", "en-1.5", "de-1.5", "en-2.50", "en-many-decimals", "en-exponent",
        "en-USD-no-cents", "zh-USD", "en-USD-cents-padded", "en-about-5.6-million-USD",
        "de-negative-EUR", "unknown-locale-is-en",
    ],
)
def test_format_number(
    value: str, unit: str, qualifier: str | None, locale: str, expected: NumberText
) -> None:
    assert format_number(parse_value(value), unit, qualifier, locale) == expected


def test_format_number_rejects_unknown_qualifier() -> None:
    with pytest.raises(ValueError, match="nearly"):
        format_number(Decimal(5), "", "nearly", "en")


QUOTE_CASES: list[tuple[str, str, str, bool]] = [
    # stated
    ("raised its 2025 sales target to 350,000 vehicles", "350000", "vehicles", True),
    ("a target of 350000 cars", "350000", "vehicles", True),
    ("a target of 350 000 cars", "350000", "vehicles", True),
    (f"a target of 350{NBSP}000 cars", "350000", "vehicles", True),
    ("Xiaomi targets 350k sales", "350000", "vehicles", True),
    ("Xiaomi targets 350K sales", "350000", "vehicles", True),
    ("raised its 2025 sales target", "2025", "", True),
    ("a CN¥842 million loss", "842000000", "CNY", True),
    ("lost 842m yuan", "842000000", "CNY", True),
    ("raised $5.6 million", "5600000", "USD", True),
    ("raised US$5.6M", "5600000", "USD", True),
    ("a 5,6 million euro grant", "5600000", "EUR", True),
    ("a 5,600 million euro grant", "5600000000", "EUR", True),
    ("worth 1.2 billion", "1200000000", "USD", True),
    ("worth 1.2bn", "1200000000", "USD", True),
    ("worth £1.2-billion", "1200000000", "GBP", True),
    ("a 3 trillion economy", "3000000000000", "USD", True),
    ("90% of buyers", "90", "percent", True),
    ("90 percent of buyers", "90", "percent", True),
    ("90 per cent of buyers", "90", "percent", True),
    ("12.5% of buyers", "12.5", "percent", True),
    ("ninety percent of buyers", "90", "percent", True),
    ("four new plants", "4", "plants", True),
    ("Twelve suppliers", "12", "suppliers", True),
    ("twenty-five suppliers", "25", "suppliers", True),
    ("two million cars", "2000000", "vehicles", True),
    ("a million cars", "1000000", "vehicles", True),
    ("half a million cars", "500000", "vehicles", True),
    ("sales doubled", "2", "times", True),
    ("sales doubled", "100", "percent", True),
    ("output tripled", "3", "times", True),
    ("output trebled", "200", "percent", True),
    ("exports quadrupled", "4", "times", True),
    ("exports quadrupled", "300", "percent", True),
    ("a fourfold rise", "300", "percent", True),
    ("a 4-fold rise", "4", "times", True),
    ("profit halved", "0.5", "", True),
    ("profit halved", "50", "percent", True),
    ("profit halved", "-50", "percent", True),
    ("shares fell 5%", "-5", "percent", True),
    ("1,234.5 tonnes", "1234.5", "t", True),
    ("1.234.567 Einwohner", "1234567", "", True),
    ("842 million", "842", "million yuan", True),
    ("a 2.5x jump", "2.5", "times", True),
    # not stated
    ("raised its 2025 sales target", "350000", "vehicles", False),
    ("a target of 350,001 cars", "350000", "vehicles", False),
    ("a target of 35,000 cars", "350000", "vehicles", False),
    ("a 5,600 million euro grant", "5600000", "EUR", False),
    ("a CN¥842 million loss", "8420000", "CNY", False),
    ("worth 1.2 billion", "120000000", "USD", False),
    ("sales doubled", "100", "vehicles", False),
    ("exports quadrupled", "400", "percent", False),
    ("90% of buyers", "9", "percent", False),
    ("no figures were given", "350000", "vehicles", False),
    ("in the 21st century", "21", "", False),
    ("a car", "1", "", False),
    ("someone said", "1", "", False),
    ("1,2,3 and go", "1.2", "", False),
    ("1.500 units", "1500", "units", False),
    ("", "0", "", False),
]


@pytest.mark.parametrize(
    ("quote", "value", "unit", "expected"),
    QUOTE_CASES,
    ids=[
        "grouped", "plain", "space-grouped", "nbsp-grouped", "350k", "350K", "year-is-stated",
        "842-million-CNY", "842m", "$5.6-million", "US$5.6M", "decimal-comma-5,6-million",
        "comma-3-digits-is-thousands", "1.2-billion", "1.2bn", "hyphen-billion", "3-trillion",
        "90%", "90-percent", "90-per-cent", "12.5%", "ninety-percent", "four", "twelve",
        "twenty-five", "two-million", "a-million", "half-a-million", "doubled-is-2",
        "doubled-is-100%", "tripled", "trebled-is-200%", "quadrupled-is-4",
        "quadrupled-is-300%", "fourfold-is-300%", "4-fold", "halved-is-0.5", "halved-is-50%",
        "halved-is-minus-50%", "sign-ignored", "grouped-with-decimals", "european-grouping",
        "unit-carries-the-scale", "2.5x",
        "year-is-not-350000", "off-by-one", "missing-digit", "5,600-million-is-not-5.6-million",
        "wrong-scale", "wrong-billion", "doubled-is-not-100-vehicles", "quadrupled-is-not-400%",
        "90%-is-not-9", "no-numbers", "ordinal", "bare-a", "one-inside-word", "list-not-decimal",
        "english-decimal-point",
        "empty-quote",
    ],
)
def test_quote_states(quote: str, value: str, unit: str, expected: bool) -> None:
    assert quote_states(quote, Decimal(value), unit) is expected
