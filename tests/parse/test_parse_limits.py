"""Huge and hostile inputs finish: each parses or is refused with a clear one-line reason."""

from __future__ import annotations

import pytest
from parse_helpers import parse_bytes

from site_gen.core.errors import ParseError
from site_gen.core.model import Article
from site_gen.parse.decode import MAX_BYTES
from site_gen.parse.profiles import builtin_profiles

HEADER = "Floods cut off river islands in the north\n\nBangladesh\n\nBy Jane Doe\n"
DATELINE = "11 December 2022, 09:45 GMT\n\n"
PARAGRAPH = (
    "The river rose again on Sunday and the council said more rain was due, "
    "so families moved their cattle to the embankment before nightfall."
)


def test_fifty_thousand_word_article_parses_whole() -> None:
    body = "\n\n".join([PARAGRAPH] * 2100)  # 24 words each
    article = parse_bytes((HEADER + DATELINE + body).encode("utf-8"))
    assert isinstance(article, Article)
    assert article.word_count >= 50_000
    assert len(article.paragraphs) == 2100


@pytest.mark.parametrize(
    "line",
    [b"a" * (MAX_BYTES - 64), b"word " * (MAX_BYTES // 5 - 64), b"ab | " * (MAX_BYTES // 5 - 64)],
    ids=["letters", "words", "pipes"],
)
def test_five_megabyte_single_line_is_refused_clearly(line: bytes) -> None:
    result = parse_bytes(line)
    assert isinstance(result, ParseError)
    assert "date" in result.message or "body" in result.message


def test_single_line_article_with_a_date_still_parses() -> None:
    text = "Floods cut off river islands " + DATELINE.strip() + " " + PARAGRAPH * 20_000
    result = parse_bytes(text.encode("utf-8"))
    assert isinstance(result, (Article, ParseError))


def test_half_a_million_chrome_lines_finish() -> None:
    text = HEADER + DATELINE + "Share\nAdvertisement\n" * 250_000 + PARAGRAPH + "\n"
    result = parse_bytes(text.encode("utf-8"))
    assert isinstance(result, Article)
    assert result.paragraphs == (PARAGRAPH,)


def test_over_the_size_limit_is_refused() -> None:
    result = parse_bytes(b"a" * (MAX_BYTES + 1))
    assert isinstance(result, ParseError)
    assert "MB limit" in result.message


HOSTILE = [
    "A" * 199,
    "Ab " * 66,
    "a " * 99 + "!",
    "| " * 99 + "x",
    "By " + "Aa " * 60 + "1",
    ", " * 99 + ".",
    "Photo: " + "x " * 90 + ".",
    "Published " + "1" * 180,
    "." * 199,
]


@pytest.mark.parametrize("profile", builtin_profiles(), ids=lambda p: p.name)
def test_profile_patterns_finish_on_hostile_lines(profile) -> None:  # type: ignore[no-untyped-def]
    """Backtracking-prone shapes (long runs, near misses) against every pattern of a profile."""
    groups = (
        profile.chrome,
        profile.chrome_tail,
        profile.caption_patterns,
        profile.tag_line_patterns,
        profile.byline_patterns,
    )
    for patterns in groups:
        for pattern in patterns:
            for line in HOSTILE:
                pattern.fullmatch(line)
                pattern.match(line)
    page = "\n".join(HOSTILE * 200)
    assert profile.score(page) >= 0
