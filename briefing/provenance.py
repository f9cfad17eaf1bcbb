"""Quotes and provenance: fold text, find a fact's quote in the article, mark where it is."""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from html import escape, unescape
from itertools import accumulate, pairwise

from briefing.markup import INLINE_TAGS, TAG_RE

_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′‹›ʼ", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),  # soft hyphen, zero widths
        "…": "...",
    }
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’»)\]]*)\s+|\n[^\S\n]*\n\s*")
_UNIT = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.DOTALL)
_TAG_SPLIT = re.compile(f"({TAG_RE.pattern})")
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_FOOTNOTE_LINK = re.compile(r"""\sclass="[^"]*\bfootnote-(?:ref|backref)\b""")
_BACK_LINK_TEXT = "\u21a9\ufe0e"  # ↩ drawn as text, not as an emoji (U+FE0E)
_MIN_SHARED_RUN = 3  # shorter common runs are coincidence, not likeness


def fold(text: str) -> str:
    """The text as quotes are compared: case, whitespace, quote marks and dashes folded."""
    return _fold_with_origin(text)[0]


def article_text(html: str) -> str:
    """The readable text of rendered article HTML, one blank line between blocks."""
    blocks = _read_blocks(_tokenize(html))
    texts = (block.text.strip() for block in blocks)
    return "\n\n".join(text for text in texts if text)


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where in `text` the folded quote occurs, as (start, end); never across a blank line."""
    needle = fold(quote)
    if not needle:
        return None
    for start, end in _segments(text):
        folded, origin = _fold_with_origin(text[start:end])
        at = folded.find(needle)
        if at >= 0:
            return start + origin[at], start + origin[at + len(needle) - 1] + 1
    return None


def closest_sentence(text: str, quote: str) -> str:
    """The sentence of `text` most like the quote, on one line; the first one on a tie."""
    sentences = _sentences(text)
    if not sentences:
        return ""
    needle = fold(quote)
    return max(sentences, key=lambda sentence: _likeness(needle, fold(sentence)))


@dataclass(frozen=True)
class QuoteMark:
    """A fact's quote to mark in the article, and the way back to the fact."""

    anchor: str
    """Id of the marked passage: "q-n1"."""
    quote: str
    """The quote as written in facts.yaml."""
    fact_href: str
    """Link back to the fact: "#n1"."""
    fact_label: str
    """Accessible name of the back link: "Key number: 2025 sales target"."""


def mark_quotes(html: str, marks: Sequence[QuoteMark]) -> tuple[str, frozenset[str]]:
    """The article HTML with each found quote marked and linked back, and the anchors found."""
    tokens = _tokenize(html)
    blocks = _read_blocks(tokens)
    spans = _locate(blocks, _first_per_anchor(marks))
    return _Writer(tokens, blocks, spans).write(), frozenset(s.mark.anchor for s in spans)


