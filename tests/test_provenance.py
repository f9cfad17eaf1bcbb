"""Quotes and provenance: folding, finding, closest sentence, marking the article."""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from html.parser import HTMLParser

import pytest

from briefing.markup import render_markdown
from briefing.provenance import (
    QuoteMark,
    article_text,
    closest_sentence,
    find_quote,
    fold,
    mark_quotes,
)

# --- fold -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cHello\u201d", '"hello"'),
        ("\u201eGuten Tag\u201c", '"guten tag"'),
        ("\u00abBonjour\u00bb", '"bonjour"'),
        ("Xiaomi\u2019s", "xiaomi's"),
        ("\u2018single\u2019", "'single'"),
        ("2024\u20132025", "2024-2025"),
        ("word \u2014 word", "word-word"),
        ("word--word", "word-word"),
        ("\u2212 5", "-5"),
        ("350\u00a0000", "350 000"),
        ("a\u202fb\u2009c", "a b c"),
        ("line one\nline two", "line one line two"),
        ("  lots \t of\r\n\n space  ", "lots of space"),
        ("MiXeD CaSe", "mixed case"),
        ("Stra\u00dfe", "strasse"),
        ("wait\u2026", "wait..."),
        ("co\u00adoperate", "cooperate"),
        ("zero\u200bwidth", "zerowidth"),
        ("", ""),
    ],
    ids=[
        "curly-double",
        "low-double",
        "guillemets",
        "apostrophe",
        "curly-single",
        "en-dash",
        "em-dash-spaced",
        "double-hyphen",
        "minus",
        "nbsp",
        "narrow-and-thin-spaces",
        "newline",
        "whitespace-runs-and-ends",
        "case",
        "casefold-expands",
        "ellipsis",
        "soft-hyphen",
        "zero-width-space",
        "empty",
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


# --- article_text ---------------------------------------------------------------------------


def test_article_text_decodes_entities_and_separates_blocks() -> None:
    html = render_markdown(
        '# Title\n\nAT&T said "yes".\n\n- one\n- two\n\n| a | b |\n|-|-|\n| c | d |'
    )
    assert article_text(html) == (
        "Title\n\nAT&T said \u201cyes\u201d.\n\none\n\ntwo\n\na\n\nb\n\nc\n\nd"
    )


def test_article_text_leaves_out_footnote_markers() -> None:
    html = render_markdown("Sales rose[^1] fast.\n\n[^1]: Filing.")
    assert article_text(html) == "Sales rose fast.\n\nFiling."


def test_article_text_turns_br_into_a_line_break() -> None:
    assert article_text("<p>one<br>two</p>") == "one\ntwo"


# --- find_quote -----------------------------------------------------------------------------

ARTICLE = article_text(
    render_markdown(
        "Xiaomi *raised its 2025* sales target to 350,000 vehicles,\n"
        'chief executive Lei Jun said -- "a big step."\n\n'
        "The first plant makes 150,000 a year. It opened in 2024.\n"
    )
)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("raised its 2025 sales target", "raised its 2025 sales target"),
        ("vehicles, chief executive", "vehicles,\nchief executive"),
        ("RAISED ITS 2025", "raised its 2025"),
        ('Lei Jun said - "a big step."', "Lei Jun said \u2013 \u201ca big step.\u201d"),
        ("said\u2014\u201ca big", "said \u2013 \u201ca big"),
        ("  makes   150,000  ", "makes 150,000"),
    ],
    ids=["across-em", "across-line-break", "case", "quotes-and-dash", "em-dash", "spaces"],
)
def test_find_quote_returns_the_original_passage(quote: str, expected: str) -> None:
    found = find_quote(ARTICLE, quote)
    assert found is not None
    start, end = found
    assert ARTICLE[start:end] == expected


@pytest.mark.parametrize(
    "quote",
    ["raised its 2026 sales target", "a big step. The first plant", "", "   ", "350,000 cars"],
    ids=["different-number", "across-paragraphs", "empty", "blank", "not-there"],
)
def test_find_quote_not_found(quote: str) -> None:
    assert find_quote(ARTICLE, quote) is None


def test_find_quote_first_occurrence_wins() -> None:
    assert find_quote("a b. A B. a b.", "a b") == (0, 3)


