"""Problems as plain data: one bad file never stops a build."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ParseError:
    """A source file that could not become an article."""

    path: str
    line: int
    message: str
    # Left out on purpose, not a failure: a saved page that says it is not an article (a
    # section front, a search page, a login wall). Printed as a note; the exit code ignores it.
    is_note: bool = False

    def __str__(self) -> str:
        # Line 0: the problem is the whole file (unreadable, too slow), not one line of it.
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'note: ' if self.is_note else ''}{self.message}"


def failures(problems: list[ParseError] | tuple[ParseError, ...]) -> list[ParseError]:
    """The problems that are failures (notes aside): what the exit code and --strict count."""
    return [problem for problem in problems if not problem.is_note]


@dataclass(frozen=True, slots=True)
class Warning_:
    """Something assumed or repaired while reading a file; the article still builds."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: warning: {self.message}"


class ConfigError(Exception):
    """The site config is unreadable or invalid (exit code 2)."""


class BuildError(Exception):
    """The build could not complete (e.g. the output cannot be written)."""
