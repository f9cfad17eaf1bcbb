"""The one exception users see, and the problems it carries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source file, 1-based, as editors count."""

    path: Path
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path.as_posix()}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in the user's input: what is wrong, and how to fix it."""

    where: Location
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


class BriefingError(Exception):
    """Problems in the user's input. Never raised for bugs."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems)


class Problems:
    """Collects problems across a stage, then raises them all at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def error(self, where: Location, message: str) -> None:
        self.items.append(Problem(where, message))

    def warn(self, where: Location, message: str) -> None:
        self.items.append(Problem(where, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity == "warning")

    def has_errors_in(self, path: Path) -> bool:
        """Whether an error was already recorded in the file `path`, or below the folder."""
        return any(p.where.path.is_relative_to(path) for p in self.errors)

    def raise_if_errors(self) -> None:
        """Raise every problem collected so far if any of them is an error."""
        if self.errors:
            raise BriefingError(self.items)
