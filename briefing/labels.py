"""Interface words of the built-in theme, per language."""

from __future__ import annotations

import re

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "skip_link": "Skip to content",
        "home": "Home",
        "bottom_line": "The bottom line",
        "key_numbers": "Key numbers",
        "timeline": "Timeline",
        "article": "The article",
        "expected": "Expected",
        "happened": "Happened",
        "published_marker": "Article published",
        "published": "Published",
        "by": "By",
        "source": "Source",
        "original": "Read the original",
        "see_quote": "Where the article says this",
        "as_of": "as of",
        "image_credit": "Image",
        "image_missing": "Image in the original (not shown)",
        "all_briefings": "All briefings",
        "not_found_title": "Page not found",
        "not_found_text": "There is no page at this address. It may have moved or been removed.",
        "footer": "Made with briefing",
        "key_number": "Key number",
        "event": "Timeline event",
    },
    "de": {
        "skip_link": "Zum Inhalt springen",
        "home": "Startseite",
        "bottom_line": "Das Wichtigste",
        "key_numbers": "Die Zahlen",
        "timeline": "Chronologie",
        "article": "Der Artikel",
        "expected": "Erwartet",
        "happened": "Geschehen",
        "published_marker": "Artikel erschienen",
        "published": "Erschienen",
        "by": "Von",
        "source": "Quelle",
        "original": "Zum Originalartikel",
        "see_quote": "Wo der Artikel das sagt",
        "as_of": "Stand",
        "image_credit": "Bild",
        "image_missing": "Bild im Original (hier nicht gezeigt)",
        "all_briefings": "Alle Briefings",
        "not_found_title": "Seite nicht gefunden",
        "not_found_text": "Unter dieser Adresse gibt es keine Seite. "
        "Vielleicht wurde sie verschoben oder entfernt.",
        "footer": "Erstellt mit briefing",
        "key_number": "Schlüsselzahl",
        "event": "Ereignis",
    },
    "zh": {
        "skip_link": "跳到正文",
        "home": "首页",
        "bottom_line": "要点",
        "key_numbers": "关键数字",
        "timeline": "时间线",
        "article": "原文",
        "expected": "预计",
        "happened": "已发生",
        "published_marker": "文章发布",
        "published": "发布于",
        "by": "作者",
        "source": "来源",
        "original": "阅读原文",
        "see_quote": "原文出处",
        "as_of": "截至",
        "image_credit": "图片",
        "image_missing": "原文配图（此处未显示）",
        "all_briefings": "全部简报",
        "not_found_title": "找不到页面",
        "not_found_text": "此地址没有页面，可能已被移动或删除。",
        "footer": "由 briefing 生成",
        "key_number": "关键数字",
        "event": "事件",
    },
}
"""Every language has the same keys; "en" is the fallback."""

_PRIMARY_SUBTAG = re.compile(r"[A-Za-z]+")


def labels_for(language: str) -> dict[str, str]:
    """Return the interface words for a BCP 47 tag, by its primary subtag, else English."""
    match = _PRIMARY_SUBTAG.match(language.strip())
    primary = match.group(0).lower() if match else ""
    return dict(LABELS.get(primary, LABELS["en"]))