# --- closest_sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "raised its 2025 target to 360,000 cars",
            "Xiaomi raised its 2025 sales target to 350,000 vehicles, chief executive Lei Jun"
            " said \u2013 \u201ca big step.\u201d",
        ),
        ("The first plant makes 200,000 a year", "The first plant makes 150,000 a year."),
        ("opened in 2023", "It opened in 2024."),
    ],
    ids=["long-sentence-wins-over-short", "middle-sentence", "short-sentence"],
)
def test_closest_sentence(quote: str, expected: str) -> None:
    assert closest_sentence(ARTICLE, quote) == expected


def test_closest_sentence_ties_go_to_the_first() -> None:
    assert closest_sentence("Same words. Same words.\n\nOther.", "zzz qqq") == "Same words."


def test_closest_sentence_of_empty_text() -> None:
    assert closest_sentence("", "anything") == ""


# --- mark_quotes ----------------------------------------------------------------------------

VOID = {"br", "hr", "img", "wbr"}


class _Checker(HTMLParser):
    """Fails on unbalanced tags and on a link inside a link; counts ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: Counter[str] = Counter()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and "a" in self.stack:
            self.problems.append("a inside a")
        for name, value in attrs:
            if name == "id" and value:
                self.ids[value] += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def check_html(html: str) -> Counter[str]:
    """The ids of well-nested HTML, counted; fails the test otherwise."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []
    return checker.ids


def unmark(html: str) -> str:
    """The HTML with everything mark_quotes adds taken out again."""
    html = re.sub(r'<a class="fact-link".*?</a>', "", html)
    return re.sub(r"</?mark[^>]*>", "", html)


def quote_mark(anchor: str, quote: str) -> QuoteMark:
    fact = anchor.removeprefix("q-")
    return QuoteMark(anchor, quote, f"#{fact}", f"Fact {fact}")


BODY = render_markdown(
    "Xiaomi *raised its 2025* sales target to 350,000 vehicles[^1], said Lei Jun.\n"
    "It [plans a *second* factory](https://example.com) in Beijing & Wuhan.\n\n"
    '- The EU "imposed" tariffs -- in October.\n- Second item\n\n'
    "`code here` text\n\n[^1]: Up from 300,000."
)

MARK_CASES = [
    [quote_mark("q-n1", "raised its 2025 sales target to 350,000 vehicles")],
    [quote_mark("q-n1", "350,000 vehicles"), quote_mark("q-e1", "350,000 vehicles")],
    [quote_mark("q-n1", "sales target to 350,000 vehicles"), quote_mark("q-e1", "to 350,000")],
    [quote_mark("q-n1", "raised its 2025 sales"), quote_mark("q-e1", "2025 sales target to")],
    [quote_mark("q-n1", "raised its 2025"), quote_mark("q-e1", "raised its 2025 sales target")],
    [quote_mark("q-n1", "plans a second factory"), quote_mark("q-e1", "a second factory in")],
    [quote_mark("q-n1", "a second"), quote_mark("q-e1", "factory in Beijing & Wuhan")],
    [quote_mark("q-n1", 'the EU "imposed" tariffs - in October')],
    [quote_mark("q-n1", "code here text")],
    [
        quote_mark("q-n1", "vehicles, said Lei Jun. It plans a second"),
        quote_mark("q-n2", "said Lei Jun"),
        quote_mark("q-e1", "Lei Jun. It"),
        quote_mark("q-e2", "said lei jun"),
        quote_mark("q-e3", "Lei"),
    ],
]
MARK_IDS = [
    "one-quote-across-em",
    "identical",
    "nested",
    "crossing",
    "same-start",
    "inside-link",
    "end-inside-link",
    "entities-and-smart-quotes",
    "code",
    "pile-up",
]


@pytest.mark.parametrize("marks", MARK_CASES, ids=MARK_IDS)
def test_mark_quotes_keeps_html_valid_with_ids_once_and_back_links(
    marks: list[QuoteMark],
) -> None:
    html, found = mark_quotes(BODY, marks)
    ids = check_html(html)
    assert found == {mark.anchor for mark in marks}
    for mark in marks:
        assert ids[mark.anchor] == 1
        assert html.count(f'href="{mark.fact_href}" title="{escape(mark.fact_label)}">') == 1
    assert unmark(html) == BODY


