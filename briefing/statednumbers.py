"""Does a quote state a key number? The quote is read in its article's language.

Which symbol is the decimal separator and which groups thousands, how many digits a group
holds, and the scale words ("Millionen", "Mio.", "milliard", "万", "亿") come from Babel's
data for the article's locale. English keeps its own, more forgiving reading: both digit
conventions, number words ("four", "half a million") and multipliers ("quadrupled"). An
unknown or invalid language tag reads as English.

A quote states every number it can be read as: "20万" states 20 and 200,000, never 20,000.
The unit is not required in the quote: "12,5 Prozent", "12,5 %", "12.5％" and "12.5" all
state 12.5 percent, as "842 million" states 842 with the unit "million yuan".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
# Scripts written without a space, or a word boundary, after a scale word: "20万辆".
_UNSPACED_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")

Scales = Mapping[str, frozenset[Decimal]]
"""Scale word or suffix, lower case, spaces collapsed → what it multiplies by."""


def _one(n: int) -> frozenset[Decimal]:
    return frozenset({Decimal(n)})


_ENGLISH_SCALES: dict[str, frozenset[Decimal]] = {
    word: _one(n) for word, n in {
        "": 1, "x": 1, "hundred": 100, "thousand": 10**3, "k": 10**3,
        "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
        "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9,
        "trillion": 10**12, "t": 10**12, "tn": 10**12,
    }.items()
}
_ENGLISH_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion",
                        "mln", "bln", "mn", "bn", "tn")
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
    (?:[ -](?P<scale>{"|".join(_ENGLISH_SCALE_WORDS)})|(?P<fold>[ -]?fold))?\b""",
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


@dataclass(frozen=True)
class _Reader:
    """How one locale writes numbers."""

    decimal: str
    """The decimal separator: "." or ","."""
    groups: str
    """The characters that group digits inside a run ("" when spaces group them)."""
    sizes: tuple[int, int]
    """Digits in the last group and in the groups before it: (3, 3); (3, 2) for lakhs."""
    scales: Scales
    numeral: re.Pattern[str]
    english: bool
    """Also read English number words, multipliers and both digit conventions."""


def quote_states(quote: str, value: Decimal, unit: str, language: str = "en") -> bool:
    """True when the quote, read in the language (a BCP 47 tag), states the value (sign aside)."""
    return value.copy_abs() in _stated_numbers(quote, unit == "percent", _reader(language))


def _stated_numbers(quote: str, percent: bool, reader: _Reader) -> set[Decimal]:
    """Every number the quote can be read as stating, ignoring signs and units."""
    found: set[Decimal] = set()
    for match in reader.numeral.finditer(quote):
        found |= _scaled(match, _read_digits(match["digits"], reader), percent, reader.scales)
    if not reader.english:
        return found
    for match in _WORD.finditer(quote):
        found |= _word_readings(match, percent)
    for match in _MULTIPLIER.finditer(quote):
        found |= _factor_readings(_FACTORS[(match["stem"] or match["word"]).lower()], percent)
    return found


# ---- The locale's reading ---------------------------------------------------------------------


@lru_cache(maxsize=64)
def _reader(language: str) -> _Reader:
    loc = _locale(language)
    english = loc.language == "en"
    decimal: str = get_decimal_symbol(loc)
    group: str = get_group_symbol(loc)
    words = _compact_words(loc)
    scales: dict[str, frozenset[Decimal]] = {"": _one(1), "x": _one(1)}
    if english:  # Babel's words only where English has none: "lakh", "crore".
        words = {word: m for word, m in words.items() if word not in _ENGLISH_SCALES}
        scales |= _ENGLISH_SCALES
    scales |= words
    scale_words = [*_ENGLISH_SCALE_WORDS, *words] if english else list(words)
    groups = "" if group in _SPACES else _APOSTROPHES if group in _APOSTROPHES else group
    return _Reader(decimal, groups, _group_sizes(loc), scales,
                   _numeral(".," + decimal + groups, scale_words, english), english)


def _locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.strip().replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale.parse("en")


def _group_sizes(loc: Locale) -> tuple[int, int]:
    primary, secondary = loc.decimal_formats[None].grouping
    return int(primary), int(secondary)


def _compact_words(loc: Locale) -> dict[str, frozenset[Decimal]]:
    """Scale words of the locale's compact numbers: {"mio.": {10**6}, "mio": {10**6}, ...}."""
    words: dict[str, set[Decimal]] = {}
    for plurals in loc.compact_decimal_formats.values():
        for patterns in plurals.values():
            for magnitude, text in patterns.items():
                for word, multiplier in _compact_word(int(magnitude), text):
                    words.setdefault(word, set()).add(multiplier)
    return {word: frozenset(multipliers) for word, multipliers in words.items()}


