"""The literal prefilter never skips a search that could succeed.

`required_literals(p)` names strings one of which every match of `p` contains, and
`fold` puts text and literals in one case. The claim under test: when none of the
literals is in the folded text, `p.search(text)` finds nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_gen.parse.literals import fold, may_match, required_literals
from site_gen.parse.profiles import MIN_SCORE, Profile, builtin_profiles

ALL_CHARS = "".join(map(chr, range(0x110000)))
SITES = Path(__file__).parent.parent / "fixtures" / "sites"
FLAGS = re.IGNORECASE | re.MULTILINE
MARKS = [
    pytest.param(pattern, id=f"{profile.name}:{pattern.pattern[:40]}")
    for profile in builtin_profiles()
    for pattern in profile.match + profile.weak_match
]
# Characters re.IGNORECASE equates with ASCII letters although str.lower() does not.
RE_ONLY_CASES = "İıſ\u212a"


@pytest.mark.parametrize("char", [chr(c) for c in range(128)])
def test_fold_agrees_with_ignorecase_for_every_ascii_character(char: str) -> None:
    """Every code point that re.IGNORECASE matches to an ASCII character folds like it."""
    for pattern in (re.escape(char), f"[{re.escape(char)}]"):
        for other in re.findall(pattern, ALL_CHARS, re.IGNORECASE):
            assert fold(other) == fold(char), (char, other)


def test_fold_keeps_one_character_for_one() -> None:
    """Lengths must not change, or a literal could straddle a folded character."""
    changed = [c for c in ALL_CHARS if len(fold(c)) != 1]
    assert changed == []


def test_characters_without_case_match_only_themselves() -> None:
    """The prefilter keeps non-ASCII literal characters only when they have no case;
    re compiles those to an exact comparison even under IGNORECASE."""
    sre = pytest.importorskip("_sre")
    uncased = [c for c in ALL_CHARS if not c.isascii() and c.lower() == c == c.upper()]
    assert not [c for c in uncased if sre.unicode_iscased(ord(c))]


def test_non_ascii_literals_of_the_profiles_match_only_themselves() -> None:
    """The same claim, checked through re itself for the characters profiles use."""
    used = {
        char
        for profile in builtin_profiles()
        for pattern in profile.match + profile.weak_match
        for literal in required_literals(pattern) or ()
        for char in literal
        if not char.isascii()
    }
    assert used  # "©", dashes: the check below must look at something
    for char in used:
        assert re.findall(re.escape(char), ALL_CHARS, re.IGNORECASE) == [char]


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"tbsnews\.net", ("tbsnews.net",)),
        (r"(?m)^(?:Copyright )?© \d{4} Daily Sun", (" daily sun",)),
        (r"(?m)^Copyright \d{4} The AP\. All [Rr]ights", (" the ap. all rights",)),
        (r"(?m)^(?:Star file photo|Photo: Star)$", ("photo: star", "star file photo")),
        (r"(?:abc)+", ("abc",)),
        (r"(?:ab){2}c", ("ababc",)),
        (r"(abc)\1", ("abc",)),
        (r"[^a]bcd", ("bcd",)),
        (r"[^ab]cde", ("cde",)),
        (r"ab(?=xyz)cd", ("abcd",)),  # a lookahead consumes nothing
        (r"(?-i:HELLO) there", ("hello there",)),
        (r"x?", None),
        (r".*", None),
        (r"(?:abc)*", None),
        (r"hello|\d+", None),  # one branch needs no literal
        (r"[a-z]+", None),
        (r"(?:café)", ("caf",)),  # "é" has case: not folded, so not used
        (r"ſtar", ("tar",)),
    ],
)
def test_required_literals_of_pattern_shapes(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern, FLAGS)) == expected


def test_most_site_marks_have_a_prefilter() -> None:
    """Speed, not correctness: a mark without literals is searched on every page."""
    marks = [p for profile in builtin_profiles() for p in profile.match]
    assert sum(required_literals(p) is None for p in marks) == 0


def _variants(piece: str) -> list[str]:
    """A literal as pages may print it: other cases, and re's extra case equivalents."""
    special = piece.replace("s", "ſ").replace("i", "ı").replace("k", "\u212a")
    return [piece, piece.upper(), piece.swapcase(), special, piece.upper().replace("I", "İ")]


