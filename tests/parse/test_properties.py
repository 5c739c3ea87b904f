"""Property tests: parsing never raises; slugs are always safe path segments."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import parse_bytes

from site_gen.core.errors import ParseError
from site_gen.core.model import Article
from site_gen.core.slugs import slugify

SAFE_SEGMENT = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
news_lines = st.sampled_from(
    [
        "US says Russia providing support to Iran",
        "World+Biz",
        "TBS Report",
        "11 December, 2022, 09:45 am",
        "Last modified: 11 December, 2022, 09:56 am",
        "31 February, 2022, 09:45 am",
        "2 hours ago",
        "Comments",
        "---",
        "title: x",
        "The council approved the budget after a long debate about schools and roads.",
        "",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.md"]))
def test_any_bytes_give_article_or_error(data: bytes, name: str) -> None:
    result = parse_bytes(data, name)
    assert isinstance(result, (Article, ParseError))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(news_lines, st.text(max_size=120)), max_size=30),
    st.sampled_from(["a.txt", "a.md"]),
)
def test_any_text_gives_article_or_error(lines: list[str], name: str) -> None:
    result = parse_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), name)
    assert isinstance(result, (Article, ParseError))
    if isinstance(result, Article):
        assert result.published.tzinfo is not None
        assert result.title.strip()
        assert SAFE_SEGMENT.match(result.slug)


@given(st.text(max_size=300))
def test_slugs_are_safe_path_segments(text: str) -> None:
    slug = slugify(text)
    assert SAFE_SEGMENT.match(slug), slug
    assert len(slug) <= 80
    assert slug not in {".", "..", "con", "nul", "aux", "prn"}


def test_slug_examples() -> None:
    assert slugify("US says Russia providing ‘unprecedented’ military support to Iran") == (
        "us-says-russia-providing-unprecedented-military-support-to-iran"
    )
    assert slugify("Café au lait: Zoë’s naïve façade") == "cafe-au-lait-zoes-naive-facade"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("World+Biz") == slugify("world biz") == "world-biz"
    assert SAFE_SEGMENT.match(slugify("বাংলাদেশের অর্থনীতি"))
    assert slugify("CON") == "con-1"
