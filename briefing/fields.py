"""Read typed fields out of YAML mappings, recording a Problem for each mistake."""

from __future__ import annotations

import difflib
from collections.abc import Sequence as Seq

from briefing.errors import Location, Problems
from briefing.yamlfile import Mapping, Node, Scalar, Sequence

_KIND = {Mapping: "a mapping of keys", Sequence: "a list", Scalar: "a single value"}


def describe(node: Node) -> str:
    """What a node is, in words: "a list", "the text '350000'"."""
    if isinstance(node, Scalar):
        if node.tag == "str":
            return f"the text '{node.value}'"
        if node.tag == "null":
            return "empty"
        return f"'{node.value}'"
    return _KIND[type(node)]


def check_keys(
    node: Mapping, allowed: Seq[str], required: Seq[str], prefix: str, problems: Problems
) -> None:
    """Record unknown keys (with a did-you-mean) and missing required ones."""
    for key, where in node.keys.items():
        if key in allowed:
            continue
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = f"Did you mean '{close[0]}'?" if close else "Remove it or fix its name."
        problems.error(where, f"{prefix}{key} is not a known key. {hint} Known keys: "
                       f"{', '.join(allowed)}.")
    for key in required:
        value = node.items.get(key)
        if value is None or _is_null(value) or _is_blank(value):
            problems.error(node.where, f"{prefix}{key} is required. Add it.")


def mapping(node: Node | None, name: str, where: Location, problems: Problems) -> Mapping | None:
    """The node if it is a mapping; otherwise record why not."""
    if isinstance(node, Mapping):
        return node
    if node is None:
        if not problems.has_errors_in(where.path):  # else the YAML is broken, not empty
            problems.error(where, f"{name} is empty. Add its keys.")
    else:
        problems.error(node.where, f"{name} must be a mapping of keys, not {describe(node)}.")
    return None


def sequence(node: Mapping, key: str, prefix: str, problems: Problems) -> list[Node]:
    """The items of a list under `key`; [] (and a problem) when it is not a list."""
    value = node.items.get(key)
    if value is None or _is_null(value):
        return []
    if isinstance(value, Sequence):
        return value.items
    problems.error(value.where, f"{prefix}{key} must be a list of entries starting with '- ', "
                   f"not {describe(value)}.")
    return []


def text(node: Mapping, key: str, prefix: str, problems: Problems) -> str:
    """The text under `key`, stripped; "" when absent. Numbers and dates count as text."""
    value = node.items.get(key)
    if value is None or _is_null(value):
        return ""
    if isinstance(value, Scalar):
        return value.value.strip()
    problems.error(value.where, f"{prefix}{key} must be text, not {describe(value)}.")
    return ""


def where(node: Mapping, key: str) -> Location:
    """Where the value of `key` is, else where the mapping is."""
    value = node.items.get(key)
    return value.where if value is not None else node.where


def _is_blank(node: Node) -> bool:
    return isinstance(node, Scalar) and not node.value.strip()


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.tag == "null"
