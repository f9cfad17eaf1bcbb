"""Every rule of the format: one failing case per rule, with the exact message."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from tests.conftest import ARTICLE, FACTS, MakeProject

RULES = [
    pytest.param(
        {"briefing.yaml": "base_url: ftp://example.org\n"},
        1,
        [
            "briefing.yaml:1:11: error: base_url 'ftp://example.org' must be a full web address such as https://example.github.io/briefings/ (no spaces: write %20). Leave it out for relative links."
        ],
        id="base_url",
    ),
    pytest.param(
        {"briefing.yaml": "language: klingon-xx\n"},
        1,
        [
            "briefing.yaml:1:11: error: language 'klingon-xx' is not a language tag briefing knows. Use a BCP 47 tag such as en, en-GB, de or zh-Hans."
        ],
        id="language",
    ),
    pytest.param(
        {"content/story/article.md": "Just text.\n"},
        1,
        [
            "content/story/article.md:1:1: error: article.md must start with front matter: a line '---', the YAML keys (title, published, ...), then another '---'."
        ],
        id="no-front-matter",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace(
                "title: Xiaomi targets 350k sales with new electric car factory\n", ""
            )
        },
        1,
        ["content/story/article.md:2:1: error: title is required. Add it."],
        id="missing-title",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE.replace("published:", "auther: Me\npublished:")},
        1,
        [
            "content/story/article.md:3:1: error: auther is not a known key. Did you mean 'author'? Known keys: title, published, publisher, url, author, language, image."
        ],
        id="front-typo",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE.replace("2025-03-19", "2025-03-19T10:00:00")},
        1,
        [
            "content/story/article.md:3:12: error: published: '2025-03-19T10:00:00' has no UTC offset, so its day is unclear. Add one, e.g. 2025-03-19T10:00:00Z or 2025-03-19T10:00:00+08:00, or give the day alone: 2025-03-19."
        ],
        id="naive-datetime",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE.replace("published:", "url: example.com\npublished:")},
        1,
        [
            "content/story/article.md:3:6: error: url 'example.com' must be a full web address starting with https://."
        ],
        id="bad-url",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace(
                "published:", "image:\n  src: nope.jpg\n  alt: A\npublished:"
            )
        },
        1,
        [
            "content/story/article.md:4:8: error: image.src 'nope.jpg' does not exist in story/. Check the file name (it is case-sensitive)."
        ],
        id="image-missing",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace(
                "published:", "image:\n  src: ../../x.jpg\n  alt: A\npublished:"
            )
        },
        1,
        [
            "content/story/article.md:4:8: error: image.src '../../x.jpg' points outside the briefing's folder. Save the picture next to article.md and give its name."
        ],
        id="image-escape",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace(
                "published:", "image:\n  src: https://e.org/x.jpg\n  alt: A\npublished:"
            )
        },
        1,
        [
            "content/story/article.md:4:8: error: image.src 'https://e.org/x.jpg' must be a file in the briefing's folder, not a web address or an absolute path. Save the picture next to article.md and give its name."
        ],
        id="image-web",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace(
                "published:", "image:\n  src: x.jpg\npublished:"
            ),
            "content/story/x.jpg": "jpg",
        },
        1,
        ["content/story/article.md:4:3: error: image.alt is required. Add it."],
        id="image-no-alt",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE + "\n![x](../other/y.png)\n"},
        1,
        [
            "content/story/article.md:10:6: error: image '../other/y.png' points outside the briefing's folder. Save the picture next to article.md and give its name."
        ],
        id="body-image-escape",
    ),
    pytest.param(
        {"content/story/facts.yaml": "# nothing\n"},
        1,
        ["content/story/facts.yaml:1:1: error: facts.yaml is empty. Add its keys."],
        id="facts-empty",
    ),
    pytest.param(
        {"content/story/facts.yaml": None},
        1,
        ["content/story/facts.yaml:1:1: error: facts.yaml is missing. Create it."],
        id="facts-missing",
    ),
    pytest.param(
        {"content/story/facts.yaml": "headline: H\n"},
        1,
        [
            "content/story/facts.yaml:1:1: error: key_numbers is required. Add it.",
            "content/story/facts.yaml:1:1: error: summary is required. Add it.",
            "content/story/facts.yaml:1:1: error: timeline is required. Add it.",
        ],
        id="facts-required",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("  - label:", "  - lable:")},
        1,
        [
            "content/story/facts.yaml:3:5: error: key_numbers[0].label is required. Add it.",
            "content/story/facts.yaml:3:5: error: key_numbers[0].lable is not a known key. Did you mean 'label'? Known keys: label, value, unit, qualifier, as_of, note, quote.",
        ],
        id="facts-typo",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("value: 350000", "value: yes")},
        1,
        [
            "content/story/facts.yaml:4:12: error: key_numbers[0].value must be a number such as 350000 or 1.5, not 'yes'."
        ],
        id="value-bool",
    ),
    pytest.param(
        {
            "content/story/facts.yaml": FACTS.replace(
                "unit: vehicles", "unit: vehicles\n    qualifier: roughly"
            )
        },
        1,
        [
            "content/story/facts.yaml:6:16: error: key_numbers[0].qualifier 'roughly' is not one of: about | over | under | up to | at least."
        ],
        id="qualifier",
    ),
    pytest.param(
        {
            "content/story/facts.yaml": FACTS.replace(
                "unit: vehicles", "unit: vehicles\n    as_of: 03/04/05"
            )
        },
        1,
        [
            "content/story/facts.yaml:6:12: error: key_numbers[0].as_of: '03/04/05' is ambiguous: the order of day, month and year differs between countries. Write it as year-month-day, e.g. 2024-10-15."
        ],
        id="as_of",
    ),
    pytest.param(
        {
            "content/story/facts.yaml": FACTS.replace(
                "raised its 2025 sales target to 350,000 vehicles",
                "raised its sales goal to 350,000 vehicles",
            )
        },
        1,
        [
            'content/story/facts.yaml:6:12: error: key_numbers[0].quote is not in the article. The closest sentence is: "Xiaomi has raised its 2025 sales target to 350,000 vehicles." Copy the article\'s words exactly.'
        ],
        id="quote-not-found",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("value: 350000", "value: 300000")},
        0,
        [
            "content/story/facts.yaml:6:12: warning: key_numbers[0].quote does not state the value 300000. Check the number, or quote the words that state it."
        ],
        id="quote-no-number",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("timeline:\n", "timeline: soon\nx:\n")},
        1,
        [
            "content/story/facts.yaml:7:11: error: timeline must be a list of entries starting with '- ', not the text 'soon'.",
            "content/story/facts.yaml:8:1: error: x is not a known key. Remove it or fix its name. Known keys: headline, summary, key_numbers, timeline.",
        ],
        id="not-a-list",
    ),
    pytest.param(
        {
            "content/story/facts.yaml": FACTS.replace(
                "summary: Xiaomi raised its 2025 target to 350,000 cars.",
                "summary: One. Two. Three. Four.",
            )
        },
        0,
        [
            "content/story/facts.yaml:1:10: warning: summary has more than three sentences. Keep the bottom line to one to three."
        ],
        id="summary-long",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("label: 2025 sales target", "label: [a, b]").replace("value: 350000", "value: '350000'")},
        1,
        [
            "content/story/facts.yaml:3:12: error: key_numbers[0].label must be text, not a list.",
            "content/story/facts.yaml:4:12: error: key_numbers[0].value must be a number, not the text '350000'. Write the number without quotes, e.g. 350000.",
        ],
        id="every-problem-of-one-entry",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE + "\n![a](facts.json)\n\n<img src=\"p%00.png\">\n\n![b](" + "x" * 300 + ".png)\n\n![t](https://evil.example/track.png)\n"},
        1,
        [
            "content/story/article.md:10:6: error: image 'facts.json' is not a picture. Use a file ending in .png, .jpg, .jpeg, .gif, .webp, .avif, .svg.",
            "content/story/article.md:12:11: error: image 'p%00.png' is not a valid file name. Save the picture next to article.md and give its name.",
            "content/story/article.md:14:6: error: image '" + "x" * 300 + ".png' cannot be read (File name too long). Rename it.",
            "content/story/article.md:16:6: error: image 'https://evil.example/track.png' must be a file in the briefing's folder, not a web address or an absolute path. Save the picture next to article.md and give its name.",
        ],
        id="body-images-that-are-not-pictures-here",
    ),
    pytest.param(
        {"content/story/facts.yaml": "summary: S.\nkey_numbers: []\ntimeline:\n  - &a {date: 2024, title: T}\n  - *a\n"},
        1,
        ["content/story/facts.yaml:5:5: error: YAML aliases (*name) are not supported here. Write the value out in full."],
        id="yaml-alias",
    ),
    pytest.param(
        {"content/story/facts.yaml": "summary: S.\nkey_numbers: []\ntimeline: []\n"},
        1,
        [
            "content/story/facts.yaml:2:14: error: key_numbers is an empty list. Add at least one entry.",
            "content/story/facts.yaml:3:11: error: timeline is an empty list. Add at least one entry.",
        ],
        id="empty-lists",
    ),
    pytest.param(
        {"content/story/facts.yaml": "summary: S.\nkey_numbers:\n\t- label: x\n", "briefing.yaml": b"title: \xff\n"},
        1,
        [
            "briefing.yaml:1:1: error: this file is not UTF-8 text. Save it as UTF-8.",
            "content/story/facts.yaml:3:1: error: found character '\\t' that cannot start any token. Check the YAML syntax here.",
        ],
        id="broken-files-are-not-also-empty",
    ),
    pytest.param(
        {
            "content/story/article.md": ARTICLE.replace("2025-03-19", "2025-02-30"),
            "content/story/facts.yaml": FACTS.replace("value: 350000", "value: '350000'").replace("2024-10", "2024-13").replace("quote: raised", "quote: lowered").replace("quote: In October", "quote: In November"),
        },
        1,
        [
            "content/story/article.md:3:12: error: published: '2025-02-30' is not a date: February 2025 has 28 days.",
            "content/story/facts.yaml:4:12: error: key_numbers[0].value must be a number, not the text '350000'. Write the number without quotes, e.g. 350000.",
            'content/story/facts.yaml:6:12: error: key_numbers[0].quote is not in the article. The closest sentence is: "Xiaomi has raised its 2025 sales target to 350,000 vehicles." Copy the article\'s words exactly.',
            "content/story/facts.yaml:8:11: error: timeline[0].date: '2024-13' is not a date: there is no month 13.",
            'content/story/facts.yaml:10:12: error: timeline[0].quote is not in the article. The closest sentence is: "In October, the European Commission imposed additional tariffs on electric cars." Copy the article\'s words exactly.',
        ],
        id="bad-values-do-not-hide-other-problems",
    ),
    pytest.param(
        {"briefing.yaml": "language: und\nbase_url: https://example.org/my site/\n"},
        1,
        [
            "briefing.yaml:1:11: error: language 'und' is not a language tag briefing knows. Use a BCP 47 tag such as en, en-GB, de or zh-Hans.",
            "briefing.yaml:2:11: error: base_url 'https://example.org/my site/' must be a full web address such as https://example.github.io/briefings/ (no spaces: write %20). Leave it out for relative links.",
        ],
        id="undetermined-language-and-spaces-in-base_url",
    ),
    pytest.param(
        {"content/story/facts.yaml": FACTS.replace("summary: Xiaomi raised its 2025 target to 350,000 cars.", "summary: The U.S. target rose 2.5 p.c. in Q1. Sales rose. Prices fell.").replace("quote: In October, the European Commission imposed additional tariffs", "quote: '...'")},
        1,
        ["content/story/facts.yaml:10:12: error: timeline[0].quote has no words. Quote the article's own words."],
        id="quote-without-words",
    ),
    pytest.param(
        {"content/story/article.md": "---\ntitle: T\npublished: 2025-03-19\n---\n"},
        1,
        [
            "content/story/facts.yaml:6:12: error: key_numbers[0].quote is not in the article. The article is empty. Copy the article's words exactly.",
            "content/story/facts.yaml:10:12: error: timeline[0].quote is not in the article. The article is empty. Copy the article's words exactly.",
        ],
        id="empty-article",
    ),
    pytest.param(
        {"content/story/article.md": ARTICLE.replace("title: Xiaomi", "title: Line\u2028separator").replace("published:", "tags: x\npublished:")},
        1,
        ["content/story/article.md:3:1: error: tags is not a known key. Remove it or fix its name. Known keys: title, published, publisher, url, author, language, image."],
        id="unicode-line-separator-does-not-shift-lines",
    ),
]


@pytest.mark.parametrize(("files", "exit_code", "messages"), RULES)
def test_rule(
    make_project: MakeProject, files: dict[str, str | None], exit_code: int, messages: list[str]
) -> None:
    project = make_project(files)
    result = CliRunner().invoke(cli, ["build", str(project)])
    errors = sum(": error: " in m for m in messages)
    tail = [f"{errors} error(s); nothing was written."] if errors else []
    assert result.exit_code == exit_code
    assert result.stderr.splitlines() == messages + tail
    assert (project / "site").exists() == (exit_code == 0)
