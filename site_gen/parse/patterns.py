"""Regular expressions that match in time linear in the text: RE2 behind a small `re`-like face.

Profile patterns come from YAML files and from a site's `[[sources]]`: written by people,
run on every line of every copy. Python's `re` backtracks, and one nested repeat
(`(\\s*x?\\s*)+`) on one odd line can stall a build of 100,000 files for ever. RE2 has no
backtracking: every match is linear in the line, at the price of no back references
and no look-arounds, which no profile needs.

RE2 reads `\\w` and `\\s` as ASCII; Python reads them as Unicode. Profiles were written
for Python, so those classes are widened before compiling (a name in Bengali or with
an accent is still a word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import re2

# Python's \w is every Unicode letter and digit; all of \p{L} makes RE2 compile ~100x
# slower (thousands of ranges, case-folded). The scripts news copies are written in:
# Latin with its accents, combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic, the
# Indic scripts (Devanagari to Sinhala, Bengali among them), Thai, Burmese, Georgian,
# Ethiopic, Khmer, Mongolian, Vietnamese Latin, CJK.
_WORD_CLASS = (
    r"0-9A-Za-z_\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}"
    r"\x{370}-\x{3FF}\x{400}-\x{58F}\x{590}-\x{6FF}\x{900}-\x{DFF}\x{E00}-\x{E7F}"
    r"\x{1000}-\x{10FF}\x{1200}-\x{139F}\x{1780}-\x{18AF}"
    r"\x{1E00}-\x{1EFF}\x{3040}-\x{30FF}\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}"
)
_SPACE_CLASS = (
    r"\t-\r \x1c-\x1f\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}"
    r"\x{205F}\x{3000}"
)
# Escapes whose meaning differs between Python and RE2, inside and outside a class.
_OUTSIDE = {"w": f"[{_WORD_CLASS}]", "W": f"[^{_WORD_CLASS}]", "s": f"[{_SPACE_CLASS}]"}
_OUTSIDE["S"] = f"[^{_SPACE_CLASS}]"
_INSIDE = {"w": _WORD_CLASS, "s": _SPACE_CLASS}
# RE2 spells Python's end-of-text \Z as \z.
_RENAMED = {"Z": r"\z"}


class PatternError(ValueError):
    """A pattern RE2 cannot compile; the message says why."""


def _silent_options() -> Any:
    options = re2.Options()
    options.log_errors = False  # RE2 would print its own error to stderr
    # Joined chrome lists with Unicode classes outgrow RE2's default 8 MiB budget;
    # the memory is taken only as a pattern's automaton grows.
    options.max_mem = 64 << 20
    return options


def to_re2(source: str) -> str:
    """`source`, written for Python's re, with its Unicode classes spelt for RE2."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\" and index + 1 < len(source):
            escaped = source[index + 1]
            table = _INSIDE if in_class else _OUTSIDE
            if in_class and escaped in "WS":
                raise PatternError(rf"\{escaped} inside [...] is not supported; use [^...]")
            out.append(table.get(escaped) or _RENAMED.get(escaped) or char + escaped)
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            # "[]...]" and "[^]...]" hold a literal "]" first
            opener = "[^" if source.startswith("[^", index) else "["
            out.append(opener)
            index += len(opener)
            if source.startswith("]", index):
                out.append(r"\]")
                index += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


# Lines longer than this are prose; page chrome, captions and datelines are short.
SHORT_LINE = 200

_UNBUILT = object()


@cache
def _compiled(source: str, ignore_case: bool, multiline: bool) -> Any:
    flags = ("i" if ignore_case else "") + ("m" if multiline else "")
    prefix = f"(?{flags})" if flags else ""
    try:
        return re2.compile(prefix + to_re2(source), _silent_options())
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One linear-time pattern; pickled as its text (RE2 objects do not pickle).

    Compiled on first use: a build starts with the ~450 patterns of every profile, and a
    page only ever asks those of its own site and the generic one (compiling them all cost
    each start of the program 0.2 s). `compile_pattern` compiles at once, to refuse a
    person's pattern RE2 cannot run when it is read, not at the first page."""

    pattern: str
    ignore_case: bool = True
    multiline: bool = False
    built: Any = field(default=_UNBUILT, init=False, repr=False, compare=False)

    def _settings(self) -> tuple[str, bool, bool]:
        return self.pattern, self.ignore_case, self.multiline

    def __reduce__(self) -> tuple[type[Pattern], tuple[str, bool, bool]]:
        return Pattern, self._settings()

    def __hash__(self) -> int:
        return hash(self.pattern)

    @property
    def regex(self) -> Any:
        """The RE2 object (the compile is cached per process for each text)."""
        if self.built is _UNBUILT:
            object.__setattr__(self, "built", _compiled(*self._settings()))
        return self.built

    @property
    def groups(self) -> int:
        return int(self.regex.groups)

    def fullmatch(self, text: str) -> Any:
        return self.regex.fullmatch(text)

    def match(self, text: str, pos: int = 0) -> Any:
        return self.regex.match(text, pos)

    def search(self, text: str) -> Any:
        return self.regex.search(text)


