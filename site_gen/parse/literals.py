"""Text a regular expression cannot match without: cheap tests before a costly search.

Site marks are searched over whole pages, and on any one page nearly all of them are
absent. Most marks hold fixed pieces of text ("tbsnews.net", "BBC "); when no form of
such a piece is in the page, the search cannot succeed and is skipped. `needs_of` reads
those pieces from the pattern's parse tree, and `fold` puts page and pieces in one case
so that `in` can look for them. When every match starts with known text, the pattern
is tried only where that text is; for marks that open a line ("^Follow TBS on"), only
on lines that begin with it. `found` always gives the answer `pattern.search` would.
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
# Up to this many independent pieces are checked before a search.
MAX_GROUPS = 3
# Where a match may start at more places than this, one search is cheaper.
MAX_STARTS = 8
# How many characters of a line's start index it (FoldedText.line_heads).
HEAD = 3

# Ignoring case, Python's re also matches "İ" and "ı" to "i" and the long s "ſ" to "s";
# str.lower() keeps "ı" and "ſ" and turns "İ" into two characters. (The Kelvin sign
# lowers to "k" by itself.) tests/parse/test_literals.py checks every code point.
_RE_ONLY_CASES = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def fold(text: str) -> str:
    """`text` with every character that re.IGNORECASE equates with an ASCII letter made
    that lower-case letter, other characters lower-cased: one character for one, so an
    index into the folded text is an index into `text`."""
    for special, plain in _RE_ONLY_CASES:
        text = text.replace(special, plain)
    return text.lower()


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text made ready for many `found` questions: folded once, its lines indexed once."""

    text: str
    folded: str  # fold(text)
    line_heads: dict[str, list[int]]  # the first HEAD folded characters of lines -> offsets


def fold_text(text: str) -> FoldedText:
    folded = fold(text)
    heads: dict[str, list[int]] = {}
    at = 0
    for line in folded.split("\n"):
        heads.setdefault(folded[at : at + HEAD], []).append(at)
        at += len(line) + 1
    return FoldedText(text, folded, heads)


@dataclass(frozen=True, slots=True)
class Needs:
    """What every match of one pattern holds, as folded strings."""

    groups: tuple[tuple[str, ...], ...]  # of each group, one string is inside every match
    starts: tuple[str, ...] = ()  # every match starts with one of these (when known)
    is_line_start: bool = False  # every match starts where a line does (^ or \A)


def needs_of(pattern: re.Pattern[str]) -> Needs | None:
    """The pieces every match of `pattern` holds; None when none are known."""
    if _sre_parser is None:
        return None
    try:
        items = list(_sre_parser.parse(pattern.pattern, pattern.flags))
        facts = _sequence(items)
    except Exception:  # noqa: BLE001 - a tree we cannot read (or too deep) only costs speed
        return None
    groups = tuple(tuple(sorted(group)) for group in facts.needed)
    starts = facts.starts if _is_usable(facts.starts) else None
    if starts and min(map(len, starts)) >= HEAD and _opens_a_line(items):
        return Needs(groups, tuple(sorted(starts)), is_line_start=True)
    if not groups:
        return None
    # Prefixes of where a match starts are where it starts too.
    return Needs(groups, tuple(sorted(_cheapest(_beginnings(starts)))) if starts else ())


def found(pattern: re.Pattern[str], needs: Needs | None, page: FoldedText) -> bool:
    """Whether `pattern.search(page.text)` finds a match."""
    if needs is None:
        return pattern.search(page.text) is not None
    if needs.is_line_start:
        return _found_at_line_starts(pattern, needs.starts, page)
    for group in needs.groups:
        if not any(piece in page.folded for piece in group):
            return False
    if not needs.starts:
        return pattern.search(page.text) is not None
    return _found_at_starts(pattern, needs.starts, page)


def _found_at_line_starts(
    pattern: re.Pattern[str], starts: tuple[str, ...], page: FoldedText
) -> bool:
    """A mark that opens a line ("^Copyright ...") is tried only on lines opening with
    one of its starts: a look-up per start, no pass over the page."""
    for start in starts:
        for at in page.line_heads.get(start[:HEAD], ()):
            if page.folded.startswith(start, at) and pattern.match(page.text, at):
                return True
    return False


def _found_at_starts(pattern: re.Pattern[str], starts: tuple[str, ...], page: FoldedText) -> bool:
    """Try the pattern only where a match can begin, instead of at every character
    (a site's footer mark is found at the end of each of its pages)."""
    tried = 0
    for start in starts:
        at = page.folded.find(start)
        while at >= 0:
            if pattern.match(page.text, at):  # lookbehinds and ^ still see text before `at`
                return True
            tried += 1
            if tried > MAX_STARTS:
                return pattern.search(page.text) is not None
            at = page.folded.find(start, at + 1)
    return False