@lru_cache(maxsize=256)
def _fold_with_origin(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text, and for each of its characters the index in `text` it came from.

    Cached: every quote of a briefing is looked up in the same paragraphs.
    """
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = " " if char.isspace() else char.translate(_FOLD_TABLE).casefold()
        for folded in piece:
            if _joins_previous(out, folded):
                continue
            if folded == "-" and out and out[-1] == " ":  # "a - b" and "a—b" are the same
                out.pop()
                origin.pop()
            out.append(folded)
            origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), tuple(origin)


def _joins_previous(out: list[str], char: str) -> bool:
    """Whether a folded character disappears into what came before it."""
    if char == " ":
        return not out or out[-1] in " -"
    return char == "-" and bool(out) and out[-1] == "-"  # "--" (the Markdown source) is "–"


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch of `text` between blank lines."""
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        yield start, gap.start()
        start = gap.end()
    yield start, len(text)


def _sentences(text: str) -> list[str]:
    """The sentences of `text`, each on one line: split after . ! ? and at blank lines."""
    found: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        found.append(text[start : end.start() + len(end.group(1) or "")])
        start = end.end()
    found.append(text[start:])
    return [" ".join(sentence.split()) for sentence in found if sentence.strip()]


def _likeness(needle: str, sentence: str) -> tuple[float, float]:
    """How much of the quote the sentence holds in runs, then how alike the two are overall."""
    matcher = difflib.SequenceMatcher(None, needle, sentence, autojunk=False)
    runs = matcher.get_matching_blocks()
    shared = sum(run.size for run in runs if run.size >= _MIN_SHARED_RUN)
    return shared / max(len(needle), 1), matcher.ratio()


@dataclass
class _Block:
    """The text of one block (paragraph, list item, heading, cell...) in decoded units."""

    units: list[str] = field(default_factory=list)
    """Decoded text of each character or entity; a <br> is a unit of its own."""
    offsets: list[int] = field(default_factory=list)
    """Where each unit starts in its text token; -1 for a <br>."""
    tokens: dict[int, tuple[int, int]] = field(default_factory=dict)
    """The units [first, end) of each text token in the block."""

    @property
    def text(self) -> str:
        """The block's decoded text."""
        return "".join(self.units)

    @cached_property
    def _ends(self) -> list[int]:
        """Where each unit ends in `text`; computed once, after the block is read."""
        return list(accumulate(len(unit) for unit in self.units))

    def unit_at(self, char: int) -> int:
        """The unit holding character `char` of `text`."""
        return bisect_right(self._ends, char)


@dataclass(frozen=True)
class _Span:
    """Where one quote was found: units [start, end) of a block."""

    mark: QuoteMark
    block: int
    start: int
    end: int


def _tokenize(html: str) -> list[tuple[bool, str]]:
    """The HTML as (is_tag, text) pieces, in order."""
    pieces = _TAG_SPLIT.split(html)  # text and tags take turns, starting with text
    return [(index % 2 == 1, piece) for index, piece in enumerate(pieces) if piece]


def _tag_name(tag: str) -> tuple[str, bool]:
    """The lower-case element name of a tag, and whether it is a closing tag."""
    match = _TAG_NAME.match(tag)
    return (match.group(2).lower(), match.group(1) == "/") if match else ("", False)


def _read_blocks(tokens: list[tuple[bool, str]]) -> list[_Block]:
    """Split the text into blocks; footnote numbers and back arrows are left out."""
    blocks = [_Block()]
    skipping = False
    for index, (is_tag, token) in enumerate(tokens):
        if not is_tag:
            if not skipping:
                _add_text(blocks[-1], index, token)
            continue
        name, closing = _tag_name(token)
        if name == "a":
            skipping = not closing and _FOOTNOTE_LINK.search(token) is not None
        elif name == "br":
            blocks[-1].units.append("\n")
            blocks[-1].offsets.append(-1)
        elif name not in INLINE_TAGS and blocks[-1].units:
            blocks.append(_Block())
    return blocks


def _add_text(block: _Block, token: int, raw: str) -> None:
    """Append a text token to a block, one unit per character or entity."""
    first = len(block.units)
    for unit in _UNIT.finditer(raw):
        block.units.append(unescape(unit.group(0)))
        block.offsets.append(unit.start())
    block.tokens[token] = (first, len(block.units))


def _first_per_anchor(marks: Sequence[QuoteMark]) -> list[QuoteMark]:
    """The marks with a repeated anchor dropped, since an id may occur only once."""
    first: dict[str, QuoteMark] = {}
    for mark in marks:
        first.setdefault(mark.anchor, mark)
    return list(first.values())


def _locate(blocks: list[_Block], marks: list[QuoteMark]) -> list[_Span]:
    """Where each quote first occurs, in mark order; quotes not found are left out."""
    texts = [block.text for block in blocks]
    spans: list[_Span] = []
    for mark in marks:
        for number, (block, text) in enumerate(zip(blocks, texts, strict=True)):
            found = find_quote(text, mark.quote)
            if found:
                start, end = block.unit_at(found[0]), block.unit_at(found[1] - 1) + 1
                spans.append(_Span(mark, number, start, end))
                break
    return spans


class _Writer:
    """Writes the tokens back with <mark>s around quoted text and links back to the facts."""

    def __init__(
        self, tokens: list[tuple[bool, str]], blocks: list[_Block], spans: list[_Span]
    ) -> None:
        self.tokens = tokens
        self.out: list[str] = []
        self.pending: list[str] = []  # back links waiting for the enclosing <a> to close
        self.link_depth = 0
        self.blocks = blocks
        self.block_of = {token: n for n, block in enumerate(blocks) for token in block.tokens}
        self.spans = spans

    def write(self) -> str:
        """The marked HTML."""
        for index, (is_tag, token) in enumerate(self.tokens):
            if is_tag:
                self._write_tag(token)
            elif index in self.block_of:
                self._write_text(index, token)
            else:
                self.out.append(token)
        self.out.extend(self.pending)
        return "".join(self.out)

    def _write_tag(self, tag: str) -> None:
        """Copy a tag; after the </a> that closes the outermost link, add waiting back links."""
        self.out.append(tag)
        name, closing = _tag_name(tag)
        if name != "a":
            return
        self.link_depth = max(self.link_depth + (-1 if closing else 1), 0)
        if self.link_depth == 0:
            self.out.extend(self.pending)
            self.pending.clear()

    def _write_text(self, index: int, raw: str) -> None:
        """Copy a text token, cut where quotes start and end, with each quoted piece marked."""
        number = self.block_of[index]
        block = self.blocks[number]
        first, last = block.tokens[index]
        spans = [span for span in self.spans if span.block == number]
        cuts = {first, last} | {p for s in spans for p in (s.start, s.end) if first < p < last}

        def offset(unit: int) -> int:
            return block.offsets[unit] if unit < last else len(raw)

        for start, end in pairwise(sorted(cuts)):
            piece = raw[offset(start) : offset(end)]
            self.out.append(_marked(piece, start, end, spans))
            self._link_back([span for span in spans if span.end == end])

    def _link_back(self, ended: list[_Span]) -> None:
        """Add the back links of quotes that just ended (later if inside a link)."""
        links = [_back_link(span.mark) for span in ended]
        (self.pending if self.link_depth else self.out).extend(links)


def _marked(piece: str, start: int, end: int, spans: list[_Span]) -> str:
    """A piece of text inside <mark>s if quotes cover it; each quote's id where it starts."""
    if not any(span.start <= start and end <= span.end for span in spans):
        return piece
    starting = [span.mark.anchor for span in spans if span.start == start]
    if not starting:
        return f'<mark class="quote">{piece}</mark>'
    opening = "".join(f'<mark class="quote" id="{escape(anchor)}">' for anchor in starting)
    return f"{opening}{piece}{'</mark>' * len(starting)}"


def _back_link(mark: QuoteMark) -> str:
    """The small link from the end of a marked quote back to its fact."""
    # The words are in the link (hidden from sight), not in aria-label, so that the
    # accessible name contains what a sighted reader sees (WCAG 2.5.3).
    label = escape(mark.fact_label)
    return (
        f'<a class="fact-link" href="{escape(mark.fact_href)}" title="{label}">'
        f'<span aria-hidden="true">{_BACK_LINK_TEXT}</span>'
        f'<span class="visually-hidden">{label}</span></a>'
    )
