"""Markdown to safe HTML: the article body, inline texts, image sources."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from briefing.markup import image_sources, render_inline, render_markdown

# --- render_markdown: sanitising ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "forbidden", "kept"),
    [
        ("Hi <script>alert(1)</script> there", ["<script", "alert(1)"], "<p>Hi  there</p>"),
        ("<style>p{color:red}</style>\n\nText", ["<style", "color:red"], "<p>Text</p>"),
        ('<img src="a.png" onerror="alert(1)" alt="A">', ["onerror", "alert"], 'src="a.png"'),
        ('<p onclick="steal()">Hi</p>', ["onclick", "steal"], "<p>Hi</p>"),
        ("[click](javascript:alert(1))", ["javascript", "href"], "<a>click</a>"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', ["avaScRip", "href"], "<a>x</a>"),
        ('<iframe src="https://evil.example">inner</iframe>', ["iframe", "inner"], ""),
        ('<img src="data:image/png;base64,AAAA" alt="d">', ["data:"], 'alt="d"'),
        ('<h2 id="n1">Clash</h2>', ['id="n1"'], "<h4>Clash</h4>"),
        ("<mark>own</mark>", ["<mark"], "own"),
        ('<div class="footnote evil">x</div>', ["evil"], '<div class="footnote">x</div>'),
    ],
    ids=[
        "script",
        "style",
        "onerror",
        "onclick",
        "javascript-link",
        "javascript-mixed-case",
        "iframe",
        "data-url",
        "page-id",
        "mark-reserved-for-quotes",
        "unknown-class",
    ],
)
def test_render_markdown_removes_dangerous_html(
    source: str, forbidden: list[str], kept: str
) -> None:
    html = render_markdown(source)
    for bad in forbidden:
        assert bad not in html
    assert kept in html


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "[a](https://example.com/x?a=1&b=2)",
            '<a href="https://example.com/x?a=1&amp;b=2" rel="noopener noreferrer">a</a>',
        ),
        ("[a](http://example.com)", '<a href="http://example.com" rel="noopener noreferrer">a</a>'),
        (
            '<a href="//example.com">a</a>',
            '<a href="//example.com" rel="noopener noreferrer">a</a>',
        ),
        ("[a](other/page.html)", '<a href="other/page.html">a</a>'),
        ("[a](#section)", '<a href="#section">a</a>'),
        ("[a](mailto:desk@example.com)", '<a href="mailto:desk@example.com">a</a>'),
    ],
    ids=["https", "http", "protocol-relative", "relative", "fragment", "mailto"],
)
def test_only_external_links_get_rel(source: str, expected: str) -> None:
    assert render_markdown(source) == f"<p>{expected}</p>"


# --- render_markdown: what Markdown gives ---------------------------------------------------


def test_footnotes_render_with_their_ids_and_links() -> None:
    html = render_markdown("Sales rose.[^src]\n\n[^src]: Company filing.")
    assert '<sup id="fnref:src"><a class="footnote-ref" href="#fn:src">1</a></sup>' in html
    assert '<div class="footnote">' in html
    assert '<li id="fn:src">' in html
    assert 'class="footnote-backref" href="#fnref:src"' in html
    assert "\u21a9\ufe0e</a>" in html  # drawn as text, not as an emoji


def test_tables_render_with_alignment() -> None:
    html = render_markdown("| Year | Cars |\n|:--|--:|\n| 2024 | 135,000 |")
    assert '<th style="text-align:left">Year</th>' in html
    assert '<td style="text-align:right">135,000</td>' in html
    assert "<thead>" in html
    assert "<tbody>" in html


def test_smarty_gives_typographic_quotes_and_dashes() -> None:
    html = render_markdown('He said "it\'s done" -- twice --- and left...')
    assert html == "<p>He said \u201cit\u2019s done\u201d \u2013 twice \u2014 and left\u2026</p>"


def test_sane_lists_keep_list_types_apart() -> None:
    html = render_markdown("1. one\n2. two\n\n* a\n* b")
    assert "<ol>\n<li>one</li>\n<li>two</li>\n</ol>" in html
    assert "<ul>\n<li>a</li>\n<li>b</li>\n</ul>" in html


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# One", "<h3>One</h3>"),
        ("## Two", "<h4>Two</h4>"),
        ("### Three", "<h5>Three</h5>"),
        ("#### Four", "<h6>Four</h6>"),
        ("##### Five", "<h6>Five</h6>"),
        ("###### Six", "<h6>Six</h6>"),
        ("Setext\n======", "<h3>Setext</h3>"),
        ("<h1>Raw</h1>", "<h3>Raw</h3>"),
    ],
    ids=["h1", "h2", "h3", "h4", "h5", "h6", "setext", "raw-html"],
)
def test_headings_shift_below_the_page_headings(source: str, expected: str) -> None:
    assert render_markdown(source) == expected


def test_each_document_starts_fresh() -> None:
    first = render_markdown("A[^x] and B[^y]\n\n[^x]: X\n[^y]: Y")
    second = render_markdown("C[^z]\n\n[^z]: Z")
    assert '<a class="footnote-ref" href="#fn:y">2</a>' in first
    assert '<a class="footnote-ref" href="#fn:z">1</a>' in second
    assert "fn:x" not in second
    assert "fn:y" not in second


def test_render_markdown_is_deterministic() -> None:
    source = '# T\n\n"Q" -- [l](https://x.example) ![i](a.png)[^1]\n\n[^1]: n'
    assert render_markdown(source) == render_markdown(source)


# --- render_inline --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("*em* and **strong**", "<em>em</em> and <strong>strong</strong>"),
        ("`code <b>`", "<code>code &lt;b&gt;</code>"),
        (
            "[site](https://example.com)",
            '<a href="https://example.com" rel="noopener noreferrer">site</a>',
        ),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("[x](javascript:alert(1))", "<a>x</a>"),
        ("AT&T", "AT&amp;T"),
        ('Lei Jun said "yes" -- twice', "Lei Jun said \u201cyes\u201d \u2013 twice"),
        ("2024. A record year", "2024. A record year"),
        ("# Not a heading", "# Not a heading"),
        ("- not a list", "- not a list"),
        ("> not a quote", "&gt; not a quote"),
        ("    not code", "not code"),
        ("![alt](pic.png)", "![alt](pic.png)"),
        ("", ""),
    ],
    ids=[
        "emphasis",
        "code",
        "link",
        "script-escaped",
        "raw-inline-html-escaped",
        "raw-img-escaped",
        "javascript-link",
        "ampersand",
        "smarty",
        "number-then-period",
        "hash",
        "dash",
        "angle",
        "indent",
        "image-stays-text",
        "empty",
    ],
)
def test_render_inline(source: str, expected: str) -> None:
    result = render_inline(source)
    assert isinstance(result, Markup)
    assert str(result) == expected


def test_render_inline_has_no_paragraphs() -> None:
    result = render_inline("First sentence.\n\nSecond sentence.")
    assert "<p>" not in result
    assert result == "First sentence.\nSecond sentence."


# --- image_sources --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("![a](one.png) ![b](two.jpg)", ["one.png", "two.jpg"]),
        ("![a](one.png)\n\n![b](one.png) ![c](two.png)", ["one.png", "two.png"]),
        ('<img src="../secret.png" alt="x">', ["../secret.png"]),
        ("![a](https://cdn.example/p.png)", ["https://cdn.example/p.png"]),
        ("![a](a%20b&c.png)", ["a%20b&c.png"]),
        ("No pictures.", []),
    ],
    ids=["in-order", "de-duplicated", "escaping-path-reported", "remote", "entities", "none"],
)
def test_image_sources(source: str, expected: list[str]) -> None:
    assert image_sources(render_markdown(source)) == expected
