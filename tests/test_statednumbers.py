from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefing import numbers
from briefing.build import build_site
from briefing.statednumbers import quote_states
from tests.test_numbers import QUOTE_CASES

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French thousands
LANGUAGES = Path(__file__).parent / "golden" / "languages" / "input"


def test_reexported_from_numbers() -> None:
    assert numbers.quote_states is quote_states


@pytest.mark.parametrize("language", ["en", "en-US", "en-GB", "xx-unknown", "", "not a tag!"])
def test_english_and_fallback_read_as_before(language: str) -> None:
    for quote, value, unit, expected in QUOTE_CASES:
        assert quote_states(quote, Decimal(value), unit, language) is expected, quote


LOCALE_CASES: list[tuple[str, str, str, str, bool]] = [
    # German: "." groups thousands, "," is the decimal separator.
    ("de", "Rund 4.000 Hafenarbeiter", "4000", "", True),
    ("de", "sank im Mai um 12,5 Prozent", "12.5", "percent", True),
    ("de", f"sank um 12,5{NBSP}%", "12.5", "percent", True),
    ("de", "Waren im Wert von 1,2 Milliarden Euro", "1200000000", "EUR", True),
    ("de", "ein Verlust von 842 Mio. Euro", "842000000", "EUR", True),
    ("de", "ein Verlust von 842 Mio Euro", "842000000", "EUR", True),
    ("de", "2,5 Mrd. Euro", "2500000000", "EUR", True),
    ("de", "1 Million Fahrzeuge", "1000000", "", True),
    ("de", "1.234.567,89 Euro", "1234567.89", "EUR", True),
    ("de", "4 000 Beschäftigte", "4000", "", True),
    ("de", "Rund 4,000 Tonnen", "4", "", True),
    ("de-CH", "1'234'567 Franken", "1234567", "CHF", True),
    ("de-CH", "1’234’567.50 Franken", "1234567.5", "CHF", True),
    ("de-DE", "Rund 4.000 Hafenarbeiter", "4000", "", True),
    ("de", "Rund 4,000 Tonnen", "4000", "", False),
    ("de", "sank um 12,5 Prozent", "125", "percent", False),
    ("de", "1,2 Milliarden Euro", "1200000", "EUR", False),
    ("de", "1,2 Milliarden Euro", "12", "EUR", False),
    ("de", "842 Mio. Euro", "842000", "EUR", False),
    ("de", "Version 1.5", "1.5", "", False),
    ("de", "5 Minuten", "5000000", "", False),
    # French: a (narrow no-break) space groups thousands, "," is the decimal separator.
    ("fr", "350 000 véhicules", "350000", "vehicles", True),
    ("fr", f"350{NNBSP}000 véhicules", "350000", "vehicles", True),
    ("fr", f"350{NBSP}000 véhicules", "350000", "vehicles", True),
    ("fr", f"350{NNBSP}000,5 tonnes", "350000.5", "t", True),
    ("fr", f"en baisse de 12,5{NNBSP}%", "12.5", "percent", True),
    ("fr", "en baisse de 12,5 pour cent", "12.5", "percent", True),
    ("fr", "1,2 milliard d'euros", "1200000000", "EUR", True),
    ("fr", "3,5 millions de visiteurs", "3500000", "", True),
    ("fr", "350,000 véhicules", "350000", "vehicles", False),
    ("fr", "5 maisons", "5000000", "", False),
    # Chinese: "," groups, "." is the decimal point, 万 is 10^4 and 亿 10^8, no spaces.
    ("zh", "亏损8.42亿元", "842000000", "CNY", True),
    ("zh", "销量20万辆", "200000", "vehicles", True),
    ("zh", "五月货运量下降了12.5%", "12.5", "percent", True),
    ("zh", "下降了12.5％", "12.5", "percent", True),
    ("zh", "约4,000名码头工人", "4000", "", True),
    ("zh", "目标350,000辆", "350000", "vehicles", True),
    ("zh", "1,500万人", "15000000", "", True),
    ("zh", "3万亿元", "3000000000000", "CNY", True),
    ("zh-Hans-CN", "亏损8.42亿元", "842000000", "CNY", True),
    ("zh-Hant", "銷量20萬輛", "200000", "vehicles", True),
    ("ja", "8億円", "800000000", "JPY", True),
    ("ko", "3억 원", "300000000", "KRW", True),
    ("zh", "销量20万辆", "20000", "vehicles", False),
    ("zh", "亏损8.42亿元", "8420000", "CNY", False),
    ("zh", "亏损8.42亿元", "84200000", "CNY", False),
    # English variants keep the English reading and add their locale's grouping and words.
    ("en-IN", "12,34,567 voters", "1234567", "", True),
    ("en-IN", "5 lakh voters", "500000", "", True),
    ("en-IN", "2.5 crore rupees", "25000000", "INR", True),
]


@pytest.mark.parametrize(
    ("language", "quote", "value", "unit", "expected"),
    LOCALE_CASES,
    ids=[
        "de-4.000", "de-12,5-Prozent", "de-12,5-%", "de-1,2-Milliarden-Euro", "de-842-Mio.",
        "de-842-Mio-no-dot", "de-2,5-Mrd.", "de-1-Million", "de-grouped-with-decimals",
        "de-space-grouped", "de-4,000-is-4", "de-CH-apostrophe", "de-CH-right-quote",
        "de-DE-region",
        "de-4,000-is-not-4000", "de-12,5-is-not-125", "de-Milliarden-is-not-Millionen",
        "de-Milliarden-is-not-12", "de-Mio.-is-not-Tausend", "de-1.5-is-not-1.5",
        "de-Minuten-is-not-Millionen",
        "fr-space", "fr-narrow-nbsp", "fr-nbsp", "fr-grouped-with-decimals", "fr-12,5-%",
        "fr-pour-cent", "fr-1,2-milliard", "fr-3,5-millions",
        "fr-350,000-is-not-350000", "fr-maisons-is-not-M",
        "zh-8.42yi", "zh-20wan", "zh-12.5%", "zh-fullwidth-%", "zh-4,000", "zh-350,000",
        "zh-1,500wan", "zh-wanyi", "zh-Hans-CN", "zh-Hant-wan", "ja-oku", "ko-eok",
        "zh-20wan-is-not-20000", "zh-yi-is-not-wan", "zh-yi-is-not-10-wan",
        "en-IN-lakh-grouping", "en-IN-lakh", "en-IN-crore",
    ],
)
def test_quote_states_in_language(
    language: str, quote: str, value: str, unit: str, expected: bool
) -> None:
    assert quote_states(quote, Decimal(value), unit, language) is expected


def test_exact_beyond_decimal_context_precision() -> None:
    # 29 significant digits: the default 28-digit context would round the product.
    quote = "1234567890123456789012345678,9 Milliarden"
    value = Decimal("12345678901234567890123456789E8")
    assert quote_states(quote, value, "", "de")
    assert not quote_states(quote, value + 1, "", "de")


def test_english_words_only_in_english() -> None:
    assert quote_states("exports quadrupled", Decimal(4), "times", "en")
    assert not quote_states("exports quadrupled", Decimal(4), "times", "de")
    assert not quote_states("a fourfold rise", Decimal(4), "times", "de")


def test_languages_golden_states_its_numbers() -> None:
    report = build_site(LANGUAGES, write=False)
    assert [str(w) for w in report.warnings if "does not state" in w.message] == []