def compile_pattern(source: str, *, ignore_case: bool = True, multiline: bool = False) -> Pattern:
    """A linear-time pattern, compiled now; PatternError when RE2 cannot compile it."""
    pattern = Pattern(source, ignore_case, multiline)
    pattern.regex  # noqa: B018 - compiled now: a bad pattern is refused where it is read
    return pattern


def lazy_pattern(source: str, *, ignore_case: bool = True, multiline: bool = False) -> Pattern:
    """A pattern compiled on first use: for those shipped with site_gen (tested to compile)."""
    return Pattern(source, ignore_case, multiline)


_ANCHORS = {
    "start": re2.Set.MatchSet,
    "full": re2.Set.FullMatchSet,
}


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Which of many patterns match a text, in one pass (RE2::Set): `search` anywhere,
    at the `start`, or the `full` text. One call answers for a whole list, where the
    per-pattern wrapper would cost microseconds each on every line of every copy.

    A `search` set runs over whole pages (a site's marks), so it is an RE2 FilteredRE2
    instead: one pass for the literal words each pattern needs ("aljazeera", "photo: "),
    then only the few patterns whose words are all there. One automaton for ~100 marks
    with bounded repeats (`^.{3,300}...$`) grows a new state at nearly every byte of a
    page and cost ~0.5 ms a page; the filter answers the same in a tenth of that."""

    patterns: tuple[Pattern, ...]
    anchor: str = "search"
    # The longest text the set is ever asked (None: any). A repeat of any character
    # bounded at that length or more (".{10,300}", in front of a caption's credit) is the
    # same as an open one on such texts, and the one automaton for all the set's
    # patterns stays small with open ones: with bounds, it grows a state at every
    # character of every line (24 µs a line for 34 caption patterns, 2 µs open).
    longest: int | None = None
    # Compiled on first use: every build makes the sets of all ~16 profiles (a quick
    # rebuild, to key its cache), most of which no page of the site ever asks.
    built: Any = field(default=_UNBUILT, init=False, repr=False, compare=False)

    def __reduce__(
        self,
    ) -> tuple[type[PatternSet], tuple[tuple[Pattern, ...], str, int | None]]:
        return PatternSet, (self.patterns, self.anchor, self.longest)

    @property
    def compiled(self) -> Any:
        """The RE2 set (None for no patterns)."""
        if self.built is _UNBUILT:
            built = _set_of(self.patterns, self.anchor, self.longest)
            object.__setattr__(self, "built", built)
        return self.built

    def hits(self, text: str) -> frozenset[int]:
        """Indices of the patterns that match `text`."""
        compiled = self.compiled
        if compiled is None:
            return frozenset()
        return frozenset(compiled.Match(text) or ())

    def any(self, text: str) -> bool:
        compiled = self.compiled
        return compiled is not None and bool(compiled.Match(text))


@cache
def _set_of(patterns: tuple[Pattern, ...], anchor: str, longest: int | None = None) -> Any:
    if not patterns:
        return None
    if anchor == "search":
        return _filter_of(patterns)
    matcher = _ANCHORS[anchor](_silent_options())
    for pattern in patterns:
        source = _flagged(pattern)
        matcher.Add(_open_long_repeats(source, longest) if longest else source)
    matcher.Compile()
    return matcher


# ".{10,300}" and ".{0,300}?": any character, its count bounded (not after a backslash,
# which would make the dot a full stop)
_ANY_REPEAT = re.compile(r"(?<!\\)\.\{(\d+),(\d+)\}")


def _open_long_repeats(source: str, longest: int) -> str:
    """`source` with each repeat of any character bounded at `longest` or more made open
    ("{10,300}" -> "{10,}"): the same matches on texts no longer than `longest`."""

    def opened(found: re.Match[str]) -> str:
        low, high = found.group(1), int(found.group(2))
        return f".{{{low},}}" if high >= longest else found.group(0)

    return _ANY_REPEAT.sub(opened, source)


def _filter_of(patterns: tuple[Pattern, ...]) -> Any:
    """An unanchored set as a prefiltered one: its Match gives the same indices."""
    matcher = re2.Filter()
    for pattern in patterns:
        matcher.Add(_flagged(pattern), _silent_options())
    matcher.Compile()
    return matcher


def _flagged(pattern: Pattern) -> str:
    flags = ("i" if pattern.ignore_case else "") + ("m" if pattern.multiline else "")
    return (f"(?{flags})" if flags else "") + to_re2(pattern.pattern)
