"""Values, units and qualifiers of key numbers.

"Does this quote state this number?" lives in briefing.statednumbers; `quote_states` is
re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberPattern,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
    list_currencies,
    parse_pattern,
)

from briefing.statednumbers import quote_states as quote_states

# YAML 1.1 int and float in plain decimal notation. Hex, octal, sexagesimal, .inf and
# .nan are refused: a key number must read the same to the user as to the page.
_VALUE = re.compile(r"[-+]?(?:(?:0|[1-9]\d*(?:_\d+)*)(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)"
                    r"(?:[eE][-+]?\d+)?")
# Guards <data value> against "1e999999999" becoming a billion digits.
_MAX_EXPONENT = 30
_COMPACT_FROM = Decimal(1_000_000)
_QUALIFIER_WORDS: dict[str, dict[str, str]] = {
    "en": {"about": "about", "over": "over", "under": "under", "up to": "up to",
           "at least": "at least"},
    "de": {"about": "etwa", "over": "über", "under": "unter", "up to": "bis zu",
           "at least": "mindestens"},
    "zh": {"about": "约", "over": "超过", "under": "不到", "up to": "最多", "at least": "至少"},
}
# Languages written without spaces between a number and the words around it.
_UNSPACED = frozenset({"zh"})


def parse_value(text: str) -> Decimal:
    """The exact Decimal for a YAML int or float scalar; ValueError for anything else."""
    text = text.strip()
    if not _VALUE.fullmatch(text):
        raise ValueError(f"not a decimal number: {text!r}")
    value = Decimal(text.replace("_", ""))
    if value and abs(value.adjusted()) > _MAX_EXPONENT:
        raise ValueError(f"number out of range: {text!r}")
    return value


def format_value_attr(value: Decimal) -> str:
    """The exact number in plain notation, for <data value="...">."""
    if not value:
        return "0"
    text = format(value, "f")  # exact at any length, unlike normalize() (28 digits)
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_currency(unit: str) -> bool:
    """True when the unit is an upper-case ISO 4217 code that Babel knows."""
    return re.fullmatch(r"[A-Z]{3}", unit) is not None and unit in list_currencies()


@dataclass(frozen=True)
class NumberText:
    """A key number as the page shows it."""

    qualifier: str
    """Localised qualifier word(s), or ""."""
    number: str
    """Localised number with its currency or percent sign: "350,000", "CN¥842 million", "90%"."""
    unit: str
    """The free-text unit as written ("vehicles"); "" for percent and currencies."""
    text: str
    """The whole phrase: "over 200,000 vehicles"."""


def format_number(value: Decimal, unit: str, qualifier: str | None, locale: str) -> NumberText:
    """The localised display text of a key number."""
    loc = _parse_locale(locale)
    shown_unit = ""
    if unit == "percent":
        number = format_percent(value / 100, locale=loc, decimal_quantization=False)
    elif is_currency(unit):
        number = _format_money(value, unit, loc)
    else:
        number = _format_plain(value, loc)
        shown_unit = unit
    words = _qualifier_word(qualifier, loc.language)
    text = _join(_join(words, number, loc.language), shown_unit, loc.language)
    return NumberText(qualifier=words, number=number, unit=shown_unit, text=text)


@lru_cache(maxsize=64)
def _parse_locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def _qualifier_word(qualifier: str | None, language: str) -> str:
    if qualifier is None:
        return ""
    words = _QUALIFIER_WORDS.get(language, _QUALIFIER_WORDS["en"])
    if qualifier not in words:
        raise ValueError(f"unknown qualifier: {qualifier!r}")
    return words[qualifier]


def _join(left: str, right: str, language: str) -> str:
    if not left or not right:
        return left or right
    # A Latin word next to Chinese text still needs its space: "200,000 units".
    latin = left[-1].isascii() and left[-1].isalpha() or right[0].isascii() and right[0].isalpha()
    space = "" if language in _UNSPACED and not latin else " "
    return f"{left}{space}{right}"


def _format_plain(value: Decimal, loc: Locale) -> str:
    compact = _format_compact(value, loc)
    return compact or format_decimal(value, locale=loc, decimal_quantization=False)


def _format_compact(value: Decimal, loc: Locale) -> str | None:
    """"842 million", "8.42亿"; None below a million or when it would round the value."""
    divisor = _compact_divisor(abs(value), loc)
    if divisor is None or _fraction_digits(value / divisor) > 3:
        return None
    return format_compact_decimal(value, format_type="long", locale=loc, fraction_digits=3)


def _compact_divisor(value: Decimal, loc: Locale) -> Decimal | None:
    if value < _COMPACT_FROM:
        return None
    patterns = loc.compact_decimal_formats.get("long", {}).get("other", {})
    for magnitude in sorted((int(m) for m in patterns), reverse=True):
        if value >= magnitude:
            pattern = parse_pattern(patterns[str(magnitude)]).pattern
            # As Babel does it: "0" means "do not shorten", "00万" divides by 10,000.
            return None if pattern == "0" else Decimal(magnitude // 10 ** (pattern.count("0") - 1))
    return None


def _fraction_digits(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _format_money(value: Decimal, code: str, loc: Locale) -> str:
    """Whole amounts without ".00"; cents padded to the currency's digits ("$5.50")."""
    compact = _format_compact(abs(value), loc)
    if compact is None and value != value.to_integral_value():
        return format_currency(value, code, locale=loc, decimal_quantization=False)
    number = compact or format_decimal(abs(value), locale=loc, decimal_quantization=False)
    pattern: NumberPattern = loc.currency_formats["standard"]
    symbol = get_currency_symbol(code, locale=loc)
    negative = int(value < 0)
    prefix: str = pattern.prefix[negative]
    suffix: str = pattern.suffix[negative]
    return f"{prefix}{number}{suffix}".replace("¤", symbol)