def _text_pieces(pattern: re.Pattern[str]) -> list[str]:
    pieces = [v for literal in required_literals(pattern) or () for v in _variants(literal)]
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern)
    return pieces + [v for w in words for v in _variants(w)] + list(RE_ONLY_CASES)


FILLER = st.sampled_from(["\n", " ", ", ", "2024", "12:30", "©", "—", "-", ".", "|", "x"])


@pytest.mark.parametrize("pattern", MARKS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_skipped_search_would_find_nothing(pattern: re.Pattern[str], data: st.DataObject) -> None:
    """Texts made of the pattern's own words in every case: prefilter no => regex no."""
    pieces = st.sampled_from(_text_pieces(pattern))
    text = "".join(data.draw(st.lists(st.one_of(pieces, FILLER), max_size=30)))
    if not may_match(required_literals(pattern), fold(text)):
        assert pattern.search(text) is None


@pytest.mark.parametrize("pattern", MARKS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_text_a_mark_matches_passes_the_prefilter(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text) is not None
    assert may_match(required_literals(pattern), fold(text))


# Random small patterns: literals from a tiny alphabet, joined in every regex shape the
# derivation reads (groups, branches, repeats, classes, anchors, lookarounds).
ALPHABET = "aiskSſ©- "
TEXT_ALPHABET = ALPHABET + "AIK" + RE_ONLY_CASES + "\nx"
_atoms = st.one_of(
    st.text(ALPHABET, min_size=1, max_size=4).map(re.escape),
    st.sampled_from(
        [".", r"\d", "[aA]", "[^s]", "[^ik]", "[ik]", "[-©]", "^", "$", r"\b", "(?-i:S)"]
    ),
)


def _combine(parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(parts, min_size=1, max_size=4).map("".join),
        st.lists(parts, min_size=2, max_size=3).map(lambda ps: "(?:" + "|".join(ps) + ")"),
        st.tuples(parts, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "??"])).map(
            lambda p: f"(?:{p[0]}){p[1]}"
        ),
        parts.map(lambda p: f"({p})"),
        parts.map(lambda p: f"(?={p})"),
        parts.map(lambda p: f"(?<!{p})" if "*" not in p else p),
    )


PATTERNS = st.recursive(_atoms, _combine, max_leaves=8)


def _compiles(text: str) -> bool:
    try:
        re.compile(text, FLAGS)
    except re.error:
        return False
    return True


@settings(max_examples=600, deadline=None)
@given(source=PATTERNS.filter(_compiles), text=st.text(TEXT_ALPHABET, max_size=40))
def test_random_patterns_never_lose_a_match(source: str, text: str) -> None:
    pattern = re.compile(source, FLAGS)
    if not may_match(required_literals(pattern), fold(text)):
        assert pattern.search(text) is None, (source, required_literals(pattern))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=PATTERNS.filter(_compiles), data=st.data())
def test_random_patterns_pass_their_own_matches(source: str, data: st.DataObject) -> None:
    pattern = re.compile(source, FLAGS)
    text = data.draw(st.from_regex(pattern))
    found = pattern.search(text)
    if found is not None:
        assert may_match(required_literals(pattern), fold(text)), (source, text)


def _plain_score(profile: Profile, text: str) -> int:
    """Profile.score as it was before the prefilter: every pattern searched."""
    strong = sum(1 for p in profile.match if p.search(text))
    if strong == 0 and len(profile.weak_match) < MIN_SCORE:
        return 0
    return strong * MIN_SCORE + sum(1 for p in profile.weak_match if p.search(text))


@pytest.mark.parametrize("path", sorted(SITES.glob("*/*.txt")), ids=lambda p: p.name)
def test_scores_equal_searching_every_pattern(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", "replace")
    for variant in (text, text.upper(), text.swapcase(), text.replace("s", "ſ")):
        for profile in builtin_profiles():
            assert profile.score(variant) == _plain_score(profile, variant), profile.name