def _compact_word(magnitude: int, text: str) -> list[tuple[str, Decimal]]:
    """"00 Millionen" at 10**7 → ("millionen", 10**6); "Mio." also as "mio"; "0" → none."""
    pattern = parse_pattern(text)
    zeros = pattern.pattern.count("0")
    word = _key(_unquote(pattern.suffix[0]))
    if not zeros or pattern.prefix[0].strip() or not word:
        return []
    multiplier = Decimal(magnitude // 10 ** (zeros - 1))
    bare = word.rstrip(".")
    return [(word, multiplier)] + ([(bare, multiplier)] if bare and bare != word else [])


def _unquote(text: str) -> str:
    """A pattern's literal text: "Mio'.'" → "Mio."; "''" is an apostrophe."""
    return re.sub(r"'([^']*)'", lambda m: m[1] or "'", text)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _numeral(separators: str, scale_words: Iterable[str], english: bool) -> re.Pattern[str]:
    """Digits ("350,000", "350 000", "12,5"), then a scale ("842 million", "8.42亿", "350k"),
    a fold (English "4-fold") or nothing; never part of a longer number or an ordinal ("21st")."""
    seps = "".join(re.escape(c) for c in dict.fromkeys(separators))
    words = "|".join(_word_pattern(w) for w in sorted(set(scale_words), key=len, reverse=True))
    suffixes, fold = ("kmbtx", r"|(?P<fold>[ -]?fold)\b") if english else ("x", "")
    end = r"(?!\d|(?:st|nd|rd|th)\b)" if english else r"(?!\d)"
    return re.compile(
        rf"""(?<![\d{seps}])
        (?P<digits>(?>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:[{seps}]\d+)?|\d+(?:[{seps}]\d+)*))
        (?:[{_SPACES}-]?(?P<scale>{words or "(?!)"})
          |(?P<suffix>[{suffixes}])\b{fold}
          |{end})""",
        re.IGNORECASE | re.VERBOSE,
    )


def _word_pattern(word: str) -> str:
    """The scale word with any space as any space, and a word boundary after a letter."""
    pattern = f"[{_SPACES}]".join(re.escape(part) for part in word.split(" "))
    last = word[-1]
    unspaced = unicodedata.name(last, "").startswith(_UNSPACED_SCRIPTS)
    return pattern + (r"(?!\w)" if last.isalnum() and not unspaced else "")


# ---- Readings ---------------------------------------------------------------------------------


def _word_readings(match: re.Match[str], percent: bool) -> set[Decimal]:
    """"four" states 4; "a million" states a million, not 1; a bare "a" states nothing."""
    if match["tens"]:
        value = _WORD_VALUES[match["tens"].lower()] + _WORD_VALUES[match["ones"].lower()]
        return _scaled(match, {value}, percent, _ENGLISH_SCALES)
    word = match["word"].lower()
    if word in ("a", "an"):
        return set(_ENGLISH_SCALES[match["scale"].lower()]) if match["scale"] else set()
    return _scaled(match, {_WORD_VALUES[word]}, percent, _ENGLISH_SCALES)


def _scaled(
    match: re.Match[str], readings: set[Decimal], percent: bool, scales: Scales
) -> set[Decimal]:
    """The readings as written and times their scale; for "4-fold", a factor."""
    groups = match.groupdict()
    if groups.get("fold"):
        return {r for reading in readings for r in _factor_readings(reading, percent)}
    multipliers = scales[_key(groups.get("scale") or groups.get("suffix") or "")]
    return readings | {_times(reading, m) for reading in readings for m in multipliers}


def _times(a: Decimal, b: Decimal) -> Decimal:
    """The exact product, however many digits it has."""
    with localcontext() as context:
        context.prec = len(a.as_tuple().digits) + len(b.as_tuple().digits)
        return a * b


def _factor_readings(factor: Decimal, percent: bool) -> set[Decimal]:
    """"Quadrupled" states 4, and for a percent also a 300 percent rise; "halved" 50."""
    return {factor, abs(factor - 1) * 100} if percent else {factor}


def _read_digits(text: str, reader: _Reader) -> set[Decimal]:
    """"350 000" reads as 350000; "5 100" may also be 5 and 100 side by side."""
    groups = re.split(f"[{_SPACES}]", text)
    if len(groups) == 1:
        return _read_run(text, reader)
    alone = (_read_run(group, reader) for group in groups if not group.startswith("0"))
    return _read_run("".join(groups), reader).union(*alone)


def _read_run(run: str, reader: _Reader) -> set[Decimal]:
    """Digits and separators as the locale writes them (English: either way), else a list."""
    parts = re.split(r"(\D)", run)
    digits, seps = parts[0::2], parts[1::2]
    readings = _english_readings(digits, seps) if reader.english else set()
    local = _read_grouped(digits, seps, reader.groups, reader.decimal, reader.sizes)
    readings |= {local} if local is not None else set()
    return readings or {Decimal(group) for group in digits}


def _english_readings(digits: list[str], seps: list[str]) -> set[Decimal]:
    """"1,234.5" as English; "1.234,5" or "5,6" as European, but "1,500" and "1.500" not."""
    readings = set()
    for group, decimal in ((",", "."), (".", ",")):
        if decimal == "," and _not_european(digits, seps):
            continue
        if (reading := _read_grouped(digits, seps, group, decimal, (3, 3))) is not None:
            readings.add(reading)
    return readings


def _not_european(digits: list[str], seps: list[str]) -> bool:
    if seps and seps[-1] == ",":
        return len(digits[-1]) == 3  # A comma followed by exactly three digits groups thousands.
    return len(seps) < 2  # "1.500" is English 1.5, not European 1500.


def _read_grouped(
    digits: list[str], seps: list[str], groups: str, decimal: str, sizes: tuple[int, int]
) -> Decimal | None:
    """The number when every separator but a last decimal one groups digits by `sizes`."""
    fraction = ""
    if seps and seps[-1] == decimal:
        fraction, digits, seps = digits[-1], digits[:-1], seps[:-1]
    if any(sep not in groups for sep in seps) or not _well_grouped(digits, sizes):
        return None
    return Decimal("".join(digits) + (f".{fraction}" if fraction else ""))


def _well_grouped(digits: list[str], sizes: tuple[int, int]) -> bool:
    """"1,234,567" by (3, 3); "12,34,567" by (3, 2); a single run of digits always."""
    if len(digits) == 1:
        return True
    primary, secondary = sizes
    lead = secondary if len(digits) > 2 else primary
    middle_ok = all(len(group) == secondary for group in digits[1:-1])
    return 1 <= len(digits[0]) <= lead and len(digits[-1]) == primary and middle_ok
