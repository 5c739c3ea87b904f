"""Words a regular expression cannot match without: a cheap test before a costly search.

Site marks are searched over whole pages, and on any one page nearly all of them are
absent. Most marks hold a fixed piece of text ("tbsnews.net", "BBC "); when no form of
that piece is in the page, the search cannot succeed and is skipped. `required_literals`
reads such pieces from the pattern's parse tree, and `fold` puts page and piece in one
case so that `in` can look for them. Only a necessary condition is ever checked: a
page that holds the piece is still searched, so no result changes.
"""

from __future__ import annotations

import importlib
import itertools
import re
from dataclasses import dataclass
from typing import Any

try:  # the parser behind re.compile: private, so without it there is just no prefilter
    _sre_parser: Any = importlib.import_module("re._parser")
    _sre_ops: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without re._parser
    _sre_parser = _sre_ops = None

# More alternatives than this are not worth checking one `in` at a time.
MAX_CHOICES = 16

# Ignoring case, Python's re also matches "İ" and "ı" to "i" and the long s "ſ" to "s";
# str.lower() keeps "ı" and "ſ" and turns "İ" into two characters. (The Kelvin sign
# lowers to "k" by itself.) tests/parse/test_literals.py checks every code point.
_RE_ONLY_CASES = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def fold(text: str) -> str:
    """`text` with every character that re.IGNORECASE equates with an ASCII letter made
    that lower-case letter, one character for one; other characters lower-cased."""
    for special, plain in _RE_ONLY_CASES:
        text = text.replace(special, plain)
    return text.lower()


def may_match(literals: tuple[str, ...] | None, folded: str) -> bool:
    """False only when the pattern those literals came from cannot match the text."""
    return literals is None or any(literal in folded for literal in literals)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded strings of which every match of `pattern` contains one; None when unknown."""
    if _sre_parser is None:
        return None
    try:
        needed = _sequence(list(_sre_parser.parse(pattern.pattern, pattern.flags))).needed
    except Exception:  # noqa: BLE001 - a tree we cannot read (or too deep) only costs speed
        return None
    return tuple(sorted(needed)) if needed else None


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one piece of a pattern tells about the text it matches (strings folded)."""

    exact: frozenset[str] | None = None  # every string it can match, when few
    needed: frozenset[str] | None = None  # one of these is inside every match


_UNKNOWN = _Facts()
_EMPTY = _Facts(exact=frozenset({""}))


def _sequence(items: list[tuple[Any, Any]]) -> _Facts:
    """Pieces matched one after another: neighbouring exact pieces join into longer text."""
    run = frozenset({""})  # the text matched by the exact pieces since the last other one
    is_exact = True
    choices: list[frozenset[str]] = []
    for op, av in items:
        facts = _node(op, av)
        joined = _join(run, facts.exact)
        if joined is not None:
            if len(joined) > len(run):
                # Fewer strings may test more cheaply than the longer joined ones.
                choices.append(run)
                choices.extend([facts.needed] if facts.needed is not None else [])
            run = joined
            continue
        choices.append(run)
        if facts.needed is not None:
            choices.append(facts.needed)
        is_exact = False
        # A piece exact but too varied to join still starts the next run.
        run = facts.exact if facts.exact is not None else frozenset({""})
    choices.append(run)
    return _Facts(exact=run if is_exact else None, needed=_best(choices))


def _join(left: frozenset[str], right: frozenset[str] | None) -> frozenset[str] | None:
    if right is None or len(left) * len(right) > MAX_CHOICES:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _best(choices: list[frozenset[str]]) -> frozenset[str] | None:
    """The cheapest test: few `in` checks, each for text unlikely to be there by chance."""
    usable = [c for c in choices if c and all(c)]
    return min(usable, key=lambda c: (_cost(c), -min(map(len, c))), default=None)


# Rough chance that a literal of this length sits in a page by accident (1 char: surely).
_CHANCE = {1: 1.0, 2: 0.8, 3: 0.3, 4: 0.1, 5: 0.03}


def _cost(choice: frozenset[str]) -> float:
    """An `in` check costs about 1; a search that runs because the text is there, ~12."""
    chance = min(1.0, sum(_CHANCE.get(len(s), 0.01) for s in choice))
    return len(choice) + 12 * chance


def _node(op: Any, av: Any) -> _Facts:
    if op is _sre_ops.LITERAL:
        char = _char(av)
        return _UNKNOWN if char is None else _Facts(exact=frozenset({char}))
    if op is _sre_ops.IN:
        return _char_set(av)
    if op in (_sre_ops.AT, _sre_ops.ASSERT, _sre_ops.ASSERT_NOT):
        return _EMPTY  # zero width: the text around it is matched back to back
    if op is _sre_ops.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is _sre_ops.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _sre_ops.BRANCH:
        return _branch([_sequence(list(b)) for b in av[1]])
    if op in (_sre_ops.MAX_REPEAT, _sre_ops.MIN_REPEAT, _sre_ops.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(list(av[2])))
    return _UNKNOWN  # any character, classes, back references, conditionals


def _char(code: int) -> str | None:
    """The folded character, if folding is known to agree with re.IGNORECASE for it:
    ASCII (see _RE_ONLY_CASES) and characters without case, which match only themselves."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char.lower() == char == char.upper():
        return char
    return None


def _char_set(items: list[tuple[Any, Any]]) -> _Facts:
    """A class of plain characters ("[Rr]", "[—–-]") is a small exact set."""
    chars = set()
    for op, av in items:
        char = _char(av) if op is _sre_ops.LITERAL else None
        if char is None:
            return _UNKNOWN
        chars.add(char)
    return _Facts(exact=frozenset(chars)) if 0 < len(chars) <= MAX_CHOICES else _UNKNOWN


def _branch(branches: list[_Facts]) -> _Facts:
    """A match of an alternation is a match of one branch."""
    exact: frozenset[str] | None = frozenset()
    needed: frozenset[str] | None = frozenset()
    for facts in branches:
        exact = exact | facts.exact if exact is not None and facts.exact is not None else None
        needed = needed | facts.needed if needed is not None and facts.needed is not None else None
    if exact is not None and len(exact) > MAX_CHOICES:
        exact = None
    if needed is not None and len(needed) > MAX_CHOICES:
        needed = None
    return _Facts(exact=exact, needed=_best([c for c in (exact, needed) if c is not None]))


def _repeat(least: int, most: int, item: _Facts) -> _Facts:
    if least == most and item.exact is not None and len(item.exact) ** least <= MAX_CHOICES:
        exact = frozenset("".join(p) for p in itertools.product(item.exact, repeat=least))
        return _Facts(exact=exact, needed=item.needed if least else None)
    return _Facts(needed=item.needed) if least >= 1 else _UNKNOWN
