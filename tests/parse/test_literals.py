"""The literal prefilter gives the search's answer, only sooner.

`needs_of(p)` names strings every match of `p` contains (one of each group) and where a
match can start; `fold` puts text and strings in one case. The claim under test:
`found(p, needs_of(p), text, fold(text))` is `p.search(text) is not None`, always.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_gen.parse.literals import fold, fold_text, found, needs_of
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
    """Indexes into the folded text must be indexes into the text (match starts)."""
    changed = [c for c in ALL_CHARS if len(fold(c)) != 1]
    assert changed == []


@given(st.text(alphabet=st.sampled_from("ΣσςΑa İIıiſsK\u212a\n."), max_size=30))
def test_fold_keeps_length_in_context(text: str) -> None:
    """str.lower() looks at neighbours for a Greek final sigma: still one for one."""
    assert len(fold(text)) == len(text)


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
        for needs in profile.match_needs + profile.weak_match_needs
        for group in (needs.groups + (needs.starts,) if needs else ())
        for char in "".join(group)
        if not char.isascii()
    }
    assert used  # "©", dashes: the check below must look at something
    for char in used:
        assert re.findall(re.escape(char), ALL_CHARS, re.IGNORECASE) == [char]


def _groups(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    needs = needs_of(re.compile(pattern, FLAGS))
    return needs.groups if needs else None


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"tbsnews\.net", (("tbsnews.net",),)),
        (r"(?m)^(?:Copyright )?© \d{4} Daily Sun", ((" daily sun",), ("© ",))),
        (
            r"(?m)^Copyright \d{4} The AP\. All [Rr]ights",
            ((" the ap. all rights",), ("copyright ",)),
        ),
        (r"(?m)^(?:Star file photo|Photo: Star)$", ((" file photo", "photo: star"),)),
        (r"(?:abc)+", (("abc",),)),
        (r"(?:ab){2}c", (("ababc",),)),
        (r"(abc)\1", (("abc",),)),
        (r"[^a]bcd", (("bcd",),)),
        (r"[^ab]cde", (("cde",),)),
        (r"ab(?=xyz)cd", (("abcd",),)),  # a lookahead consumes nothing
        (r"(?-i:HELLO) there", (("hello there",),)),
        (r"x?", None),
        (r".*", None),
        (r"(?:abc)*", None),
        (r"hello|\d+", None),  # one branch needs no literal
        (r"[a-z]+", None),
        (r"(?:café)", (("caf",),)),  # "é" has case: not folded, so not used
        (r"ſtar", (("tar",),)),
        (r"a\d", None),  # a single letter is in any page: no use testing for it
    ],
)
def test_needs_of_pattern_shapes(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert _groups(pattern) == expected


@pytest.mark.parametrize(
    "pattern,starts",
    [
        (r"(?m)^Follow \w+ on", ("follow ",)),
        (r"\bBdST\b", ("bdst",)),
        (r"(?<=x)(?:Desk|Report) \d", ("desk ", "report")),
        (r"(?:Video )?Ad Feedback", ()),  # may start either way
        (r"\d{4} Reuters", ()),
    ],
)
def test_where_matches_start(pattern: str, starts: tuple[str, ...]) -> None:
    needs = needs_of(re.compile(pattern, FLAGS))
    assert needs is not None and needs.starts == starts


@pytest.mark.parametrize(
    "pattern,is_line_start",
    [
        (r"(?m)^Copyright \d{4}", True),
        (r"\A(?=\w)Desk", True),
        (r"(?<=\n)Desk", False),  # at a line start too, but not known to be
        (r"(?m)(?:^|: )Desk", False),
        (r"(?m)^(?:Desk|Re)\b", False),  # "re" is shorter than the index of line heads
        (r"Desk$", False),
    ],
)
def test_marks_that_open_a_line(pattern: str, is_line_start: bool) -> None:
    needs = needs_of(re.compile(pattern, FLAGS))
    assert needs is not None and needs.is_line_start == is_line_start


def test_most_site_marks_have_a_prefilter() -> None:
    """Speed, not correctness: a mark without literals is searched on every page."""
    marks = [p for profile in builtin_profiles() for p in profile.match]
    assert sum(needs_of(p) is None for p in marks) == 0


def _agrees(pattern: re.Pattern[str], text: str) -> None:
    """The prefiltered answer is the search's answer."""
    searched = pattern.search(text) is not None
    assert found(pattern, needs_of(pattern), fold_text(text)) == searched, needs_of(pattern)


def _variants(piece: str) -> list[str]:
    """A literal as pages may print it: other cases, and re's extra case equivalents."""
    special = piece.replace("s", "ſ").replace("i", "ı").replace("k", "\u212a")
    return [piece, piece.upper(), piece.swapcase(), special, piece.upper().replace("I", "İ")]


def _text_pieces(pattern: re.Pattern[str]) -> list[str]:
    needs = needs_of(pattern)
    literals = [s for g in needs.groups + (needs.starts,) for s in g] if needs else []
    pieces = [v for literal in literals for v in _variants(literal)]
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern)
    return pieces + [v for w in words for v in _variants(w)] + list(RE_ONLY_CASES)


FILLER = st.sampled_from(["\n", " ", ", ", "2024", "12:30", "©", "—", "-", ".", "|", "x"])


@pytest.mark.parametrize("pattern", MARKS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_marks_agree_with_search_on_their_own_words(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    """Texts made of the pattern's own words in every case, and re's extra case equivalents."""
    pieces = st.sampled_from(_text_pieces(pattern))
    _agrees(pattern, "".join(data.draw(st.lists(st.one_of(pieces, FILLER), max_size=30))))


@pytest.mark.parametrize("pattern", MARKS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_text_a_mark_matches_passes_the_prefilter(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text) is not None
    _agrees(pattern, text)


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
def test_random_patterns_agree_with_search(source: str, text: str) -> None:
    _agrees(re.compile(source, FLAGS), text)


@settings(max_examples=600, deadline=None)
@given(
    source=PATTERNS.map(lambda p: "^" + p).filter(_compiles),
    text=st.lists(st.text(TEXT_ALPHABET, max_size=12), max_size=5).map("\n".join),
)
def test_random_line_marks_agree_with_search(source: str, text: str) -> None:
    """Patterns opening with ^ over several lines: found only where a line starts."""
    _agrees(re.compile(source, FLAGS), text)
    _agrees(re.compile(source, re.IGNORECASE), text)  # ^ without MULTILINE: first line only


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=PATTERNS.filter(_compiles), data=st.data())
def test_random_patterns_agree_on_their_own_matches(source: str, data: st.DataObject) -> None:
    pattern = re.compile(source, FLAGS)
    _agrees(pattern, data.draw(st.from_regex(pattern)))


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
