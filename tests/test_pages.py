"""What the built pages carry: the passing side of each format rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import cli
from tests.conftest import ARTICLE, FACTS, MakeProject


def build(project: Path) -> Path:
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert result.exit_code == 0, result.stderr
    return project / "site"


def page(project: Path, slug: str = "story") -> str:
    return (build(project) / slug / "index.html").read_text()


TIMELINE = """\
summary: S.
key_numbers:
  - label: Target
    value: 350000
    quote: 350,000 vehicles
timeline:
  - date: summer 2025
    title: Launch
    quote: 350,000 vehicles
  - date: 2024-10
    title: Tariffs
    quote: 350,000 vehicles
  - date: 2025
    title: Whole year
    quote: 350,000 vehicles
  - date: 2024
    title: Same start as whole 2024
    quote: 350,000 vehicles
  - date: 2024-01
    title: Ties keep file order
    quote: 350,000 vehicles
  - date: 2026
    title: Forecast that already came true
    status: happened
    quote: 350,000 vehicles
"""


def _events(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<li class="event (\w+)" id="(e\d+)">\s*<p class="event-date">'
                      r'<time datetime="([^"]+)">', html)


def test_events_sorted_by_start_then_file_order_with_status(make_project: MakeProject) -> None:
    html = page(make_project({"content/story/facts.yaml": TIMELINE}))
    assert _events(html) == [
        ("happened", "e4", "2024"),
        ("happened", "e5", "2024-01"),
        ("happened", "e2", "2024-10"),
        ("happened", "e3", "2025"),
        ("expected", "e1", "2025-06"),
        ("happened", "e6", "2026"),
    ]
    # The published marker (19 March 2025) sits after the last event starting by then.
    marker = html.index('class="now"')
    assert html.index('id="e3"') < marker < html.index('id="e1"')


def test_headline_defaults_to_the_article_title(make_project: MakeProject) -> None:
    html = page(make_project())
    assert "<h1>Xiaomi targets 350k sales with new electric car factory</h1>" in html


def test_text_is_escaped_and_inline_markdown_rendered(make_project: MakeProject) -> None:
    facts = FACTS.replace("summary: Xiaomi raised its 2025 target to 350,000 cars.",
                          "headline: <script>alert(1)</script> & co\n"
                          "summary: '**Bold** <b>tag</b>'")
    html = page(make_project({"content/story/facts.yaml": facts}))
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>" in html
    assert "<strong>Bold</strong> &lt;b&gt;tag&lt;/b&gt;" in html
    assert "<script>" not in html


def test_article_html_is_sanitised(make_project: MakeProject) -> None:
    article = ARTICLE + '\n<script>steal()</script>\n\n<p onclick="x()">Hi <a href="javascript:x()">there</a></p>\n'
    html = page(make_project({"content/story/article.md": article}))
    assert "steal()" not in html  # a script and its text are dropped
    assert "<script>" not in html and "onclick" not in html and "javascript:" not in html
    assert "Hi <a>there</a>" in html


def test_quotes_match_folded_and_link_both_ways(make_project: MakeProject) -> None:
    article = ARTICLE.replace("Xiaomi has raised its 2025 sales target to 350,000 vehicles.",
                              "Xiaomi’s boss said: “we have RAISED the target — to\n350,000 vehicles”.")
    facts = FACTS.replace("quote: raised its 2025 sales target to 350,000 vehicles",
                          "quote: 'said: \"we have raised the target - to 350,000 vehicles\"'")
    html = page(make_project({"content/story/article.md": article,
                              "content/story/facts.yaml": facts}))
    assert '<a href="#q-n1">' in html
    assert re.search(r'<mark class="quote" id="q-n1">said: “we have RAISED the target — '
                     r'to\n350,000 vehicles”</mark><a class="fact-link" href="#n1"', html)


def test_numbers_carry_exact_values(make_project: MakeProject) -> None:
    facts = FACTS.replace("value: 350000\n    unit: vehicles",
                          "value: 1.5e3\n    unit: USD\n    qualifier: up to")
    facts = facts.replace("quote: raised its 2025 sales target to 350,000 vehicles",
                          "quote: 350,000 vehicles")
    html = page(make_project({"content/story/facts.yaml": facts}))
    assert '<span class="qualifier">up to</span> <data value="1500">$1,500</data>' in html


def test_long_decimals_stay_exact(make_project: MakeProject) -> None:
    facts = FACTS.replace("value: 350000", "value: 3.14159265358979323846264338327950")
    facts = facts.replace("quote: raised its 2025 sales target to 350,000 vehicles",
                          "quote: 350,000 vehicles")
    site = build(make_project({"content/story/facts.yaml": facts}))
    assert '<data value="3.1415926535897932384626433832795">' in (
        site / "story" / "index.html").read_text()
    assert '"value": 3.1415926535897932384626433832795,' in (
        site / "story" / "facts.json").read_text()


def test_images_are_copied(make_project: MakeProject) -> None:
    article = ARTICLE.replace("published:", "image:\n  src: cover.png\n  alt: A cover\npublished:")
    project = make_project({"content/story/article.md": article + "\n![Chart](img/chart.png)\n",
                            "content/story/cover.png": "png", "content/story/img/chart.png": "c",
                            "content/story/unused.png": "u"})
    site = build(project)
    assert sorted(p.name for p in (site / "story").rglob("*.png")) == ["chart.png", "cover.png"]
    html = (site / "story" / "index.html").read_text()
    assert 'src="cover.png" alt="A cover"' in html and 'src="img/chart.png"' in html


def test_image_paths_are_normalised_before_copying(make_project: MakeProject) -> None:
    article = ARTICLE.replace("published:", "image:\n  src: p.png?v=1\n  alt: A\npublished:")
    body = "\n![a](./p.png) ![b](sub/../p.png) ![c](sub/q%20r.png#x)\n"
    site = build(make_project({"content/story/article.md": article + body,
                               "content/story/p.png": "p", "content/story/sub/q r.png": "q"}))
    files = sorted(p.relative_to(site / "story").as_posix()
                   for p in (site / "story").rglob("*.png"))
    assert files == ["p.png", "sub/q r.png"]


def test_relative_links_without_base_url(make_project: MakeProject) -> None:
    site = build(make_project())
    story = (site / "story" / "index.html").read_text()
    index = (site / "index.html").read_text()
    assert 'href="../style.css"' in story and 'href="../index.html"' in story
    assert 'href="story/index.html"' in index
    assert "canonical" not in story


def test_base_url_prefixes_links(make_project: MakeProject) -> None:
    project = make_project({"briefing.yaml": "base_url: https://example.github.io/briefings\n"})
    site = build(project)
    story = (site / "story" / "index.html").read_text()
    index = (site / "index.html").read_text()
    assert 'href="/briefings/style.css"' in story and 'href="/briefings/"' in story
    assert '<link rel="canonical" href="https://example.github.io/briefings/story/">' in story
    assert 'href="/briefings/story/"' in index


def test_feed_with_base_url(make_project: MakeProject) -> None:
    import xml.etree.ElementTree as ET

    facts = FACTS.replace("summary: Xiaomi raised its 2025 target to 350,000 cars.",
                          "summary: \"**Bold** & <b>raw</b>\"")
    project = make_project({"briefing.yaml": "base_url: https://example.org/b/\n",
                            "content/story/facts.yaml": facts})
    site = build(project)
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    (entry,) = feed.findall(f"{atom}entry")
    assert entry.findtext(f"{atom}id") == "https://example.org/b/story/"
    assert entry.findtext(f"{atom}updated") == "2025-03-19T00:00:00Z"
    assert entry.findtext(f"{atom}summary") == "<strong>Bold</strong> &amp; &lt;b&gt;raw&lt;/b&gt;"
    assert '<link rel="alternate" type="application/atom+xml" href="/b/feed.xml"' in (
        site / "index.html").read_text()
    assert not (build(make_project(name="relative")) / "feed.xml").exists()


def test_facts_json_has_resolved_intervals(make_project: MakeProject) -> None:
    facts = json.loads((build(make_project()) / "story" / "facts.json").read_text())
    assert facts["timeline"] == [{
        "id": "e1",
        "date": {"text": "2024-10", "start": "2024-10-01", "end": "2024-10-31",
                 "precision": "month", "edtf": "2024-10", "approximate": False,
                 "uncertain": False},
        "title": "EU adds tariffs on Chinese-made EVs", "detail": "", "status": "happened",
        "quote": "In October, the European Commission imposed additional tariffs",
        "quote_found": True,
    }]
    assert facts["key_numbers"][0]["value"] == 350000


def test_language_formats_numbers_and_dates(make_project: MakeProject) -> None:
    article = ARTICLE.replace("published: 2025-03-19", "published: 2025-03-19\nlanguage: de")
    html = page(make_project({"content/story/article.md": article}))
    assert '<html lang="de"' in html
    assert '<data value="350000">350.000</data>' in html
    assert '<time datetime="2024-10">Oktober 2024</time>' in html


def test_published_date_time_is_valid_html(make_project: MakeProject) -> None:
    article = ARTICLE.replace("2025-03-19", "2025-03-19T23:30:00.123456-05:00")
    html = page(make_project({"content/story/article.md": article}))
    assert '<time datetime="2025-03-19T23:30:00-05:00">19 March 2025</time>' in html


def test_valid_slugs_become_paths(make_project: MakeProject) -> None:
    project = make_project({"content/a-1-b/article.md": ARTICLE,
                            "content/a-1-b/facts.yaml": FACTS})
    assert (build(project) / "a-1-b" / "index.html").is_file()


def test_template_override_and_extend(make_project: MakeProject) -> None:
    project = make_project({
        "templates/partials/callouts.html": "<p>my callouts</p>\n",
        "templates/index.html": '{% extends "!theme/index.html" %}'
                                "{% block title %}Mine{% endblock %}",
    })
    site = build(project)
    assert "<p>my callouts</p>" in (site / "story" / "index.html").read_text()
    assert "<title>Mine</title>" in (site / "index.html").read_text()


def test_undefined_names_in_partials_are_located(make_project: MakeProject) -> None:
    project = make_project({"templates/partials/timeline.html": "\n\n{{ missing_name }}\n"})
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert result.stderr.splitlines()[0] == (
        "templates/partials/timeline.html:3:1: error: template error: 'missing_name' is "
        "undefined. Use a name the template context has (see the README), or give it a "
        "default with |default."
    )


def test_theme_files_linking_outside_are_refused(make_project: MakeProject, tmp_path: Path) -> None:
    project = make_project()
    (tmp_path / "elsewhere.css").write_text("body { color: red }")
    (project / "templates").mkdir()
    (project / "templates" / "style.css").symlink_to(tmp_path / "elsewhere.css")
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert (result.exit_code, result.stderr) == (1, (
        "templates/style.css:1:1: error: this file links outside the project. Copy it into "
        "templates/ instead.\n1 error(s); nothing was written.\n"))


def test_template_syntax_errors_come_with_content_errors(make_project: MakeProject) -> None:
    project = make_project({
        "templates/index.html": "line one\n{% if %}\n",
        "content/story/facts.yaml": FACTS.replace("value: 350000", "value: x"),
    })
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "content/story/facts.yaml:4:12: error: key_numbers[0].value must be a number such as "
        "350000 or 1.5, not 'x'.",
        "templates/index.html:2:1: error: template error: Expected an expression, got "
        "'end of statement block'. Fix the template.",
        "2 error(s); nothing was written.",
    ]


def test_template_not_utf8(make_project: MakeProject) -> None:
    project = make_project({"templates/index.html": b"caf\xe9\n"})
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert (result.exit_code, result.stderr) == (1, (
        "templates/index.html:1:1: error: this template is not UTF-8 text. Save it as UTF-8.\n"
        "1 error(s); nothing was written.\n"))


def test_template_runtime_errors_are_located(make_project: MakeProject) -> None:
    project = make_project({
        "templates/404.html": '{% extends "!theme/404.html" %}\n'
                              "{% block title %}{{ site.nope }}{% endblock %}\n",
        "templates/partials/callouts.html": "{{ 1 / 0 }}\n",
    })
    result = CliRunner().invoke(cli, ["build", str(project)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "templates/404.html:2:1: error: template error: 'briefing.model.SiteConfig object' "
        "has no attribute 'nope'. Use a name the template context has (see the README), or "
        "give it a default with |default.",
        "templates/partials/callouts.html:1:1: error: template error: ZeroDivisionError: "
        "division by zero. Fix the template.",
        "2 error(s); nothing was written.",
    ]