def _opens_a_line(items: list[tuple[Any, Any]]) -> bool:
    """Whether a pattern has ^ or \\A before anything that takes up text."""
    for op, av in items:
        if op is _sre_ops.AT and av in (_sre_ops.AT_BEGINNING, _sre_ops.AT_BEGINNING_STRING):
            return True
        if op not in (_sre_ops.AT, _sre_ops.ASSERT, _sre_ops.ASSERT_NOT):
            return False
    return False


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one piece of a pattern tells about the text it matches (strings folded)."""

    exact: frozenset[str] | None = None  # every string it can match, when few
    needed: tuple[frozenset[str], ...] = ()  # from each, one is inside every match
    starts: frozenset[str] | None = None  # every match starts with one of these


_UNKNOWN = _Facts()
_EMPTY = _Facts(exact=frozenset({""}), starts=frozenset({""}))


def _sequence(items: list[tuple[Any, Any]]) -> _Facts:
    """Pieces matched one after another: neighbouring exact pieces join into longer text."""
    run = frozenset({""})  # the text matched by the exact pieces since the last other one
    starts: frozenset[str] | None = None  # set at the first piece that is not exact
    groups: list[frozenset[str]] = []
    for op, av in items:
        facts = _node(op, av)
        joined = _join(run, facts.exact)
        if joined is not None:
            if len(joined) > len(run):
                groups.append(run)  # fewer strings may test more cheaply than the joined
            groups.extend(facts.needed)
            run = joined
            continue
        if starts is None:
            starts = _join(run, facts.starts) or run
        groups.append(run)
        groups.extend(facts.needed)
        # A piece exact but too varied to join still starts the next run.
        run = facts.exact if facts.exact is not None else frozenset({""})
    groups.append(run)
    if starts is None:  # every piece was exact
        return _Facts(exact=run, needed=_choose(groups), starts=run)
    return _Facts(needed=_choose(groups), starts=starts)


def _join(left: frozenset[str], right: frozenset[str] | None) -> frozenset[str] | None:
    if right is None or len(left) * len(right) > MAX_CHOICES:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _is_usable(group: frozenset[str] | None) -> bool:
    return group is not None and len(group) > 0 and all(group)  # "" is in every text


def _beginnings(group: frozenset[str]) -> list[frozenset[str]]:
    """The group and the sets of its strings' first k characters: a set of fewer, shorter
    strings may be the cheaper test ("toi ", "tnn", "time" for 12 names of desks)."""
    if len(group) == 1:
        return [group]
    return [frozenset(s[:k] for s in group) for k in range(1, max(map(len, group)) + 1)]


def _truncations(group: frozenset[str]) -> list[frozenset[str]]:
    """Beginnings and ends: a match holding one string of `group` holds those too."""
    if len(group) == 1:
        return [group]
    ends = [frozenset(s[-k:] for s in group) for k in range(1, max(map(len, group)))]
    return _beginnings(group) + ends


def _choose(groups: list[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """A few groups to test, cheapest first: of each group its cheapest truncation, unless
    it is surely in any page or a group chosen before implies it."""
    candidates = {_cheapest(_truncations(g)) for g in groups if _is_usable(g)}
    chosen: list[frozenset[str]] = []
    for group in sorted(candidates, key=_rank):
        if _chance(group) < 1 and not any(_implies(earlier, group) for earlier in chosen):
            chosen.append(group)
    return tuple(chosen[:MAX_GROUPS])


def _implies(present: frozenset[str], group: frozenset[str]) -> bool:
    """Whether any string of `present` being in a text puts one of `group` there too."""
    return all(any(piece in s for piece in group) for s in present)


def _cheapest(groups: list[frozenset[str]]) -> frozenset[str]:
    return min(groups, key=_rank)


def _rank(group: frozenset[str]) -> tuple[float, int, tuple[str, ...]]:
    return (_cost(group), -min(map(len, group)), tuple(sorted(group)))


# Rough chance that a literal of this length sits in a page by accident (1 char: surely).
_CHANCE = {1: 1.0, 2: 0.8, 3: 0.3, 4: 0.1, 5: 0.03}


def _chance(group: frozenset[str]) -> float:
    return min(1.0, sum(_CHANCE.get(len(s), 0.01) for s in group))


def _cost(group: frozenset[str]) -> float:
    """An `in` check costs about 1; a search that runs because the text is there, ~12."""
    return len(group) + 12 * _chance(group)


def _node(op: Any, av: Any) -> _Facts:
    if op is _sre_ops.LITERAL:
        char = _char(av)
        return _UNKNOWN if char is None else _exact(frozenset({char}))
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
        return _repeat(av[0], _sequence(list(av[2])), is_fixed=av[0] == av[1])
    return _UNKNOWN  # any character, classes, back references, conditionals


def _exact(strings: frozenset[str]) -> _Facts:
    return _Facts(exact=strings, needed=_choose([strings]), starts=strings)


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
    return _exact(frozenset(chars)) if 0 < len(chars) <= MAX_CHOICES else _UNKNOWN


def _branch(branches: list[_Facts]) -> _Facts:
    """A match of an alternation is a match of one of its branches."""
    exact = _union([b.exact for b in branches])
    if exact is not None:
        return _exact(exact)
    # Each branch's cheapest group, together, is needed by the alternation.
    needed = _union([b.needed[0] if b.needed else None for b in branches])
    return _Facts(
        needed=_choose([needed]) if needed is not None else (),
        starts=_union([b.starts for b in branches]),
    )


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All strings of the sets; None when one is unknown or there are too many."""
    if any(s is None for s in sets):
        return None
    union = frozenset().union(*[s for s in sets if s is not None])
    return union if len(union) <= MAX_CHOICES else None


def _repeat(least: int, item: _Facts, is_fixed: bool) -> _Facts:
    if is_fixed and item.exact is not None and len(item.exact) ** least <= MAX_CHOICES:
        return _exact(frozenset(map("".join, itertools.product(item.exact, repeat=least))))
    if least == 0:
        return _UNKNOWN
    return _Facts(needed=item.needed, starts=item.starts)  # the first repetition
