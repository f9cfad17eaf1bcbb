"""YAML text → plain values that keep the Location of every key and scalar.

PyYAML's `safe_load` turns `no` into False and `2024-10` into text but `2024-10-15`
into a date, and forgets where anything was. Walking `yaml.compose()` nodes keeps the
raw scalar text, its tag (so a quoted '350000' is still text) and its position.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import Location, Problems

_TAG_PREFIX = "tag:yaml.org,2002:"
_ODD_LINE_BREAKS = {0x85: " ", 0x2028: " ", 0x2029: " "}


@dataclass(frozen=True)
class Scalar:
    """A scalar as written: `value` is the raw text, `tag` is str, int, float, bool, null..."""

    value: str
    tag: str
    where: Location
    quoted: bool = False
    """Written in quotes or as a block (| or >), so meant as text whatever it looks like."""


@dataclass(frozen=True)
class Mapping:
    """A mapping with string keys, in file order; `keys` holds where each key is."""

    items: dict[str, Node]
    keys: dict[str, Location]
    where: Location


@dataclass(frozen=True)
class Sequence:
    """A list of nodes."""

    items: list[Node]
    where: Location


Node = Scalar | Mapping | Sequence


def load_yaml(text: str, path: Path, problems: Problems, line_offset: int = 0) -> Node | None:
    """Parse one YAML document; None when it is empty or broken (a problem says why)."""
    # YAML 1.1 also breaks lines at NEL, U+2028 and U+2029, which editors don't show as
    # line breaks: read them as spaces so that line numbers match what the user sees.
    text = text.translate(_ODD_LINE_BREAKS)
    try:
        alias = _first_alias(text) if "*" in text else None
        root = None if alias else yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        where = Location(path, line + 1 + line_offset, column + 1)
        what = err.problem or err.context or "not valid YAML"
        problems.error(where, f"{what}. Check the YAML syntax here.")
        return None
    if alias is not None:
        where = Location(path, alias.line + 1 + line_offset, alias.column + 1)
        problems.error(where, "YAML aliases (*name) are not supported here. Write the value "
                       "out in full.")
        return None
    if root is None:
        return None
    return _convert(root, path, line_offset, problems)


def _first_alias(text: str) -> Any:
    """Where (a yaml Mark) the first alias is: aliases can loop, or repeat a value
    exponentially, and a briefing never needs them."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None


def _where(node: yaml.Node, path: Path, line_offset: int) -> Location:
    return Location(path, node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)


def _convert(node: yaml.Node, path: Path, offset: int, problems: Problems) -> Node:
    where = _where(node, path, offset)
    if isinstance(node, yaml.MappingNode):
        return _convert_mapping(node, path, offset, problems)
    if isinstance(node, yaml.SequenceNode):
        return Sequence([_convert(item, path, offset, problems) for item in node.value], where)
    assert isinstance(node, yaml.ScalarNode)
    tag = node.tag.removeprefix(_TAG_PREFIX)
    return Scalar(str(node.value), tag, where, quoted=node.style is not None)


def _convert_mapping(
    node: yaml.MappingNode, path: Path, offset: int, problems: Problems
) -> Mapping:
    items: dict[str, Node] = {}
    keys: dict[str, Location] = {}
    for key_node, value_node in node.value:
        key_where = _where(key_node, path, offset)
        if not isinstance(key_node, yaml.ScalarNode):
            problems.error(key_where, "a key must be a plain word. Remove this key.")
            continue
        key = str(key_node.value)
        if key in items:
            first = keys[key]
            problems.error(
                key_where, f"'{key}' appears twice (first at line {first.line}). Keep one of them."
            )
            continue
        keys[key] = key_where
        items[key] = _convert(value_node, path, offset, problems)
    return Mapping(items, keys, _where(node, path, offset))