def test_mark_quotes_exact_markup_across_em() -> None:
    html, found = mark_quotes(
        "<p>Xiaomi <em>raised its</em> target.</p>",
        [QuoteMark("q-n1", "raised its target", "#n1", "Key number: 2025 sales target")],
    )
    assert html == (
        '<p>Xiaomi <em><mark class="quote" id="q-n1">raised its</mark></em>'
        '<mark class="quote"> target</mark>'
        '<a class="fact-link" href="#n1" title="Key number: 2025 sales target">'
        '<span aria-hidden="true">\u21a9\ufe0e</span>'
        '<span class="visually-hidden">Key number: 2025 sales target</span></a>.</p>'
    )
    assert found == {"q-n1"}


def test_mark_quotes_puts_the_back_link_after_an_enclosing_link() -> None:
    html, _ = mark_quotes(
        '<p><a href="#x">the <em>big</em> report</a> now</p>',
        [QuoteMark("q-n1", "the big", "#n1", "N")],
    )
    assert html == (
        '<p><a href="#x"><mark class="quote" id="q-n1">the </mark><em>'
        '<mark class="quote">big</mark></em> report</a>'
        '<a class="fact-link" href="#n1" title="N"><span aria-hidden="true">\u21a9\ufe0e</span>'
        '<span class="visually-hidden">N</span></a> now</p>'
    )


def test_mark_quotes_identical_quotes_nest_their_ids() -> None:
    html, _ = mark_quotes("<p>one two</p>", [quote_mark("q-n1", "one"), quote_mark("q-e1", "one")])
    assert html.startswith('<p><mark class="quote" id="q-n1"><mark class="quote" id="q-e1">one')


def test_mark_quotes_first_occurrence_wins() -> None:
    html, _ = mark_quotes("<p>twice</p>\n<p>twice</p>", [quote_mark("q-n1", "twice")])
    first, second = html.split("\n")
    assert 'id="q-n1"' in first
    assert second == "<p>twice</p>"


@pytest.mark.parametrize(
    "quote",
    ["Second item text", "Lei Jun. It plans", "in October. Second", "not in the article", ""],
    ids=["across-list-items", "across-lines-ok-control", "item-to-item", "missing", "empty"],
)
def test_mark_quotes_never_crosses_blocks(quote: str) -> None:
    html, found = mark_quotes(BODY, [quote_mark("q-n1", quote)])
    expected_found = quote == "Lei Jun. It plans"
    assert (found == {"q-n1"}) is expected_found
    assert ("<mark" in html) is expected_found


def test_mark_quotes_skips_footnote_numbers() -> None:
    html, found = mark_quotes(BODY, [quote_mark("q-n1", "350,000 vehicles, said")])
    assert found == {"q-n1"}
    assert '<a class="footnote-ref" href="#fn:1">1</a></sup><mark class="quote">, said' in html
    check_html(html)


def test_mark_quotes_agrees_with_find_quote_on_article_text() -> None:
    quotes = ["Second item text", "Lei Jun. It plans", "in Beijing & Wuhan", "Up from 300,000"]
    text = article_text(BODY)
    for quote in quotes:
        _, found = mark_quotes(BODY, [quote_mark("q-n1", quote)])
        assert bool(found) is (find_quote(text, quote) is not None), quote


def test_mark_quotes_repeated_anchor_is_marked_once() -> None:
    html, found = mark_quotes(
        BODY, [quote_mark("q-n1", "Second item"), quote_mark("q-n1", "code here")]
    )
    assert found == {"q-n1"}
    assert check_html(html)["q-n1"] == 1
    assert "<code>code here</code>" in html


def test_mark_quotes_escapes_the_label() -> None:
    html, _ = mark_quotes("<p>word</p>", [QuoteMark("q-n1", "word", "#n1", 'A "<b>" & co')])
    assert 'title="A &quot;&lt;b&gt;&quot; &amp; co"' in html
    assert '<span class="visually-hidden">A &quot;&lt;b&gt;&quot; &amp; co</span>' in html


def test_mark_quotes_is_deterministic() -> None:
    marks = [mark for case in MARK_CASES for mark in case]
    assert mark_quotes(BODY, marks) == mark_quotes(BODY, marks)


def test_mark_quotes_without_marks_returns_the_html_unchanged() -> None:
    assert mark_quotes(BODY, []) == (BODY, frozenset())
