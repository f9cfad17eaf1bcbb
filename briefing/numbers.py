"""Values, units and qualifiers of key numbers; "does this quote state this number?"."""

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
    return format(value.normalize(), "f")


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


# ---- Does the quote state the number? -------------------------------------------------------

_SPACES = " \u00a0\u202f\u2009"
_SCALES: dict[str, int] = {
    "": 1, "x": 1, "hundred": 100, "thousand": 10**3, "k": 10**3,
    "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "t": 10**12, "tn": 10**12,
}
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|mln|bln|mn|bn|tn"
# 350,000 / 350 000 / 1.5 / 5,6 then an optional scale ("842 million", "350k", "1.2bn"),
# a fold ("4-fold") or nothing; never part of a longer number or an ordinal ("21st").
_NUMERAL = re.compile(
    rf"""(?<![\d.,])
    (?P<digits>(?>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*))
    (?:[{_SPACES}-]?(?P<scale>{_SCALE_WORDS})\b
      |(?P<suffix>[kmbtx])\b
      |(?P<fold>[ -]?fold)\b
      |(?!\d|(?:st|nd|rd|th)\b))""",
    re.IGNORECASE | re.VERBOSE,
)
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES: dict[str, Decimal] = {
    **{word: Decimal(n) for n, word in enumerate(_ONES)},
    **{word: Decimal(20 + 10 * n) for n, word in enumerate(_TENS)},
    "a": Decimal(1), "an": Decimal(1), "half a": Decimal("0.5"), "half an": Decimal("0.5"),
}
_WORD_ALTERNATIVES = "|".join(re.escape(w) for w in sorted(_WORD_VALUES, key=len, reverse=True))
# "four", "twenty-five", "two million", "a billion", "half a million", "fourfold".
_WORD = re.compile(
    rf"""\b(?:(?P<tens>{"|".join(_TENS)})[- ](?P<ones>{"|".join(_ONES[1:10])})
      |(?P<word>{_WORD_ALTERNATIVES}))
    (?:[ -](?P<scale>{_SCALE_WORDS})|(?P<fold>[ -]?fold))?\b""",
    re.IGNORECASE | re.VERBOSE,
)
_FACTORS: dict[str, Decimal] = {
    "doubl": Decimal(2), "tripl": Decimal(3), "trebl": Decimal(3), "quadrupl": Decimal(4),
    "quintupl": Decimal(5), "halv": Decimal("0.5"),
    "twice": Decimal(2), "thrice": Decimal(3), "half": Decimal("0.5"),
}
_MULTIPLIER = re.compile(
    r"\b(?:(?P<stem>doubl|tripl|trebl|quadrupl|quintupl|halv)(?:e[ds]?|ing)"
    r"|(?P<word>twice|thrice|half))\b",
    re.IGNORECASE,
)


def quote_states(quote: str, value: Decimal, unit: str) -> bool:
    """True when the quote, as English news text, states this value (sign aside)."""
    return abs(value) in _stated_numbers(quote, percent=unit == "percent")


def _stated_numbers(quote: str, percent: bool) -> set[Decimal]:
    """Every number the quote can be read as stating, ignoring signs and units."""
    found: set[Decimal] = set()
    for match in _NUMERAL.finditer(quote):
        found |= _scaled(match, _read_digits(match["digits"]), percent)
    for match in _WORD.finditer(quote):
        found |= _word_readings(match, percent)
    for match in _MULTIPLIER.finditer(quote):
        found |= _factor_readings(_FACTORS[(match["stem"] or match["word"]).lower()], percent)
    return found


def _word_readings(match: re.Match[str], percent: bool) -> set[Decimal]:
    """"four" states 4; "a million" states a million, not 1; a bare "a" states nothing."""
    if match["tens"]:
        value = _WORD_VALUES[match["tens"].lower()] + _WORD_VALUES[match["ones"].lower()]
        return _scaled(match, {value}, percent)
    word = match["word"].lower()
    if word in ("a", "an"):
        return {Decimal(_SCALES[match["scale"].lower()])} if match["scale"] else set()
    return _scaled(match, {_WORD_VALUES[word]}, percent)


def _scaled(match: re.Match[str], readings: set[Decimal], percent: bool) -> set[Decimal]:
    """The readings as written and times their scale; for "4-fold", a factor."""
    if match["fold"]:
        return {r for reading in readings for r in _factor_readings(reading, percent)}
    groups = match.groupdict()
    scale = _SCALES[(groups.get("scale") or groups.get("suffix") or "").lower()]
    return readings | {reading * scale for reading in readings}


def _factor_readings(factor: Decimal, percent: bool) -> set[Decimal]:
    """"Quadrupled" states 4, and for a percent also a 300 percent rise; "halved" 50."""
    return {factor, abs(factor - 1) * 100} if percent else {factor}


def _read_digits(text: str) -> set[Decimal]:
    """"350 000" reads as 350000; "5 100" may also be 5 and 100 side by side."""
    groups = re.split(f"[{_SPACES}]", text)
    if len(groups) == 1:
        return _read_run(text)
    alone = (_read_run(group) for group in groups if not group.startswith("0"))
    return _read_run("".join(groups)).union(*alone)


def _read_run(run: str) -> set[Decimal]:
    """Digits with "," and "." as an English or a European number, else as a list."""
    parts = re.split(r"([.,])", run)
    groups, seps = parts[0::2], parts[1::2]
    readings = {
        reading
        for group_sep, decimal_sep in ((",", "."), (".", ","))
        if (reading := _read_grouped(groups, seps, group_sep, decimal_sep)) is not None
    }
    return readings or {Decimal(group) for group in groups}


def _read_grouped(
    groups: list[str], seps: list[str], group_sep: str, decimal_sep: str
) -> Decimal | None:
    fraction = ""
    if seps and seps[-1] == decimal_sep:
        fraction, groups, seps = groups[-1], groups[:-1], seps[:-1]
        # A comma followed by exactly three digits groups thousands.
        if decimal_sep == "," and len(fraction) == 3:
            return None
    elif decimal_sep == "," and len(seps) < 2:
        return None  # "1.500" is English 1.5, not European 1500.
    if any(sep != group_sep for sep in seps) or any(len(g) != 3 for g in groups[1:]):
        return None
    if seps and not 1 <= len(groups[0]) <= 3:
        return None
    return Decimal("".join(groups) + (f".{fraction}" if fraction else ""))
