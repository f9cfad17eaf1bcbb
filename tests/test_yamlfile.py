from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import Location, Problems
from briefing.yamlfile import Mapping, Scalar, Sequence, load_yaml

P = Path("facts.yaml")


def test_scalars_keep_raw_text_tag_and_position() -> None:
    problems = Problems()
    node = load_yaml("a: 350_000\nb: '350000'\nc: 2024-10-15\nd: no\n", P, problems)
    assert isinstance(node, Mapping)
    values = {k: (v.value, v.tag, v.where) for k, v in node.items.items()
              if isinstance(v, Scalar)}
    assert values == {
        "a": ("350_000", "int", Location(P, 1, 4)),
        "b": ("350000", "str", Location(P, 2, 4)),
        "c": ("2024-10-15", "timestamp", Location(P, 3, 4)),
        "d": ("no", "bool", Location(P, 4, 4)),
    }
    assert node.keys["c"] == Location(P, 3, 1)
    assert problems.items == []


def test_line_offset_counts_front_matter_fence() -> None:
    node = load_yaml("title: x\n", P, Problems(), line_offset=1)
    assert isinstance(node, Mapping)
    assert node.items["title"].where == Location(P, 2, 8)


def test_sequences_of_mappings() -> None:
    node = load_yaml("items:\n  - a: 1\n  - a: 2\n", P, Problems())
    assert isinstance(node, Mapping)
    items = node.items["items"]
    assert isinstance(items, Sequence)
    assert [i.where.line for i in items.items] == [2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: [1, 2\n", "facts.yaml:2:1: error: expected ',' or ']', but got '<stream end>'. "
         "Check the YAML syntax here."),
        ("a: 1\na: 2\n", "facts.yaml:2:1: error: 'a' appears twice (first at line 1). "
         "Keep one of them."),
        ("a:\n\tb: 1\n", "facts.yaml:2:1: error: found character '\\t' that cannot start any "
         "token. Check the YAML syntax here."),
    ],
    ids=["unclosed-list", "duplicate-key", "tab-indent"],
)
def test_problems_are_located(text: str, expected: str) -> None:
    problems = Problems()
    load_yaml(text, P, problems)
    assert [str(p) for p in problems.items] == [expected]


def test_empty_document_is_none() -> None:
    assert load_yaml("# nothing\n", P, Problems()) is None
